// The main process's start, IPC, menu language, second instance and quit, run in plain Node on a
// stand-in Electron (test/electron/fake-electron.ts) with a real workspace service on a temporary
// data folder: what can be proven here without the Electron binary.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../src/contract/errors';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const work = mkdtempSync(join(tmpdir(), 'samspil-main-'));
const dataDir = join(work, 'data');
const argv = process.argv;
let window: electron.BrowserWindow;

const labelsOf = (template: unknown) => (template as Array<{ label?: string }>).map((item) => item.label);
const call = (name: string, input: unknown = {}) =>
  electron.handlers.get('samspil:call')!(
    { sender: window.webContents, senderFrame: { url: 'app://samspil/index.html', parent: null } },
    name,
    input,
  ) as Promise<Envelope<unknown>>;

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

  it('brings its window to the front when a second instance starts', () => {
    window.minimized = true;
    window.focused = false;
    electron.app.emit('second-instance', {}, [], '');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('quits only after every change is saved and every lock released', async () => {
    const created = (await call('workspace.create', { name: 'Nordvind', clientCompany: 'Nordvind A/S', language: 'da' })) as Envelope<{ workspaceId: string }>;
    if (!created.ok) throw new Error(created.error.code);
    const { workspaceId } = created.data;
    await expect(call('workspace.open', { workspaceId })).resolves.toMatchObject({ ok: true });
    const edit = call('workspace.rename', { workspaceId, name: 'Nordvind 2' });
    electron.app.quit();
    expect(electron.calls.at(-1)).toBe('quit');
    await expect(edit).resolves.toMatchObject({ ok: true });
    await vi.waitFor(() => expect(electron.calls).toContain('quit:done'), { timeout: 10_000 });
    expect(readdirSync(join(dataDir, 'locks'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dataDir, 'workspaces', `${workspaceId}.json`), 'utf8'))).toMatchObject({ name: 'Nordvind 2' });
  });
});
