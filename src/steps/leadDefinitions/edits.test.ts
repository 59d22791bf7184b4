import { describe, expect, it } from 'vitest';
import { importLeadsOps, removeCriterionOps, removeGroupOps } from './edits';
import { sampleLeadDefinitions } from './sample';

/** Removing a criterion or a group takes it out of every sample lead in the same undo step. */
describe('edits', () => {
  const slice = sampleLeadDefinitions('en');

  it('removes a criterion from the model and from the 4 sample leads that met "quote"', () => {
    const ops = removeCriterionOps(slice, 'intent', 'quote');
    expect(ops[0]).toEqual({ type: 'remove', path: ['steps', 'leadDefinitions', 'scoring', 'groups', { id: 'intent' }, 'criteria', { id: 'quote' }] });
    // Morten Lund, Henrik Dam, Nanna Vestergaard, Frederik Holt met it.
    expect(ops.slice(1).map((op) => (op.type === 'set' ? op.path.at(-2) : null))).toEqual([{ id: 'lead-1' }, { id: 'lead-3' }, { id: 'lead-15' }, { id: 'lead-16' }]);
    expect(ops[2]).toEqual({ type: 'set', path: ['steps', 'leadDefinitions', 'calibrationLeads', { id: 'lead-3' }, 'criteria'], value: ['segment', 'authority', 'timing'] });
  });

  it('removes a group and all its criteria from the leads', () => {
    const ops = removeGroupOps(slice, 'disqualifiers');
    const touched = ops.filter((op) => op.type === 'set');
    // Mikkel (homeowner, free e-mail), Sara (student), Rune (competitor), Nanna (homeowner), Oliver and Simon (free e-mail): 6 leads.
    expect(touched).toHaveLength(6);
    for (const op of touched) expect((op as { value: string[] }).value.some((id) => ['homeowner', 'student', 'competitor', 'free-email'].includes(id))).toBe(false);
  });

  it('adds imported leads after the others, or replaces them', () => {
    const lead = { ...slice.calibrationLeads[0]!, id: 'csv-1' };
    expect(importLeadsOps([lead], false, slice.calibrationLeads)[0]).toMatchObject({ type: 'set', value: { length: 31 } });
    expect(importLeadsOps([lead], true, slice.calibrationLeads)[0]).toMatchObject({ type: 'set', value: [lead] });
  });
});
