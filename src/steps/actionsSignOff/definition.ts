import { stepCatalogs, type StepDefinition, type StepMarkdownContext } from '../../contract/step-definition';
import { actionsSignOffSchema, emptyActionsSignOff, type ActionsSignOff } from '../../domain/actions-schema';
import da from './i18n/da.json';
import en from './i18n/en.json';
import type { AgreementSources } from './facts';
import { actionsSignOffMarkdown } from './markdown';
import { sampleActionsSignOff } from './sample';

/**
 * Actions and sign-off, the end of the day: action items with owners and dates, the decision log,
 * the map of every problem from the wall to the clauses that answer it (or its deferral), the
 * checks that tie the steps together, and the sign-off by a leadership sponsor that freezes a
 * version of the agreement. The slice and its rules live in the core: src/domain/actions-schema.ts,
 * coverage.ts, cross-checks.ts, versioning.ts, actions-edits.ts, actions-csv.ts.
 *
 * Its actions answer problems, so they are the step's `answers`; its own decisions are in its
 * slice (the decision log shows them beside the ones other steps record by themselves).
 */
export const actionsSignOffSliceSchema = actionsSignOffSchema;
export type ActionsSignOffSlice = ActionsSignOff;

export const actionsSignOffStep = {
  id: 'actionsSignOff',
  icon: 'signature',
  version: 1,
  schema: actionsSignOffSliceSchema,
  migrations: {},
  defaults: () => emptyActionsSignOff(),
  sample: ({ language }) => sampleActionsSignOff(language),
  catalogs: stepCatalogs(en, da),
  // Its own section prints the problem → answer map and the sign-off page of the playbook.
  ownsPlaybookParts: ['problems', 'signOff'],
  // "A" on the facilitator's screen adds an action from any step (QuickAdd.tsx).
  quickAdd: { key: 'a', labelKey: 'quickAdd.shortcut' },
  // The host may hand every step's answers and decisions in the context (`agreement`): a step
  // cannot read the registry itself. Without them the map uses the wall's marks and the actions.
  markdown: (slice, context) => actionsSignOffMarkdown(slice, context, (context as StepMarkdownContext & { agreement?: AgreementSources }).agreement),
  // The executive summary's last lines: what is still to be done, and when the room meets again.
  summary: (slice, { t, format }) => {
    const open = slice.actions.filter((action) => action.what.trim() !== '' && action.status !== 'done');
    const next = open.map((action) => action.due).filter(Boolean).sort()[0] ?? '';
    const lines = [];
    if (open.length > 0) {
      lines.push({
        label: t('summary.actions'),
        text: next ? t('summary.actionsOpenDue', { count: open.length, n: format.number(open.length), date: format.date(next) }) : t('summary.actionsOpen', { count: open.length, n: format.number(open.length) }),
      });
    }
    if (slice.signOff.firstReviewDate) lines.push({ label: t('summary.firstReview'), text: format.date(slice.signOff.firstReviewDate) });
    return lines;
  },
  answers: (slice) =>
    slice.actions
      .filter((action) => action.problemId !== null && action.what.trim() !== '')
      .map((action) => ({ problemId: action.problemId!, clauseId: action.id, label: action.what })),
} as const satisfies StepDefinition<'actionsSignOff', typeof actionsSignOffSliceSchema>;
