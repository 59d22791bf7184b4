import type { EditOp, PathSegment } from '../../contract/edit';
import type { Journey, Touch } from '../../domain/attribution-schema';

/**
 * The edits the attribution editor sends, as pure functions of the slice: one place that knows the
 * paths, so the views stay about what the room sees and the tests can check the ops.
 */
export const SLICE_PATH = ['steps', 'attribution'] as const;

export const journeyPath = (journeyId: string): PathSegment[] => [...SLICE_PATH, 'journeys', { id: journeyId }];
export const touchPath = (journeyId: string, touchId: string): PathSegment[] => [...journeyPath(journeyId), 'touches', { id: touchId }];

/**
 * A new touch after the last one: the same date as the touch before it (the room moves it on), the
 * other channel, marketing's effort.
 *
 * @example
 * addTouch(journey, 't-new', '2027-01-14'); // [{ type: 'insert', path: [..., 'touches'], value: { id: 't-new', date: …, … } }]
 */
export function addTouch(journey: Journey, id: string, today: string): EditOp[] {
  const touch: Touch = { id, date: journey.touches.at(-1)?.date ?? today, channel: 'other', label: '', campaign: '', effort: 'marketing' };
  return [{ type: 'insert', path: [...journeyPath(journey.id), 'touches'], value: touch }];
}

/**
 * Moves a touch one place up (−1) or down (+1); nothing at the ends.
 *
 * @example
 * moveTouch(journey, 't2', -1); // [{ type: 'move', path: [..., { id: 't2' }], toIndex: 0 }]
 */
export function moveTouch(journey: Journey, touchId: string, offset: -1 | 1): EditOp[] {
  const from = journey.touches.findIndex((touch) => touch.id === touchId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= journey.touches.length) return [];
  return [{ type: 'move', path: touchPath(journey.id, touchId), toIndex: to }];
}

/** Removes a touch, and the marks that named it (so no mark points at a touch that is gone). */
export function removeTouch(journey: Journey, touchId: string): EditOp[] {
  const ops: EditOp[] = [{ type: 'remove', path: touchPath(journey.id, touchId) }];
  if (journey.leadCreationTouchId === touchId) ops.push({ type: 'set', path: [...journeyPath(journey.id), 'leadCreationTouchId'], value: null });
  if (journey.dealCreationTouchId === touchId) ops.push({ type: 'set', path: [...journeyPath(journey.id), 'dealCreationTouchId'], value: null });
  return ops;
}

/** Sets one field of a touch. */
export function setTouch<K extends Exclude<keyof Touch, 'id'>>(journeyId: string, touchId: string, field: K, value: Touch[K]): EditOp[] {
  return [{ type: 'set', path: [...touchPath(journeyId, touchId), field], value }];
}

/** Marks the touch where the lead, or the deal, was created. */
export function setMark(journeyId: string, mark: 'leadCreationTouchId' | 'dealCreationTouchId', touchId: string | null): EditOp[] {
  return [{ type: 'set', path: [...journeyPath(journeyId), mark], value: touchId }];
}

/** A new, empty journey at the end. */
export function addJourney(id: string, name: string): EditOp[] {
  const journey: Journey = { id, name, dealValue: 0, touches: [], leadCreationTouchId: null, dealCreationTouchId: null };
  return [{ type: 'insert', path: [...SLICE_PATH, 'journeys'], value: journey }];
}

export function removeJourney(journeyId: string): EditOp[] {
  return [{ type: 'remove', path: journeyPath(journeyId) }];
}
