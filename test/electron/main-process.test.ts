// The main process's wiring, in plain Node with 'electron' replaced by a stand-in (the real module
// would try to download the binary): the IPC sender check, event broadcast, the app:// responses,
// navigation and window-open denial, the session's permission handlers, and the desktop host calls.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../src/contract/errors';
import { CONTENT_SECURITY_POLICY } from '../../electron/web-host/server';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  class FakeContents {
    listeners = new Map<string, Listener>();
    openHandler: Listener | null = null;
    sent: unknown[][] = [];
    url = 'app://samspil/index.html';
    destroyed = false;
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: Listener) {
      this.openHandler = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    getURL() {
      return this.url;
    }
    isDestroyed() {
      return this.destroyed;
    }
  }
  class FakeWindow {
    webContents = new FakeContents();
    isDestroyed() {
      return false;
    }
  }
  return {
    FakeContents,
    FakeWindow,
    ipcHandlers: new Map<string, Listener>(),
    appListeners: new Map<string, Listener>(),
    windows: [] as InstanceType<typeof FakeWindow>[],
    focused: null as InstanceType<typeof FakeWindow> | null,
    openExternal: vi.fn(async () => undefined),
    showItemInFolder: vi.fn(),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  };
});

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Listener) => electron.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => electron.ipcHandlers.delete(channel),
  },
  BrowserWindow: {
    fromWebContents: (contents: unknown) => electron.windows.find((window) => window.webContents === contents) ?? null,
    getAllWindows: () => electron.windows,
    getFocusedWindow: () => electron.focused,
  },
  app: {
    on: (event: string, listener: Listener) => electron.appListeners.set(event, listener),
    getPath: () => '/home/user/Documents',
  },
  shell: { openExternal: electron.openExternal, showItemInFolder: electron.showItemInFolder },
  dialog: { showSaveDialog: electron.showSaveDialog },
  protocol: { registerSchemesAsPrivileged: vi.fn() },
}));

const { handleCalls, broadcast } = await import('../../electron/main/ipc');
const { serveAppScheme } = await import('../../electron/main/protocol');
const { hardenWebContents, lockDownSession } = await import('../../electron/main/security');
const { desktopHostHandlers } = await import('../../electron/main/host-handlers');
const { menuCatalogs } = await import('../../electron/main/menu-template');

const ID = '3f6c2a8e-9b1d-4c7e-a5f0-2d8b6e1c4a97';

