// A delete that fails (a read-only or full disk) keeps the open document: in memory with its
// revision and last edit, writable, its lock held, and no retry that later overwrites the file.
// Only once the file is in the trash is the document dropped.
import * as realFs from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errnoError, type FaultFs } from './fault-fs';
import { FakeClock, TestBed, edit, expectError, listDir, sampleText, trashDir, workspacesDir, writeWorkspaceFile } from './helpers';

const layer = vi.hoisted(() => ({ fs: null as FaultFs | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { FaultFs: Layer } = await import('./fault-fs');
  const fs = new Layer(await importOriginal<typeof import('node:fs/promises')>());
  layer.fs = fs;
  return { ...fs.module, default: fs.module };
});
const fs = () => layer.fs!;

const bed = new TestBed();
afterEach(async () => {
  fs().reset();
  await bed.cleanup();
});

async function setup() {
  const dataDir = await bed.tempDir();
  await realFs.mkdir(workspacesDir(dataDir), { recursive: true });
  await writeWorkspaceFile(dataDir, 'seed', sampleText('seed', { name: 'v1' }));
  const service = await bed.service({ dataDir, now: new FakeClock().now });
  await edit(service, 'seed', [{ type: 'set', path: ['name'], value: 'last edit' }]);
  return { dataDir, service };
}

describe('a delete that fails', () => {
  for (const code of ['EROFS', 'ENOSPC', 'EPERM']) {
    it(`(${code} on the move to the trash) keeps the document open, writable and on disk`, async () => {
      const { dataDir, service } = await setup();
      const before = await service.call('workspace.open', { workspaceId: 'seed' });
      await fs().arm();
      fs().fault = (call) => (call.op === 'rename' && call.path.endsWith('seed.json') ? errnoError(code, 'rename', call.path) : null);
      const error = await expectError(service, 'workspace.delete', { workspaceId: 'seed' });
      expect(error).toMatchObject({ code: 'io_error', params: { reason: code } });

      const after = await service.call('workspace.open', { workspaceId: 'seed' });
      expect(after.revision).toBe(before.revision);
      expect(after.workspace.name).toBe('last edit');
      expect(await listDir(trashDir(dataDir))).toEqual([]);
      // Still writable, and its edits saved.
      fs().reset();
      await edit(service, 'seed', [{ type: 'set', path: ['clientCompany'], value: 'after the failed delete' }]);
      const onDisk = JSON.parse(await realFs.readFile(`${workspacesDir(dataDir)}/seed.json`, 'utf8')) as { clientCompany: string };
      expect(onDisk.clientCompany).toBe('after the failed delete');
      // Once the disk is back the delete goes through.
      await service.call('workspace.delete', { workspaceId: 'seed' });
      expect(await listDir(workspacesDir(dataDir))).toEqual([]);
      expect(await listDir(trashDir(dataDir))).toHaveLength(1);
    });
  }

  it('with an unsaved change (the disk full) is refused, and nothing is lost', async () => {
    const { dataDir, service } = await setup();
    await fs().arm();
    fs().fault = (call) => (call.op === 'handle.writev' || call.op === 'handle.writeFile' ? errnoError('ENOSPC', call.op, call.path) : null);
    const failed = await service.dispatch('workspace.edit', {
      workspaceId: 'seed',
      baseRevision: (await service.call('workspace.open', { workspaceId: 'seed' })).revision,
      clientId: 't',
      ops: [{ type: 'set', path: ['name'], value: 'not on disk yet' }],
    });
    expect(failed).toMatchObject({ ok: false, error: { code: 'save_failed' } });
    const error = await expectError(service, 'workspace.delete', { workspaceId: 'seed' });
    expect(error).toMatchObject({ code: 'save_failed', params: { reason: 'ENOSPC' } });
    expect(await listDir(trashDir(dataDir))).toEqual([]);
    fs().reset();
    // The disk has room again: the delete saves the change first, and the trash keeps it.
    const item = await service.call('workspace.delete', { workspaceId: 'seed' });
    expect(item.name).toBe('not on disk yet');
  });
});
