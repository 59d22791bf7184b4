// Electron end to end, with Playwright's `_electron`: the built app on a temporary data folder and
// a temporary profile. These need the Electron binary, which `npm install` fetches on a machine
// with network (scripts/install-electron.mjs); where it is missing (ELECTRON_SKIP_BINARY_DOWNLOAD,
// no network) they skip themselves and say why. They run in vitest rather than Playwright's runner
// because playwright.config.ts belongs to the browser end-to-end tests (test/e2e).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = electronBinary();
const needsDisplay = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];
const skipReason = !binary
  ? 'the Electron binary is not installed (node_modules/electron/path.txt or dist/ missing; `npx install-electron` fetches it)'
  : needsDisplay
    ? 'there is no display (set DISPLAY, or run under xvfb-run)'
    : undefined;
const suite = skipReason ? `Electron app (skipped: ${skipReason})` : 'Electron app';

if (skipReason) console.info(`[test/electron/app.e2e] skipping the Electron end-to-end tests: ${skipReason}.`);

describe(suite, () => {
  let work: string;
  let launchArgs: string[];
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (skipReason) return;
    const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
    expect(build.status).toBe(0);
    work = mkdtempSync(join(tmpdir(), 'samspil-electron-e2e-'));
    launchArgs = [root, `--data-dir=${join(work, 'data')}`, `--user-data-dir=${join(work, 'profile')}`];
    app = await _electron.launch({ executablePath: binary!, args: launchArgs, cwd: root, timeout: 60_000 });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 180_000);

  afterAll(async () => {
    if (skipReason) return;
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.skipIf(skipReason)('opens the window with the secure webPreferences', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // Electron's own record of what the window's page runs with (undocumented, so untyped).
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown> | null;
      };
      const p = contents.getLastWebPreferences?.();
      if (!p) throw new Error('webContents.getLastWebPreferences() is not available in this Electron');
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames,
        webSecurity: p.webSecurity,
        webviewTag: p.webviewTag,
      };
    });
    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it.skipIf(skipReason)('serves the renderer from app://samspil/ with no Node in it, only the bridge', async () => {
    expect(page.url()).toMatch(/^app:\/\/samspil\//);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    const bridge = await page.evaluate(() => Object.keys((window as unknown as { samspil: object }).samspil).sort());
    expect(bridge).toEqual(['call', 'on']);
    const info = await page.evaluate(() =>
      (window as unknown as { samspil: { call(n: string, i: unknown): Promise<unknown> } }).samspil.call('host.info', {}),
    );
    expect(info).toMatchObject({ ok: true, data: { kind: 'desktop', dataDir: join(work, 'data') } });
    const refused = await page.evaluate(() =>
      (window as unknown as { samspil: { call(n: string, i: unknown): Promise<unknown> } }).samspil
        .call('ELECTRON_BROWSER_REQUIRE', {})
        .then(
          () => 'answered',
          () => 'refused',
        ),
    );
    expect(refused).toBe('refused');
  });

  it.skipIf(skipReason)('blocks navigation away and new windows', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/samspil\//);
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  it.skipIf(skipReason)('focuses the first window when a second instance starts, and the second quits', async () => {
    await app.evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0]!;
      const state = globalThis as { samspilFocusCalls?: number };
      state.samspilFocusCalls = 0;
      const focus = window.focus.bind(window);
      window.focus = () => {
        state.samspilFocusCalls! += 1;
        focus();
      };
      window.minimize();
    });
    const second = spawn(binary!, [...launchArgs, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])], {
      cwd: root,
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        second.kill();
        reject(new Error('the second instance did not quit within 30 s'));
      }, 30_000);
      second.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    expect(exitCode).toBe(0);
    await expect
      .poll(() => app.evaluate(() => (globalThis as { samspilFocusCalls?: number }).samspilFocusCalls ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const state = await app.evaluate(({ BrowserWindow }) => ({
      windows: BrowserWindow.getAllWindows().length,
      minimized: BrowserWindow.getAllWindows()[0]!.isMinimized(),
    }));
    expect(state).toEqual({ windows: 1, minimized: false });
  }, 60_000);

  it.skipIf(skipReason)('Present opens a second window', async () => {
    type Bridge = { samspil: { call(n: string, i: unknown): Promise<{ ok: boolean }> } };
    // English labels whatever this machine's language; the sample is in the language of the first start.
    await page.evaluate(() => (window as unknown as Bridge).samspil.call('settings.update', { uiLanguage: 'en' }));
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.reload();
    const sample = page.getByRole('listitem', { name: /\((sample|eksempel)\)/ });
    await sample.getByRole('button', { name: 'Open', exact: true }).click();
    const [presenter] = await Promise.all([
      app.waitForEvent('window', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Present', exact: true }).click(),
    ]);
    expect(app.windows()).toHaveLength(2);
    expect(presenter).not.toBe(page);
    await expect.poll(() => presenter.url(), { timeout: 10_000 }).toContain('#/present/');
    expect(presenter.url()).toMatch(/^app:\/\/samspil\/index\.html#\/present\//);
    // The room's view runs with the same webPreferences as the facilitator's.
    const preferences = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => {
        const p = (w.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null }).getLastWebPreferences?.();
        return p ? { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration } : null;
      }),
    );
    for (const p of preferences) if (p) expect(p).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    // Stopping (Esc in the view calls this) closes it.
    // (The page may be gone before evaluate hears back.)
    await presenter.evaluate(() => (window as unknown as Bridge).samspil.call('host.stopPresenting', {})).catch(() => undefined);
    await expect.poll(() => app.windows().length, { timeout: 10_000 }).toBe(1);
  }, 60_000);

  it.skipIf(skipReason)('exports the playbook from a hidden window to a PDF that pdftotext reads', async () => {
    type Bridge = { samspil: { call(n: string, i: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }> } };
    const target = join(work, 'Nordvind – playbook.pdf');
    // The native dialogs answer as a user would: save here, then "Close" instead of "Open".
    await app.evaluate(({ dialog }, file) => {
      Object.assign(dialog, {
        showSaveDialog: async () => ({ canceled: false, filePath: file }),
        showMessageBox: async () => ({ response: 1, checkboxChecked: false }),
      });
    }, target);
    const listed = (await page.evaluate(() => (window as unknown as Bridge).samspil.call('workspace.list', {}))) as {
      data: { workspaces: { status: string; workspaceId: string }[] };
    };
    const sample = listed.data.workspaces.find((entry) => entry.status === 'ok')!;
    const windowsBefore = app.windows().length;
    const answer = await page.evaluate(
      (workspaceId) => (window as unknown as Bridge).samspil.call('host.exportPlaybook', { workspaceId, paper: 'A4', includeNotes: false, cards: 'themes' }),
      sample.workspaceId,
    );
    expect(answer).toEqual({ ok: true, data: { saved: true, path: target } });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', target, '-'], { encoding: 'utf8' });
    expect(text).toContain('Nordvind Ventilation A/S');
    expect(text).toMatch(/(Page|Side) 1 (of|af) \d+/);
    expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    // The hidden print window is gone again.
    expect(app.windows().length).toBe(windowsBefore);
  }, 120_000);
});
