// The page tells the desktop when it holds edits not yet acknowledged, and when it no longer does:
// the window's close waits for them (electron/main/close-guard.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../contract/errors';
import type { Workspace } from '../../contract/workspace';
import { setTransport } from '../api/client';
import type { Transport } from '../transport';
import { useDocumentStore } from './document-store';
import { reportPendingEdits } from './report-pending-edits';

const doc = { name: 'Start', clientCompany: '', steps: {}, session: {} } as unknown as Workspace;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

class FakeHost implements Transport {
  reports: unknown[] = [];
  edits: Array<(envelope: Envelope<unknown>) => void> = [];
  call(name: string, input: unknown): Promise<Envelope<unknown>> {
    if (name === 'workspace.open') return Promise.resolve({ ok: true, data: { workspace: doc, revision: 1, canUndo: false, canRedo: false } });
    if (name === 'host.pendingEdits') {
      this.reports.push((input as { pending: boolean }).pending);
      return Promise.resolve({ ok: true, data: {} });
    }
    return new Promise((answer) => this.edits.push(answer));
  }
  on() {
    return () => undefined;
  }
}

let host: FakeHost;
let stop: () => void;
beforeEach(async () => {
  host = new FakeHost();
  setTransport(host);
  await useDocumentStore.getState().open('ws-1');
  stop = reportPendingEdits();
});
afterEach(() => {
  stop();
  useDocumentStore.getState().close();
});

describe('reporting pending edits to the desktop', () => {
  it('says "pending" once when typing starts and "not pending" once everything typed is acknowledged', async () => {
    const type = (value: string) => void useDocumentStore.getState().edit([{ type: 'set', path: ['name'], value }], { coalesceKey: 'name' }).catch(() => undefined);
    type('N');
    type('No');
    type('Nor');
    expect(host.reports).toEqual([true]);
    host.edits.shift()!({ ok: true, data: { revision: 2, canUndo: true, canRedo: false } });
    await tick();
    expect(host.reports).toEqual([true]); // "No…" merged into one edit, still on its way
    host.edits.shift()!({ ok: true, data: { revision: 3, canUndo: true, canRedo: false } });
    await tick();
    expect(host.reports).toEqual([true, false]);
  });
});
