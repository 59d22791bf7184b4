// A simulated power cut after every step of every save path. The file system keeps only what was
// fsynced (test/service/fault-fs.ts); after the cut a fresh service opens the disk as it would be
// after the reboot and finds no damaged file, no workspace lost, and every acknowledged change.
// Then each fsync of each path is dropped in turn: every one of them must make some cut lose
// something, or the test fails (an fsync the test cannot tell from a no-op proves nothing).
import * as realFs from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createWorkspaceService, type WorkspaceService } from '../../electron/service/workspace-service';
import type { FaultFs } from './fault-fs';
import { FakeClock, sampleText, sequentialIds } from './helpers';

const layer = vi.hoisted(() => ({ fs: null as FaultFs | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { FaultFs: Layer } = await import('./fault-fs');
  const fs = new Layer(await importOriginal<typeof import('node:fs/promises')>());
  layer.fs = fs;
  return { ...fs.module, default: fs.module };
});

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

type Ack = Record<string, boolean>;

interface Scenario {
  name: string;
  /** Builds the data folder before the power is watched (nothing is cut here). */
  prepare: (dataDir: string) => Promise<void>;
  /** The save path, from the service's start; sets `ack.x` once call x has answered. */
  run: (start: () => Promise<WorkspaceService>, ack: Ack) => Promise<void>;
  /** What must hold after the reboot, given what was acknowledged; returns the broken promises. */
  check: (after: WorkspaceService, ack: Ack) => Promise<string[]>;
}

const options = (dataDir: string) => ({ dataDir, watchIntervalMs: 0, now: new FakeClock().now, newId: sequentialIds() });

async function withService(dataDir: string, task: (service: WorkspaceService) => Promise<void>): Promise<void> {
  const service = await createWorkspaceService(options(dataDir));
  try {
    await task(service);
  } finally {
    await service.close();
  }
}

/** What a user could lose: damaged files, workspaces gone from both the list and the trash. */
async function commonChecks(after: WorkspaceService, mustExist: string[]): Promise<string[]> {
  const broken: string[] = [];
  const list = (await after.call('workspace.list', {})).workspaces;
  const trash = (await after.call('workspace.trash', {})).items;
  for (const entry of list) if (entry.status !== 'ok') broken.push(`${entry.fileName} is ${entry.status}`);
  for (const item of trash) if (item.damaged) broken.push(`trash item ${item.trashId} is damaged`);
  for (const id of mustExist) {
    if (!list.some((e) => e.workspaceId === id) && !trash.some((t) => t.workspaceId === id)) broken.push(`${id} is lost`);
  }
  const settingsFiles = (await realFs.readdir(after.dataDir)).filter((name) => name.startsWith('settings.damaged'));
  if (settingsFiles.length > 0) broken.push('settings.json was damaged');
  return broken;
}

async function nameOf(after: WorkspaceService, workspaceId: string): Promise<string | null> {
  const list = (await after.call('workspace.list', {})).workspaces;
  const entry = list.find((e) => e.workspaceId === workspaceId);
  return entry?.status === 'ok' ? entry.name : null;
}

/** The workspace names kept in its backups (a backup that does not read as JSON counts as none). */
async function backupNames(after: WorkspaceService, workspaceId: string): Promise<string[]> {
  const folder = join(after.dataDir, 'backups', workspaceId);
  const names: string[] = [];
  for (const backup of (await after.call('workspace.backups', { workspaceId })).backups) {
    try {
      names.push((JSON.parse(await realFs.readFile(join(folder, backup.backupId), 'utf8')) as { name: string }).name);
    } catch {
      // damaged: keeps nothing
    }
  }
  return names;
}

/** Every acknowledged state the user could want back is in the file or in a backup. */
async function keptSomewhere(after: WorkspaceService, workspaceId: string, names: string[]): Promise<string[]> {
  const current = await nameOf(after, workspaceId);
  const kept = [current, ...(await backupNames(after, workspaceId))];
  return names.filter((name) => !kept.includes(name)).map((name) => `the state "${name}" is in neither the file nor a backup`);
}

async function editName(service: WorkspaceService, workspaceId: string, name: string): Promise<void> {
  const { revision } = await service.call('workspace.open', { workspaceId });
  await service.call('workspace.edit', { workspaceId, baseRevision: revision, clientId: 't', ops: [{ type: 'set', path: ['name'], value: name }] });
}

const seed = (dataDir: string, name = 'v1') => realFs.mkdir(join(dataDir, 'workspaces'), { recursive: true }).then(() =>
  realFs.writeFile(join(dataDir, 'workspaces', 'seed.json'), sampleText('seed', { name })));

const scenarios: Scenario[] = [
  {
    name: 'first start, create, settings',
    prepare: async () => undefined,
    run: async (start, ack) => {
      const service = await start();
      await service.call('workspace.create', { name: 'Made', clientCompany: '', language: 'en' });
      ack.created = true;
      await service.call('settings.update', { uiLanguage: 'da' });
      ack.settings = true;
    },
    check: async (after, ack) => {
      const broken = await commonChecks(after, ack.created ? ['ws-1'] : []);
      if (ack.settings && (await after.call('settings.get', {})).uiLanguage !== 'da') {
        broken.push('acknowledged settings lost');
      }
      if (ack.created && (await nameOf(after, 'ws-1')) !== 'Made') broken.push('acknowledged create lost');
      return broken;
    },
  },
  {
    name: 'edit (with its periodic backup)',
    prepare: (dataDir) => seed(dataDir),
    run: async (start, ack) => {
      const service = await start();
      await editName(service, 'seed', 'v2');
      ack.v2 = true;
      await editName(service, 'seed', 'v3');
      ack.v3 = true;
    },
    check: async (after, ack) => {
      const broken = await commonChecks(after, ['seed']);
      const name = await nameOf(after, 'seed');
      if (ack.v3 && name !== 'v3') broken.push(`acknowledged edit v3 lost (${name})`);
      else if (ack.v2 && name !== 'v2' && name !== 'v3') broken.push(`acknowledged edit v2 lost (${name})`);
      // The state before this session's edits is kept as a periodic backup.
      if (ack.v2) broken.push(...(await keptSomewhere(after, 'seed', ['v1'])));
      return broken;
    },
  },
  {
    name: 'import',
    prepare: async () => undefined,
    run: async (start, ack) => {
      const service = await start();
      await service.call('workspace.import', { fileName: 'x.json', content: sampleText('other', { name: 'Imported' }) });
      ack.imported = true;
    },
    check: async (after, ack) => {
      const broken = await commonChecks(after, []);
      if (ack.imported && (await nameOf(after, 'ws-1')) !== 'Imported') broken.push('acknowledged import lost');
      return broken;
    },
  },
  ...(['closed', 'open'] as const).map(
    (state): Scenario => ({
      name: `restore a backup (workspace ${state})`,
      prepare: async (dataDir) => {
        await seed(dataDir);
        await withService(dataDir, (service) => editName(service, 'seed', 'v2'));
      },
      run: async (start, ack) => {
        const service = await start();
        if (state === 'open') {
          // An edit first, so its periodic backup is not written by the restore's save.
          await editName(service, 'seed', 'v3');
          ack.v3 = true;
        }
        const backups = (await service.call('workspace.backups', { workspaceId: 'seed' })).backups;
        const oldest = backups[backups.length - 1]!;
        await service.call('workspace.restoreBackup', { workspaceId: 'seed', backupId: oldest.backupId });
        ack.restored = true;
      },
      check: async (after, ack) => {
        const broken = await commonChecks(after, ['seed']);
        const name = await nameOf(after, 'seed');
        if (ack.restored && name !== 'v1') broken.push(`acknowledged restore lost (${name})`);
        // The states before the restore are kept (the file or a backup): the last acknowledged
        // one, and the one before this session's edits.
        broken.push(...(await keptSomewhere(after, 'seed', ack.v3 ? ['v3', 'v2'] : ['v2'])));
        return broken;
      },
    }),
  ),
  {
    name: 'delete',
    prepare: (dataDir) => seed(dataDir),
    run: async (start, ack) => {
      const service = await start();
      await service.call('workspace.open', { workspaceId: 'seed' });
      await service.call('workspace.delete', { workspaceId: 'seed' });
      ack.deleted = true;
    },
    check: async (after, ack) => {
      const broken = await commonChecks(after, ['seed']);
      if (ack.deleted && (await nameOf(after, 'seed')) !== null) broken.push('an acknowledged delete came back');
      return broken;
    },
  },
  {
    name: 'restore from the trash',
    prepare: async (dataDir) => {
      await seed(dataDir);
      await withService(dataDir, async (service) => void (await service.call('workspace.delete', { workspaceId: 'seed' })));
    },
    run: async (start, ack) => {
      const service = await start();
      const [item] = (await service.call('workspace.trash', {})).items;
      await service.call('workspace.restore', { trashId: item!.trashId });
      ack.restored = true;
    },
    check: async (after, ack) => {
      const broken = await commonChecks(after, ['seed']);
      if (ack.restored) {
        if ((await nameOf(after, 'seed')) !== 'v1') broken.push('an acknowledged restore from the trash is lost');
        if ((await after.call('workspace.trash', {})).items.length > 0) broken.push('a restored workspace is still in the trash');
      }
      return broken;
    },
  },
];

const fs = () => layer.fs!;

/** Runs the scenario with the power cut before call `cutBefore`; returns what broke after the reboot. */
async function trial(scenario: Scenario, cutBefore: number | null, dropSync: number | null = null) {
  const root = await mkdtemp(join(tmpdir(), 'samspil-powercut-'));
  roots.push(root);
  const dataDir = join(root, 'data');
  await realFs.mkdir(dataDir);
  await scenario.prepare(dataDir);
  await fs().arm(root);
  fs().cutBefore = cutBefore;
  fs().dropSync = dropSync;
  const ack: Ack = {};
  let failure: unknown = null;
  const running = scenario.run(() => createWorkspaceService(options(dataDir)), ack).catch((error) => (failure = error));
  await Promise.race([running, (async () => {
    while (!fs().cut && failure === null && !(await isDone(running))) await new Promise((r) => setImmediate(r));
  })()]);
  await fs().settle();
  if (failure && !fs().cut) throw failure;
  const trace = [...fs().calls];
  const syncs = [...fs().syncs];
  await fs().reconstruct(join(root, 'disk'));
  fs().reset();
  let broken: string[] = [];
  await withService(join(root, 'disk', 'data'), async (after) => {
    broken = await scenario.check(after, ack);
  });
  await rm(root, { recursive: true, force: true });
  return { broken, calls: trace.length, trace, syncs, ack };
}

async function isDone(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  return (await Promise.race([promise.then(() => true), Promise.resolve(marker)])) !== marker;
}

describe('a power cut after any step of a save path', () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: loses nothing acknowledged, damages nothing, and needs every fsync`, async () => {
      const full = await trial(scenario, null);
      expect(full.broken).toEqual([]);
      expect(Object.values(full.ack).every(Boolean)).toBe(true);
      const failures: string[] = [];
      for (let cut = 0; cut <= full.calls; cut += 1) {
        const { broken } = await trial(scenario, cut);
        if (broken.length > 0) failures.push(`cut before call ${cut} (${where(full.trace, cut)}): ${broken.join('; ')}`);
      }
      expect(failures).toEqual([]);

      // Every fsync of the path is needed: without any one of them, some cut loses something.
      // (Lock files are not data: a lost or empty lock after a reboot is simply stale.)
      const dataSyncs = full.syncs.filter((sync) => !sync.path.includes(`${join('data', 'locks')}`));
      expect(dataSyncs.length).toBeGreaterThan(0);
      const needless: string[] = [];
      for (const sync of dataSyncs) {
        const index = full.syncs.indexOf(sync);
        let caught = false;
        for (let cut = sync.index + 1; cut <= full.calls && !caught; cut += 1) {
          caught = (await trial(scenario, cut, index)).broken.length > 0;
        }
        if (!caught) needless.push(`fsync #${index} of ${sync.path.replace(/^.*samspil-powercut-[^/]+\//, '')}`);
      }
      expect(needless).toEqual([]);
    }, 300_000);
  }
});

function where(trace: { op: string; path: string }[], cut: number): string {
  const call = trace[cut];
  return call ? `${call.op} ${call.path.replace(/^.*samspil-powercut-[^/]+\//, '')}` : 'the end';
}
