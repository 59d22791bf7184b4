// The main process's start, IPC, menu language, presenter window, second instance and quit, run in plain Node on a
// stand-in Electron (test/electron/fake-electron.ts) with a real workspace service on a temporary
// data folder: what can be proven here without the Electron binary.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../src/contract/errors';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const work = mkdtempSync(join(tmpdir(), 'samspil-main-'));
const dataDir = join(work, 'data');
const argv = process.argv;
let window: electron.BrowserWindow;

const labelsOf = (template: unknown) => (template as Array<{ label?: string }>).map((item) => item.label);
/** A call over IPC from a window's top frame (the facilitator's window unless told otherwise). */
const callFrom = (from: electron.BrowserWindow, name: string, input: unknown = {}) => electron.callFrom(from, name, input) as Promise<Envelope<unknown>>;
const call = (name: string, input: unknown = {}) => callFrom(window, name, input);
const created = async (name: string) => {
  const answer = (await call('workspace.create', { name, clientCompany: 'Nordvind A/S', language: 'da' })) as Envelope<{ workspaceId: string }>;
  if (!answer.ok) throw new Error(answer.error.code);
  return answer.data.workspaceId;
};
/** The presenter window: the one open window that is not the facilitator's. */
const presenterWindow = () => {
  const others = electron.BrowserWindow.windows.filter((w) => w !== window);
  expect(others).toHaveLength(1);
  return others[0]!;
};

beforeAll(async () => {
  process.argv = [...argv, `--data-dir=${dataDir}`, `--user-data-dir=${join(work, 'profile')}`];
  await import('../../electron/main/index');
});
afterAll(() => {
  process.argv = argv;
  rmSync(work, { recursive: true, force: true });
});

