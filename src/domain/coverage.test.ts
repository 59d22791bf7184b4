import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, Deferral } from './actions-schema';
import { coverageOf, deferralMissing, type CoverageInput, type CoverageProblem } from './coverage';

const problem = (id: string, answeredBy: string[] = []): CoverageProblem => ({ id, name: `Problem ${id}`, votes: 1, answeredBy });
const action = (id: string, problemId: string | null, what = `Action ${id}`): Action => ({
  id,
  what,
  ownerId: 'p-jens',
  due: '2027-02-01',
  problemId,
  stepId: null,
  status: 'open',
});
const deferral = (id: string, problemId: string, ownerId = 'p-mette', date = '2027-04-15'): Deferral => ({ id, problemId, ownerId, date, note: '' });

/**
 * The worked example, Nordvind's three problems:
 * - follow-up: answered by the SLA's first-contact clause and the cadence's weekly review, plus an action;
 * - lead-quality: answered by nothing but an action;
 * - goals: answered by the wall's mark that the shared goal answers it (no clause);
 * - material: no answer, deferred to Sofie on 15 April.
 */
function example(): CoverageInput {
  return {
    problems: [problem('follow-up'), problem('lead-quality'), problem('goals', ['sharedGoal']), problem('material')],
    stepAnswers: [
      { stepId: 'serviceLevel', answers: [{ problemId: 'follow-up', clauseId: 'first-contact', label: 'First contact within 1 working hour' }] },
      { stepId: 'feedbackCadence', answers: [{ problemId: 'follow-up', clauseId: 'weekly-review', label: 'Weekly lead review' }] },
    ],
    actions: [action('a1', 'follow-up', 'Set up the lead queue in the CRM'), action('a2', 'lead-quality', 'Write the MQL checklist'), action('a3', null)],
    deferrals: [deferral('d1', 'material', 'p-sofie')],
    participantIds: ['p-mette', 'p-jens', 'p-sofie'],
  };
}

describe('the coverage map', () => {
  it('lists each problem with its answers: clauses in step order, the wall’s step marks, then actions', () => {
    const c = coverageOf(example());
    expect(c.problems.map((p) => [p.problem.id, p.state])).toEqual([
      ['follow-up', 'answered'],
      ['lead-quality', 'answered'],
      ['goals', 'answered'],
      ['material', 'deferred'],
    ]);
    expect(c.problems[0]!.answers).toEqual([
      { kind: 'clause', stepId: 'serviceLevel', clauseId: 'first-contact', label: 'First contact within 1 working hour' },
      { kind: 'clause', stepId: 'feedbackCadence', clauseId: 'weekly-review', label: 'Weekly lead review' },
      { kind: 'action', actionId: 'a1', label: 'Set up the lead queue in the CRM', ownerId: 'p-jens', due: '2027-02-01' },
    ]);
    expect(c.problems[2]!.answers).toEqual([{ kind: 'step', stepId: 'sharedGoal' }]);
    expect(c.problems[3]!.deferral?.ownerId).toBe('p-sofie');
    // 3 answered + 1 deferred + 0 open: the room may sign.
    expect([c.answered.length, c.deferred.length, c.open.length, c.canSignOff]).toEqual([3, 1, 0, true]);
  });

  it('keeps a problem open when nothing answers it and no one has it deferred', () => {
    const input = { ...example(), deferrals: [] };
    const c = coverageOf(input);
    expect(c.open.map((p) => p.problem.id)).toEqual(['material']);
    expect(c.canSignOff).toBe(false);
  });

  it('does not count a deferral without an owner or a date, and says what it lacks', () => {
    const c = coverageOf({ ...example(), deferrals: [deferral('d1', 'material', '', '')] });
    expect(c.open[0]).toMatchObject({ state: 'open', deferralMissing: ['owner', 'date'] });
    expect(c.canSignOff).toBe(false);
    const noDate = coverageOf({ ...example(), deferrals: [deferral('d1', 'material', 'p-sofie', '')] });
    expect(noDate.open[0]!.deferralMissing).toEqual(['date']);
  });

  it('does not count an owner who is not among the participants', () => {
    const c = coverageOf({ ...example(), deferrals: [deferral('d1', 'material', 'p-gone')] });
    expect(c.open[0]!.deferralMissing).toEqual(['owner']);
    // Without a participant list the owner is taken as given.
    expect(deferralMissing(deferral('d1', 'material', 'p-gone'))).toEqual([]);
  });

  it('uses a complete deferral when an earlier one of the same problem is incomplete', () => {
    const c = coverageOf({ ...example(), deferrals: [deferral('d0', 'material', ''), deferral('d1', 'material', 'p-sofie')] });
    expect(c.problems[3]).toMatchObject({ state: 'deferred', deferral: { id: 'd1' } });
  });

  it('ignores a deferral of a problem that is answered', () => {
    const c = coverageOf({ ...example(), deferrals: [deferral('d1', 'follow-up')] });
    expect(c.problems[0]).toMatchObject({ state: 'answered', deferral: null });
  });

  it('lists a step the wall marks only once, and not beside its own clauses', () => {
    const input = example();
    input.problems = [problem('follow-up', ['serviceLevel', 'attribution', 'attribution'])];
    const answers = coverageOf(input).problems[0]!.answers;
    expect(answers.filter((a) => a.kind === 'step')).toEqual([{ kind: 'step', stepId: 'attribution' }]);
  });

  it('does not count an action that says nothing yet, nor the same clause twice', () => {
    const input = example();
    input.actions = [action('a2', 'lead-quality', '   ')];
    input.stepAnswers = [
      { stepId: 'serviceLevel', answers: [{ problemId: 'follow-up', clauseId: 'c', label: 'C' }, { problemId: 'follow-up', clauseId: 'c', label: 'C' }] },
    ];
    const c = coverageOf(input);
    expect(c.problems[0]!.answers).toHaveLength(1);
    expect(c.problems[1]!.state).toBe('open');
  });

  it('lets a workshop with no problems sign', () => {
    expect(coverageOf({ problems: [], stepAnswers: [], actions: [], deferrals: [] }).canSignOff).toBe(true);
  });

  it('always sorts every problem into exactly one of answered, deferred and open, and signs only with none open', () => {
    const ids = ['p1', 'p2', 'p3', 'p4'];
    const arbitraryInput = fc.record({
      marks: fc.array(fc.subarray(['sharedGoal', 'serviceLevel']), { minLength: 4, maxLength: 4 }),
      clauses: fc.array(fc.constantFrom(...ids), { maxLength: 4 }),
      actions: fc.array(fc.tuple(fc.constantFrom(...ids, null), fc.constantFrom('', 'Do it')), { maxLength: 4 }),
      deferrals: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom('', 'p-mette'), fc.constantFrom('', '2027-03-01')), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arbitraryInput, ({ marks, clauses, actions, deferrals }) => {
        const c = coverageOf({
          problems: ids.map((id, i) => problem(id, marks[i])),
          stepAnswers: [{ stepId: 'serviceLevel', answers: clauses.map((id, i) => ({ problemId: id, clauseId: `c${i}`, label: 'C' })) }],
          actions: actions.map(([problemId, what], i) => action(`a${i}`, problemId, what)),
          deferrals: deferrals.map(([problemId, ownerId, date], i) => deferral(`d${i}`, problemId, ownerId, date)),
        });
        expect(c.answered.length + c.deferred.length + c.open.length).toBe(ids.length);
        for (const p of c.problems) expect(p.state === 'answered').toBe(p.answers.length > 0);
        expect(c.canSignOff).toBe(c.open.length === 0);
      }),
    );
  });
});
