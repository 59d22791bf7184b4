import { z } from 'zod';

/**
 * A path into the workspace document. A string is an object key; `{ id }` is the item of an array
 * whose `id` field equals it. Array items are addressed by id, never by index, so an edit based on
 * an older revision still lands on the item it meant after someone inserted or moved others.
 *
 * @example
 * const path: DocPath = ['steps', 'setup', 'participants', { id: 'p-7' }, 'name'];
 */
export const pathSegmentSchema = z.union([
  z.string().min(1).max(200),
  z.object({ id: z.string().min(1).max(200) }).strict(),
]);
export type PathSegment = z.infer<typeof pathSegmentSchema>;
export const docPathSchema = z.array(pathSegmentSchema).max(32);
export type DocPath = z.infer<typeof docPathSchema>;

/** Fields of the envelope that no edit may change. */
export const PROTECTED_FIELDS = ['schemaVersion', 'stepVersions', 'id', 'createdAt', 'updatedAt'] as const;

/**
 * One change to the document.
 * - `set`: replace the value at `path` (the parent must exist).
 * - `delete`: remove the object key at `path`.
 * - `insert`: insert `value` (an object with a string `id`) into the array at `path`, at `index`
 *   (default: the end).
 * - `remove`: remove the array item that `path` ends on (`{ id }` segment).
 * - `move`: move the array item that `path` ends on to `toIndex` within its array.
 */
export const editOpSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set'), path: docPathSchema.min(1), value: z.unknown() }),
  z.strictObject({ type: z.literal('delete'), path: docPathSchema.min(1) }),
  z.strictObject({
    type: z.literal('insert'),
    path: docPathSchema.min(1),
    value: z.looseObject({ id: z.string().min(1).max(200) }),
    index: z.number().int().min(0).optional(),
  }),
  z.strictObject({ type: z.literal('remove'), path: docPathSchema.min(1) }),
  z.strictObject({ type: z.literal('move'), path: docPathSchema.min(1), toIndex: z.number().int().min(0) }),
]);
export type EditOp = z.infer<typeof editOpSchema>;

/**
 * An immer patch as broadcast to mirrors: they apply it to their copy to follow the document
 * without fetching it again. Paths here are concrete (array indices).
 */
export const patchSchema = z.object({
  op: z.enum(['add', 'remove', 'replace']),
  path: z.array(z.union([z.string(), z.number()])),
  value: z.unknown().optional(),
});
export type DocPatch = z.infer<typeof patchSchema>;
