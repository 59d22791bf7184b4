// Older files are migrated on open, with the original kept byte for byte; newer ones are refused
// and left alone. The real v1 → v2 step runs through the service with the real codec; a synthetic
// codec stands in for a future schema (one version past the current, adding a required field),
// reached from v1 through the real migrations and then its own.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeWorkspace, type CodecOptions } from '../../src/contract/codec';
import { emptySession } from '../../src/contract/session';
import { CURRENT_SCHEMA_VERSION, workspaceEnvelopeShape, type Workspace } from '../../src/contract/workspace';
import { codecOptions, defaultSteps } from '../../src/steps';
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

/** A future version, one past the current: it requires `facilitator`, derived from the client company. */
const FUTURE = CURRENT_SCHEMA_VERSION + 1;
const futureSchema = z.object({
  ...workspaceEnvelopeShape,
  schemaVersion: z.literal(FUTURE),
  facilitator: z.string().min(1),
  steps: z.record(z.string(), z.unknown()),
});

const codec: CodecOptions = {
  schema: futureSchema as unknown as z.ZodType<Workspace>,
  currentVersion: FUTURE,
  migrateSlices: codecOptions.migrateSlices,
  migrations: {
    // The real steps up to the current version, then the future one.
    ...codecOptions.migrations,
    [CURRENT_SCHEMA_VERSION]: (doc) => {
      if (doc['name'] === 'Explodes') throw new Error('cannot migrate this one');
      return { ...doc, facilitator: `Facilitator for ${String(doc['clientCompany'])}` };
    },
  },
};

/** A v1 document: no session, no registered step's slice (only slices of steps this build does not know). */
function v1Document(id: string, name = 'Nordvind workshop'): Record<string, unknown> {
  const { session: _session, stepVersions: _versions, steps, ...envelope } = sampleDocument(id, { name });
  const { setup: _setup, ...unknownSlices } = steps;
  return { ...envelope, schemaVersion: 1, steps: unknownSlices };
}

/** The exact bytes of a v1 file as another build would have written them (not our encoder's). */
const v1Text = (id: string, name = 'Nordvind workshop') => `${JSON.stringify(v1Document(id, name), null, 4)}\r\n`;

