// The preload: runs sandboxed, before the renderer, and is the renderer's only door to the main
// process. It exposes one frozen object, `window.samspil = { call, on }` (SamspilBridge in
// src/contract/bridge.ts), and nothing else: no ipcRenderer, no channel names from the page.
// `call` refuses any name that is not a call of the contract before anything is sent; calls go on
// one fixed channel, events arrive on another. Bundled alone as CommonJS (a sandboxed preload can
// load neither ES modules nor node_modules), so it imports only 'electron' and src/contract.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CALL_CHANNEL, BRIDGE_EVENT_CHANNEL, type SamspilBridge } from '../../src/contract/bridge';
import { allCallNames, events, type ServiceEvent } from '../../src/contract/calls';
import type { Envelope } from '../../src/contract/errors';

const callNames: ReadonlySet<string> = new Set(allCallNames);
const eventNames: ReadonlySet<string> = new Set(Object.keys(events));
const listeners = new Set<(event: ServiceEvent) => void>();

function isServiceEvent(message: unknown): message is ServiceEvent {
  if (typeof message !== 'object' || message === null) return false;
  const { name } = message as { name?: unknown };
  return typeof name === 'string' && eventNames.has(name) && 'payload' in message;
}

ipcRenderer.on(BRIDGE_EVENT_CHANNEL, (_event, message: unknown) => {
  if (!isServiceEvent(message)) return;
  for (const listener of [...listeners]) {
    try {
      listener(message);
    } catch (error) {
      // One failing listener must not keep the event from the others.
      console.error('samspil: an event listener failed', error);
    }
  }
});

const bridge: SamspilBridge = Object.freeze({
  call(name: string, input?: unknown): Promise<Envelope<unknown>> {
    if (typeof name !== 'string' || !callNames.has(name)) {
      return Promise.reject(new Error(`samspil: "${String(name).slice(0, 100)}" is not a call of the contract`));
    }
    return ipcRenderer.invoke(BRIDGE_CALL_CHANNEL, name, input ?? {}) as Promise<Envelope<unknown>>;
  },
  on(listener: (event: ServiceEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('samspil: on() takes a function');
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
});

contextBridge.exposeInMainWorld('samspil', bridge);
