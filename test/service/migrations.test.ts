// Older files are migrated on open, with the original kept byte for byte; newer ones are refused
// and left alone. A synthetic codec stands in for a future schema (v2 adds a required field).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CodecOptions } from '../../src/contract/codec';
import { workspaceEnvelopeShape, type Workspace } from '../../src/contract/workspace';
import {
  TestBed,
  backupsDir,
  edit,
  expectError,
  fileHash,
  listDir,
  sampleDocument,
  workspaceFile,
  workspacesDir,
  writeWorkspaceFile,
} from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

/** Version 2 requires `facilitator`, which the v1 → v2 step derives from the client company. */
const v2Schema = z.object({
  ...workspaceEnvelopeShape,
  schemaVersion: z.literal(2),
  facilitator: z.string().min(1),
  steps: z.record(z.string(), z.unknown()),
});

const codec: CodecOptions = {
  schema: v2Schema as unknown as z.ZodType<Workspace>,
  currentVersion: 2,
  migrations: {
    1: (doc) => {
      if (doc['name'] === 'Explodes') throw new Error('cannot migrate this one');
      return { ...doc, facilitator: `Facilitator for ${String(doc['clientCompany'])}` };
    },
  },
};

/** The exact bytes of a v1 file as another build would have written them (not our encoder's). */
const v1Text = (id: string, name = 'Nordvind workshop') =>
  `${JSON.stringify({ ...sampleDocument(id, { name }), schemaVersion: 1 }, null, 4)}\r\n`;

describe('migrations through the service', () => {
  it('migrates a v1 file on open, keeps the original bytes as a before_migration backup, saves v2', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, codec });
    const original = v1Text('old');
    await writeWorkspaceFile(dataDir, 'old', original);
    const originalHash = await fileHash(workspaceFile(dataDir, 'old'));

    // Listing decodes (and migrates) in memory only: nothing on disk changes.
    const [entry] = (await service.call('workspace.list', {})).workspaces;
    expect(entry).toMatchObject({ status: 'ok', workspaceId: 'old', name: 'Nordvind workshop' });
    expect(await fileHash(workspaceFile(dataDir, 'old'))).toBe(originalHash);
    expect(await listDir(backupsDir(dataDir, 'old'))).toEqual([]);

    const opened = await service.call('workspace.open', { workspaceId: 'old' });
    const doc = opened.workspace as Workspace & { facilitator?: string };
    expect(doc.schemaVersion).toBe(2);
    expect(doc.facilitator).toBe('Facilitator for Nordvind A/S');
    expect(doc.steps).toEqual(sampleDocument('old').steps);

    const backups = (await service.call('workspace.backups', { workspaceId: 'old' })).backups;
    const beforeMigration = backups.filter((b) => b.reason === 'before_migration');
    expect(beforeMigration).toHaveLength(1);
    const kept = await readFile(join(backupsDir(dataDir, 'old'), beforeMigration[0]!.backupId));
    expect(kept.equals(Buffer.from(original))).toBe(true);

    const onDisk = JSON.parse(await readFile(workspaceFile(dataDir, 'old'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.facilitator).toBe('Facilitator for Nordvind A/S');
    expect(onDisk).toEqual(doc);

    // Edits go on in v2; a new service finds a current file and migrates nothing again.
    await edit(service, 'old', [{ type: 'set', path: ['name'], value: 'Migrated and edited' }]);
    await service.close();
    const again = await bed.service({ dataDir, codec });
    const reopened = await again.call('workspace.open', { workspaceId: 'old' });
    expect(reopened.workspace.name).toBe('Migrated and edited');
    const after = (await again.call('workspace.backups', { workspaceId: 'old' })).backups;
    expect(after.filter((b) => b.reason === 'before_migration')).toHaveLength(1);
  });

  it('refuses a file of a newer version than the codec knows and does not write it', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, codec });
    const text = JSON.stringify({ ...sampleDocument('future', { name: 'From the future' }), schemaVersion: 3, facilitator: 'x' });
    await writeWorkspaceFile(dataDir, 'future', text);
    const hash = await fileHash(workspaceFile(dataDir, 'future'));

    const [entry] = (await service.call('workspace.list', {})).workspaces;
    expect(entry).toMatchObject({ status: 'too_new', schemaVersion: 3, supportedVersion: 2, name: 'From the future' });
    const error = await expectError(service, 'workspace.open', { workspaceId: 'future' });
    expect(error.code).toBe('workspace_too_new');
    expect(error.params).toMatchObject({ schemaVersion: 3, supportedVersion: 2 });
    const imported = await expectError(service, 'workspace.import', { fileName: 'future.json', content: text });
    expect(imported.code).toBe('workspace_too_new');
    expect(imported.params).toMatchObject({ schemaVersion: 3, supportedVersion: 2 });

    await service.close();
    expect(await fileHash(workspaceFile(dataDir, 'future'))).toBe(hash);
    expect(await listDir(workspacesDir(dataDir))).toEqual(['future.json']);
    expect(await listDir(backupsDir(dataDir, 'future'))).toEqual([]);
  });

  it('reports a migration that throws as damaged (migration_failed) and keeps the file', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, codec });
    const text = v1Text('boom', 'Explodes');
    await writeWorkspaceFile(dataDir, 'boom', text);
    const [entry] = (await service.call('workspace.list', {})).workspaces;
    expect(entry).toMatchObject({ status: 'damaged', reason: 'migration_failed' });
    const error = await expectError(service, 'workspace.open', { workspaceId: 'boom' });
    expect(error).toMatchObject({ code: 'workspace_damaged', params: { reason: 'migration_failed' } });
    expect(await readFile(workspaceFile(dataDir, 'boom'), 'utf8')).toBe(text);
    expect(await listDir(backupsDir(dataDir, 'boom'))).toEqual([]);
  });
});
