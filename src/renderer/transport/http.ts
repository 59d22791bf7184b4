import type { Envelope } from '../../contract/errors';
import type { Transport, TransportEvent } from './types';

/**
 * The browser host's transport: one POST per call, server-sent events for changes. The token
 * arrived in the page's address; the host turned it into a same-site cookie, so plain same-origin
 * requests carry it. EventSource reconnects by itself; after a gap we say so, and mirrors reload.
 */
export function createHttpTransport(base = ''): Transport {
  if (typeof window !== 'undefined') removeTokenFromAddress(window.location, window.history);
  const listeners = new Set<(event: TransportEvent) => void>();
  let source: EventSource | null = null;
  let hadError = false;

  const deliver = (event: TransportEvent) => {
    for (const listener of listeners) listener(event);
  };

  function connect(): void {
    source = new EventSource(`${base}/api/events`);
    source.onmessage = (message) => deliver(JSON.parse(message.data as string) as TransportEvent);
    source.onerror = () => {
      hadError = true;
    };
    source.onopen = () => {
      if (hadError) deliver({ name: 'transport.reconnected', payload: {} });
      hadError = false;
    };
  }

  return {
    async call(name, input) {
      try {
        const response = await fetch(`${base}/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
        if (response.status === 401 || response.status === 403) {
          return { ok: false, error: { code: 'unauthorized', params: { status: response.status } } } as Envelope<unknown>;
        }
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'host_unreachable', params: {} } } as Envelope<unknown>;
      }
    },
    callOnExit(name, input) {
      // keepalive: the request outlives the page (a reload, a closed tab); at most 64 KB of them.
      void fetch(`${base}/api/call/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        keepalive: true,
      }).catch(() => undefined);
    },
    on(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * The token arrives in the address, and the host answered that very request with the token's
 * cookie: from here on the cookie carries it. Taking it out of the address keeps it out of the
 * history, out of bookmarks and out of the presenter window's address (opened from this one).
 */
export function removeTokenFromAddress(location: Pick<Location, 'href'>, history: Pick<History, 'replaceState' | 'state'>): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
