import type { SamspilBridge } from '../../contract/bridge';
import type { Transport, TransportEvent } from './types';

/** Electron's transport: the preload's narrow bridge, as it is. */
export function createIpcTransport(bridge: SamspilBridge): Transport {
  return {
    call: (name, input) => bridge.call(name, input),
    on: (listener) => bridge.on((event) => listener(event as TransportEvent)),
  };
}
