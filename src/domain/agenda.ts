import { z } from 'zod';
import { DEFAULT_STEP_MINUTES, WORKSHOP_STEP_IDS, type WorkshopStepId } from './workshop-steps';

/**
 * The workshop's agenda and its time plan. An item is a workshop step (by id) or something else
 * the day needs (a welcome, a break, lunch); each has a timebox in minutes and can be switched
 * off without losing its place or its time.
 */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const agendaItemSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1).max(100),
    kind: z.literal('step'),
    stepId: z.string().min(1).max(100),
    minutes: z.number().int().min(0).max(24 * 60),
    enabled: z.boolean(),
  }),
  z.object({
    id: z.string().min(1).max(100),
    kind: z.literal('custom'),
    title: z.string().max(200),
    minutes: z.number().int().min(0).max(24 * 60),
    enabled: z.boolean(),
  }),
]);
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export interface PlannedItem {
  item: AgendaItem;
  /** Minutes after midnight; null for a switched-off item. */
  startMinute: number | null;
  endMinute: number | null;
}

export interface TimePlan {
  items: PlannedItem[];
  totalMinutes: number;
  startMinute: number;
  endMinute: number;
  /** Minutes past the planned end time; 0 when the plan fits or no end time is set. */
  overrunMinutes: number;
}

/** "09:30" → 570. */
export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** 570 → "09:30"; past midnight it wraps ("24:15" is "00:15"), as a clock does. */
export function clockTime(minuteOfDayValue: number): string {
  const wrapped = ((minuteOfDayValue % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/**
 * Each switched-on item's planned start and end from the day's start time, the total, and how far
 * the plan runs past the end time.
 *
 * @example
 * const plan = timePlan([{ id: 'a', kind: 'custom', title: 'Welcome', minutes: 30, enabled: true }], '09:00', '09:15');
 * plan.items[0].startMinute // 540 (09:00)
 * plan.overrunMinutes       // 15
 */
export function timePlan(items: readonly AgendaItem[], startTime: string, endTime: string | null): TimePlan {
  const startMinute = minuteOfDay(startTime);
  let cursor = startMinute;
  const planned = items.map((item) => {
    if (!item.enabled) return { item, startMinute: null, endMinute: null };
    const entry = { item, startMinute: cursor, endMinute: cursor + item.minutes };
    cursor += item.minutes;
    return entry;
  });
  const totalMinutes = cursor - startMinute;
  let overrunMinutes = 0;
  if (endTime) {
    let end = minuteOfDay(endTime);
    // An end time earlier than the start is on the next day (an evening session).
    if (end < startMinute) end += 1440;
    overrunMinutes = Math.max(0, cursor - end);
  }
  return { items: planned, totalMinutes, startMinute, endMinute: cursor, overrunMinutes };
}

/** The switched-on items in order: the path the facilitator walks with "Next step". */
export function activeItems(items: readonly AgendaItem[]): AgendaItem[] {
  return items.filter((item) => item.enabled);
}

/** The item after (or before) `currentId` among the switched-on ones; null at either end. */
export function neighbourItem(items: readonly AgendaItem[], currentId: string | null, direction: 1 | -1): AgendaItem | null {
  const active = activeItems(items);
  if (active.length === 0) return null;
  const index = active.findIndex((item) => item.id === currentId);
  if (index < 0) return direction === 1 ? active[0]! : null;
  return active[index + direction] ?? null;
}

/** Moves the item with `id` by `offset` places (clamped): the keyboard path of reordering. */
export function moveItem<T extends { id: string }>(items: readonly T[], id: string, offset: number): { from: number; to: number } | null {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return null;
  const to = Math.min(items.length - 1, Math.max(0, from + offset));
  return from === to ? null : { from, to };
}

/**
 * Puts steps new to a workshop on its agenda, each after the last step that comes before it in
 * the workshop's order (or first), with its typical timebox, as the consultant would. Takes the
 * workshop's core data (see ./workshop.ts) as stored, and leaves anything else unchanged.
 *
 * @example
 * addStepsToAgenda({ agenda: [setupItem] }, ['attribution']).agenda.map((i) => i.id); // ['agenda-setup', 'agenda-attribution']
 */
export function addStepsToAgenda(core: unknown, stepIds: readonly string[]): unknown {
  if (typeof core !== 'object' || core === null || !Array.isArray((core as { agenda?: unknown }).agenda)) return core;
  const agenda = [...(core as { agenda: AgendaItem[] }).agenda];
  const order = (stepId: string) => (WORKSHOP_STEP_IDS as readonly string[]).indexOf(stepId);
  for (const stepId of stepIds) {
    if (agenda.some((item) => item.kind === 'step' && item.stepId === stepId)) continue;
    let at = 0;
    agenda.forEach((item, index) => {
      if (item.kind === 'step' && order(item.stepId) < order(stepId)) at = index + 1;
    });
    const minutes = DEFAULT_STEP_MINUTES[stepId as WorkshopStepId] ?? 30;
    const id = agenda.some((item) => item.id === `agenda-${stepId}`) ? `agenda-${stepId}-${agenda.length}` : `agenda-${stepId}`;
    agenda.splice(at, 0, { id, kind: 'step', stepId, minutes, enabled: true });
  }
  return { ...(core as object), agenda };
}

/** The agenda of a new workshop: a step for each of `registered`, with its typical timebox. */
export function defaultAgenda(registered: readonly string[]): AgendaItem[] {
  return WORKSHOP_STEP_IDS.filter((id) => registered.includes(id)).map((stepId) => ({
    id: `agenda-${stepId}`,
    kind: 'step' as const,
    stepId,
    minutes: DEFAULT_STEP_MINUTES[stepId],
    enabled: true,
  }));
}
