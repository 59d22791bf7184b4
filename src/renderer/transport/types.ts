import type { ServiceEvent } from '../../contract/calls';
import type { Envelope } from '../../contract/errors';

/** What the renderer needs of a host: calls and events. It never learns which host it is. */
export interface Transport {
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /**
   * Sends a call as the page goes away (`pagehide`): it must leave even though nobody will read
   * the answer (the browser's `fetch(..., { keepalive: true })`). Optional: without it, `call`.
   */
  callOnExit?(name: string, input: unknown): void;
  /** Subscribes to events; returns the unsubscribe function. */
  on(listener: (event: TransportEvent) => void): () => void;
}

/** Service events, plus `transport.reconnected` after a lost event stream came back. */
export type TransportEvent = ServiceEvent | { name: 'transport.reconnected'; payload: Record<string, never> };
