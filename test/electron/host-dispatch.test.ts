// One dispatch for both hosts: host.* calls go to the host's handlers (validated first), every other
// name to the workspace service. The browser host answers host.* too, saying what it cannot do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceFailure } from '../../src/contract/errors';
import { createHostDispatch, workspaceFilePath, type HostHandlers } from '../../electron/service/host-dispatch';
import { createWorkspaceService, type WorkspaceService } from '../../electron/service/workspace-service';
import { browserHostHandlers } from '../../electron/web-host/host-calls';
import { startWebHost } from '../../electron/web-host/server';

const ID = '3f6c2a8e-9b1d-4c7e-a5f0-2d8b6e1c4a97';
let dataDir: string;
let service: WorkspaceService;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'samspil-host-dispatch-'));
  service = await createWorkspaceService({ dataDir, watchIntervalMs: 0 });
});
afterEach(async () => {
  await service.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function fakeHandlers(overrides: Partial<HostHandlers> = {}): HostHandlers {
  return {
    'host.info': vi.fn(async () => ({
      kind: 'desktop' as const,
      dataDir,
      capabilities: { revealFile: true, saveDialog: true, presenterWindow: true },
    })),
    'host.revealFile': vi.fn(async () => ({})),
    'host.present': vi.fn(async () => ({})),
    'host.stopPresenting': vi.fn(async () => ({})),
    'host.pendingEdits': vi.fn(async () => ({})),
    'host.exportWorkspace': vi.fn(async () => ({ saved: false })),
    'host.exportPlaybook': vi.fn(async () => ({ saved: false })),
    'host.savePlaybookMarkdown': vi.fn(async () => ({ saved: false })),
    'host.saveFile': vi.fn(async () => ({ saved: false })),
    ...overrides,
  };
}

describe('the host dispatch', () => {
  it('sends host.* calls to the host and the rest to the service', async () => {
    const handlers = fakeHandlers();
    const dispatch = createHostDispatch(service, handlers);
    await expect(dispatch('host.info', {})).resolves.toMatchObject({ ok: true, data: { kind: 'desktop' } });
    await expect(dispatch('host.revealFile', { workspaceId: ID })).resolves.toEqual({ ok: true, data: {} });
    expect(handlers['host.revealFile']).toHaveBeenCalledWith({ workspaceId: ID });
    await expect(dispatch('workspace.list', {})).resolves.toEqual({ ok: true, data: { workspaces: [] } });
  });

  it('validates a host call before the handler sees it', async () => {
    const handlers = fakeHandlers();
    const dispatch = createHostDispatch(service, handlers);
    for (const input of [{ workspaceId: '../../etc/passwd' }, { workspaceId: ID, extra: 1 }, {}, null, 'x']) {
      const answer = await dispatch('host.revealFile', input);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { call: 'host.revealFile' } } });
    }
    expect(handlers['host.revealFile']).not.toHaveBeenCalled();
  });

  it('answers unknown names as the service does', async () => {
    const dispatch = createHostDispatch(service, fakeHandlers());
    await expect(dispatch('host.shell', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await expect(dispatch('__proto__', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('turns what a handler throws into an error envelope', async () => {
    const dispatch = createHostDispatch(
      service,
      fakeHandlers({
        'host.revealFile': async () => {
          throw new ServiceFailure('not_found', { workspaceId: ID });
        },
        'host.exportWorkspace': async () => {
          throw Object.assign(new Error('denied'), { code: 'EACCES' });
        },
        'host.info': async () => {
          throw new Error('surprise');
        },
      }),
    );
    await expect(dispatch('host.revealFile', { workspaceId: ID })).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', params: { workspaceId: ID } },
    });
    await expect(dispatch('host.exportWorkspace', { workspaceId: ID })).resolves.toMatchObject({
      ok: false,
      error: { code: 'io_error', params: { reason: 'EACCES' } },
    });
    await expect(dispatch('host.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('names the workspace file inside the data folder', () => {
    expect(workspaceFilePath('/data', ID)).toBe(join('/data', 'workspaces', `${ID}.json`));
  });
});

describe("the browser host's host calls", () => {
  it('say what a browser cannot do, and refuse it', async () => {
    const dispatch = createHostDispatch(service, browserHostHandlers({ dataDir }));
    await expect(dispatch('host.info', {})).resolves.toEqual({
      ok: true,
      data: { kind: 'browser', dataDir, capabilities: { revealFile: false, saveDialog: false, presenterWindow: false } },
    });
    for (const name of ['host.revealFile', 'host.exportWorkspace', 'host.present']) {
      await expect(dispatch(name, { workspaceId: ID })).resolves.toEqual({
        ok: false,
        error: { code: 'not_available_in_browser', params: { call: name } },
      });
    }
    // The page prints the playbook's print route itself and downloads its Markdown.
    await expect(dispatch('host.exportPlaybook', { workspaceId: ID, paper: 'A4', includeNotes: false, cards: 'themes' })).resolves.toEqual({
      ok: false,
      error: { code: 'not_available_in_browser', params: { call: 'host.exportPlaybook' } },
    });
    await expect(dispatch('host.savePlaybookMarkdown', { workspaceId: ID, content: '# x' })).resolves.toEqual({
      ok: false,
      error: { code: 'not_available_in_browser', params: { call: 'host.savePlaybookMarkdown' } },
    });
    // The page opens the presenter view itself (window.open); there is no window of the host's to close.
    await expect(dispatch('host.stopPresenting', {})).resolves.toEqual({
      ok: false,
      error: { code: 'not_available_in_browser', params: { call: 'host.stopPresenting' } },
    });
  });

  it('are answered over HTTP by the browser host', async () => {
    const host = await startWebHost({ service, staticDir: dataDir });
    try {
      const post = (name: string, input: unknown) =>
        fetch(`http://127.0.0.1:${host.port}/api/call/${name}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        }).then((response) => response.json());
      await expect(post('host.info', {})).resolves.toMatchObject({ ok: true, data: { kind: 'browser', dataDir } });
      await expect(post('host.revealFile', { workspaceId: ID })).resolves.toMatchObject({ ok: false, error: { code: 'not_available_in_browser' } });
      await expect(post('host.present', { workspaceId: ID })).resolves.toMatchObject({ ok: false, error: { code: 'not_available_in_browser' } });
      await expect(post('host.stopPresenting', {})).resolves.toMatchObject({ ok: false, error: { code: 'not_available_in_browser' } });
    } finally {
      await host.close();
    }
  });
});
