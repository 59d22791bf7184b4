import type { AnyCallInput, AnyCallName, AnyCallOutput, EventName, EventPayload } from '../../contract/calls';
import type { ServiceError } from '../../contract/errors';
import type { Transport, TransportEvent } from '../transport';

/**
 * The renderer's typed door to the host: `call('workspace.list', {})` is typed from the contract.
 * A failed call rejects with a {@link CallError} holding the service's typed error, which
 * `useErrorText` turns into a translated sentence.
 */
export class CallError extends Error {
  constructor(readonly error: ServiceError) {
    super(error.code);
    this.name = 'CallError';
  }
}

let transport: Transport | null = null;

export function setTransport(next: Transport): void {
  transport = next;
}

function current(): Transport {
  if (!transport) throw new Error('setTransport() was not called at boot');
  return transport;
}

export async function call<N extends AnyCallName>(name: N, input: AnyCallInput<N>): Promise<AnyCallOutput<N>> {
  const answer = await current().call(name, input);
  if (!answer.ok) throw new CallError(answer.error);
  return answer.data as AnyCallOutput<N>;
}

/** Sends a call as the page goes away; nobody reads its answer (see Transport.callOnExit). */
export function callOnExit<N extends AnyCallName>(name: N, input: AnyCallInput<N>): void {
  const transport = current();
  if (transport.callOnExit) transport.callOnExit(name, input);
  else void transport.call(name, input).catch(() => undefined);
}

/** Listens to one kind of event; returns the unsubscribe function. */
export function onEvent<N extends EventName | 'transport.reconnected'>(
  name: N,
  listener: (payload: N extends EventName ? EventPayload<N> : Record<string, never>) => void,
): () => void {
  return current().on((event: TransportEvent) => {
    if (event.name === name) listener(event.payload as never);
  });
}

/** A ServiceError from anything thrown: a CallError's, or `internal` for the unexpected. */
export function errorOf(thrown: unknown): ServiceError {
  if (thrown instanceof CallError) return thrown.error;
  return { code: 'internal', params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } };
}
