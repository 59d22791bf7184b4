import { z } from 'zod';
import { playbookSettingsSchema } from './consultant';
import { sessionSchema } from './session';

/**
 * The workspace document: one consultant's workshop with one client, stored as one JSON file.
 *
 * The envelope (id, name, client, language, currency, times) is fixed here. Each workshop step
 * keeps its data in `steps[<stepId>]`; the step registry (src/steps) supplies the schema of each
 * slice and composes the full document schema with {@link composeWorkspaceSchema}. A slice of a
 * step this build does not know is kept as it is, so nothing a newer or older step wrote is lost.
 */
export const CURRENT_SCHEMA_VERSION = 4;

/** A workspace id doubles as its file name (`<id>.json`), so it is restricted to safe characters. */
export const workspaceIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'workspace id: letters, digits, - and _ only');
export type WorkspaceId = z.infer<typeof workspaceIdSchema>;

export const languageSchema = z.enum(['da', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** An ISO 4217 currency code, e.g. `DKK`. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code');

export const workspaceNameSchema = z.string().trim().min(1).max(200);
export const clientCompanySchema = z.string().trim().max(200);

const isoDateTime = z.iso.datetime({ offset: true });

export const workspaceEnvelopeShape = {
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: workspaceIdSchema,
  name: workspaceNameSchema,
  clientCompany: clientCompanySchema,
  language: languageSchema,
  currency: currencySchema.default('DKK'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Added in version 2: the state of running the workshop (src/contract/session.ts). */
  session: sessionSchema,
  /** Added in version 4: the version of each step's slice (`steps[id]`), by step id. */
  stepVersions: z.record(z.string().min(1).max(100), z.number().int().min(1).max(1_000_000)),
  /**
   * The playbook's brand and document control (src/contract/consultant.ts). Optional: a file
   * without it prints with the defaults (read it with `playbookSettingsOf`), so no new version.
   */
  playbook: playbookSettingsSchema.optional(),
};

/** The document with step slices left opaque: what the contract carries between processes. */
export const workspaceSchema = z.object({
  ...workspaceEnvelopeShape,
  steps: z.record(z.string(), z.unknown()),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/**
 * The full document schema: the envelope plus each registered step's slice (required), with
 * unknown slices passed through untouched.
 *
 * @example
 * const schema = composeWorkspaceSchema({ setup: setupSliceSchema });
 */
export function composeWorkspaceSchema(slices: Record<string, z.ZodType>) {
  // Every registered step's slice is required: migrations add it to older files, and a file of
  // the current version without it is damaged, not silently filled in.
  const requiredSlices = Object.fromEntries(Object.entries(slices));
  // Loose at the top as well: a field this build does not know (written by hand, or by a tool)
  // is kept and saved back, never dropped.
  return z.looseObject({
    ...workspaceEnvelopeShape,
    steps: z.looseObject(requiredSlices),
  });
}
