import type { ZodType } from 'zod';
import { formatPath, pathsOverlap } from '../../src/contract/apply-edit';
import { describeIssues } from '../../src/contract/codec';
import { MAX_DEPTH, hasReservedKey, valueDepth } from '../../src/contract/depth';
import type { DocPath, EditOp } from '../../src/contract/edit';
import { ServiceFailure } from '../../src/contract/errors';
import { workspaceSchema, workspaceEnvelopeShape, type Workspace } from '../../src/contract/workspace';
import { stepSliceSchema } from '../../src/steps';

/**
 * What an open document checks of an edit before it lands (open-document.ts): that its values can
 * be saved, that it does not overwrite what someone else changed meanwhile, and that the document
 * it makes is valid where it touched it. Each throws `invalid_edit` or `stale_revision`.
 */

/** What one recent revision touched, and whose it was. */
export interface LogEntry {
  revision: number;
  touched: DocPath[];
  clientId: string | undefined;
}

/** Refuses values that would be applied and then fail (or lose a key) on the way to the file. */
export function assertStorable(ops: readonly EditOp[]): void {
  for (const op of ops) {
    // A value nested past the cap would be applied, then fail every save after it: refused here.
    if ('value' in op && op.path.length + valueDepth(op.value) > MAX_DEPTH) {
      throw new ServiceFailure('invalid_edit', { path: formatPath(op.path), reason: 'too_deep' });
    }
    // A `__proto__` key would be dropped on the way to the file: refused, never lost silently.
    if ('value' in op && hasReservedKey(op.value)) {
      throw new ServiceFailure('invalid_edit', { path: formatPath(op.path), reason: 'reserved_key' });
    }
  }
}

/**
 * An edit based on an older revision lands only if no one else touched its paths since then.
 * A client's own earlier edits never count against it: it sends them in order and knows them,
 * even before their broadcast reaches its mirror (typing faster than the round trip).
 */
export function assertRebasable(
  document: { workspaceId: string; revision: number; log: readonly LogEntry[] },
  baseRevision: number,
  touched: DocPath[],
  clientId: string,
): void {
  const { workspaceId, revision, log } = document;
  if (baseRevision === revision) return;
  const stale = (path: string) => new ServiceFailure('stale_revision', { workspaceId, baseRevision, revision, path });
  if (baseRevision > revision) throw stale('');
  const oldest = log[0]?.revision ?? revision + 1;
  if (baseRevision + 1 < oldest) throw stale('');
  for (const entry of log) {
    if (entry.revision <= baseRevision || entry.clientId === clientId) continue;
    for (const theirs of entry.touched) {
      const clash = touched.find((mine) => pathsOverlap(mine, theirs));
      if (clash) throw stale(formatPath(clash));
    }
  }
}

/** Validates what the edit touched: envelope fields one by one, step slices whole. */
export function validateTouched(next: Workspace, touched: DocPath[]): void {
  const checked = new Set<string>();
  for (const path of touched) {
    const head = path[0] as string;
    if (head === 'steps') {
      const stepId = path[1];
      if (typeof stepId !== 'string') {
        check(workspaceSchema.shape.steps, next.steps, path, 'steps');
        continue;
      }
      if (checked.has(`steps.${stepId}`)) continue;
      checked.add(`steps.${stepId}`);
      const schema = stepSliceSchema(stepId);
      if (schema && next.steps[stepId] !== undefined) check(schema, next.steps[stepId], path, `steps.${stepId}`);
      continue;
    }
    if (checked.has(head)) continue;
    checked.add(head);
    const schema = (workspaceEnvelopeShape as Record<string, ZodType>)[head];
    if (!schema) throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'unknown_field' });
    check(schema, (next as Record<string, unknown>)[head], path, head);
  }
}

function check(schema: ZodType, value: unknown, path: DocPath, prefix: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] }));
    throw new ServiceFailure('invalid_edit', { path: formatPath(path), reason: 'invalid_value', detail: describeIssues(issues) });
  }
}
