import type { StepAnswer, StepProblem } from '../contract/step-definition';
import type { Action, Deferral } from './actions-schema';
import { problemsOf, WALL_PATH } from './wall';
import { wallSchema } from './wall-schema';

/**
 * The coverage map: each problem the room carried from the current-state wall, with the clauses
 * of the agreement that answer it, and whether the room may sign.
 *
 * Decisions:
 * - An answer is a step's clause (`StepAnswer`: a RACI activity, a lead rule, an SLA commitment,
 *   a meeting, the attribution agreement), an action whose `problemId` is the problem (and that
 *   says what is to be done), or a step
 *   the wall itself marks as answering it (`answeredBy`) — the last counts, so that a step with
 *   no clause-level answers yet still closes a problem the room ticked on the wall.
 * - A problem with no answer is *deferred* only when a deferral names it with an owner (one of
 *   the participants, when they are given) and a date. A deferral missing either is *incomplete*
 *   and the problem stays open. A deferral of a problem that is answered is ignored.
 * - Sign-off is allowed when no problem is open. A workshop with no problems may sign.
 * - Answers are listed in workshop order of the steps given, then actions, each in their order.
 */

/** A problem as the step that raised it lists it (the wall's `problems.list`, from `problemsOf`). */
export type CoverageProblem = StepProblem;

export type CoverageAnswer =
  | { kind: 'clause'; stepId: string; clauseId: string; label: string }
  | { kind: 'action'; actionId: string; label: string; ownerId: string; due: string }
  | { kind: 'step'; stepId: string };

export type CoverageState = 'answered' | 'deferred' | 'open';

export interface ProblemCoverage {
  problem: CoverageProblem;
  answers: CoverageAnswer[];
  state: CoverageState;
  /** The deferral that counts ('deferred'), or an incomplete one ('open'); null when none. */
  deferral: Deferral | null;
  /** Why a deferral does not count yet, when there is one that does not. */
  deferralMissing: ('owner' | 'date')[];
}

export interface Coverage {
  problems: ProblemCoverage[];
  answered: ProblemCoverage[];
  deferred: ProblemCoverage[];
  open: ProblemCoverage[];
  canSignOff: boolean;
}

export interface CoverageInput {
  problems: readonly CoverageProblem[];
  /** Each step's answers, keyed by step id, in workshop order. */
  stepAnswers: ReadonlyArray<{ stepId: string; answers: readonly StepAnswer[] }>;
  actions: readonly Action[];
  deferrals: readonly Deferral[];
  /** The participants' ids; when given, a deferral's owner must be one of them. */
  participantIds?: readonly string[];
}

/**
 * The problem → answer map.
 *
 * @example
 * const c = coverageOf({
 *   problems: [{ id: 'theme-follow-up', name: 'Following up leads', votes: 3, answeredBy: [] }],
 *   stepAnswers: [{ stepId: 'serviceLevel', answers: [{ problemId: 'theme-follow-up', clauseId: 'first-contact', label: 'First contact within 1 hour' }] }],
 *   actions: [], deferrals: [],
 * });
 * c.canSignOff; // true
 * c.problems[0].answers; // [{ kind: 'clause', stepId: 'serviceLevel', clauseId: 'first-contact', label: 'First contact within 1 hour' }]
 */
export function coverageOf(input: CoverageInput): Coverage {
  const problems = input.problems.map((problem) => problemCoverage(problem, input));
  const answered = problems.filter((p) => p.state === 'answered');
  const deferred = problems.filter((p) => p.state === 'deferred');
  const open = problems.filter((p) => p.state === 'open');
  return { problems, answered, deferred, open, canSignOff: open.length === 0 };
}

function problemCoverage(problem: CoverageProblem, input: CoverageInput): ProblemCoverage {
  const answers = answersOf(problem, input);
  if (answers.length > 0) return { problem, answers, state: 'answered', deferral: null, deferralMissing: [] };
  const candidates = input.deferrals.filter((d) => d.problemId === problem.id);
  const complete = candidates.find((d) => deferralMissing(d, input.participantIds).length === 0);
  if (complete) return { problem, answers, state: 'deferred', deferral: complete, deferralMissing: [] };
  const incomplete = candidates[0] ?? null;
  return {
    problem,
    answers,
    state: 'open',
    deferral: incomplete,
    deferralMissing: incomplete ? deferralMissing(incomplete, input.participantIds) : [],
  };
}

/**
 * What a deferral still lacks to count: an owner (among the participants, when given) and a date.
 *
 * @example
 * deferralMissing({ id: 'd1', problemId: 'p', ownerId: '', date: '2027-03-01', note: '' }); // ['owner']
 */
export function deferralMissing(deferral: Deferral, participantIds?: readonly string[]): ('owner' | 'date')[] {
  const missing: ('owner' | 'date')[] = [];
  const ownerKnown = deferral.ownerId !== '' && (participantIds === undefined || participantIds.includes(deferral.ownerId));
  if (!ownerKnown) missing.push('owner');
  if (deferral.date === '') missing.push('date');
  return missing;
}

function answersOf(problem: CoverageProblem, input: CoverageInput): CoverageAnswer[] {
  const answers: CoverageAnswer[] = [];
  const stepsWithClauses = new Set<string>();
  for (const { stepId, answers: clauses } of input.stepAnswers) {
    for (const clause of clauses) {
      if (clause.problemId !== problem.id) continue;
      // One clause answers a problem once, however often a step lists it.
      if (answers.some((a) => a.kind === 'clause' && a.stepId === stepId && a.clauseId === clause.clauseId)) continue;
      answers.push({ kind: 'clause', stepId, clauseId: clause.clauseId, label: clause.label });
      stepsWithClauses.add(stepId);
    }
  }
  // A step the wall marks is listed as a whole only when none of its clauses is listed already.
  for (const stepId of problem.answeredBy) {
    if (stepsWithClauses.has(stepId) || answers.some((a) => a.kind === 'step' && a.stepId === stepId)) continue;
    answers.push({ kind: 'step', stepId });
  }
  for (const action of input.actions) {
    // An action with no words yet (added in a hurry by keyboard) answers nothing until it says what.
    if (action.problemId !== problem.id || action.what.trim() === '') continue;
    answers.push({ kind: 'action', actionId: action.id, label: action.what, ownerId: action.ownerId, due: action.due });
  }
  return answers;
}

/**
 * The problems of a workspace's current-state wall (an empty list where the wall is missing or
 * does not parse), most votes first, as `problemsOf` ranks them.
 *
 * @example
 * wallProblemsOf(workspace).map((p) => p.name); // ['Following up leads', 'Lead quality and a shared definition', …]
 */
export function wallProblemsOf(workspace: { steps: Record<string, unknown> }): CoverageProblem[] {
  const parsed = wallSchema.safeParse(workspace.steps[WALL_PATH[1]]);
  if (!parsed.success) return [];
  return problemsOf(parsed.data).map(({ theme, votes, answeredBy }) => ({ id: theme.id, name: theme.name, votes, answeredBy }));
}
