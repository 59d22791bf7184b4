// The store round trip: what the service accepts is what a new service finds on disk, saved as
// readable, indented JSON; the list shows the most recently edited workspace first.
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceSchema } from '../../src/contract/workspace';
import { defaultSteps } from '../../src/steps';
import {
  FakeClock,
  TestBed,
  createSample,
  edit,
  listDir,
  readWorkspaceFile,
  sampleSteps,
  workspacesDir,
} from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

describe('store round trip', () => {
  it('keeps every edit across a close and a new service on the same folder', async () => {
    const dataDir = await bed.tempDir();
    const first = await bed.service({ dataDir });
    const summary = await first.call('workspace.create', {
      name: 'Nordvind workshop',
      clientCompany: 'Nordvind A/S',
      language: 'da',
    });
    expect(summary.currency).toBe('DKK');
    const opened = await first.call('workspace.open', { workspaceId: summary.workspaceId });
    expect(opened.revision).toBe(0);
    expect(opened.workspace.name).toBe('Nordvind workshop');

    await edit(first, summary.workspaceId, [{ type: 'set', path: ['steps'], value: sampleSteps() }]);
    await edit(first, summary.workspaceId, [
      { type: 'set', path: ['clientCompany'], value: 'Nordvind Holding' },
      { type: 'insert', path: ['steps', 'agenda', 'items'], value: { id: 'item-raci', text: 'RACI', minutes: 30 }, index: 1 },
      { type: 'set', path: ['steps', 'agenda', 'items', { id: 'item-welcome' }, 'minutes'], value: 15 },
      { type: 'delete', path: ['steps', 'notes'] },
    ]);
    await edit(first, summary.workspaceId, [
      { type: 'move', path: ['steps', 'agenda', 'items', { id: 'item-funnel' }], toIndex: 0 },
      { type: 'set', path: ['name'], value: 'Nordvind — æøå' },
    ]);
    const before = (await first.call('workspace.open', { workspaceId: summary.workspaceId })).workspace;
    await first.close();

    const second = await bed.service({ dataDir });
    const reopened = await second.call('workspace.open', { workspaceId: summary.workspaceId });
    expect(reopened.workspace).toEqual(before);
    expect(reopened.workspace.name).toBe('Nordvind — æøå');
    expect(reopened.workspace.clientCompany).toBe('Nordvind Holding');
    expect(reopened.workspace.steps).toEqual({
      ...defaultSteps('da'),
      agenda: {
        title: 'Kick-off',
        items: [
          { id: 'item-funnel', text: 'Funnel review', minutes: 45 },
          { id: 'item-welcome', text: 'Welcome', minutes: 15 },
          { id: 'item-raci', text: 'RACI', minutes: 30 },
        ],
      },
    });

    // The file is the document, as indented, human-readable JSON ending in a newline.
    const text = await readWorkspaceFile(dataDir, summary.workspaceId);
    expect(JSON.parse(text)).toEqual(before);
    expect(text).toBe(`${JSON.stringify(before, null, 2)}\n`);
    expect(text.split('\n').length).toBeGreaterThan(20);
    expect(text).toContain('\n  "name": "Nordvind — æøå",\n');
    expect(workspaceSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(await listDir(workspacesDir(dataDir))).toEqual([`${summary.workspaceId}.json`]);
  });

  it('saves each accepted edit to disk before it answers', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const { summary } = await createSample(service);
    await edit(service, summary.workspaceId, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'Saved at once' }]);
    const onDisk = JSON.parse(await readWorkspaceFile(dataDir, summary.workspaceId));
    expect(onDisk.steps.notes.text).toBe('Saved at once');
  });

  it('stamps updatedAt on edits and lists the most recently edited first', async () => {
    const clock = new FakeClock();
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, now: clock.now });
    const a = await service.call('workspace.create', { name: 'Alpha', clientCompany: '', language: 'en' });
    clock.advance(60_000);
    const b = await service.call('workspace.create', { name: 'Bravo', clientCompany: '', language: 'en' });
    clock.advance(60_000);
    const c = await service.call('workspace.create', { name: 'Charlie', clientCompany: '', language: 'en' });

    const names = async () => (await service.call('workspace.list', {})).workspaces.map((w) => (w.status === 'ok' ? w.name : w.fileName));
    expect(await names()).toEqual(['Charlie', 'Bravo', 'Alpha']);

    clock.advance(60_000);
    await edit(service, a.workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'Acme' }]);
    expect(await names()).toEqual(['Alpha', 'Charlie', 'Bravo']);

    clock.advance(60_000);
    await edit(service, b.workspaceId, [{ type: 'set', path: ['clientCompany'], value: 'Beta' }]);
    const list = (await service.call('workspace.list', {})).workspaces;
    expect(list.map((w) => w.workspaceId)).toEqual([b.workspaceId, a.workspaceId, c.workspaceId]);
    const bravo = list[0]!;
    expect(bravo.status).toBe('ok');
    if (bravo.status === 'ok') expect(bravo.updatedAt).toBe(clock.now().toISOString());

    // The order survives a restart: it comes from the files, not from memory.
    await service.close();
    const again = await bed.service({ dataDir, now: clock.now });
    const reread = (await again.call('workspace.list', {})).workspaces.map((w) => w.workspaceId);
    expect(reread).toEqual([b.workspaceId, a.workspaceId, c.workspaceId]);
  });

  it('renames and duplicates, and the duplicate is an independent file', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const { summary } = await createSample(service);
    const renamed = await service.call('workspace.rename', { workspaceId: summary.workspaceId, name: '  Nordvind 2027  ' });
    expect(renamed.name).toBe('Nordvind 2027');
    const copy = await service.call('workspace.duplicate', { workspaceId: summary.workspaceId, name: 'Copy' });
    expect(copy.workspaceId).not.toBe(summary.workspaceId);
    const copied = await service.call('workspace.open', { workspaceId: copy.workspaceId });
    expect(copied.workspace.name).toBe('Copy');
    expect(copied.workspace.id).toBe(copy.workspaceId);
    expect(copied.workspace.steps).toEqual(sampleSteps());
    await edit(service, copy.workspaceId, [{ type: 'set', path: ['steps', 'notes', 'text'], value: 'only in the copy' }]);
    const original = await service.call('workspace.open', { workspaceId: summary.workspaceId });
    expect(original.workspace.steps).toEqual(sampleSteps());
    expect(JSON.parse(await readWorkspaceFile(dataDir, summary.workspaceId)).name).toBe('Nordvind 2027');
  });
});