describe('migrations through the service', () => {
  it('migrates a real v1 file on open to the current version: an empty session, the set-up defaults, its own slices kept', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const original = v1Text('old');
    await writeWorkspaceFile(dataDir, 'old', original);

    const opened = await service.call('workspace.open', { workspaceId: 'old' });
    const { session: _session, steps: _steps, ...envelope } = sampleDocument('old');
    expect(opened.workspace).toEqual({
      ...envelope,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      session: emptySession(),
      steps: { ...(v1Document('old')['steps'] as object), setup: defaultSteps('da')['setup'] },
    });
    expect(opened.workspace.steps).toEqual(sampleDocument('old').steps);
    expect(codecOptions.schema.safeParse(opened.workspace).success).toBe(true);

    // The original is kept byte for byte; the file is now the current version, as our encoder writes it.
    const backups = (await service.call('workspace.backups', { workspaceId: 'old' })).backups;
    const beforeMigration = backups.filter((b) => b.reason === 'before_migration');
    expect(beforeMigration).toHaveLength(1);
    const kept = await readFile(join(backupsDir(dataDir, 'old'), beforeMigration[0]!.backupId));
    expect(kept.equals(Buffer.from(original))).toBe(true);
    expect(await readFile(workspaceFile(dataDir, 'old'), 'utf8')).toBe(encodeWorkspace(opened.workspace));

    // The migrated session and set-up are live content: a session edit and a set-up edit both apply.
    await edit(service, 'old', [
      { type: 'set', path: ['session', 'currentItemId'], value: 'agenda-setup' },
      { type: 'set', path: ['steps', 'setup', 'date'], value: '2027-01-14' },
    ]);
    const edited = (await service.call('workspace.open', { workspaceId: 'old' })).workspace;
    expect(edited.session.currentItemId).toBe('agenda-setup');
    expect(edited.steps['setup']).toMatchObject({ date: '2027-01-14' });
  });

  it('migrates a v1 file on open, keeps the original bytes as a before_migration backup, saves the new version', async () => {
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
    expect(doc.schemaVersion).toBe(FUTURE);
    expect(doc.facilitator).toBe('Facilitator for Nordvind A/S');
    // The real steps ran on the way: the session and the set-up slice were added.
    expect(doc.session).toEqual(emptySession());
    expect(doc.steps).toEqual(sampleDocument('old').steps);

    const backups = (await service.call('workspace.backups', { workspaceId: 'old' })).backups;
    const beforeMigration = backups.filter((b) => b.reason === 'before_migration');
    expect(beforeMigration).toHaveLength(1);
    const kept = await readFile(join(backupsDir(dataDir, 'old'), beforeMigration[0]!.backupId));
    expect(kept.equals(Buffer.from(original))).toBe(true);

    const onDisk = JSON.parse(await readFile(workspaceFile(dataDir, 'old'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(FUTURE);
    expect(onDisk.facilitator).toBe('Facilitator for Nordvind A/S');
    expect(onDisk).toEqual(doc);

    // Edits go on in the new version; a new service finds a current file and migrates nothing again.
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
    const newer = FUTURE + 1;
    const text = JSON.stringify({ ...sampleDocument('future', { name: 'From the future' }), schemaVersion: newer, facilitator: 'x' });
    await writeWorkspaceFile(dataDir, 'future', text);
    const hash = await fileHash(workspaceFile(dataDir, 'future'));

    const [entry] = (await service.call('workspace.list', {})).workspaces;
    expect(entry).toMatchObject({ status: 'too_new', schemaVersion: newer, supportedVersion: FUTURE, name: 'From the future' });
    const error = await expectError(service, 'workspace.open', { workspaceId: 'future' });
    expect(error.code).toBe('workspace_too_new');
    expect(error.params).toMatchObject({ schemaVersion: newer, supportedVersion: FUTURE });
    const imported = await expectError(service, 'workspace.import', { fileName: 'future.json', content: text });
    expect(imported.code).toBe('workspace_too_new');
    expect(imported.params).toMatchObject({ schemaVersion: newer, supportedVersion: FUTURE });

    await service.close();
    expect(await fileHash(workspaceFile(dataDir, 'future'))).toBe(hash);
    expect(await listDir(workspacesDir(dataDir))).toEqual(['future.json']);
    expect(await listDir(backupsDir(dataDir, 'future'))).toEqual([]);
  });

  it('refuses a file whose step slice is newer than this build, names the step, and leaves it byte for byte', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const document = sampleDocument('later', { name: 'From a later Samspil' });
    const text = `${JSON.stringify({ ...document, stepVersions: { ...document.stepVersions, sharedGoal: 2 } }, null, 4)}\n`;
    await writeWorkspaceFile(dataDir, 'later', text);
    const hash = await fileHash(workspaceFile(dataDir, 'later'));

    const [entry] = (await service.call('workspace.list', {})).workspaces;
    expect(entry).toMatchObject({ status: 'too_new', name: 'From a later Samspil', step: { stepId: 'sharedGoal', version: 2, supported: 1 } });
    const error = await expectError(service, 'workspace.open', { workspaceId: 'later' });
    expect(error).toMatchObject({ code: 'workspace_step_too_new', params: { stepId: 'sharedGoal', stepVersion: 2, supportedStepVersion: 1 } });
    const imported = await expectError(service, 'workspace.import', { fileName: 'later.json', content: text });
    expect(imported).toMatchObject({ code: 'workspace_step_too_new', params: { stepId: 'sharedGoal' } });

    await service.close();
    expect(await fileHash(workspaceFile(dataDir, 'later'))).toBe(hash);
    expect(await listDir(workspacesDir(dataDir))).toEqual(['later.json']);
    expect(await listDir(backupsDir(dataDir, 'later'))).toEqual([]);
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
