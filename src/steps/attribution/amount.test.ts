import { describe, expect, it } from 'vitest';
import { amountText, parseAmount } from './amount';
import { addTouch, moveTouch, removeTouch } from './edits';
import type { Journey } from '../../domain/attribution-schema';

describe('the deal value as typed', () => {
  it('reads Danish and English amounts, to the øre', () => {
    expect(parseAmount('486.500', 'da')).toBe(486_500);
    expect(parseAmount('486.500,50 kr.', 'da')).toBe(486_500.5);
    expect(parseAmount('486500,5', 'da')).toBe(486_500.5);
    expect(parseAmount('486,500.05', 'en')).toBe(486_500.05);
    expect(parseAmount('DKK 486,500', 'en')).toBe(486_500);
    expect(parseAmount('0', 'en')).toBe(0);
  });
  it('refuses what is no amount, fractions of an øre, and the other language’s grouping', () => {
    expect(parseAmount('', 'da')).toBeNull();
    expect(parseAmount('12,345', 'da')).toBeNull();
    expect(parseAmount('486.500', 'en')).toBeNull();
    expect(parseAmount('-5', 'en')).toBeNull();
    expect(parseAmount('1.000.000.000.001', 'da')).toBeNull();
  });
  it('shows an amount grouped, with øre only when it has them', () => {
    expect(amountText(486_500, 'da')).toBe('486.500');
    expect(amountText(486_500.5, 'da')).toBe('486.500,50');
    expect(amountText(486_500.5, 'en')).toBe('486,500.50');
  });
});

describe('the editor’s edits', () => {
  const journey: Journey = {
    id: 'j',
    name: '',
    dealValue: 0,
    touches: [
      { id: 'a', date: '2027-01-01', channel: 'referral', label: '', campaign: '', effort: 'partner' },
      { id: 'b', date: '2027-01-09', channel: 'order', label: '', campaign: '', effort: 'sales' },
    ],
    leadCreationTouchId: 'a',
    dealCreationTouchId: 'b',
  };
  it('adds a touch dated as the last one, moves within bounds, and clears the marks of a removed touch', () => {
    expect(addTouch(journey, 'c', '2027-02-01')[0]).toMatchObject({ type: 'insert', value: { id: 'c', date: '2027-01-09' } });
    expect(addTouch({ ...journey, touches: [] }, 'c', '2027-02-01')[0]).toMatchObject({ value: { date: '2027-02-01' } });
    expect(moveTouch(journey, 'b', -1)).toEqual([{ type: 'move', path: ['steps', 'attribution', 'journeys', { id: 'j' }, 'touches', { id: 'b' }], toIndex: 0 }]);
    expect(moveTouch(journey, 'a', -1)).toEqual([]);
    expect(moveTouch(journey, 'b', 1)).toEqual([]);
    expect(removeTouch(journey, 'a')).toEqual([
      { type: 'remove', path: ['steps', 'attribution', 'journeys', { id: 'j' }, 'touches', { id: 'a' }] },
      { type: 'set', path: ['steps', 'attribution', 'journeys', { id: 'j' }, 'leadCreationTouchId'], value: null },
    ]);
  });
});
