import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../contract/errors';
import { emptySession, emptyStepSession } from '../../contract/session';
import type { Workspace } from '../../contract/workspace';
import { setTransport } from '../api/client';
import { useDocumentStore } from '../stores/document-store';
import { goToItem, goToNeighbour } from './session-actions';

/** A host that opens a workspace whose step "a" has its timer running, and records edits. */
function hostWithRunningTimer() {
  const edits: { ops: unknown[] }[] = [];
  const session = {
    ...emptySession(),
    currentItemId: 'a',
    items: { a: { ...emptyStepSession(), progress: 'in_progress' as const, timer: { startedAt: '2026-11-22T09:00:00.000Z', elapsedMs: 0, extraMinutes: 0 } } },
  };
  const workspace = { name: 'W', steps: {}, session } as unknown as Workspace;
  setTransport({
    call: async (name: string, input: unknown): Promise<Envelope<unknown>> => {
      if (name === 'workspace.open') return { ok: true, data: { workspace, revision: 1, canUndo: false, canRedo: false } };
      edits.push(input as { ops: unknown[] });
      return { ok: true, data: { revision: 2, canUndo: false, canRedo: false } };
    },
    on: () => () => undefined,
  });
  return edits;
}

afterEach(() => useDocumentStore.getState().close());

describe('moving the room', () => {
  for (const [how, move] of [
    ['choosing a step', () => goToItem('b', new Date('2026-11-22T09:12:45Z'))],
    ['"Next step"', () => goToNeighbour([{ id: 'a', enabled: true }, { id: 'b', enabled: true }] as never, 'a', 1, new Date('2026-11-22T09:12:45Z'))],
  ] as const) {
    it(`pauses the timer of the step left behind, recording its time (${how})`, async () => {
      const edits = hostWithRunningTimer();
      await useDocumentStore.getState().open('ws-1');
      await move();
      expect(edits).toHaveLength(1);
      expect(edits[0]!.ops).toContainEqual({
        type: 'set',
        path: ['session', 'items', 'a', 'timer'],
        value: { startedAt: null, elapsedMs: 12 * 60_000 + 45_000, extraMinutes: 0 },
      });
    });
  }
});
