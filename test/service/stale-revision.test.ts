// Two clients on one workspace: an edit based on an older revision is rebased when nothing since
// touched its paths, and refused (stale_revision, naming the path) when something did. Nothing is
// silently overwritten.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditOp } from '../../src/contract/edit';
import { TestBed, createSample, expectError, workspaceFile } from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

async function twoClients() {
  const dataDir = await bed.tempDir();
  const service = await bed.service({ dataDir });
  const { summary } = await createSample(service);
  const workspaceId = summary.workspaceId;
  const base = (await service.call('workspace.open', { workspaceId })).revision;
  const send = (clientId: string, baseRevision: number, ops: EditOp[]) =>
    service.dispatch('workspace.edit', { workspaceId, baseRevision, clientId, ops });
  const doc = async () => (await service.call('workspace.open', { workspaceId })).workspace;
  const disk = async () => {
    await service.flush();
    return JSON.parse(await readFile(workspaceFile(dataDir, workspaceId), 'utf8'));
  };
  return { service, workspaceId, base, send, doc, disk };
}

const items = ['steps', 'agenda', 'items'];

describe('edits based on an older revision', () => {
  it('rebases an edit of a different field and applies it', async () => {
    const { base, send, doc, disk } = await twoClients();
    const a = await send('a', base, [{ type: 'set', path: ['name'], value: 'From A' }]);
    expect(a).toMatchObject({ ok: true, data: { revision: base + 1 } });
    const b = await send('b', base, [{ type: 'set', path: ['clientCompany'], value: 'From B' }]);
    expect(b).toMatchObject({ ok: true, data: { revision: base + 2 } });
    const now = await doc();
    expect(now.name).toBe('From A');
    expect(now.clientCompany).toBe('From B');
    expect(await disk()).toMatchObject({ name: 'From A', clientCompany: 'From B' });
  });

  it('refuses an edit of the same field with stale_revision and keeps the other client’s value', async () => {
    const { service, workspaceId, base, send, doc, disk } = await twoClients();
    await send('a', base, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'A wrote this' }]);
    const b = await send('b', base, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'B overwrites' }]);
    expect(b.ok).toBe(false);
    if (!b.ok) {
      expect(b.error.code).toBe('stale_revision');
      expect(b.error.params).toMatchObject({ path: 'steps.notes.text', baseRevision: base, revision: base + 1 });
    }
    expect(((await doc()).steps as { notes: { text: string } }).notes.text).toBe('A wrote this');
    expect((await disk()).steps.notes.text).toBe('A wrote this');
    // The refused edit left no trace: the revision did not move.
    expect((await service.call('workspace.open', { workspaceId })).revision).toBe(base + 1);
  });

  it('refuses an edit of a parent or a child of a changed path', async () => {
    const { base, send, doc } = await twoClients();
    // A changed a child; B, based before it, replaces the whole parent.
    await send('a', base, [{ type: 'set', path: ['steps', 'agenda', 'title'], value: 'A title' }]);
    const parent = await send('b', base, [{ type: 'set', path: ['steps', 'agenda'], value: { title: 'B', items: [] } }]);
    expect(parent).toMatchObject({ ok: false, error: { code: 'stale_revision', params: { path: 'steps.agenda' } } });

    // A replaced a parent; B, based before it, changes a child.
    const after = base + 1;
    await send('a', after, [{ type: 'set', path: ['steps', 'notes'], value: { text: 'A notes' } }]);
    const child = await send('b', after, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'B child' }]);
    expect(child).toMatchObject({ ok: false, error: { code: 'stale_revision', params: { path: 'steps.notes.text' } } });

    // An item A removed cannot be edited by B's older view, whatever the code says why.
    await send('a', base + 2, [{ type: 'remove', path: [...items, { id: 'item-welcome' }] }]);
    const removed = await send('b', base + 2, [{ type: 'set', path: [...items, { id: 'item-welcome' }, 'text'], value: 'B' }]);
    expect(removed.ok).toBe(false);

    const now = (await doc()).steps as { agenda: { title: string; items: { id: string }[] }; notes: { text: string } };
    expect(now.agenda.title).toBe('A title');
    expect(now.agenda.items.map((i) => i.id)).toEqual(['item-funnel']);
    expect(now.notes).toEqual({ text: 'A notes' });
  });

  it('applies none of a refused edit’s operations (all or nothing)', async () => {
    const { base, send, doc } = await twoClients();
    await send('a', base, [{ type: 'set', path: ['name'], value: 'A' }]);
    const b = await send('b', base, [
      { type: 'set', path: ['clientCompany'], value: 'B company' },
      { type: 'set', path: ['name'], value: 'B' },
    ]);
    expect(b).toMatchObject({ ok: false, error: { code: 'stale_revision', params: { path: 'name' } } });
    const now = await doc();
    expect(now.name).toBe('A');
    expect(now.clientCompany).toBe('Nordvind A/S');
  });

  it('refuses an edit based on a revision from the future', async () => {
    const { base, send, doc } = await twoClients();
    const future = await send('b', base + 5, [{ type: 'set', path: ['name'], value: 'Time traveller' }]);
    expect(future).toMatchObject({ ok: false, error: { code: 'stale_revision' } });
    expect((await doc()).name).toBe('Nordvind workshop');
  });

  it('applies an edit of an item addressed by id after another client inserted an item before it', async () => {
    const { base, send, doc, disk } = await twoClients();
    const a = await send('a', base, [
      { type: 'insert', path: items, value: { id: 'item-new', text: 'Inserted by A', minutes: 5 }, index: 0 },
    ]);
    expect(a.ok).toBe(true);
    // B still sees item-funnel at index 1; it is at index 2 now. The id finds it.
    const b = await send('b', base, [{ type: 'set', path: [...items, { id: 'item-funnel' }, 'minutes'], value: 90 }]);
    expect(b).toMatchObject({ ok: true, data: { revision: base + 2 } });
    const expected = [
      { id: 'item-new', text: 'Inserted by A', minutes: 5 },
      { id: 'item-welcome', text: 'Welcome', minutes: 10 },
      { id: 'item-funnel', text: 'Funnel review', minutes: 90 },
    ];
    expect(((await doc()).steps as { agenda: { items: unknown[] } }).agenda.items).toEqual(expected);
    expect((await disk()).steps.agenda.items).toEqual(expected);

    // And two stale inserts of different items into the same list both land.
    const c = await send('c', base, [{ type: 'insert', path: items, value: { id: 'item-c', text: 'C' } }]);
    expect(c.ok).toBe(true);
    const ids = (((await doc()).steps as { agenda: { items: { id: string }[] } }).agenda.items).map((i) => i.id);
    expect(ids).toEqual(['item-new', 'item-welcome', 'item-funnel', 'item-c']);
  });

  it('refuses a stale edit of an item another client changed', async () => {
    const { base, send, doc } = await twoClients();
    await send('a', base, [{ type: 'set', path: [...items, { id: 'item-welcome' }], value: { id: 'item-welcome', text: 'Hello', minutes: 5 } }]);
    const b = await send('b', base, [{ type: 'set', path: [...items, { id: 'item-welcome' }, 'minutes'], value: 20 }]);
    expect(b).toMatchObject({ ok: false, error: { code: 'stale_revision', params: { path: 'steps.agenda.items[id=item-welcome].minutes' } } });
    const b2 = await send('b', base, [{ type: 'move', path: [...items, { id: 'item-welcome' }], toIndex: 1 }]);
    expect(b2).toMatchObject({ ok: false, error: { code: 'stale_revision' } });
    const welcome = (((await doc()).steps as { agenda: { items: { id: string; minutes: number }[] } }).agenda.items)[0]!;
    expect(welcome).toEqual({ id: 'item-welcome', text: 'Hello', minutes: 5 });
  });

  it('treats an undo as a change of the paths it touched', async () => {
    const { service, workspaceId, base, send, doc } = await twoClients();
    await send('a', base, [{ type: 'set', path: ['name'], value: 'A' }]);
    const afterA = base + 1;
    await service.call('workspace.undo', { workspaceId });
    const b = await send('b', afterA, [{ type: 'set', path: ['name'], value: 'B, based on A' }]);
    expect(b).toMatchObject({ ok: false, error: { code: 'stale_revision', params: { path: 'name' } } });
    const c = await send('b', afterA, [{ type: 'set', path: ['clientCompany'], value: 'fine' }]);
    expect(c.ok).toBe(true);
    expect((await doc()).name).toBe('Nordvind workshop');
  });

  it('refuses edits of read-only envelope fields and values the schema rejects', async () => {
    const { service, workspaceId, base, send, doc } = await twoClients();
    for (const path of [['id'], ['schemaVersion'], ['createdAt'], ['updatedAt']]) {
      const answer = await send('a', base, [{ type: 'set', path, value: 'x' }]);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_edit', params: { reason: 'read_only' } } });
    }
    const language = await send('a', base, [{ type: 'set', path: ['language'], value: 'klingon' }]);
    expect(language).toMatchObject({ ok: false, error: { code: 'invalid_edit', params: { reason: 'invalid_value' } } });
    const unknown = await send('a', base, [{ type: 'set', path: ['favouriteColour'], value: 'blue' }]);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_edit' } });
    const missing = await expectError(service, 'workspace.edit', {
      workspaceId,
      baseRevision: base,
      clientId: 'a',
      ops: [{ type: 'set', path: ['steps', 'nowhere', 'deep'], value: 1 }],
    });
    expect(missing.code).toBe('target_missing');
    const now = await service.call('workspace.open', { workspaceId });
    expect(now.revision).toBe(base);
    expect((await doc()).language).toBe('da');
  });
});
