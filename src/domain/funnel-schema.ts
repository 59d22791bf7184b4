import { z } from 'zod';

/**
 * The input of the "Shared goal" step's math: one revenue target for a period, split by sales
 * type, worked back through the sales chain. These schemas describe the *shape* only (what the
 * workspace file may hold while the room is still typing); the rules (rates in (0, 100], shares
 * that add up, positive amounts …) are checked by `validateFunnel` in ./funnel.ts, which answers
 * typed issues a view can translate and place next to the field. JSON cannot hold NaN or
 * Infinity, and zod's `z.number()` rejects them, so a parsed slice is always finite; the domain
 * checks again because a view may hand it a half-typed value (`Number('')`, `Number('abc')`).
 *
 * Money is in the workspace's currency units (kroner, not øre), with up to two decimals.
 * Percents are 0–100 (25 means 25 %), any number of decimals.
 */

/** A stage id or sales type id: stable while names change (conversion rates are keyed by it). */
export const funnelIdSchema = z.string().min(1).max(100);

/**
 * A calendar month; `month` is 1–12.
 *
 * @example
 * yearMonthSchema.parse({ year: 2027, month: 1 });
 */
export const yearMonthSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12),
});

/** A calendar month; `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

/**
 * The goal's period: a calendar year, or one quarter of it (`quarter` 1–4). `quarter` may stay
 * set while `kind` is `'year'` (switching back keeps it); it is only read for `'quarter'`.
 *
 * @example
 * funnelPeriodSchema.parse({ kind: 'quarter', year: 2027, quarter: 2 });
 */
export const funnelPeriodSchema = z.object({
  kind: z.enum(['year', 'quarter']),
  year: z.number(),
  quarter: z.number().optional(),
});

/** The goal's period: a calendar year, or one quarter of it (`quarter` 1–4). */
export interface FunnelPeriod {
  kind: 'year' | 'quarter';
  year: number;
  quarter?: number | undefined;
}

/**
 * One stage of the sales chain. The list is ordered from first touch to won deal; the last stage
 * is the won deal.
 *
 * @example
 * funnelStageSchema.parse({ id: 'mql', name: 'MQL' });
 */
export const funnelStageSchema = z.object({
  id: funnelIdSchema,
  name: z.string(),
});

/** One stage of the sales chain; the last stage of the list is the won deal. */
export interface FunnelStage {
  id: string;
  name: string;
}

/**
 * A sales type's share of the target: a fixed amount, or a percent of the target.
 *
 * @example
 * revenueShareSchema.parse({ kind: 'percent', percent: 55 });
 */
export const revenueShareSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), amount: z.number() }),
  z.object({ kind: z.literal('percent'), percent: z.number() }),
]);

/** A sales type's share of the target: a fixed amount, or a percent (0–100) of the target. */
export type RevenueShare = { kind: 'amount'; amount: number } | { kind: 'percent'; percent: number };

/**
 * One sales type (new business, existing customers …) with its own deal size, cycle and rates.
 * `conversionRates[stageId]` is the percent of the items at that stage that reach the next one;
 * the last stage needs none. Rates of stages no longer in the chain are kept and ignored.
 *
 * @example
 * salesTypeSchema.parse({
 *   id: 'new', name: 'New business', share: { kind: 'amount', amount: 6_600_000 },
 *   averageDealSize: 120_000, salesCycleMonths: 4,
 *   conversionRates: { lead: 25, mql: 40, sql: 60, meeting: 50, proposal: 30 },
 * });
 */
export const salesTypeSchema = z.object({
  id: funnelIdSchema,
  name: z.string(),
  share: revenueShareSchema,
  averageDealSize: z.number(),
  salesCycleMonths: z.number(),
  conversionRates: z.record(z.string(), z.number()),
});

/** One sales type with its share, deal size, sales cycle (whole months) and conversion rates. */
export interface SalesType {
  id: string;
  name: string;
  share: RevenueShare;
  averageDealSize: number;
  /** Months from first contact to won deal; a whole number, 0 or more. */
  salesCycleMonths: number;
  /** Percent (0 < rate ≤ 100) from the keyed stage to the next stage in the chain. */
  conversionRates: Record<string, number>;
}

