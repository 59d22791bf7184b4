import { calls, isCallName, type CallName, type CallOutput, type CallParsedInput } from '../../src/contract/calls';
import { describeIssues } from '../../src/contract/codec';
import type { ZodType } from 'zod';
import { ServiceFailure, serviceError, type Envelope } from '../../src/contract/errors';

/** One handler per call of the contract; the type checker names any call without one. */
export type Handlers = { [N in CallName]: (input: CallParsedInput<N>) => Promise<CallOutput<N>> };

/**
 * The one dispatch both transports wrap: checks the call name, validates the input against the
 * contract before anything is touched, runs the handler, and answers an envelope. Errors leave as
 * typed values; an unexpected exception becomes `io_error` (file system) or `internal`.
 */
export async function dispatchCall(handlers: Handlers, name: string, input: unknown): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return { ok: false, error: serviceError('unknown_call', { call: String(name).slice(0, 100) }) };
  return validateAndRun(name, calls[name].input, handlers[name] as (input: unknown) => Promise<unknown>, input);
}

/**
 * Validates `input` against a call's input schema, then runs its handler; every outcome is an
 * envelope. Shared by the service's calls and the hosts' own (electron/service/host-dispatch.ts).
 */
export async function validateAndRun(
  name: string,
  schema: ZodType,
  handler: (input: unknown) => Promise<unknown>,
  input: unknown,
): Promise<Envelope<unknown>> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: serviceError('invalid_input', { call: name, detail: describeIssues(parsed.error.issues) }) };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ServiceFailure) return { ok: false, error: error.error };
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string') return { ok: false, error: serviceError('io_error', { call: name, reason: code }) };
    return { ok: false, error: serviceError('internal', { call: name, reason: error instanceof Error ? error.message : String(error) }) };
  }
}
