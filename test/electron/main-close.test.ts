// The facilitator's window waits for its page's pending edits before it closes (issue 11): the
// main process on the stand-in Electron (fake-electron.ts), the page played by IPC calls. The
// decisions themselves, the bounded wait included, are proven in close-guard.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const work = mkdtempSync(join(tmpdir(), 'samspil-main-close-'));
const argv = process.argv;

const { callFrom } = electron;
const flushRequests = (window: electron.BrowserWindow) =>
  window.webContents.sent.filter(([, event]) => (event as { name?: string }).name === 'app.flushEdits').length;

beforeAll(async () => {
  process.argv = [...argv, `--data-dir=${join(work, 'data')}`, `--user-data-dir=${join(work, 'profile')}`];
  await import('../../electron/main/index');
  electron.app.becomeReady();
  await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1), { timeout: 10_000 });
});
afterAll(() => {
  process.argv = argv;
  rmSync(work, { recursive: true, force: true });
});

describe('closing the facilitator’s window', () => {
  it('waits while its page reports edits pending, asks the page to flush, and closes once they are saved', async () => {
    const window = electron.BrowserWindow.windows[0]!;
    expect(await callFrom(window, 'host.pendingEdits', { pending: true })).toEqual({ ok: true, data: {} });

    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(flushRequests(window)).toBe(1);
    // Closing again while it waits: still held, no second request.
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(flushRequests(window)).toBe(1);

    // The page reports everything acknowledged: the window closes by itself.
    expect(await callFrom(window, 'host.pendingEdits', { pending: false })).toEqual({ ok: true, data: {} });
    expect(window.isDestroyed()).toBe(true);
  });

  it('closes at once when nothing is pending, and the report is validated like every call', async () => {
    electron.app.emit('activate');
    await vi.waitFor(() => expect(electron.BrowserWindow.windows).toHaveLength(1), { timeout: 10_000 });
    const window = electron.BrowserWindow.windows[0]!;
    expect(await callFrom(window, 'host.pendingEdits', { pending: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await callFrom(window, 'host.pendingEdits', { pending: true });
    await callFrom(window, 'host.pendingEdits', { pending: false });
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(flushRequests(window)).toBe(0);
  });
});
