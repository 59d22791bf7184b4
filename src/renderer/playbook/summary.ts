import type { TFunction } from 'i18next';
import { playbookSettingsOf } from '../../contract/consultant';
import type { PlaybookOptions } from '../../contract/print-options';
import type { Workspace } from '../../contract/workspace';
import { computeFunnel, type StageVolume } from '../../domain/funnel';
import { goalOf } from '../../domain/goal-access';
import { allAnswers, allSummaryLines } from '../../steps';
import { stepFormat } from '../../steps/kit/format';
import { stepMarkdownContext } from './markdown';
import type { PlaybookModel } from './model';

/**
 * The executive summary: one page after the cover, for the reader who reads only that. Built from
 * the data, in the workspace's language: the shared goal in a sentence (or the facilitator's own
 * text, `workspace.playbook.summary`), the goal's key numbers (leads, MQLs and deals a month, on
 * average and in the busiest month; sellers needed against sellers on hand), the top problems and
 * the clauses that answer them, and each step's own lines (its `summary` through the registry:
 * the SLA's commitments, the attribution model, the open actions, the first review …). Steps not
 * in the playbook (not built, not on the agenda) add nothing, and leave no gap. Shared by the
 * printed view and the Markdown export.
 */
export interface SummaryModel {
  /** The opening paragraph(s): the facilitator's text, or the goal in a sentence. */
  lead: string;
  numbers: { label: string; value: string }[];
  problems: { name: string; answers: string[] }[];
  lines: { label: string; text: string }[];
}

/** At most this many problems on the page: the top ones by votes. */
const TOP_PROBLEMS = 3;
/**
 * The answers named per problem: the summary must stay one page however many clauses the room
 * wrote (the problem → answer map after the agreement lists them all, with page numbers).
 */
const ANSWERS_NAMED = 4;

function stageOf(stages: StageVolume[], ids: string[]): StageVolume | undefined {
  return stages.find((stage) => ids.includes(stage.stageId));
}

export function summaryModel(workspace: Workspace, model: PlaybookModel, options: PlaybookOptions, t: TFunction): SummaryModel {
  const format = stepFormat(workspace.language, workspace.currency);
  const inPlaybook = new Set(model.sections.map((section) => section.stepId));
  const own = playbookSettingsOf(workspace).summary.trim();
  const numbers: SummaryModel['numbers'] = [];
  let sentence = '';
  const goal = inPlaybook.has('sharedGoal') ? goalOf(workspace) : null;
  const outcome = goal ? computeFunnel(goal) : null;
  if (goal && outcome?.ok) {
    const plan = outcome.data;
    const months = plan.period.months.length;
    sentence = t('playbook:document.summary.goal', { amount: format.money(goal.targetAmount), months, count: months });
    const stages = plan.total.stages;
    const rows: [string, StageVolume | undefined][] = [
      [t('playbook:document.summary.leads'), stages[0]],
      [t('playbook:document.summary.mqls'), stageOf(stages, ['mql'])],
      [t('playbook:document.summary.deals'), stages.at(-1)],
    ];
    for (const [label, stage] of rows) {
      if (!stage) continue;
      const busiest = Math.max(...stage.months.map((month) => month.count));
      numbers.push({ label, value: t('playbook:document.summary.perMonth', { average: format.number(stage.period / months), busiest: format.number(busiest), period: format.number(stage.period) }) });
    }
    if (plan.capacity?.sellersNeeded != null) {
      numbers.push({ label: t('playbook:document.summary.sellers'), value: t('playbook:document.summary.sellersValue', { needed: format.number(plan.capacity.sellersNeeded), onHand: format.number(plan.capacity.sellers) }) });
    }
  }
  const contextFor = (stepId: string) => stepMarkdownContext(workspace, options, t, stepId);
  const answers = allAnswers(workspace, contextFor).filter(({ stepId }) => inPlaybook.has(stepId));
  const problems = model.problems.slice(0, TOP_PROBLEMS).map((problem) => {
    const clauses = answers.filter(({ answer }) => answer.problemId === problem.id).map(({ answer }) => answer.label);
    const named = clauses.length > 0 ? clauses : problem.answeredIn.map((section) => t(`${section.stepId}:title`));
    const rest = named.length - ANSWERS_NAMED;
    return { name: problem.name, answers: rest > 1 ? [...named.slice(0, ANSWERS_NAMED), t('playbook:document.summary.moreAnswers', { count: rest, n: format.number(rest) })] : named };
  });
  const lines = allSummaryLines(workspace, contextFor)
    .filter(({ stepId }) => inPlaybook.has(stepId))
    .map(({ line }) => line);
  return { lead: own || sentence, numbers, problems, lines };
}
