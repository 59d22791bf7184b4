import { stepCatalogs, type StepDefinition } from '../../contract/step-definition';
import type { Language } from '../../contract/workspace';
import { DEFAULT_STAGE_IDS, funnelInputSchema, type FunnelInput } from '../../domain/funnel-schema';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { sharedGoalMarkdown } from './markdown';
import { sampleSharedGoal } from './sample';

/**
 * One shared goal and the sales chain: one revenue target for sales and marketing together,
 * split by sales type and worked back through the chain's stages (src/domain/funnel.ts). The
 * slice holds what the room typed, valid or not; the rules say what is wrong, where.
 */
export const sharedGoalSliceSchema = funnelInputSchema;
export type SharedGoalSlice = FunnelInput;

const STAGE_NAMES: Record<Language, string[]> = {
  en: ['Lead', 'MQL', 'SQL', 'Meeting', 'Proposal', 'Won'],
  da: ['Lead', 'MQL', 'SQL', 'Møde', 'Tilbud', 'Vundet'],
};
const SALES_TYPES: Record<Language, [string, string]> = {
  en: ['New business', 'Existing customers'],
  da: ['Nye kunder', 'Eksisterende kunder'],
};

/** Starting rates: the published ranges' middle, for the room to replace with its own numbers. */
const STARTING_RATES = { lead: 20, mql: 50, sql: 60, meeting: 50, proposal: 25 };

export const sharedGoalStep = {
  id: 'sharedGoal',
  icon: 'target',
  version: 1,
  schema: sharedGoalSliceSchema,
  defaults: ({ language }) => ({
    targetAmount: 10_000_000,
    period: { kind: 'year' as const, year: new Date().getFullYear() + 1 },
    stages: DEFAULT_STAGE_IDS.map((stageId, i) => ({ id: stageId, name: STAGE_NAMES[language][i]! })),
    salesTypes: SALES_TYPES[language].map((name, i) => ({
      id: i === 0 ? 'new-business' : 'existing-customers',
      name,
      share: { kind: 'percent' as const, percent: 50 },
      averageDealSize: i === 0 ? 100_000 : 40_000,
      salesCycleMonths: i === 0 ? 3 : 1,
      conversionRates: { ...STARTING_RATES },
    })),
    team: {},
  }),
  migrations: {},
  sample: ({ language }) => sampleSharedGoal(language),
  catalogs: stepCatalogs(en, da),
  markdown: sharedGoalMarkdown,
} as const satisfies StepDefinition<'sharedGoal', typeof sharedGoalSliceSchema>;
