import { stepCatalogs, type StepAnswer, type StepDecision, type StepDefinition, type StepMarkdownContext, type StepSummaryLine } from '../../contract/step-definition';
import { letterAt, raciFindings } from '../../domain/raci';
import { raciMatrixSchema, type ActivityKind, type RaciMatrix } from '../../domain/raci-schema';
import { workshopOf } from '../../domain/workshop';
import { defaultMatrix } from './defaults';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { responsibilitiesMarkdown } from './markdown';
import { sampleResponsibilities } from './sample';
import { activityName, listOf, roleName } from './text';

export { raciMatrixSchema } from '../../domain/raci-schema';
export type { RaciMatrix } from '../../domain/raci-schema';

/**
 * Responsibilities: the room agrees who does what along the chain in a RACI (or RASCI) matrix,
 * activities as rows and roles as columns, with its rules checked live (src/domain/raci.ts). The
 * slice's schema lives in the core (src/domain/raci-schema.ts) so the rules, this step and other
 * steps' accessors (`raciOf`) share it.
 */
export const responsibilitiesSliceSchema = raciMatrixSchema;
export type ResponsibilitiesSlice = RaciMatrix;

/** The rows whose accountable is a decision the playbook records, in chain order. */
const DECIDED_KINDS: readonly ActivityKind[] = ['handover', 'followUp', 'feedback'];

/** Each problem an activity answers, once per activity, rows in row order. */
export function responsibilityAnswers(matrix: RaciMatrix): StepAnswer[] {
  return matrix.activities.flatMap((activity) =>
    [...new Set(activity.answers ?? [])].map((problemId) => ({ problemId, clauseId: activity.id, label: activityName(matrix, activity.id) })),
  );
}

/**
 * Who is accountable for the handover, the first follow-up and the feedback on lead quality, for
 * each such row with exactly one A: "Sales manager (Jens Østergaard) is accountable for “Handover
 * of MQLs to sales”." A row with none or two A's records no decision (it is a finding instead).
 */
export function responsibilityDecisions(matrix: RaciMatrix, { t, language, workspace }: StepMarkdownContext): StepDecision[] {
  const participants = workshopOf(workspace).participants;
  return DECIDED_KINDS.flatMap((kind) =>
    matrix.activities
      .filter((a) => a.kind === kind)
      .flatMap((activity): StepDecision[] => {
        const accountable = matrix.roles.filter((r) => letterAt(matrix, activity.id, r.id) === 'A');
        if (accountable.length !== 1) return [];
        const role = accountable[0]!;
        const holders = role.holders.flatMap((id) => participants.filter((p) => p.id === id).map((p) => p.name));
        const values = { role: roleName(matrix, role.id), activity: activityName(matrix, activity.id) };
        return [
          {
            id: `accountable-${activity.id}`,
            text: holders.length > 0 ? t('decisions.accountableHeld', { ...values, holders: listOf(holders, language) }) : t('decisions.accountable', values),
            why: '',
          },
        ];
      }),
  );
}

/** "11 activities and 7 roles; 2 findings open." */
export function responsibilitySummary(matrix: RaciMatrix, { t }: StepMarkdownContext): StepSummaryLine[] {
  if (matrix.activities.length === 0) return [];
  const open = raciFindings(matrix).length;
  return [
    {
      label: t('summary.label'),
      text: t('summary.text', {
        activities: t('summary.activities', { count: matrix.activities.length }),
        roles: t('summary.roles', { count: matrix.roles.length }),
        findings: open === 0 ? t('summary.noFindings') : t('summary.findings', { count: open }),
      }),
    },
  ];
}

export const responsibilitiesStep = {
  id: 'responsibilities',
  icon: 'grid-3x3',
  version: 1,
  schema: responsibilitiesSliceSchema,
  migrations: {},
  defaults: ({ language }) => defaultMatrix(language),
  sample: ({ language }) => sampleResponsibilities(language),
  catalogs: stepCatalogs(en, da),
  markdown: responsibilitiesMarkdown,
  answers: responsibilityAnswers,
  decisions: responsibilityDecisions,
  summary: responsibilitySummary,
} as const satisfies StepDefinition<'responsibilities', typeof responsibilitiesSliceSchema>;
