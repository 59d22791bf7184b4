// The IPC transport: one channel in (`samspil:call`, answered with the contract's envelope), one
// channel out (`samspil:event`, every service event to every window). The sender is checked
// before anything else: only the top frame of one of our windows showing one of our pages is
// answered. The dispatch then validates the call's name and input against the contract.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { BRIDGE_CALL_CHANNEL, BRIDGE_EVENT_CHANNEL } from '../../src/contract/bridge';
import type { ServiceEvent } from '../../src/contract/calls';
import { serviceError, type Envelope } from '../../src/contract/errors';
import type { Dispatch } from '../service/host-dispatch';
import { isTrustedPageUrl } from './security-policy';

/** Whether an IPC message comes from a page of ours, in the top frame of one of our windows. */
export function isTrustedSender(event: IpcMainInvokeEvent, devOrigin: string | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (BrowserWindow.fromWebContents(event.sender) === null) return false;
  return isTrustedPageUrl(frame.url, devOrigin);
}

/** Answers `samspil:call` through `dispatch`; returns the function that stops answering. */
export function handleCalls(dispatch: Dispatch, devOrigin: string | undefined): () => void {
  ipcMain.handle(BRIDGE_CALL_CHANNEL, async (event, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, devOrigin)) {
      return { ok: false, error: serviceError('invalid_input', { reason: 'untrusted_sender' }) };
    }
    if (typeof name !== 'string') return { ok: false, error: serviceError('unknown_call', { call: typeof name }) };
    return dispatch(name, input);
  });
  return () => ipcMain.removeHandler(BRIDGE_CALL_CHANNEL);
}

/** Sends a service event to one window's page, if that page is (still) ours. */
export function sendEvent(contents: WebContents, event: ServiceEvent, devOrigin: string | undefined): void {
  if (contents.isDestroyed() || !isTrustedPageUrl(contents.getURL(), devOrigin)) return;
  contents.send(BRIDGE_EVENT_CHANNEL, event);
}

/** Sends a service event to every window. */
export function broadcast(event: ServiceEvent, devOrigin: string | undefined): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) sendEvent(window.webContents, event, devOrigin);
  }
}
