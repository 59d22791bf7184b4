import { createContext, useContext, useEffect, useState, type RefObject } from 'react';
import type { WallChange } from '../../domain/wall';
import type { Wall } from '../../domain/wall-schema';
import type { EditOptions } from '../kit/host';

/** Where focus should land after a change that moves or removes what had it. */
export interface FocusRequest {
  kind: 'card-handle' | 'card-theme' | 'card-text' | 'theme-name' | 'column-title' | 'add-card';
  id: string;
}

/**
 * What every part of the wall shares. It changes only when the dots, the participants or the
 * order change, never for a keystroke: a card's text typed does not re-render the other cards.
 * Parts read the wall itself from their props, or in an event handler from `currentWall()`.
 */
export interface WallEditorValue {
  /** The wall as it is now, for event handlers (never read while rendering: it is not state). */
  currentWall: () => Wall;
  /** How many participants the workshop has now (each has the same dots), for event handlers. */
  currentParticipants: () => number;
  /** Every dot of the room is placed: no vote can be added. */
  noDotsLeft: boolean;
  /** Cards and themes shown by votes (the room's order otherwise). */
  sorted: boolean;
  /** Sends a change's operations, or shows why it was refused; true when sent. */
  run: (change: WallChange, options?: EditOptions) => boolean;
  /** Asks the element named by `request` to take focus when it next renders. */
  requestFocus: (request: FocusRequest) => void;
  pendingFocusRef: RefObject<FocusRequest | null>;
  /** The elements that may take a request's focus, by `focusKey` (see useFocusTarget). */
  focusTargets: RefObject<Map<string, RefObject<HTMLElement | null>>>;
}

export const focusKey = (request: FocusRequest) => `${request.kind}:${request.id}`;

export const WallEditorContext = createContext<WallEditorValue | null>(null);

export function useWallEditor(): WallEditorValue {
  const value = useContext(WallEditorContext);
  if (!value) throw new Error('useWallEditor outside the wall editor');
  return value;
}

/**
 * Focuses `element` when a request for (kind, id) is pending: a card that moved to a theme is a
 * new element there, and keyboard users keep their place. A part that does not render again (a
 * memoised card beside a deleted one) is found by the wall (useFocusRequests) among the targets.
 */
export function useFocusTarget(kind: FocusRequest['kind'], id: string, element: RefObject<HTMLElement | null>): void {
  const { pendingFocusRef, focusTargets } = useWallEditor();
  useEffect(() => {
    const targets = focusTargets.current;
    const key = focusKey({ kind, id });
    targets.set(key, element);
    return () => {
      if (targets.get(key) === element) targets.delete(key);
    };
  }, [focusTargets, kind, id, element]);
  useEffect(() => {
    const request = pendingFocusRef.current;
    if (request && request.kind === kind && request.id === id && element.current) {
      pendingFocusRef.current = null;
      element.current.focus();
    }
  });
}

/** After each render of the wall: focuses the target of a pending request that is on the wall. */
export function useFocusRequests(pendingFocusRef: RefObject<FocusRequest | null>, focusTargets: RefObject<Map<string, RefObject<HTMLElement | null>>>): void {
  useEffect(() => {
    const request = pendingFocusRef.current;
    const element = request ? focusTargets.current.get(focusKey(request))?.current : null;
    if (element) {
      pendingFocusRef.current = null;
      element.focus();
    }
  });
}

/** The colour slot of a column: columns cycle through six. */
export const columnTone = (index: number) => `wall-tone-${index % 6}`;

/**
 * The same array as last time while it holds the same ids: a list's drag-and-drop context (and so
 * every card in it) renders again only when the list itself changed, not when a card's text did.
 */
export function useStableIds(ids: string[]): string[] {
  const [kept, setKept] = useState(ids);
  const same = kept.length === ids.length && kept.every((id, i) => id === ids[i]);
  if (!same) setKept(ids);
  return same ? kept : ids;
}

/** Whether two values are the same, looking `depth` levels into arrays and plain objects. */
function sameWithin(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => sameWithin((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth - 1));
}

/**
 * For `memo`: the props are the same when each is the same value, or a list (or tally) of the
 * same cards and themes. The wall derives its columns' lists anew at each change of the document;
 * a column whose cards are the same objects as before does not render again.
 *
 * @example
 * sameParts({ cards: [a, b] }, { cards: [a, b] }) // true: a new array of the same cards
 */
export function sameParts<P extends object>(previous: P, next: P): boolean {
  return sameWithin(previous, next, 3);
}