describe('the IPC call handler', () => {
  const dispatch = vi.fn(async (name: string, input: unknown): Promise<Envelope<unknown>> => ({ ok: true, data: { name, input } }));
  const ours = new electron.FakeWindow();
  let stop: () => void;

  beforeAll(() => {
    stop = handleCalls(dispatch, undefined);
  });
  afterAll(() => stop());
  beforeEach(() => {
    dispatch.mockClear();
    electron.windows.splice(0, electron.windows.length, ours);
  });

  const invoke = (event: unknown, name: unknown, input: unknown) =>
    (electron.ipcHandlers.get('samspil:call') as (...args: unknown[]) => Promise<Envelope<unknown>>)(event, name, input);
  const eventFrom = (url: string, options: { parent?: unknown; sender?: unknown; frame?: null } = {}) => ({
    sender: options.sender ?? ours.webContents,
    senderFrame: options.frame === null ? null : { url, parent: options.parent ?? null },
  });

  it('listens on the one call channel', () => {
    expect([...electron.ipcHandlers.keys()]).toEqual(['samspil:call']);
  });

  it('answers the top frame of our window on app://samspil/', async () => {
    await expect(invoke(eventFrom('app://samspil/index.html#/home'), 'workspace.list', {})).resolves.toEqual({
      ok: true,
      data: { name: 'workspace.list', input: {} },
    });
  });

  it.each([
    ['a foreign page', eventFrom('https://example.com/')],
    ['a file:// page', eventFrom('file:///tmp/evil.html')],
    ['the dev server in a built app', eventFrom('http://localhost:5173/')],
    ['a subframe of our page', eventFrom('app://samspil/index.html', { parent: {} })],
    ['a destroyed frame', eventFrom('', { frame: null })],
    ['a web contents that is not one of our windows', eventFrom('app://samspil/index.html', { sender: new electron.FakeContents() })],
  ])('refuses %s before dispatching', async (_why, event) => {
    await expect(invoke(event, 'workspace.list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_input', params: { reason: 'untrusted_sender' } },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call name that is not a string', async () => {
    await expect(invoke(eventFrom('app://samspil/'), { name: 'x' }, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('trusts the dev server only when told it is running', async () => {
    const devStop = (() => {
      electron.ipcHandlers.delete('samspil:call');
      return handleCalls(dispatch, 'http://localhost:5173');
    })();
    await expect(invoke(eventFrom('http://localhost:5173/'), 'workspace.list', {})).resolves.toMatchObject({ ok: true });
    devStop();
    stop = handleCalls(dispatch, undefined);
  });
});

describe('event broadcast', () => {
  it('reaches every window showing one of our pages, on the one event channel', () => {
    const a = new electron.FakeWindow();
    const b = new electron.FakeWindow();
    const strayed = new electron.FakeWindow();
    strayed.webContents.url = 'https://example.com/';
    const gone = new electron.FakeWindow();
    gone.webContents.destroyed = true;
    electron.windows.splice(0, electron.windows.length, a, b, strayed, gone);
    const event = { name: 'workspace.listChanged' as const, payload: {} };
    broadcast(event, undefined);
    expect(a.webContents.sent).toEqual([['samspil:event', event]]);
    expect(b.webContents.sent).toEqual([['samspil:event', event]]);
    expect(strayed.webContents.sent).toEqual([]);
    expect(gone.webContents.sent).toEqual([]);
  });
});

describe('the app:// protocol', () => {
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'samspil-protocol-'));
    mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Samspil</title>');
    writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.json'), '{"secret":true}');
    const session = {
      protocol: {
        handle: (scheme: string, fn: (request: Request) => Promise<Response>) => {
          expect(scheme).toBe('app');
          handler = fn;
        },
      },
    };
    serveAppScheme(session as never, join(root, 'renderer'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves the renderer with its content type and the strict CSP', async () => {
    const page = await get('app://samspil/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Samspil</title>');
    const script = await get('app://samspil/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('keeps the CSP strict: no unsafe-eval, no unsafe-inline script, nothing remote', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('answers routes with the app and a missing asset with 404', async () => {
    expect(await (await get('app://samspil/')).text()).toContain('Samspil');
    expect((await get('app://samspil/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the renderer', async () => {
    for (const url of ['app://samspil/..%2fsecret.json', 'app://samspil/%2e%2e%2fsecret.json', 'app://samspil/..%5csecret.json']) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain('secret');
    }
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://samspil/index.html', 'POST')).status).toBe(405);
  });
});

describe('web contents hardening', () => {
  const contents = new electron.FakeContents();
  beforeAll(() => {
    hardenWebContents(undefined);
    electron.appListeners.get('web-contents-created')!({}, contents);
  });
  beforeEach(() => electron.openExternal.mockClear());

  const navigate = (event: string, url: string) => {
    const prevented = { value: false };
    contents.listeners.get(event)!({ preventDefault: () => (prevented.value = true) }, url);
    return prevented.value;
  };

  it('lets the app move within app://samspil/', () => {
    expect(navigate('will-navigate', 'app://samspil/index.html#/trash')).toBe(false);
  });

  it('stops navigation anywhere else, opening only allow-listed https links outside', () => {
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(electron.openExternal).not.toHaveBeenCalled();
    expect(navigate('will-navigate', 'https://samspil.app/help')).toBe(true);
    expect(electron.openExternal).toHaveBeenCalledWith('https://samspil.app/help');
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('denies every new window and every webview', () => {
    expect(contents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'app://samspil/index.html' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'https://samspil.app/' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
    expect(navigate('will-attach-webview', '')).toBe(true);
  });
});

describe('the session', () => {
  it('grants no permission and cancels every remote request', () => {
    const handlers: Record<string, Listener> = {};
    let requestFilter: { urls: string[] } | undefined;
    let onRequest: Listener | undefined;
    const session = {
      setPermissionRequestHandler: (h: Listener) => (handlers['request'] = h),
      setPermissionCheckHandler: (h: Listener) => (handlers['check'] = h),
      setDevicePermissionHandler: (h: Listener) => (handlers['device'] = h),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => {
          requestFilter = filter;
          onRequest = listener;
        },
      },
    };
    lockDownSession(session as never, undefined);
    const granted = vi.fn();
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      handlers['request']!({}, permission, granted);
    }
    expect(granted.mock.calls.every(([value]) => value === false)).toBe(true);
    expect(handlers['check']!({}, 'clipboard-read', 'app://samspil')).toBe(false);
    expect(handlers['device']!({})).toBe(false);
    expect(requestFilter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const answer = vi.fn();
    onRequest!({ url: 'https://example.com/x.js' }, answer);
    expect(answer).toHaveBeenCalledWith({ cancel: true });
  });

  it('lets the dev server through in `npm run dev`', () => {
    let onRequest: Listener | undefined;
    const session = {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: (_f: unknown, listener: Listener) => (onRequest = listener) },
    };
    lockDownSession(session as never, 'http://localhost:5173');
    const answer = vi.fn();
    onRequest!({ url: 'http://localhost:5173/src/main.tsx' }, answer);
    onRequest!({ url: 'ws://localhost:5173/' }, answer);
    onRequest!({ url: 'http://localhost:5174/' }, answer);
    expect(answer.mock.calls.map(([value]) => value)).toEqual([{ cancel: false }, { cancel: false }, { cancel: true }]);
  });
});

describe('the desktop host calls', () => {
  let dataDir: string;
  const exported = { fileName: 'Nordvind workshop.json', content: '{"schemaVersion":1}' };
  const service = { call: vi.fn(async (..._args: unknown[]) => exported) };
  const presenter = { present: vi.fn(), stop: vi.fn() };

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'samspil-desktop-host-'));
    mkdirSync(join(dataDir, 'workspaces'));
    writeFileSync(join(dataDir, 'workspaces', `${ID}.json`), '{}');
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const playbook = { exportPdf: vi.fn(async () => ({ saved: false })), saveMarkdown: vi.fn(async () => ({ saved: false })) };
  const handlers = () => desktopHostHandlers({ dataDir, service: service as never, labels: () => menuCatalogs.da, presenter, playbook, pendingEdits: () => undefined });

  it('say the desktop can do everything', async () => {
    await expect(handlers()['host.info']({})).resolves.toEqual({
      kind: 'desktop',
      dataDir,
      capabilities: { revealFile: true, saveDialog: true, presenterWindow: true },
    });
  });

  it('reveal the workspace file in the data folder, and only an existing one', async () => {
    await handlers()['host.revealFile']({ workspaceId: ID });
    expect(electron.showItemInFolder).toHaveBeenCalledWith(join(dataDir, 'workspaces', `${ID}.json`));
    await expect(handlers()['host.revealFile']({ workspaceId: 'b1c2d3e4-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      error: { code: 'not_found' },
    });
  });

  it("export through a save dialog named after the workspace, in the UI's language", async () => {
    const target = join(dataDir, 'export.json');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(handlers()['host.exportWorkspace']({ workspaceId: ID })).resolves.toEqual({ saved: true, path: target });
    expect(service.call).toHaveBeenCalledWith('workspace.export', { workspaceId: ID });
    const options = electron.showSaveDialog.mock.calls.at(-1)!.at(-1) as { title: string; defaultPath: string; filters: unknown };
    expect(options.title).toBe('Eksportér arbejdsområde');
    expect(options.defaultPath).toBe(join('/home/user/Documents', 'Nordvind workshop.json'));
    expect(options.filters).toEqual([{ name: 'Samspil-arbejdsområde', extensions: ['json'] }]);
    expect(readFileSync(target, 'utf8')).toBe(exported.content);
  });

  it('present an existing workspace in the presenter window, and stop presenting', async () => {
    await expect(handlers()['host.present']({ workspaceId: ID })).resolves.toEqual({});
    expect(presenter.present).toHaveBeenCalledWith(ID);
    await expect(handlers()['host.present']({ workspaceId: 'b1c2d3e4-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      error: { code: 'not_found' },
    });
    expect(presenter.present).toHaveBeenCalledTimes(1);
    await expect(handlers()['host.stopPresenting']({})).resolves.toEqual({});
    expect(presenter.stop).toHaveBeenCalledTimes(1);
  });

  it('write nothing when the user cancels', async () => {
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(handlers()['host.exportWorkspace']({ workspaceId: ID })).resolves.toEqual({ saved: false });
  });
});
