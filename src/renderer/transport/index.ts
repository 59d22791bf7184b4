import type { SamspilBridge } from '../../contract/bridge';
import { createHttpTransport } from './http';
import { createIpcTransport } from './ipc';
import type { Transport } from './types';

/** Picks the host's transport once, at boot: the preload's bridge when there is one, else HTTP. */
export function createTransport(): Transport {
  const bridge = (window as unknown as { samspil?: SamspilBridge }).samspil;
  return bridge ? createIpcTransport(bridge) : createHttpTransport();
}

export type { Transport, TransportEvent } from './types';
