import { stepCatalogs, type StepAnswer, type StepDefinition } from '../../contract/step-definition';
import { leadDefinitionsSchema } from '../../domain/lead-schema';
import { workshopOf } from '../../domain/workshop';
import { leadDefaults } from './defaults';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { calibrationSentence, leadDefinitionsMarkdown, leadFacts, ownerText, pointsText } from './markdown';
import { sampleLeadDefinitions } from './sample';

export type { LeadDefinitions } from '../../domain/lead-schema';

/**
 * Lead definitions and scoring: the room agrees what a lead, an MQL and an SQL are (lifecycle
 * stages with entry criteria, owners and the longest stay), what cold, warm and hot mean, how a
 * lead is scored (fit and engagement, caps, negative points, decay), the MQL threshold and the
 * fit × engagement grid, the handover, the reasons a seller may reject an MQL and what happens
 * to a rejected or stalled lead. It calibrates the threshold on real leads (typed in or imported
 * from a CRM export) and checks it against the MQLs the shared goal needs. The slice's schema and
 * the math are in the core (src/domain/lead-schema.ts, lead-scoring.ts, lead-csv.ts).
 */
export const leadDefinitionsSliceSchema = leadDefinitionsSchema;

export const catalogs = stepCatalogs(en, da);

export const leadDefinitionsStep = {
  id: 'leadDefinitions',
  icon: 'thermometer',
  version: 1,
  schema: leadDefinitionsSliceSchema,
  migrations: {},
  defaults: ({ language }) => leadDefaults(language),
  sample: ({ language }) => sampleLeadDefinitions(language),
  catalogs,
  markdown: leadDefinitionsMarkdown,
  answers(slice, { t }) {
    const seen = new Set<string>();
    const answers: StepAnswer[] = [];
    for (const link of slice.problemLinks) {
      const key = `${link.problemId}\u0000${link.clause}`;
      if (seen.has(key)) continue;
      seen.add(key);
      answers.push({ problemId: link.problemId, clauseId: link.clause, label: t(`clauses.${link.clause}`) });
    }
    return answers;
  },
  decisions(slice, { t, format }) {
    return [{ id: 'mql-threshold', text: t('decision.text', { score: pointsText(slice.scoring.mqlThreshold, format) }), why: slice.scoring.thresholdWhy.trim() }];
  },
  summary(slice, { t, format, workspace }) {
    const { calibration } = leadFacts(slice, workspace);
    const sentence = calibration.leads.length > 0 ? calibrationSentence(calibration, t, format) : '';
    return [
      { label: t('summary.mql'), text: t('summary.mqlText', { score: pointsText(slice.scoring.mqlThreshold, format), sentence }).trim() },
      { label: t('summary.recycle'), text: t('summary.recycleText', { count: slice.recycle.afterDays, owner: ownerText(slice.recycle.owner, workshopOf(workspace), t) }) },
    ];
  },
} as const satisfies StepDefinition<'leadDefinitions', typeof leadDefinitionsSliceSchema>;
