import type { Language } from '../../contract/workspace';
import type { FunnelInput as SharedGoalSlice } from '../../domain/funnel-schema';

const STAGE_NAMES: Record<Language, string[]> = {
  en: ['Lead', 'MQL', 'SQL', 'Meeting', 'Proposal', 'Won'],
  da: ['Lead', 'MQL', 'SQL', 'Møde', 'Tilbud', 'Vundet'],
};
const STAGE_IDS = ['lead', 'mql', 'sql', 'meeting', 'proposal', 'won'] as const;

/** Rates Lead→MQL, MQL→SQL, SQL→Meeting, Meeting→Proposal, Proposal→Won, keyed by stage id. */
const rates = (lead: number, mql: number, sql: number, meeting: number, proposal: number) => ({ lead, mql, sql, meeting, proposal });

/**
 * The sample workshop's goal, exactly as issue 6 gives it: 12.000.000 kr. for 2027 over three
 * sales types, six sellers and three marketers. The sellers say they can follow up five SQLs and
 * meetings a week; the plan needs 5,69, so the capacity warning shows.
 */
export function sampleSharedGoal(lang: Language): SharedGoalSlice {
  const da = lang === 'da';
  return {
    targetAmount: 12_000_000,
    period: { kind: 'year', year: 2027 },
    stages: STAGE_IDS.map((id, i) => ({ id, name: STAGE_NAMES[lang][i]! })),
    salesTypes: [
      {
        id: 'new-business',
        name: da ? 'Nye kunder' : 'New business',
        share: { kind: 'amount', amount: 6_600_000 },
        averageDealSize: 120_000,
        salesCycleMonths: 4,
        conversionRates: rates(25, 40, 60, 50, 30),
      },
      {
        id: 'existing-customers',
        name: da ? 'Eksisterende kunder' : 'Existing customers',
        share: { kind: 'amount', amount: 4_350_000 },
        averageDealSize: 40_000,
        salesCycleMonths: 2,
        conversionRates: rates(50, 60, 80, 70, 50),
      },
      {
        id: 'service-agreements',
        name: da ? 'Serviceaftaler' : 'Service agreements',
        share: { kind: 'amount', amount: 1_050_000 },
        averageDealSize: 50_000,
        salesCycleMonths: 1,
        conversionRates: rates(40, 50, 75, 80, 70),
      },
    ],
    team: { sellers: 6, marketers: 3 },
    capacity: { followUpsPerSellerPerWeek: 5 },
  };
}
