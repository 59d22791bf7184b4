import type { ServiceEvent } from './calls';
import type { Envelope } from './errors';

/** The one IPC channel every call travels on (`ipcRenderer.invoke` → `ipcMain.handle`). */
export const BRIDGE_CALL_CHANNEL = 'samspil:call';
/** The one IPC channel every service event travels on, as `{ name, payload }`. */
export const BRIDGE_EVENT_CHANNEL = 'samspil:event';

/**
 * What Electron's preload exposes to the renderer as `window.samspil`: one frozen object with two
 * functions, nothing else. Typed once here so the preload (which implements it) and the renderer's
 * IPC transport (which uses it) cannot drift apart.
 *
 * - `call` answers the same envelope as the browser host. A name that is not a call of the contract
 *   (`allCallNames`) is refused (the promise rejects) before anything is sent to the main process.
 * - `on` receives every service event; it returns the function that unsubscribes.
 *
 * @example
 * const answer = await window.samspil.call('workspace.list', {});
 * if (answer.ok) console.log(answer.data);
 * const off = window.samspil.on((event) => console.log(event.name));
 * off();
 */
export interface SamspilBridge {
  call(name: string, input?: unknown): Promise<Envelope<unknown>>;
  on(listener: (event: ServiceEvent) => void): () => void;
}
