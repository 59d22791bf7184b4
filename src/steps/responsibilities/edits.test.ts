import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../contract/apply-edit';
import type { EditOp } from '../../contract/edit';
import type { Workspace } from '../../contract/workspace';
import { letterAt, openDisputes, raciOf } from '../../domain/raci';
import { raciMatrixSchema, type RaciMatrix } from '../../domain/raci-schema';
import { defaultMatrix } from './defaults';
import {
  addActivityOps,
  addRoleOps,
  displayedActivities,
  markDisputedOps,
  moveActivityOps,
  moveActivityStepOps,
  removeActivityOps,
  removeRoleOps,
  setCellOps,
  setDisputeOps,
  setModeOps,
} from './edits';
import { sampleResponsibilities } from './sample';

/** Applies the operations to a document holding `matrix`, as the service does, and reads the matrix back (checked by its schema). */
function apply(matrix: RaciMatrix, ops: (m: RaciMatrix) => EditOp[]): RaciMatrix {
  const workspace = { steps: { responsibilities: matrix } } as unknown as Workspace;
  const next = applyEdit(workspace, ops(matrix)).workspace;
  const read = raciOf(next);
  if (!read) throw new Error('the edit left an invalid matrix');
  return raciMatrixSchema.parse(read);
}

describe('cells', () => {
  it('sets the first letter of a row, another letter, changes one and clears them down to no row at all', () => {
    let m = defaultMatrix('en');
    expect(m.cells['handover']).toEqual({});
    m = apply(m, (x) => setCellOps(x, 'handover', 'marketing', 'R'));
    expect(m.cells['handover']).toEqual({ marketing: 'R' });
    m = apply(m, (x) => setCellOps(x, 'handover', 'sales-manager', 'A'));
    m = apply(m, (x) => setCellOps(x, 'handover', 'marketing', 'C'));
    expect(m.cells['handover']).toEqual({ marketing: 'C', 'sales-manager': 'A' });
    m = apply(m, (x) => setCellOps(x, 'handover', 'marketing', null));
    expect(m.cells['handover']).toEqual({ 'sales-manager': 'A' });
    m = apply(m, (x) => setCellOps(x, 'handover', 'sales-manager', null));
    expect(m.cells['handover']).toEqual({});
  });

  it('never overwrites a row: two letters typed on one stale copy both land', () => {
    const stale = defaultMatrix('en');
    const both = apply(stale, (x) => [...setCellOps(x, 'handover', 'marketing', 'R'), ...setCellOps(stale, 'handover', 'sales-manager', 'A')]);
    expect(both.cells['handover']).toEqual({ marketing: 'R', 'sales-manager': 'A' });
  });

  it('gives a row without its record one with its first letter', () => {
    const bare = { ...defaultMatrix('en'), cells: {} };
    expect(apply(bare, (x) => setCellOps(x, 'handover', 'marketing', 'R')).cells).toEqual({ handover: { marketing: 'R' } });
  });

  it('does nothing when the cell already holds the letter, or is already empty', () => {
    const m = sampleResponsibilities('en');
    expect(setCellOps(m, 'handover', 'marketing', 'R')).toEqual([]);
    expect(setCellOps(m, 'handover', 'leadership', null)).toEqual([]);
    expect(setCellOps(defaultMatrix('en'), 'handover', 'leadership', null)).toEqual([]);
  });

  it('switches the mode', () => {
    const m = apply(defaultMatrix('da'), (x) => setModeOps(x, 'RASCI'));
    expect(m.mode).toBe('RASCI');
    expect(setModeOps(m, 'RASCI')).toEqual([]);
  });
});

