import { describe, expect, it } from 'vitest';
import { activeItems, clockTime, minuteOfDay, moveItem, neighbourItem, timePlan, type AgendaItem } from './agenda';

const step = (id: string, minutes: number, enabled = true): AgendaItem => ({ id, kind: 'step', stepId: id, minutes, enabled });
const custom = (id: string, title: string, minutes: number, enabled = true): AgendaItem => ({ id, kind: 'custom', title, minutes, enabled });

describe('agenda time plan', () => {
  const day = [step('setup', 30), step('currentState', 60), custom('coffee', 'Kaffe', 15), step('sharedGoal', 75), custom('lunch', 'Frokost', 45, false), step('raci', 60)];

  it('gives each switched-on item its start and end from the day start, by hand', () => {
    const plan = timePlan(day, '09:00', '16:00');
    // 09:00 + 30 = 09:30; + 60 = 10:30; + 15 = 10:45; + 75 = 12:00; lunch is off; + 60 = 13:00.
    expect(plan.items.map((p) => [p.item.id, p.startMinute === null ? null : clockTime(p.startMinute)])).toEqual([
      ['setup', '09:00'],
      ['currentState', '09:30'],
      ['coffee', '10:30'],
      ['sharedGoal', '10:45'],
      ['lunch', null],
      ['raci', '12:00'],
    ]);
    expect(plan.totalMinutes).toBe(30 + 60 + 15 + 75 + 60);
    expect(clockTime(plan.endMinute)).toBe('13:00');
    expect(plan.overrunMinutes).toBe(0);
  });

  it('warns by how many minutes the plan runs past the end time', () => {
    expect(timePlan(day, '09:00', '12:30').overrunMinutes).toBe(30);
    expect(timePlan(day, '09:00', '13:00').overrunMinutes).toBe(0);
    expect(timePlan(day, '09:00', null).overrunMinutes).toBe(0);
  });

  it('reads an end time before the start as the next day (an evening session)', () => {
    const plan = timePlan([custom('a', 'Aften', 180)], '22:00', '00:30');
    expect(clockTime(plan.endMinute)).toBe('01:00');
    expect(plan.overrunMinutes).toBe(30);
  });

  it('plans an empty or all-off agenda as zero minutes', () => {
    expect(timePlan([], '09:00', '10:00').totalMinutes).toBe(0);
    expect(timePlan([step('x', 30, false)], '09:00', '10:00').items[0]!.startMinute).toBeNull();
  });

  it('converts clock times both ways and wraps past midnight', () => {
    expect(minuteOfDay('09:30')).toBe(570);
    expect(clockTime(570)).toBe('09:30');
    expect(clockTime(1440 + 15)).toBe('00:15');
  });
});

describe('walking the agenda', () => {
  const agenda = [step('a', 10), step('b', 10, false), step('c', 10)];

  it('skips switched-off items going forward and back', () => {
    expect(activeItems(agenda).map((i) => i.id)).toEqual(['a', 'c']);
    expect(neighbourItem(agenda, 'a', 1)?.id).toBe('c');
    expect(neighbourItem(agenda, 'c', -1)?.id).toBe('a');
  });

  it('stops at both ends, and starts at the first item before the workshop has begun', () => {
    expect(neighbourItem(agenda, 'c', 1)).toBeNull();
    expect(neighbourItem(agenda, 'a', -1)).toBeNull();
    expect(neighbourItem(agenda, null, 1)?.id).toBe('a');
  });

  it('moves an item by an offset, clamped to the list, as the keyboard reorder does', () => {
    expect(moveItem(agenda, 'a', 1)).toEqual({ from: 0, to: 1 });
    expect(moveItem(agenda, 'c', 5)).toBeNull();
    expect(moveItem(agenda, 'c', -9)).toEqual({ from: 2, to: 0 });
    expect(moveItem(agenda, 'zz', 1)).toBeNull();
  });
});
