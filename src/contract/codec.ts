import type { z } from 'zod';
import type { DamageReason } from './calls';
import type { Workspace } from './workspace';
import { refuseJsonText } from './depth';

/**
 * Turning a workspace file's text into a document, and back. Pure: the service reads the bytes,
 * this decides what they are. A file is never "fixed" here: anything that is not a valid document
 * of a version we know is reported, with a reason, and left to the user.
 */

/** One schema step: takes a document of version `from` and returns one of version `from + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
/** `migrations[v]` brings a document from version v to v + 1. */
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export interface CodecOptions {
  schema: z.ZodType<Workspace>;
  /** The envelope's migrations (`schemaVersion`). */
  migrations: MigrationRegistry;
  currentVersion: number;
  /**
   * Brings each step's slice to this build's version of it, after the envelope's migrations (the
   * step registry supplies it: src/steps/index.ts). Optional for tests of the envelope alone.
   */
  migrateSlices?: (doc: Record<string, unknown>) => SliceMigrationResult;
}

/** What the step registry made of a document's slices. */
export type SliceMigrationResult =
  | { status: 'ok'; doc: Record<string, unknown>; changed: boolean }
  | { status: 'too_new'; step: TooNewStep };

/** A slice written by a newer build than this one: the file is refused, named, never written. */
export interface TooNewStep {
  stepId: string;
  version: number;
  supported: number;
}

export type DecodeResult =
  | { status: 'ok'; workspace: Workspace; migratedFrom: number | null }
  | { status: 'damaged'; reason: DamageReason; detail: string }
  | { status: 'too_new'; schemaVersion: number; name: string; step?: TooNewStep };

const BOM = '\uFEFF';

/**
 * Decodes a workspace file's text.
 *
 * @example
 * decodeWorkspace('', options) // { status: 'damaged', reason: 'empty', detail: '' }
 */
export function decodeWorkspace(text: string, options: CodecOptions): DecodeResult {
  if (text.trim().length === 0) return damaged('empty', text.length === 0 ? '' : 'only white space');
  if (text.startsWith(BOM)) return damaged('bom', 'the file starts with a byte-order mark (U+FEFF)');
  const refused = refuseJsonText(text);
  if (refused) return damaged(refused.reason, refused.detail);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return damaged(endsTooSoon(text, message) ? 'truncated' : 'not_json', message);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return damaged('not_an_object', raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw);
  }
  const record = raw as Record<string, unknown>;
  const version = record['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return damaged('invalid_shape', 'schemaVersion: missing or not a positive whole number');
  }
  if (version > options.currentVersion) {
    const name = typeof record['name'] === 'string' ? record['name'] : '';
    return { status: 'too_new', schemaVersion: version, name };
  }
  let migrated = record;
  let slicesChanged = false;
  try {
    migrated = migrateDocument(record, version, options);
    const slices = options.migrateSlices?.(migrated);
    if (slices?.status === 'too_new') {
      const name = typeof record['name'] === 'string' ? record['name'] : '';
      return { status: 'too_new', schemaVersion: version, name, step: slices.step };
    }
    if (slices) {
      migrated = slices.doc;
      slicesChanged = slices.changed;
    }
  } catch (error) {
    return damaged('migration_failed', error instanceof Error ? error.message : String(error));
  }
  const parsed = options.schema.safeParse(migrated);
  if (!parsed.success) return damaged('invalid_shape', describeIssues(parsed.error.issues));
  // Migrated (and so backed up before it is saved) when the envelope or any slice changed.
  const migratedFrom = version < options.currentVersion || slicesChanged ? version : null;
  return { status: 'ok', workspace: parsed.data, migratedFrom };
}

/** Runs every registered step from `version` up to the current version. */
export function migrateDocument(
  doc: Record<string, unknown>,
  version: number,
  options: Pick<CodecOptions, 'migrations' | 'currentVersion'>,
): Record<string, unknown> {
  let current = doc;
  for (let v = version; v < options.currentVersion; v += 1) {
    const step = options.migrations[v];
    if (!step) throw new Error(`no migration from schema version ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}

/** The text a workspace is saved as: indented JSON, readable and diff-friendly, ending in a newline. */
export function encodeWorkspace(workspace: Workspace): string {
  return `${JSON.stringify(workspace, null, 2)}\n`;
}

/** A short, stable summary of the first validation problems, for the "damaged" detail line. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const parts = issues.slice(0, max).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = issues.length > max ? ` (+${issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

/**
 * Whether the parser ran out of text: it says so ("Unexpected end of JSON input"), or the position
 * it stopped at is the end of the text (V8 reports a cut after a value as "Expected ',' or '}'
 * after property value in JSON at position <end>", which no wording test would catch).
 */
function endsTooSoon(text: string, message: string): boolean {
  if (/end of (JSON )?input|Unexpected end/i.test(message)) return true;
  const position = /at position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.replace(/[ \t\n\r]+$/, '').length;
}

function damaged(reason: DamageReason, detail: string): DecodeResult {
  return { status: 'damaged', reason, detail };
}
