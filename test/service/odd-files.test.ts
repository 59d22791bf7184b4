// What an odd folder holds must neither freeze the host nor crash an open: a pipe (FIFO), a link
// to /dev/zero or a folder named like a workspace is listed as "not a workspace file"; a file over
// the size cap is refused with the limit named; data nested past the depth cap is refused at
// decode, import and edit with a clear reason, and one refused edit never blocks the saves after.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/contract/depth';
import { MAX_WORKSPACE_BYTES } from '../../electron/service/workspace-folder';
import { TestBed, edit, expectError, sampleText, workspaceFile, workspacesDir, writeWorkspaceFile } from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

const posix = process.platform !== 'win32';

async function folderWith(entries: (dir: string) => Promise<void>) {
  const dataDir = await bed.tempDir();
  await mkdir(workspacesDir(dataDir), { recursive: true });
  await writeWorkspaceFile(dataDir, 'good', sampleText('good', { name: 'Good' }));
  await entries(workspacesDir(dataDir));
  return { dataDir, service: await bed.service({ dataDir }) };
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('odd entries in the workspaces folder', () => {
  it.runIf(posix)('lists pipes, links to /dev/zero and folders as "not a workspace file", and keeps saving', async () => {
    const { service } = await folderWith(async (dir) => {
      for (const n of [1, 2, 3, 4]) execFileSync('mkfifo', [join(dir, `fifo-${n}.json`)]);
      await symlink('/dev/zero', join(dir, 'zero.json'));
      await mkdir(join(dir, 'folder.json'));
    });
    const { workspaces } = await service.call('workspace.list', {});
    const odd = workspaces.filter((w) => w.status === 'damaged');
    expect(odd.map((w) => w.workspaceId).sort()).toEqual(['fifo-1', 'fifo-2', 'fifo-3', 'fifo-4', 'folder', 'zero']);
    for (const entry of odd) expect(entry).toMatchObject({ status: 'damaged', reason: 'not_a_file' });
    expect(await expectError(service, 'workspace.open', { workspaceId: 'fifo-1' })).toMatchObject({
      code: 'workspace_damaged',
      params: { reason: 'not_a_file' },
    });
    expect(await expectError(service, 'workspace.open', { workspaceId: 'zero' })).toMatchObject({ params: { reason: 'not_a_file' } });
    // Nothing is stuck: the good workspace opens and saves.
    await edit(service, 'good', [{ type: 'set', path: ['name'], value: 'Still saving' }]);
    await service.call('workspace.list', {});
  }, 20_000);

  it('refuses a file over the size cap with the limit named, and an import over it', async () => {
    const { dataDir, service } = await folderWith(async (dir) => {
      await writeFile(join(dir, 'huge.json'), sampleText('huge'));
      await truncate(join(dir, 'huge.json'), MAX_WORKSPACE_BYTES + 1);
    });
    const entry = (await service.call('workspace.list', {})).workspaces.find((w) => w.workspaceId === 'huge');
    expect(entry).toMatchObject({ status: 'damaged', reason: 'too_large', sizeBytes: MAX_WORKSPACE_BYTES + 1 });
    expect(entry?.status === 'damaged' && entry.detail).toMatch(/16\.0 MB/);
    expect(await expectError(service, 'workspace.open', { workspaceId: 'huge' })).toMatchObject({
      code: 'workspace_damaged',
      params: { reason: 'too_large' },
    });
    const content = sampleText('x').replace('"name": "Nordvind workshop"', `"name": "${'x'.repeat(MAX_WORKSPACE_BYTES)}"`);
    expect(await expectError(service, 'workspace.import', { fileName: 'big.json', content })).toMatchObject({
      code: 'import_invalid',
      params: { reason: 'too_large' },
    });
    // The file is kept as it was.
    expect((await readFile(workspaceFile(dataDir, 'huge'))).byteLength).toBe(MAX_WORKSPACE_BYTES + 1);
  });
});

describe('data nested past the depth cap', () => {
  // Written as text: JSON.stringify of such a value would itself run out of stack.
  const nestedText = (depth: number) => `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`;
  const deepText = (depth: number) => sampleText('deep').replace('"notes": {', `"deepest": ${nestedText(depth)},\n    "notes": {`);

  it('is listed and refused on open as too deep (no stack overflow), and refused on import', async () => {
    const { service } = await folderWith((dir) => writeFile(join(dir, 'deep.json'), deepText(5000)));
    const entry = (await service.call('workspace.list', {})).workspaces.find((w) => w.workspaceId === 'deep');
    expect(entry).toMatchObject({ status: 'damaged', reason: 'too_deep' });
    expect(await expectError(service, 'workspace.open', { workspaceId: 'deep' })).toMatchObject({
      code: 'workspace_damaged',
      params: { reason: 'too_deep' },
    });
    expect(await expectError(service, 'workspace.import', { fileName: 'deep.json', content: deepText(1500) })).toMatchObject({
      code: 'import_invalid',
      params: { reason: 'too_deep' },
    });
  });

  it('accepts data nested within the cap', async () => {
    const { service } = await folderWith((dir) => writeFile(join(dir, 'ok.json'), deepText(MAX_DEPTH - 10)));
    expect((await service.call('workspace.open', { workspaceId: 'ok' })).workspace.name).toBe('Nordvind workshop');
  });

  it('refuses an edit whose value nests too deep, and the next edit saves', async () => {
    const { dataDir, service } = await folderWith(async () => undefined);
    const error = await expectError(service, 'workspace.edit', {
      workspaceId: 'good',
      baseRevision: (await service.call('workspace.open', { workspaceId: 'good' })).revision,
      clientId: 't',
      ops: [{ type: 'set', path: ['steps', 'notes', 'text'], value: nested(1500) }],
    });
    expect(error).toMatchObject({ code: 'invalid_edit', params: { reason: 'too_deep' } });
    await edit(service, 'good', [{ type: 'set', path: ['name'], value: 'Saved after' }]);
    await service.flush();
    expect(JSON.parse(await readFile(workspaceFile(dataDir, 'good'), 'utf8')).name).toBe('Saved after');
  });
});

describe('a field named __proto__', () => {
  const withProto = sampleText('proto').replace('"notes": {', '"notes": {\n      "__proto__": { "kept": "or refused" },');

  it('is refused with its reason on list, open and import, never dropped silently', async () => {
    const { dataDir, service } = await folderWith((dir) => writeFile(join(dir, 'proto.json'), withProto));
    const entry = (await service.call('workspace.list', {})).workspaces.find((w) => w.workspaceId === 'proto');
    expect(entry).toMatchObject({ status: 'damaged', reason: 'reserved_key' });
    expect(await expectError(service, 'workspace.open', { workspaceId: 'proto' })).toMatchObject({
      code: 'workspace_damaged',
      params: { reason: 'reserved_key' },
    });
    expect(await expectError(service, 'workspace.import', { fileName: 'proto.json', content: withProto })).toMatchObject({
      code: 'import_invalid',
      params: { reason: 'reserved_key' },
    });
    expect(await readFile(workspaceFile(dataDir, 'proto'), 'utf8')).toBe(withProto);
  });

  it('is refused in an edit, and the document keeps saving', async () => {
    const { dataDir, service } = await folderWith(async () => undefined);
    const error = await expectError(service, 'workspace.edit', {
      workspaceId: 'good',
      baseRevision: (await service.call('workspace.open', { workspaceId: 'good' })).revision,
      clientId: 't',
      ops: [{ type: 'set', path: ['steps', 'notes'], value: JSON.parse('{"text": "x", "deeper": {"__proto__": {"a": 1}}}') }],
    });
    expect(error).toMatchObject({ code: 'invalid_edit', params: { reason: 'reserved_key' } });
    // The name as a value is ordinary text.
    await edit(service, 'good', [{ type: 'set', path: ['name'], value: '__proto__' }]);
    await service.flush();
    expect(JSON.parse(await readFile(workspaceFile(dataDir, 'good'), 'utf8')).name).toBe('__proto__');
    expect((await service.call('workspace.list', {})).workspaces.find((w) => w.workspaceId === 'good')).toMatchObject({ status: 'ok' });
  });
});
