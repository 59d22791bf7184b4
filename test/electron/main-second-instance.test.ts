// A second Samspil on the same profile: it takes no lock, so it quits before it is ready and opens
// nothing (the first one's 'second-instance' handler brings its window forward instead).
import { describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('a second instance', () => {
  it('quits at once and never opens a window or the service', async () => {
    electron.app.singleInstance = false;
    const whenReady = vi.spyOn(electron.app, 'whenReady');
    await import('../../electron/main/index');
    // What a Samspil does once ready (the service, the window) waits for 'ready': a second one asks
    // for it in no way, so once it is ready nothing is left to run, and no wait is needed to see it.
    expect(whenReady).not.toHaveBeenCalled();
    expect([...electron.app.listeners.keys()]).toEqual([]);
    electron.app.becomeReady();
    expect(electron.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock', 'quit', 'quit:done', 'ready']);
    expect(electron.BrowserWindow.windows).toEqual([]);
    expect(electron.handlers.size).toBe(0);
  });
});
