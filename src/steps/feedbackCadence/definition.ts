import { stepCatalogs, type StepDefinition } from '../../contract/step-definition';
import { cadenceSchema } from '../../domain/cadence-schema';
import { cadenceDefaults } from './defaults';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { feedbackCadenceMarkdown } from './markdown';
import { sampleFeedbackCadence } from './sample';

export type { Cadence as FeedbackCadenceSlice } from '../../domain/cadence-schema';

/**
 * The feedback cadence: the meetings that keep the loop between sales and marketing closed (a
 * daily check on yesterday's leads, a weekly lead review, the monthly strategy lunch, a quarterly
 * review of goal and SLA, seller–marketer pairs), each with purpose, recurrence, time, attendees,
 * agenda, the measures it looks at and an owner; checked so that sales and marketing both attend
 * the meetings that review leads; exported as calendar invites (src/domain/calendar-ics.ts).
 */
export const feedbackCadenceSliceSchema = cadenceSchema;

export const feedbackCadenceStep = {
  id: 'feedbackCadence',
  icon: 'calendar-sync',
  version: 1,
  schema: feedbackCadenceSliceSchema,
  migrations: {},
  defaults: ({ language }) => cadenceDefaults(language),
  sample: ({ language }) => sampleFeedbackCadence(language),
  catalogs: stepCatalogs(en, da),
  markdown: feedbackCadenceMarkdown,
  answers: (cadence) =>
    cadence.meetings.flatMap((meeting) => meeting.answers.map((problemId) => ({ problemId, clauseId: meeting.id, label: meeting.title.trim() || meeting.id }))),
  summary: (cadence, { t, format }) =>
    cadence.meetings.length === 0
      ? []
      : [
          {
            label: t('summary.label'),
            text: t('summary.text', { count: cadence.meetings.length, n: format.number(cadence.meetings.length), titles: cadence.meetings.map((m) => m.title.trim()).filter(Boolean).join(', ') }),
          },
        ],
} as const satisfies StepDefinition<'feedbackCadence', typeof feedbackCadenceSliceSchema>;
