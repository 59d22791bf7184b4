import { createContext, useContext, useEffect, type RefObject } from 'react';
import type { DotBudget, WallChange } from '../../domain/wall';
import type { Wall } from '../../domain/wall-schema';
import type { EditOptions } from '../kit/host';

/** Where focus should land after a change that moves or removes what had it. */
export interface FocusRequest {
  kind: 'card-handle' | 'card-theme' | 'card-text' | 'theme-name' | 'column-title' | 'add-card';
  id: string;
}

export interface WallEditorValue {
  wall: Wall;
  participants: number;
  budget: DotBudget;
  /** Cards and themes shown by votes (the room's order otherwise). */
  sorted: boolean;
  /** Sends a change's operations, or shows why it was refused; true when sent. */
  run: (change: WallChange, options?: EditOptions) => boolean;
  /** Asks the element named by `request` to take focus when it next renders. */
  requestFocus: (request: FocusRequest) => void;
  pendingFocusRef: RefObject<FocusRequest | null>;
  /** The position of a column (for its colour); 0 for a column that is gone. */
  columnIndex: (columnId: string) => number;
}

export const WallEditorContext = createContext<WallEditorValue | null>(null);

export function useWallEditor(): WallEditorValue {
  const value = useContext(WallEditorContext);
  if (!value) throw new Error('useWallEditor outside the wall editor');
  return value;
}

/**
 * Focuses `element` when a request for (kind, id) is pending: a card that moved to a theme is a
 * new element there, and keyboard users keep their place.
 */
export function useFocusTarget(kind: FocusRequest['kind'], id: string, element: RefObject<HTMLElement | null>): void {
  const { pendingFocusRef } = useWallEditor();
  useEffect(() => {
    const request = pendingFocusRef.current;
    if (request && request.kind === kind && request.id === id && element.current) {
      pendingFocusRef.current = null;
      element.current.focus();
    }
  });
}

/** The colour slot of a column: columns cycle through six. */
export const columnTone = (index: number) => `wall-tone-${index % 6}`;
