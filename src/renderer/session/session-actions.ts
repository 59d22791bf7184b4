import { emptyStepSession, type StepSession } from '../../contract/session';
import type { EditOp } from '../../contract/edit';
import { neighbourItem, type AgendaItem } from '../../domain/agenda';
import { extendTimer, pauseTimer, resetTimer, startTimer, timersToPauseOnMove } from '../../domain/timer';
import { useDocumentStore } from '../stores/document-store';

/**
 * The facilitator's moves: which agenda item the room is on, progress, timers, the projector's
 * blanking and theme, and private notes. All but the notes are the running of the room, sent with
 * `undoable: false` so that Ctrl+Z undoes agreements, not a timer.
 */

function itemSession(itemId: string): StepSession | undefined {
  return useDocumentStore.getState().workspace?.session.items[itemId];
}

/** Ops that set one field of an item's session, creating the item's entry when it has none. */
function setItemField<K extends keyof StepSession>(itemId: string, field: K, value: StepSession[K]): EditOp[] {
  const current = itemSession(itemId);
  if (current) return [{ type: 'set', path: ['session', 'items', itemId, field], value }];
  return [{ type: 'set', path: ['session', 'items', itemId], value: { ...emptyStepSession(), [field]: value } }];
}

const running = (ops: EditOp[]) => useDocumentStore.getState().edit(ops, { undoable: false }).catch(() => undefined);

/** Leaving a step pauses its timer (and any other running one), banking the time spent. */
function pauseTimersBesides(targetId: string, now: Date): EditOp[] {
  const items = useDocumentStore.getState().workspace?.session.items ?? {};
  return timersToPauseOnMove(items, targetId, now).map(([itemId, timer]) => ({ type: 'set', path: ['session', 'items', itemId, 'timer'], value: timer }));
}

/** Puts the room on `itemId`; a step not started yet becomes in progress; other timers pause. */
export function goToItem(itemId: string, now = new Date()): Promise<unknown> {
  const ops: EditOp[] = [{ type: 'set', path: ['session', 'currentItemId'], value: itemId }, ...pauseTimersBesides(itemId, now)];
  if ((itemSession(itemId)?.progress ?? 'not_started') === 'not_started') ops.push(...setItemField(itemId, 'progress', 'in_progress'));
  return running(ops);
}

/**
 * "Next step": the item the facilitator is on is done, the next one in progress. "Previous step"
 * goes back. `fromId` is the item shown (the first one before the workshop has started).
 */
export function goToNeighbour(agenda: readonly AgendaItem[], fromId: string | null, direction: 1 | -1, now = new Date()): Promise<unknown> {
  const currentId = fromId;
  const target = neighbourItem(agenda, currentId, direction);
  if (!target) return Promise.resolve();
  const ops: EditOp[] = [{ type: 'set', path: ['session', 'currentItemId'], value: target.id }, ...pauseTimersBesides(target.id, now)];
  if (direction === 1 && currentId && agenda.some((item) => item.id === currentId)) ops.push(...setItemField(currentId, 'progress', 'done'));
  if ((itemSession(target.id)?.progress ?? 'not_started') === 'not_started') ops.push(...setItemField(target.id, 'progress', 'in_progress'));
  return running(ops);
}

export function setProgress(itemId: string, progress: StepSession['progress']): Promise<unknown> {
  return running(setItemField(itemId, 'progress', progress));
}

type TimerChange = 'start' | 'pause' | 'reset' | 'extend';

export function changeTimer(itemId: string, change: TimerChange, now = new Date()): Promise<unknown> {
  const timer = itemSession(itemId)?.timer ?? emptyStepSession().timer;
  const next =
    change === 'start' ? startTimer(timer, now) : change === 'pause' ? pauseTimer(timer, now) : change === 'reset' ? resetTimer() : extendTimer(timer, 5);
  return running(setItemField(itemId, 'timer', next));
}

export function setPresenterBlank(blank: boolean): Promise<unknown> {
  return running([{ type: 'set', path: ['session', 'presenterBlank'], value: blank }]);
}

export function setPresenterTheme(theme: 'dark' | 'light'): Promise<unknown> {
  return running([{ type: 'set', path: ['session', 'presenterTheme'], value: theme }]);
}

/** The facilitator's notes are content: undoable, typing joined into one step. */
export function setNotes(itemId: string, notes: string): Promise<unknown> {
  return useDocumentStore
    .getState()
    .edit(setItemField(itemId, 'notes', notes), { coalesceKey: `notes:${itemId}` })
    .catch(() => undefined);
}
