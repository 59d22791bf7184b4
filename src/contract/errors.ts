import { z } from 'zod';

/**
 * Every error the service can answer, as a code. The UI turns `{ code, params }` into a translated
 * message (catalog key `errors.<code>`), so no English sentence ever crosses the process boundary.
 *
 * @example
 * const error: ServiceError = { code: 'workspace_locked', params: { pid: 4242, host: 'laptop' } };
 */
export const errorCodes = [
  'invalid_input',
  'unknown_call',
  'not_found',
  'workspace_damaged',
  'workspace_too_new',
  /** One step's slice is newer than this build's version of the step (params: stepId, stepVersion, supportedStepVersion). */
  'workspace_step_too_new',
  'workspace_locked',
  /**
   * Another Samspil took over the lock of a workspace this one had open: nothing is written here
   * again (params: workspaceId, pid, host, since: who holds it now and since when, when known).
   */
  'workspace_taken_over',
  'stale_revision',
  'target_missing',
  'invalid_edit',
  'nothing_to_undo',
  'nothing_to_redo',
  'external_change',
  'no_external_change',
  'backup_not_found',
  'trash_item_not_found',
  'import_invalid',
  'save_failed',
  'io_error',
  /** The playbook's page did not signal that it was laid out in time (params: seconds). */
  'playbook_timeout',
  /** Printing the playbook failed (params: reason). */
  'playbook_failed',
  /** A host call the browser host cannot answer (revealing a file, a native save dialog). */
  'not_available_in_browser',
  'internal',
  // Answered by a window's transport itself, when the host cannot be asked.
  'unauthorized',
  'host_unreachable',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Parameters interpolated into the translated message; plain values only. */
export const errorParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const serviceErrorSchema = z.object({
  code: errorCodeSchema,
  params: errorParamsSchema,
});
export type ServiceError = z.infer<typeof serviceErrorSchema>;

/** Builds a typed error value. */
export function serviceError(code: ErrorCode, params: ServiceError['params'] = {}): ServiceError {
  return { code, params };
}

/**
 * An error the service throws internally and the dispatcher answers as a typed value.
 * It carries no prose: the message is the code, for logs only.
 */
export class ServiceFailure extends Error {
  readonly error: ServiceError;
  constructor(code: ErrorCode, params: ServiceError['params'] = {}) {
    super(code);
    this.name = 'ServiceFailure';
    this.error = { code, params };
  }
}

/** One envelope for both transports: `{ ok: true, data }` or `{ ok: false, error }`. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ServiceError };

export const envelopeSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: serviceErrorSchema }),
  ]);
