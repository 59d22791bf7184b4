import { join } from 'node:path';
import {
  hostCalls,
  isHostCallName,
  type HostCallName,
  type HostCalls,
} from '../../src/contract/calls';
import type { Envelope } from '../../src/contract/errors';
import { validateAndRun } from './dispatch';
import type { z } from 'zod';

/**
 * The host's own answers to the `host.*` calls (revealing a file, a native save dialog, what the
 * host can do): one handler per call, typed from the contract, so a missing one fails the type
 * check. Electron's main process and the browser host each supply theirs.
 */
export type HostHandlers = {
  [N in HostCallName]: (input: z.output<HostCalls[N]['input']>) => Promise<z.output<HostCalls[N]['output']>>;
};

/** A dispatch function: a call's name and raw input in, the contract's envelope out. */
export type Dispatch = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/** What the host dispatch needs of the workspace service. */
export interface DispatchingService {
  dispatch: Dispatch;
}

/**
 * The one dispatch both transports wrap: `host.*` calls go to the host's handlers (their input
 * validated against the contract first), every other name to the service, which validates its own.
 * Errors leave as typed envelopes, never as exceptions.
 *
 * @example
 * const dispatch = createHostDispatch(service, browserHostHandlers({ dataDir }));
 * await dispatch('host.info', {}); // { ok: true, data: { kind: 'browser', … } }
 */
export function createHostDispatch(service: DispatchingService, handlers: HostHandlers): Dispatch {
  return async (name, input) => {
    if (typeof name !== 'string' || !isHostCallName(name)) return service.dispatch(name, input);
    return validateAndRun(name, hostCalls[name].input, handlers[name] as (input: unknown) => Promise<unknown>, input);
  };
}

/**
 * The file of a workspace in a data folder (the layout of WorkspaceFolder: `workspaces/<id>.json`).
 * Only for ids the contract validated: an id is a plain file name, never a path.
 */
export function workspaceFilePath(dataDir: string, workspaceId: string): string {
  return join(dataDir, 'workspaces', `${workspaceId}.json`);
}