/**
 * Team sizes; each figure per person is shown only when its size is given.
 *
 * @example
 * funnelTeamSchema.parse({ sellers: 6, marketers: 3 });
 */
export const funnelTeamSchema = z.object({
  sellers: z.number().optional(),
  marketers: z.number().optional(),
});

/** Team sizes (whole people); figures per person are shown only when a size is given. */
export interface FunnelTeam {
  sellers?: number | undefined;
  marketers?: number | undefined;
}

/**
 * What a seller says they can follow up per week, and which stages count as follow-ups
 * (default: the stages with ids `sql` and `meeting`, where present).
 *
 * @example
 * funnelCapacitySchema.parse({ followUpsPerSellerPerWeek: 8 });
 */
export const funnelCapacitySchema = z.object({
  followUpsPerSellerPerWeek: z.number().optional(),
  stageIds: z.array(funnelIdSchema).optional(),
});

/** A seller's follow-up capacity per week, and the stages whose items are follow-ups. */
export interface FunnelCapacity {
  followUpsPerSellerPerWeek?: number | undefined;
  /** The stages a seller follows up; default `['sql', 'meeting']` (those present in the chain). */
  stageIds?: string[] | undefined;
}

/**
 * Everything the sales-chain math needs: the goal, the chain, the sales types, the team.
 *
 * @example
 * const input = funnelInputSchema.parse(slice.goal);
 */
export const funnelInputSchema = z.object({
  targetAmount: z.number(),
  period: funnelPeriodSchema,
  stages: z.array(funnelStageSchema),
  salesTypes: z.array(salesTypeSchema),
  team: funnelTeamSchema,
  capacity: funnelCapacitySchema.optional(),
});

/** Everything the sales-chain math needs: the goal, the chain, the sales types, the team. */
export interface FunnelInput {
  /** The shared revenue target for the period, in currency units (up to two decimals). */
  targetAmount: number;
  period: FunnelPeriod;
  /** Ordered from first touch to won deal; the last stage is the won deal. */
  stages: FunnelStage[];
  salesTypes: SalesType[];
  team: FunnelTeam;
  capacity?: FunnelCapacity | undefined;
}

/** The ids of the default chain, Lead → MQL → SQL → Meeting → Proposal → Won. */
export const DEFAULT_STAGE_IDS = ['lead', 'mql', 'sql', 'meeting', 'proposal', 'won'] as const;

/**
 * The default chain. Its names are the usual trade terms; a step that creates a workspace may
 * replace them with translated names (the ids stay).
 *
 * @example
 * const stages = DEFAULT_STAGES.map((stage) => ({ ...stage, name: t(`stages.${stage.id}`) }));
 */
export const DEFAULT_STAGES: readonly FunnelStage[] = [
  { id: 'lead', name: 'Lead' },
  { id: 'mql', name: 'MQL' },
  { id: 'sql', name: 'SQL' },
  { id: 'meeting', name: 'Meeting' },
  { id: 'proposal', name: 'Proposal' },
  { id: 'won', name: 'Won' },
];

// The hand-written types (documented for readers) and the schemas (for parsing) must agree: a
// drift fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SchemasAgreeWithTypes = [
  Assert<Same<z.output<typeof yearMonthSchema>, YearMonth>>,
  Assert<Same<z.output<typeof funnelPeriodSchema>, FunnelPeriod>>,
  Assert<Same<z.output<typeof funnelStageSchema>, FunnelStage>>,
  Assert<Same<z.output<typeof revenueShareSchema>, RevenueShare>>,
  Assert<Same<z.output<typeof salesTypeSchema>, SalesType>>,
  Assert<Same<z.output<typeof funnelTeamSchema>, FunnelTeam>>,
  Assert<Same<z.output<typeof funnelCapacitySchema>, FunnelCapacity>>,
  Assert<Same<z.output<typeof funnelInputSchema>, FunnelInput>>,
];
