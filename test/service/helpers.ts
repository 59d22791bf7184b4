// Shared helpers for the workspace-service tests: temp data folders (one per test, removed after),
// services that are always closed, a fake clock, sample workspaces and small file-system probes.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enablePatches } from 'immer';
import { vi } from 'vitest';
import type { CallName, CallOutput, ServiceEvent, WorkspaceSummary } from '../../src/contract/calls';
import { encodeWorkspace } from '../../src/contract/codec';
import type { EditOp } from '../../src/contract/edit';
import type { ServiceError } from '../../src/contract/errors';
import { emptySession } from '../../src/contract/session';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../src/contract/workspace';
import { currentStepVersions, defaultSteps } from '../../src/steps';
import {
  createWorkspaceService,
  type WorkspaceService,
  type WorkspaceServiceOptions,
} from '../../electron/service/workspace-service';

enablePatches();

export type ServiceOptions = Partial<WorkspaceServiceOptions>;

/**
 * Owns the temp folders and services of one test. Create it at module level, call
 * `cleanup()` in `afterEach`: every service is closed and every folder removed.
 */
export class TestBed {
  private readonly dirs: string[] = [];
  private readonly services: WorkspaceService[] = [];

  /** A fresh, empty data folder under the OS temp folder. */
  async tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'samspil-service-'));
    this.dirs.push(dir);
    return dir;
  }

  /** A service on `dataDir` (a fresh folder when absent); the watcher is off unless asked for. */
  async service(options: ServiceOptions = {}): Promise<WorkspaceService> {
    const dataDir = options.dataDir ?? (await this.tempDir());
    const service = await createWorkspaceService({ watchIntervalMs: 0, ...options, dataDir });
    this.services.push(service);
    return service;
  }

  async cleanup(): Promise<void> {
    const services = this.services.splice(0);
    for (const service of services) await service.close().catch(() => undefined);
    const dirs = this.dirs.splice(0);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
}

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(private ms = Date.parse('2026-11-02T09:00:00.000Z')) {}
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

/**
 * Puts the service's timers (a failed save's retry, a document's encoder warm-up) under the test's
 * hand; call it before the service is made, and `vi.useRealTimers()` after the test. `armed()`
 * runs those due now and counts the rest: each could still write later, so 0 proves that nothing
 * the service deferred is left to run, with no wait of the wall clock.
 */
export function holdServiceTimers(): { armed: () => Promise<number> } {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  return {
    armed: async () => {
      await vi.advanceTimersByTimeAsync(0);
      return vi.getTimerCount();
    },
  };
}

/** Ids `ws-1`, `ws-2`, ... so tests can name files before they exist. */
export function sequentialIds(prefix = 'ws'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

// ---- folders and bytes ---------------------------------------------------------------------------

export const workspacesDir = (dataDir: string) => join(dataDir, 'workspaces');
export const backupsDir = (dataDir: string, workspaceId: string) => join(dataDir, 'backups', workspaceId);
export const trashDir = (dataDir: string) => join(dataDir, 'trash');
export const locksDir = (dataDir: string) => join(dataDir, 'locks');
export const workspaceFile = (dataDir: string, workspaceId: string) =>
  join(workspacesDir(dataDir), `${workspaceId}.json`);

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function fileHash(path: string): Promise<string> {
  return sha256(await readFile(path));
}

/** Names in a folder, sorted; empty when the folder does not exist. */
export async function listDir(path: string): Promise<string[]> {
  return (await readdir(path).catch(() => [] as string[])).sort();
}

export async function writeWorkspaceFile(dataDir: string, workspaceId: string, content: string | Uint8Array) {
  await writeFile(workspaceFile(dataDir, workspaceId), content);
}

export async function readWorkspaceFile(dataDir: string, workspaceId: string): Promise<string> {
  return readFile(workspaceFile(dataDir, workspaceId), 'utf8');
}

// ---- documents -----------------------------------------------------------------------------------

/**
 * Step content for samples: every registered step's defaults (a Danish workspace's), plus two
 * slices of steps this build does not know: an agenda with a list of items addressed by id, and
 * notes. Unknown slices are kept as they are, so the tests can edit them freely.
 */
export function sampleSteps(): Record<string, unknown> {
  return {
    ...defaultSteps('da'),
    agenda: {
      title: 'Kick-off',
      items: [
        { id: 'item-welcome', text: 'Welcome', minutes: 10 },
        { id: 'item-funnel', text: 'Funnel review', minutes: 45 },
      ],
    },
    notes: { text: 'Bring post-its' },
  };
}

/** A valid document as it would be saved, for writing files behind the service's back. */
export function sampleDocument(workspaceId: string, overrides: Partial<Workspace> = {}): Workspace {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: workspaceId,
    name: 'Nordvind workshop',
    clientCompany: 'Nordvind A/S',
    language: 'da',
    currency: 'DKK',
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
    session: emptySession(),
    stepVersions: currentStepVersions(),
    steps: sampleSteps(),
    ...overrides,
  };
}

export function sampleText(workspaceId: string, overrides: Partial<Workspace> = {}): string {
  return encodeWorkspace(sampleDocument(workspaceId, overrides));
}

/** Creates a workspace through the service and fills its steps with sample content. */
export async function createSample(
  service: WorkspaceService,
  name = 'Nordvind workshop',
): Promise<{ summary: WorkspaceSummary; revision: number }> {
  const summary = await service.call('workspace.create', { name, clientCompany: 'Nordvind A/S', language: 'da' });
  const opened = await service.call('workspace.open', { workspaceId: summary.workspaceId });
  const result = await service.call('workspace.edit', {
    workspaceId: summary.workspaceId,
    baseRevision: opened.revision,
    clientId: 'setup',
    ops: [{ type: 'set', path: ['steps'], value: sampleSteps() }],
  });
  return { summary, revision: result.revision };
}

/** One edit, based on the workspace's current revision unless told otherwise. */
export async function edit(
  service: WorkspaceService,
  workspaceId: string,
  ops: EditOp[],
  extra: { clientId?: string; baseRevision?: number; coalesceKey?: string } = {},
): Promise<CallOutput<'workspace.edit'>> {
  const baseRevision = extra.baseRevision ?? (await service.call('workspace.open', { workspaceId })).revision;
  return service.call('workspace.edit', {
    workspaceId,
    baseRevision,
    clientId: extra.clientId ?? 'test',
    ops,
    ...(extra.coalesceKey !== undefined ? { coalesceKey: extra.coalesceKey } : {}),
  });
}

/** Runs a call that must fail and returns its typed error (fails the test if it succeeded). */
export async function expectError(service: WorkspaceService, name: CallName | string, input: unknown): Promise<ServiceError> {
  const answer = await service.dispatch(name, input);
  if (answer.ok) throw new Error(`${name} was expected to fail but answered ${JSON.stringify(answer.data).slice(0, 300)}`);
  return answer.error;
}

/** Records every event a service broadcasts. */
export function recordEvents(service: WorkspaceService) {
  const events: ServiceEvent[] = [];
  const unsubscribe = service.subscribe((event) => events.push(event));
  return {
    events,
    unsubscribe,
    named<N extends ServiceEvent['name']>(name: N) {
      return events.filter((event): event is Extract<ServiceEvent, { name: N }> => event.name === name);
    },
    clear() {
      events.length = 0;
    },
  };
}
