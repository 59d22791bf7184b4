// Faults injected at each file-system call of the save path: EIO and ENOSPC anywhere, EPERM and
// EBUSY on rename (what Windows answers while another program holds the file). Each gives a clear
// error, leaves the file on disk intact, and loses nothing once the fault clears. Short writes are
// finished, however short.
import * as realFs from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeWorkspace } from '../../src/contract/codec';
import { codecOptions } from '../../src/steps';
import type { WorkspaceService } from '../../electron/service/workspace-service';
import { errnoError, type FaultFs } from './fault-fs';
import { FakeClock, TestBed, sampleText, sequentialIds, workspaceFile, writeWorkspaceFile } from './helpers';

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

async function setup(): Promise<{ service: WorkspaceService; dataDir: string }> {
  const dataDir = await bed.tempDir();
  await realFs.mkdir(`${dataDir}/workspaces`, { recursive: true });
  await writeWorkspaceFile(dataDir, 'seed', sampleText('seed', { name: 'v1' }));
  const service = await bed.service({ dataDir, now: new FakeClock().now, newId: sequentialIds() });
  await service.call('workspace.open', { workspaceId: 'seed' });
  return { service, dataDir };
}

const setName = async (service: WorkspaceService, name: string) => {
  const { revision } = await service.call('workspace.open', { workspaceId: 'seed' });
  return service.dispatch('workspace.edit', {
    workspaceId: 'seed',
    baseRevision: revision,
    clientId: 't',
    ops: [{ type: 'set', path: ['name'], value: name }],
  });
};

async function nameOnDisk(dataDir: string): Promise<string> {
  const decoded = decodeWorkspace(await realFs.readFile(workspaceFile(dataDir, 'seed'), 'utf8'), codecOptions);
  if (decoded.status !== 'ok') throw new Error(`the file is ${decoded.status}`);
  return decoded.workspace.name;
}

/** The calls an edit's save makes (its first save writes a periodic backup too). */
async function traceOfEdit(): Promise<{ op: string; path: string }[]> {
  const { service } = await setup();
  await fs().arm();
  const answer = await setName(service, 'traced');
  const trace = fs().calls.map(({ op, path }) => ({ op, path }));
  fs().reset();
  expect(answer.ok).toBe(true);
  return trace;
}

describe('faults injected in the save path', () => {
  it('EIO or ENOSPC at any call: a clear error, the file intact, nothing lost once it clears', async () => {
    const trace = await traceOfEdit();
    expect(trace.length).toBeGreaterThan(8);
    const problems: string[] = [];
    for (const code of ['EIO', 'ENOSPC']) {
      for (let at = 0; at < trace.length; at += 1) {
        const { service, dataDir } = await setup();
        await fs().arm();
        fs().fault = (call) => (call.index === at ? errnoError(code, call.op, call.path) : null);
        const answer = await setName(service, 'during');
        fs().reset();
        const label = `${code} at ${trace[at]!.op} ${trace[at]!.path.replace(dataDir, '')}`;
        if (!answer.ok) {
          if (answer.error.code !== 'save_failed' || answer.error.params['reason'] !== code) {
            problems.push(`${label}: answered ${JSON.stringify(answer.error)}`);
          }
        }
        const onDisk = await nameOnDisk(dataDir).catch((error: Error) => error.message);
        if (onDisk !== 'v1' && onDisk !== 'during') problems.push(`${label}: the file reads ${onDisk}`);
        // The fault cleared: the next edit saves both.
        const next = await service.dispatch('workspace.edit', {
          workspaceId: 'seed',
          baseRevision: (await service.call('workspace.open', { workspaceId: 'seed' })).revision,
          clientId: 't',
          ops: [{ type: 'set', path: ['clientCompany'], value: 'after' }],
        });
        if (!next.ok) problems.push(`${label}: the next edit failed with ${JSON.stringify(next.error)}`);
        const decoded = decodeWorkspace(await realFs.readFile(workspaceFile(dataDir, 'seed'), 'utf8'), codecOptions);
        if (decoded.status !== 'ok' || decoded.workspace.name !== 'during' || decoded.workspace.clientCompany !== 'after') {
          problems.push(`${label}: after the fault cleared the file is not up to date`);
        }
        await bed.cleanup();
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  for (const code of ['EPERM', 'EBUSY']) {
    it(`${code} on rename for a moment: retried, the edit saved without an error`, async () => {
      const { service, dataDir } = await setup();
      await fs().arm();
      let refused = 0;
      fs().fault = (call) => (call.op === 'rename' && refused++ < 2 ? errnoError(code, 'rename', call.path) : null);
      const answer = await setName(service, 'v2');
      fs().reset();
      expect(answer).toMatchObject({ ok: true });
      expect(refused).toBeGreaterThan(2);
      expect(await nameOnDisk(dataDir)).toBe('v2');
    });

    it(`${code} on rename that lasts: save_failed naming it, the file intact, saved once it clears`, async () => {
      const { service, dataDir } = await setup();
      await fs().arm();
      fs().fault = (call) => (call.op === 'rename' ? errnoError(code, 'rename', call.path) : null);
      const answer = await setName(service, 'v2');
      fs().reset();
      expect(answer).toMatchObject({ ok: false, error: { code: 'save_failed', params: { reason: code } } });
      expect(await nameOnDisk(dataDir)).toBe('v1');
      // No temp file is left behind.
      expect((await realFs.readdir(`${dataDir}/workspaces`)).sort()).toEqual(['seed.json']);
      const next = await setName(service, 'v3');
      expect(next.ok).toBe(true);
      expect(await nameOnDisk(dataDir)).toBe('v3');
    });
  }

  it('finishes a short write, however short each write is', async () => {
    const { service, dataDir } = await setup();
    await fs().arm();
    fs().shortWrite = 1000;
    const answer = await setName(service, 'written in pieces');
    fs().reset();
    expect(answer.ok).toBe(true);
    expect(await nameOnDisk(dataDir)).toBe('written in pieces');
  });

  it('a fault in reading the file back is a save error, never a false "changed by another program"', async () => {
    const { service, dataDir } = await setup();
    expect((await setName(service, 'v2')).ok).toBe(true);
    await fs().arm();
    fs().fault = (call) => (call.op === 'stat' ? errnoError('EIO', 'stat', call.path) : null);
    const answer = await setName(service, 'v3');
    fs().reset();
    expect(answer).toMatchObject({ ok: false, error: { code: 'save_failed', params: { reason: 'EIO' } } });
    expect((await setName(service, 'v4')).ok).toBe(true);
    expect(await nameOnDisk(dataDir)).toBe('v4');
  });
});
