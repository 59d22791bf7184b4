import type { z } from 'zod';
import type { EditOp } from './edit';
import type { PlaybookOptions } from './print-options';
import type { Language, Workspace } from './workspace';

/**
 * A workshop step as the pure core knows it: everything about the step that needs no React, so
 * the workspace service, the command-line tools and the renderer share it. One file per step
 * (`src/steps/<id>/definition.ts`), one line in the pure registry (src/steps/index.ts). Its views
 * (editor, presenter view, playbook section) are in the same folder (`views.tsx`), registered by
 * one line in the view registry (src/renderer/steps/registry.ts), loaded when first needed.
 *
 * Versions are the step's own: `version` is the version of the slice this build writes, and
 * `migrations[v]` brings a slice from v to v + 1 (tldraw's per-record migration sequences). The
 * document records each slice's version in `stepVersions`; a file without the slice gets
 * `defaults`, a slice newer than `version` makes the file "from a newer Samspil" (named, never
 * written). Changing a step's slice never bumps the document's own schemaVersion.
 *
 * Methods are written as methods so that the registry can hold steps of different slices side by
 * side (each is only ever given its own slice). Every field is required unless marked optional, so a step missing a part fails `tsc`
 * (src/steps/seam.typetest.ts proves it).
 */
export interface StepDefinition<Id extends string = string, Slice extends z.ZodType = z.ZodType> {
  readonly id: Id;
  /** A lucide icon name, shown in the side navigation. */
  readonly icon: string;
  /** The slice version this build writes (1 for a new step). */
  readonly version: number;
  readonly schema: Slice;
  /** `migrations[v]` brings the slice from version v to v + 1, for every v below `version`. */
  readonly migrations: Readonly<Record<number, (slice: unknown) => unknown>>;
  /** What a new workspace (or an older file without this slice) starts with. */
  defaults(context: StepContext): z.output<Slice>;
  /** The slice of the Nordvind sample workshop, in the sample's language. */
  sample(context: StepContext): z.output<Slice>;
  /** The step's i18n catalogs: one namespace (the step's id), the same keys in both languages. */
  readonly catalogs: StepCatalogs;
  /** The step's section of the Markdown export (pure: the same facts as its playbook section). */
  markdown(slice: z.output<Slice>, context: StepMarkdownContext): string;
  /**
   * The clauses of this step that answer problems carried from the current-state wall (a RACI
   * activity, an SLA commitment, a meeting …): the coverage map of actions and sign-off and the
   * playbook's problem → answer map are built from every step's answers.
   */
  answers?(slice: z.output<Slice>, context: StepMarkdownContext): StepAnswer[];
  /**
   * The problems this step carries into the later steps (the current-state wall's): listed beside
   * every later step, answered by their clauses, mapped in the playbook.
   */
  readonly problems?: StepProblemSource<z.output<Slice>>;
  /** Decisions this step's slice records by itself (the MQL threshold, the attribution model …). */
  decisions?(slice: z.output<Slice>, context: StepMarkdownContext): StepDecision[];
  /**
   * Generic parts of the playbook this step's own section replaces when it is in the playbook
   * (actions and sign-off prints its own problem → answer map and sign-off page).
   */
  readonly ownsPlaybookParts?: readonly ('problems' | 'signOff')[];
  /**
   * A quick way to add to this step from any step on the facilitator's screen: the key (pressed
   * alone) and the catalog key (in this step's namespace) that names it in the shortcuts list.
   * The step's views supply the `QuickAdd` dialog.
   */
  readonly quickAdd?: { readonly key: string; readonly labelKey: string };
  /** The lines this step adds to the playbook's executive summary (already translated). */
  summary?(slice: z.output<Slice>, context: StepMarkdownContext): StepSummaryLine[];
}

/** A step's catalogs: `da` must have every key `en` has (a missing key fails `tsc`), and a title. */
export interface StepCatalogs<Catalog extends StepCatalog = StepCatalog> {
  readonly en: Catalog;
  readonly da: Catalog;
}

/**
 * Types a step's catalogs so that the Danish one must hold every key of the English one.
 *
 * @example
 * import en from './i18n/en.json'; import da from './i18n/da.json';
 * export const catalogs = stepCatalogs(en, da);
 */
export function stepCatalogs<Catalog extends StepCatalog>(en: Catalog, da: NoInfer<Catalog>): StepCatalogs<Catalog> {
  return { en, da };
}

/** A step's catalog: any keys, and `title` (the step's name in the agenda and the playbook). */
export interface StepCatalog extends Record<string, unknown> {
  title: string;
}

export interface StepContext {
  language: Language;
  /** The ids of every registered step, in workshop order (for the set-up's default agenda). */
  registered: readonly string[];
}

/** A translator fixed to the workspace's language (i18next's `t`, typed loosely to stay pure). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What every step contributes to the agreement: their answers to problems and their decisions. */
export interface StepAgreementSources {
  stepAnswers: ReadonlyArray<{ stepId: string; answers: readonly StepAnswer[] }>;
  stepDecisions: ReadonlyArray<{ stepId: string; decisions: readonly StepDecision[] }>;
  /** Inputs of the cross-checks a host may add (none by default). */
  checkInputs: Record<string, never>;
}

export interface StepMarkdownContext extends StepContext {
  /** Every step's answers and decisions (for the steps that gather them: actions and sign-off). */
  agreement?: StepAgreementSources;
  workspace: Workspace;
  options: PlaybookOptions;
  /** Translates with the step's own namespace as the default (`t('title')` is `<id>:title`). */
  t: Translate;
  /** Number, money and date formatting in the workspace's locale and currency. */
  format: StepFormat;
}

export interface StepFormat {
  number: (value: number, fractionDigits?: number) => string;
  /** Money in the workspace's currency, with øre when the amount has them. */
  money: (value: number) => string;
  /** A share 0–100 as "25 %" (Danish) or "25%" (English). */
  percent: (value: number, fractionDigits?: number) => string;
  /** YYYY-MM-DD as "14. januar 2027" / "14 January 2027"; '' stays ''. */
  date: (isoDate: string) => string;
}

/** A problem the playbook must answer, as the step that raised it lists it. */
export interface StepProblem {
  id: string;
  name: string;
  votes: number;
  /** The steps the facilitator marked as answering it (step ids). */
  answeredBy: readonly string[];
}

export interface StepProblemSource<Slice> {
  /** The problems, most important first. */
  list(slice: Slice): StepProblem[];
  /** The edit that records which steps answer a problem. */
  markAnswered: (problemId: string, answeredBy: readonly string[]) => EditOp[];
}

/** One clause that answers a problem of the wall. */
export interface StepAnswer {
  /** The problem (a theme id of the current-state wall). */
  problemId: string;
  /** A stable id of the clause within the step (an activity id, a commitment id …). */
  clauseId: string;
  /** The clause as the playbook names it ("Handover of MQLs to sales"). */
  label: string;
}

export interface StepDecision {
  id: string;
  /** The decision in a sentence, translated. */
  text: string;
  /** Why, when the step records it ('' when not). */
  why: string;
}

export interface StepSummaryLine {
  /** A short label ("Response time"). */
  label: string;
  /** The key fact ("First contact within 1 working hour"). */
  text: string;
}
