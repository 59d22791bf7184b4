// A second Samspil on the same profile: it takes no lock, so it quits before it is ready and opens
// nothing (the first one's 'second-instance' handler brings its window forward instead).
import { describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('a second instance', () => {
  it('quits at once and never opens a window or the service', async () => {
    electron.app.singleInstance = false;
    await import('../../electron/main/index');
    electron.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock', 'quit', 'quit:done', 'ready']);
    expect(electron.BrowserWindow.windows).toEqual([]);
    expect(electron.handlers.size).toBe(0);
  });
});