describe('the main process', () => {
  it('before the app is ready: registers the scheme, enforces the sandbox, takes the profile and the lock', () => {
    expect(electron.calls).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'setPath userData',
      'requestSingleInstanceLock',
    ]);
    expect(electron.app.getPath('userData')).toBe(join(work, 'profile'));
    expect(electron.protocol.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('when ready: locks the session down, opens the service and one secure window on app://samspil/', async () => {
    electron.app.becomeReady();
    await vi.waitFor(() => expect(electron.calls).toContain('new BrowserWindow'), { timeout: 10_000 });
    window = electron.BrowserWindow.windows[0]!;
    expect(electron.calls).toEqual(expect.arrayContaining(['setPermissionRequestHandler', 'setPermissionCheckHandler', 'onBeforeRequest', 'ipcMain.handle samspil:call']));
    expect(electron.calls.indexOf('ipcMain.handle samspil:call')).toBeLessThan(electron.calls.indexOf('new BrowserWindow'));
    expect(electron.calls).toContain('loadURL app://samspil/index.html');
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(existsSync(join(dataDir, 'workspaces'))).toBe(true);
  });

  it('has the menu in the OS language on a first start (Danish here)', () => {
    expect(labelsOf(electron.menus.at(-1))).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
  });

  it('answers the window over IPC, host calls included', async () => {
    await expect(call('host.info')).resolves.toMatchObject({ ok: true, data: { kind: 'desktop', dataDir } });
    await expect(call('workspace.list')).resolves.toEqual({ ok: true, data: { workspaces: [] } });
    await expect(call('workspace.rename', { workspaceId: '../x', name: 'x' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('switches the menu when the UI language changes, and tells every window', async () => {
    await expect(call('settings.update', { uiLanguage: 'en' })).resolves.toMatchObject({ ok: true });
    expect(labelsOf(electron.menus.at(-1))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(window.webContents.sent).toContainEqual(['samspil:event', { name: 'settings.changed', payload: expect.objectContaining({ uiLanguage: 'en' }) }]);
  });

  it('sends menu commands to the focused window', () => {
    window.focused = true;
    const undo = (electron.menus.at(-1) as Array<{ submenu: Array<{ id?: string; click?: () => void }> }>)[1]!.submenu.find((item) => item.id === 'undo')!;
    undo.click!();
    expect(window.webContents.sent.at(-1)).toEqual(['samspil:event', { name: 'app.command', payload: { command: 'undo' } }]);
  });

  describe('presenting', () => {
    let first: string;
    let second: string;
    const presentUrl = (id: string) => `app://samspil/index.html#/present/${id}`;

    beforeAll(async () => {
      first = await created('Nordvind præsentation');
      second = await created('Anden workshop');
    });
    afterEach(async () => {
      await call('host.stopPresenting');
      electron.screen.displays = [electron.display(1, 0, 0)];
      electron.screen.primaryId = 1;
      window.setBounds({ x: 320, y: 140, width: 1280, height: 800 });
    });

    it('opens the presenter view in a second window, as secure as the first, on #/present/<id>', async () => {
      await expect(call('host.present', { workspaceId: first })).resolves.toEqual({ ok: true, data: {} });
      expect(electron.BrowserWindow.windows).toHaveLength(2);
      const presenter = presenterWindow();
      expect(electron.calls).toContain(`loadURL ${presentUrl(first)}`);
      expect(presenter.webContents.getURL()).toBe(presentUrl(first));
      expect(presenter.options['webPreferences']).toEqual(window.options['webPreferences']);
      expect(presenter.options['webPreferences']).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
      });
      // The web contents was hardened like every other (navigation and window.open denied).
      expect(presenter.webContents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    });

    it('with one display: a normal 1280×720 window on it, not fullscreen, without the menu bar', async () => {
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      expect(presenter.isFullScreen()).toBe(false);
      expect(presenter.getBounds()).toEqual({ x: 320, y: 160, width: 1280, height: 720 });
      expect(presenter.menuBarVisible).toBe(false);
    });

    it("with two displays: fullscreen on the one the facilitator's window is not on", async () => {
      electron.screen.displays = [electron.display(1, 0, 0), electron.display(2, 1920, 0, 1920, 1080)];
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      expect(presenter.options).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080, fullscreen: true });
      expect(presenter.isFullScreen()).toBe(true);
      expect(presenter.getBounds()).toEqual({ x: 1920, y: 0, width: 1920, height: 1080 });
    });

    it("with the facilitator's window on the external display: fullscreen on the primary one", async () => {
      electron.screen.displays = [electron.display(1, 0, 0), electron.display(2, -2560, 0, 2560, 1440)];
      window.setBounds({ x: -2000, y: 200, width: 1280, height: 800 });
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      expect(presenter.isFullScreen()).toBe(true);
      expect(presenter.getBounds()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    });

    it('keeps one presenter window: presenting again focuses it and switches it to the workspace', async () => {
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      presenter.focused = false;
      const windowsMade = electron.calls.filter((c) => c === 'new BrowserWindow').length;
      await expect(call('host.present', { workspaceId: second })).resolves.toEqual({ ok: true, data: {} });
      expect(presenterWindow()).toBe(presenter);
      expect(electron.calls.filter((c) => c === 'new BrowserWindow')).toHaveLength(windowsMade);
      expect(presenter.webContents.getURL()).toBe(presentUrl(second));
      expect(presenter.focused).toBe(true);
    });

    it('stops presenting: host.stopPresenting closes it, from the presenter window too (Esc there)', async () => {
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      // The presenter window is our own app:// top frame: the sender check answers it.
      await expect(callFrom(presenter, 'host.info')).resolves.toMatchObject({ ok: true, data: { kind: 'desktop' } });
      await expect(callFrom(presenter, 'host.stopPresenting')).resolves.toEqual({ ok: true, data: {} });
      expect(presenter.isDestroyed()).toBe(true);
      expect(electron.BrowserWindow.windows).toEqual([window]);
      // Nothing to stop is not an error; presenting again opens a new window.
      await expect(call('host.stopPresenting')).resolves.toEqual({ ok: true, data: {} });
      await call('host.present', { workspaceId: first });
      expect(presenterWindow()).not.toBe(presenter);
    });

    it('ends presenting when its window is closed by hand', async () => {
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      presenter.close();
      await call('host.present', { workspaceId: second });
      const again = presenterWindow();
      expect(again).not.toBe(presenter);
      expect(again.webContents.getURL()).toBe(presentUrl(second));
    });

    it('comes back as a normal window on the primary display when its display is unplugged', async () => {
      electron.screen.displays = [electron.display(1, 0, 0), electron.display(2, 1920, 0)];
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      expect(presenter.isFullScreen()).toBe(true);
      electron.screen.unplug(2);
      expect(presenter.isDestroyed()).toBe(false);
      expect(presenter.isFullScreen()).toBe(false);
      expect(presenter.getBounds()).toEqual({ x: 320, y: 160, width: 1280, height: 720 });
    });

    it('stays put when another display is unplugged', async () => {
      electron.screen.displays = [electron.display(1, 0, 0), electron.display(2, 1920, 0), electron.display(3, 3840, 0)];
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      const bounds = presenter.getBounds();
      electron.screen.unplug(bounds.x === 1920 ? 3 : 2);
      expect(presenter.isFullScreen()).toBe(true);
      expect(presenter.getBounds()).toEqual(bounds);
    });

    it('refuses a workspace that does not exist, and opens nothing', async () => {
      await expect(call('host.present', { workspaceId: 'b1c2d3e4-0000-4000-8000-000000000000' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      await expect(call('host.present', { workspaceId: '../x' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(electron.BrowserWindow.windows).toEqual([window]);
    });

    it("sends menu commands to the facilitator's window even when the presenter window has the focus", async () => {
      await call('host.present', { workspaceId: first });
      const presenter = presenterWindow();
      window.focused = false;
      presenter.focused = true;
      const redo = (electron.menus.at(-1) as Array<{ submenu: Array<{ id?: string; click?: () => void }> }>)[1]!.submenu.find((item) => item.id === 'redo')!;
      redo.click!();
      expect(window.webContents.sent.at(-1)).toEqual(['samspil:event', { name: 'app.command', payload: { command: 'redo' } }]);
      expect(presenter.webContents.sent.filter(([, event]) => (event as { name: string }).name === 'app.command')).toEqual([]);
    });
  });

  it('brings its window to the front when a second instance starts', () => {
    window.minimized = true;
    window.focused = false;
    electron.app.emit('second-instance', {}, [], '');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it("closes the presenter window with the facilitator's window (so the app can quit), and reopens on activate", async () => {
    const workspaceId = await created('Lukket');
    await call('host.present', { workspaceId });
    const presenter = presenterWindow();
    window.close();
    expect(presenter.isDestroyed()).toBe(true);
    expect(electron.BrowserWindow.windows).toEqual([]);
    electron.app.emit('activate');
    expect(electron.BrowserWindow.windows).toHaveLength(1);
    window = electron.BrowserWindow.windows[0]!;
    expect(window.webContents.getURL()).toBe('app://samspil/index.html');
  });

  it('quits only after every change is saved and every lock released, closing the presenter window at once', async () => {
    const workspaceId = await created('Nordvind');
    await expect(call('workspace.open', { workspaceId })).resolves.toMatchObject({ ok: true });
    await expect(call('host.present', { workspaceId })).resolves.toEqual({ ok: true, data: {} });
    const presenter = presenterWindow();
    const edit = call('workspace.rename', { workspaceId, name: 'Nordvind 2' });
    electron.app.quit();
    expect(electron.calls.slice(-2)).toEqual(['quit', 'close window']);
    expect(presenter.isDestroyed()).toBe(true);
    expect(electron.BrowserWindow.windows).toEqual([window]);
    await expect(edit).resolves.toMatchObject({ ok: true });
    await vi.waitFor(() => expect(electron.calls).toContain('quit:done'), { timeout: 10_000 });
    expect(readdirSync(join(dataDir, 'locks'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dataDir, 'workspaces', `${workspaceId}.json`), 'utf8'))).toMatchObject({ name: 'Nordvind 2' });
  });
});
