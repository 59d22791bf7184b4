import { stepCatalogs, type StepDefinition } from '../../contract/step-definition';
import { goalOf } from '../../domain/goal-access';
import { marketingCommitment } from '../../domain/sla';
import { slaSchema } from '../../domain/sla-schema';
import { slaDefaults } from './defaults';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { serviceLevelMarkdown } from './markdown';
import { sampleServiceLevel } from './sample';
import { durationText } from './text';

export type { Sla as ServiceLevelSlice } from '../../domain/sla-schema';

/**
 * The service level agreement: marketing commits to the MQLs the shared goal needs (derived live,
 * never typed) and their quality; sales commits to accept or reject each MQL within N working
 * hours, a first contact within a time the research argues for, M attempts over D days and a
 * recorded outcome for every lead. Each commitment is measurable (measure, target, owner, report,
 * escalation), and the attempts are checked against the sellers' room. The slice's schema and the
 * rules are in the core (src/domain/sla-schema.ts, sla.ts, sla-evidence.ts).
 */
export const serviceLevelSliceSchema = slaSchema;

export const serviceLevelStep = {
  id: 'serviceLevel',
  icon: 'handshake',
  version: 2,
  schema: serviceLevelSliceSchema,
  migrations: {
    // 1 → 2: sales' terms may hold the attempts one seller can make a week. A version 1 slice is
    // already valid without it; left unset, the capacity check asks the room for it.
    1: (slice) => slice,
  },
  defaults: ({ language }) => slaDefaults(language),
  sample: ({ language }) => sampleServiceLevel(language),
  catalogs: stepCatalogs(en, da),
  markdown: serviceLevelMarkdown,
  answers: (sla, { t }) =>
    sla.commitments.flatMap((commitment) =>
      commitment.answers.map((problemId) => ({
        problemId,
        clauseId: commitment.id,
        label: commitment.kind === 'custom' ? commitment.text.trim() || t('kinds.custom') : t(`kinds.${commitment.kind}`),
      })),
    ),
  decisions: (sla, context) => [
    {
      id: 'response-time',
      text: context.t('decisions.responseTime', { duration: durationText(sla.sales.firstContact, context) }),
      why: context.t('decisions.responseTimeWhy'),
    },
    {
      id: 'attempts',
      text: context.t('decisions.attempts', { attempts: context.format.number(sla.sales.attempts), days: durationText({ amount: sla.sales.attemptDays, unit: 'days' }, context) }),
      why: context.t('decisions.attemptsWhy'),
    },
  ],
  summary: (sla, context) => {
    const { t, format } = context;
    const mqls = marketingCommitment(goalOf(context.workspace));
    return [
      {
        label: t('summary.responseTime'),
        text: t('summary.responseTimeText', {
          duration: durationText(sla.sales.firstContact, context),
          accept: durationText({ amount: sla.sales.acceptWithinWorkingHours, unit: 'workingHours' }, context),
        }),
      },
      ...(mqls.ok ? [{ label: t('summary.mqls'), text: t('summary.mqlsText', { count: mqls.data.perMonth, n: format.number(mqls.data.perMonth) }) }] : []),
    ];
  },
} as const satisfies StepDefinition<'serviceLevel', typeof serviceLevelSliceSchema>;
