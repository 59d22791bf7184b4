import { describe, expect, it } from 'vitest';
import { addItem, addSigner, moveItem, removeItem, removeSigner, setSignOffField, updateItem, updateSigner } from './actions-edits';
import { emptyActionsSignOff, MAX_ACTIONS, type Action, type ActionsSignOff } from './actions-schema';

const action = (id: string): Action => ({ id, what: `Action ${id}`, ownerId: 'p-jens', due: '2027-02-01', problemId: null, stepId: null, status: 'open' });
const slice = (): ActionsSignOff => ({
  ...emptyActionsSignOff(),
  actions: [action('a1'), action('a2')],
  signOff: { sponsorId: '', signers: [{ id: 's1', participantId: 'p-jens', role: 'For sales' }], date: '', firstReviewDate: '' },
});
const BASE = ['steps', 'actionsSignOff'];

describe('editing actions, decisions and deferrals', () => {
  it('inserts a valid item at the end of its list', () => {
    expect(addItem(slice(), 'actions', action('a3'))).toEqual({ ok: true, ops: [{ type: 'insert', path: [...BASE, 'actions'], value: action('a3') }] });
    expect(addItem(slice(), 'deferrals', { id: 'd1', problemId: 'theme-x', ownerId: '', date: '', note: '' }).ok).toBe(true);
  });

  it('refuses a duplicate id, an invalid field and a full list', () => {
    expect(addItem(slice(), 'actions', action('a1'))).toEqual({ ok: false, refusal: { code: 'duplicate_id' } });
    expect(addItem(slice(), 'actions', { ...action('a3'), due: '1 Feb' })).toEqual({ ok: false, refusal: { code: 'invalid', field: 'due' } });
    expect(addItem(slice(), 'actions', { ...action('a3'), what: 'x'.repeat(501) })).toEqual({ ok: false, refusal: { code: 'invalid', field: 'what' } });
    const full = { ...slice(), actions: Array.from({ length: MAX_ACTIONS }, (_, i) => action(`a${i}`)) };
    expect(addItem(full, 'actions', action('new'))).toEqual({ ok: false, refusal: { code: 'limit', max: MAX_ACTIONS } });
  });

  it('sets only the fields that change, one operation each', () => {
    expect(updateItem(slice(), 'actions', 'a1', { status: 'done', ownerId: 'p-jens', due: '2027-03-01' })).toEqual({
      ok: true,
      ops: [
        { type: 'set', path: [...BASE, 'actions', { id: 'a1' }, 'status'], value: 'done' },
        { type: 'set', path: [...BASE, 'actions', { id: 'a1' }, 'due'], value: '2027-03-01' },
      ],
    });
    expect(updateItem(slice(), 'actions', 'nope', { status: 'done' })).toEqual({ ok: false, refusal: { code: 'not_found' } });
    expect(updateItem(slice(), 'actions', 'a1', { status: 'finished' as never })).toEqual({ ok: false, refusal: { code: 'invalid', field: 'status' } });
  });

  it('removes and moves items by id', () => {
    expect(removeItem(slice(), 'actions', 'a2')).toEqual({ ok: true, ops: [{ type: 'remove', path: [...BASE, 'actions', { id: 'a2' }] }] });
    expect(moveItem(slice(), 'actions', 'a2', 9)).toEqual({ ok: true, ops: [{ type: 'move', path: [...BASE, 'actions', { id: 'a2' }], toIndex: 1 }] });
    expect(removeItem(slice(), 'decisions', 'a1').ok).toBe(false);
  });
});

describe('editing the sign-off', () => {
  it('sets the sponsor and the first review date, refusing a date that is not one', () => {
    expect(setSignOffField(slice(), 'firstReviewDate', '2027-04-15')).toEqual({ ok: true, ops: [{ type: 'set', path: [...BASE, 'signOff', 'firstReviewDate'], value: '2027-04-15' }] });
    expect(setSignOffField(slice(), 'firstReviewDate', '15-04-2027')).toEqual({ ok: false, refusal: { code: 'invalid', field: 'firstReviewDate' } });
    expect(setSignOffField(slice(), 'sponsorId', '')).toEqual({ ok: true, ops: [] });
  });

  it('adds, changes and removes signers', () => {
    expect(addSigner(slice(), { id: 's2', participantId: 'p-sofie', role: 'For marketing' }).ok).toBe(true);
    expect(addSigner(slice(), { id: 's1', participantId: 'p-sofie', role: '' })).toEqual({ ok: false, refusal: { code: 'duplicate_id' } });
    expect(updateSigner(slice(), 's1', { role: 'Sales Director' })).toEqual({
      ok: true,
      ops: [{ type: 'set', path: [...BASE, 'signOff', 'signers', { id: 's1' }, 'role'], value: 'Sales Director' }],
    });
    expect(removeSigner(slice(), 's1')).toEqual({ ok: true, ops: [{ type: 'remove', path: [...BASE, 'signOff', 'signers', { id: 's1' }] }] });
  });
});
