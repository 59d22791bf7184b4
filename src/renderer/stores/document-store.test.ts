// The renderer's document store against a fake host: typing coalesces (one edit of a field in
// flight, later keystrokes merge into the next), "Saving…" until everything typed is acknowledged,
// unsent input kept and sent again while the host is down, refused edits kept with the typed
// text, a gap in revisions reloads, and what is unsent leaves with keepalive as the page goes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../contract/errors';
import type { Workspace } from '../../contract/workspace';
import { setTransport } from '../api/client';
import type { Transport } from '../transport';
import { editsDuring, hasUnacknowledged, refusalAt, selectForViews, useDocumentStore } from './document-store';

interface Sent {
  name: string;
  input: { ops?: { value?: unknown }[]; baseRevision?: number };
  answer: (envelope: Envelope<unknown>) => void;
}

const doc = { name: 'Start', clientCompany: '', updatedAt: '2026-12-01T09:00:00.000Z', steps: { wall: { cards: [{ id: 'c1', text: 'Leads go cold' }] } }, session: {} } as unknown as Workspace;

class FakeHost implements Transport {
  sent: Sent[] = [];
  onExit: { name: string; input: unknown }[] = [];
  revision = 1;
  call(name: string, input: unknown): Promise<Envelope<unknown>> {
    if (name === 'workspace.open') return Promise.resolve({ ok: true, data: { workspace: doc, revision: this.revision, canUndo: false, canRedo: false } });
    return new Promise((answer) => this.sent.push({ name, input: input as Sent['input'], answer }));
  }
  callOnExit(name: string, input: unknown): void {
    this.onExit.push({ name, input });
  }
  on() {
    return () => undefined;
  }
  /** Answers the oldest unanswered call. */
  accept(): void {
    this.revision += 1;
    this.sent.shift()!.answer({ ok: true, data: { revision: this.revision, canUndo: true, canRedo: false } });
  }
  fail(code: string): void {
    this.sent.shift()!.answer({ ok: false, error: { code: code as never, params: { path: 'name' } } });
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const store = () => useDocumentStore.getState();
const typeName = (value: string) => store().edit([{ type: 'set', path: ['name'], value }], { coalesceKey: 'name' }).catch(() => undefined);

let host: FakeHost;
beforeEach(async () => {
  host = new FakeHost();
  setTransport(host);
  await store().open('ws-1');
});
afterEach(() => store().close());

describe('the document store', () => {
  it('coalesces typing: one edit of a field in flight, every later keystroke merged into the next', async () => {
    const typed = 'Hello, world';
    void typeName('H');
    await tick();
    for (let i = 2; i <= typed.length; i += 1) {
      void typeName(typed.slice(0, i));
      await tick();
    }
    expect(host.sent).toHaveLength(1);
    expect(store().workspace?.name).toBe(typed);
    host.accept();
    await tick();
    // The other eleven keystrokes leave as one edit carrying the last value.
    expect(host.sent).toHaveLength(1);
    expect(host.sent[0]!.input.ops![0]!.value).toBe(typed);
    host.accept();
    await tick();
    expect(host.sent).toHaveLength(0);
  });

  it('keeps the shown document the same object when an edit is acknowledged: a keystroke renders once, not again on its answer', async () => {
    void typeName('Typed');
    await tick();
    const shown = store().workspace;
    const pending = store().pending;
    expect(shown?.name).toBe('Typed');
    host.accept();
    await tick();
    // Acknowledged but not yet broadcast: the same content, so the same objects.
    expect(store().workspace).toBe(shown);
    expect(store().pending).toBe(pending);
    // A new keystroke is a new document.
    void typeName('Typed!');
    await tick();
    expect(store().workspace).not.toBe(shown);
    expect(store().workspace?.name).toBe('Typed!');
    host.accept();
    await tick();
  });

  it('keeps what is shown when the broadcast of its own edit arrives: only the stamp is new, and the views keep their document', async () => {
    const editCard = (text: string) => store().edit([{ type: 'set', path: ['steps', 'wall', 'cards', { id: 'c1' }, 'text'], value: text }], { coalesceKey: 'c1' }).catch(() => undefined);
    void editCard('Leads go cold fast');
    await tick();
    const shown = store().workspace!;
    const forViews = selectForViews(store());
    host.accept();
    await tick();
    // The service's broadcast: the same edit, rebuilt from patches, and its time stamp.
    store().applyChange({
      workspaceId: 'ws-1',
      revision: 2,
      patches: [
        { op: 'replace', path: ['steps', 'wall', 'cards', 0, 'text'], value: 'Leads go cold fast' },
        { op: 'replace', path: ['updatedAt'], value: '2026-12-01T09:00:05.000Z' },
      ],
      kind: 'edit',
      canUndo: true,
      canRedo: false,
    });
    expect(store().pending).toHaveLength(0);
    expect(store().workspace!.updatedAt).toBe('2026-12-01T09:00:05.000Z');
    expect(store().workspace!.steps).toBe(shown.steps);
    expect(selectForViews(store())).toBe(forViews);
    // Anything else new is new for the views too.
    store().applyChange({ workspaceId: 'ws-1', revision: 3, patches: [{ op: 'replace', path: ['name'], value: 'Renamed' }], kind: 'edit', canUndo: true, canRedo: false });
    expect(selectForViews(store())?.name).toBe('Renamed');
  });

  it('sends a keystroke after the frame that shows it; keys typed before that frame go with it, a click leaves at once', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      void typeName('N');
      void typeName('No');
      await tick();
      expect(store().workspace?.name).toBe('No');
      expect(host.sent).toHaveLength(0);
      frames.shift()!(0);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await tick();
      expect(host.sent.map((call) => call.input.ops?.[0]?.value)).toEqual(['No']);
      host.accept();
      await tick();
      void store().edit([{ type: 'set', path: ['clientCompany'], value: 'Nordvind' }]);
      expect(host.sent.map((call) => call.input.ops?.[0]?.value)).toEqual(['Nordvind']);
      host.accept();
      await tick();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is "saving" until everything typed is acknowledged', async () => {
    void typeName('A');
    await tick();
    void typeName('AB');
    await tick();
    expect(hasUnacknowledged(store())).toBe(true);
    host.accept();
    await tick();
    expect(hasUnacknowledged(store())).toBe(true);
    host.accept();
    await tick();
    expect(hasUnacknowledged(store())).toBe(false);
  });

  it('keeps what was typed while the host is down and sends it when it answers again', async () => {
    void typeName('Offline');
    await tick();
    host.fail('host_unreachable');
    await tick();
    expect(store().hostDown).toBe(true);
    expect(store().workspace?.name).toBe('Offline');
    expect(store().lastError).toBeNull();
    void typeName('Offline typing');
    store().retryNow();
    await tick();
    expect(host.sent).toHaveLength(1);
    expect(host.sent[0]!.input.ops![0]!.value).toBe('Offline typing');
    host.accept();
    await tick();
    expect(store().hostDown).toBe(false);
    expect(hasUnacknowledged(store())).toBe(false);
  });

  it('keeps a refused edit where it happened, with the text the user typed', async () => {
    void typeName('Mine');
    await tick();
    host.fail('stale_revision');
    await tick();
    expect(store().workspace?.name).toBe('Start');
    expect(refusalAt(store(), ['name'])).toMatchObject({ value: 'Mine', error: { code: 'stale_revision' } });
    expect(refusalAt(store(), ['clientCompany'])).toBeUndefined();
    // Typing there again clears it once accepted.
    void typeName('Mine again');
    await tick();
    host.accept();
    await tick();
    expect(refusalAt(store(), ['name'])).toBeUndefined();
  });

  it('tells a field the edits its commit made (so it finds its refusal), and an outer field sees them too', async () => {
    let inner: unknown[] = [];
    const outer = editsDuring(() => {
      inner = editsDuring(() => void typeName('Inner'));
      void store().edit([{ type: 'set', path: ['clientCompany'], value: 'Outer' }]);
    });
    expect(inner).toEqual([{ type: 'set', path: ['name'], value: 'Inner' }]);
    expect(outer.map((op) => op.path)).toEqual([['name'], ['clientCompany']]);
    // Outside a commit nothing is recorded.
    void typeName('Later');
    expect(editsDuring(() => undefined)).toEqual([]);
    // Answer every call, so the next test's edits do not queue behind these.
    for (let answered = 0; answered < 3; answered += 1) {
      await tick();
      host.accept();
    }
    await tick();
    expect(hasUnacknowledged(store())).toBe(false);
  });

  it('reloads the document after a gap in revisions', async () => {
    host.revision = 7;
    store().applyChange({ workspaceId: 'ws-1', revision: 5, patches: [], kind: 'edit', canUndo: false, canRedo: false });
    await tick();
    expect(store().revision).toBe(7);
  });

  it('sends what is not acknowledged with keepalive as the page goes away: newest value only, never twice', async () => {
    void typeName('Fir');
    await tick();
    void typeName('First');
    void store().edit([{ type: 'set', path: ['clientCompany'], value: 'Typed just before the reload' }], { coalesceKey: 'client' });
    await tick();
    expect(host.sent).toHaveLength(1); // "Fir" in flight; "First" and the company wait behind it
    store().sendUnsentNow();
    // The in-flight "Fir" is superseded by "First": only the newest value of a field leaves.
    expect(host.onExit.map((sent) => (sent.input as { ops: { value: unknown }[] }).ops[0]!.value)).toEqual(['Typed just before the reload', 'First']);
    host.accept();
    await tick();
    expect(host.sent).toHaveLength(0);
  });
});