describe('rows and columns', () => {
  it('adds a row where asked and moves it', () => {
    let m = apply(defaultMatrix('en'), (x) => addActivityOps(x, { id: 'trade-fair', name: 'Trade fair leads', stage: 'generate' }, 1));
    expect(m.activities.map((a) => a.id).slice(0, 3)).toEqual(['lead-generation', 'trade-fair', 'qualification']);
    expect(m.activities[1]!.kind).toBeUndefined();
    expect(m.cells['trade-fair']).toEqual({});
    m = apply(m, (x) => moveActivityOps(x, 'trade-fair', 0));
    expect(m.activities[0]!.id).toBe('trade-fair');
    expect(moveActivityOps(m, 'trade-fair', 0)).toEqual([]);
    expect(moveActivityOps(m, 'trade-fair', m.activities.length)).toEqual([]);
  });

  it('moves a row one place in the grid’s order, into the neighbouring stage at a stage’s edge', () => {
    const shown = (m: RaciMatrix) => displayedActivities(m).map((a) => `${a.stage}:${a.id}`);
    let m = defaultMatrix('en');
    // Within a stage: follow-up above handover.
    m = apply(m, (x) => moveActivityStepOps(x, 'follow-up', -1));
    expect(shown(m).slice(2, 4)).toEqual(['handover:follow-up', 'handover:handover']);
    // At the top of "handover", up again: it joins "qualify" as its last row.
    m = apply(m, (x) => moveActivityStepOps(x, 'follow-up', -1));
    expect(shown(m).slice(1, 4)).toEqual(['qualify:qualification', 'qualify:follow-up', 'handover:handover']);
    // And back down: it rejoins "handover" as its first row.
    m = apply(m, (x) => moveActivityStepOps(x, 'follow-up', 1));
    expect(shown(m).slice(1, 4)).toEqual(['qualify:qualification', 'handover:follow-up', 'handover:handover']);
    // A row added last in an early stage shows in its stage, and moves from there.
    m = apply(m, (x) => addActivityOps(x, { id: 'fair', name: 'Trade fair', stage: 'generate' }));
    expect(shown(m).slice(0, 2)).toEqual(['generate:lead-generation', 'generate:fair']);
    m = apply(m, (x) => moveActivityStepOps(x, 'fair', 1));
    expect(shown(m).slice(0, 3)).toEqual(['generate:lead-generation', 'qualify:fair', 'qualify:qualification']);
    m = apply(m, (x) => moveActivityStepOps(x, 'fair', -1));
    expect(shown(m).slice(0, 3)).toEqual(['generate:lead-generation', 'generate:fair', 'qualify:qualification']);
    expect(moveActivityStepOps(m, 'lead-generation', -1)).toEqual([]);
    expect(moveActivityStepOps(m, 'crm-quality', 1)).toEqual([]);
  });

  it('removes a row with its letters and disputes', () => {
    const m = apply(sampleResponsibilities('en'), (x) => removeActivityOps(x, 'recycling'));
    expect(m.activities.some((a) => a.id === 'recycling')).toBe(false);
    expect(Object.keys(m.cells)).not.toContain('recycling');
    expect(m.disputes.map((d) => d.activityId)).not.toContain('recycling');
  });

  it('removes a column with its letters in every row and its disputes', () => {
    const before = sampleResponsibilities('en');
    const m = apply(before, (x) => removeRoleOps(x, 'marketing'));
    expect(m.roles.map((r) => r.id)).not.toContain('marketing');
    expect(Object.values(m.cells).some((row) => 'marketing' in row)).toBe(false);
    expect(m.disputes.map((d) => d.id)).toEqual(['dispute-follow-up-sales']);
    // Other columns keep their letters.
    expect(letterAt(m, 'handover', 'sales-manager')).toBe('A');
  });

  it('adds a column with nobody holding it yet', () => {
    const m = apply(defaultMatrix('en'), (x) => addRoleOps(x, { id: 'partners', name: 'Partners', abbreviation: 'PRT', team: 'other' }));
    expect(m.roles.at(-1)).toEqual({ id: 'partners', name: 'Partners', abbreviation: 'PRT', team: 'other', holders: [] });
  });
});

describe('disputes', () => {
  it('marks a cell, notes both views, unmarks it without losing them, reopens and resolves it', () => {
    let m = apply(defaultMatrix('en'), (x) => markDisputedOps(x, 'handover', 'marketing', true, 'd1'));
    expect(openDisputes(m).map((d) => d.id)).toEqual(['d1']);
    m = apply(m, () => setDisputeOps('d1', 'salesView', 'Marketing should call first'));
    m = apply(m, (x) => markDisputedOps(x, 'handover', 'marketing', false, 'unused'));
    expect(openDisputes(m)).toEqual([]);
    expect(m.disputes[0]!.salesView).toBe('Marketing should call first');
    m = apply(m, (x) => markDisputedOps(x, 'handover', 'marketing', true, 'unused'));
    expect(openDisputes(m).map((d) => d.salesView)).toEqual(['Marketing should call first']);
    m = apply(m, () => setDisputeOps('d1', 'resolved', true));
    expect(openDisputes(m)).toEqual([]);
    // Marking a resolved dispute again reopens it.
    m = apply(m, (x) => markDisputedOps(x, 'handover', 'marketing', true, 'unused'));
    expect(openDisputes(m).map((d) => d.id)).toEqual(['d1']);
    expect(markDisputedOps(m, 'handover', 'marketing', true, 'unused')).toEqual([]);
  });
});
