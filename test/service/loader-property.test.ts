// Property: whatever bytes sit in a workspace file, listing and opening it answers an envelope
// (never an unhandled exception), and the loader never writes: the file's bytes and the folder's
// listing are the same afterwards.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { workspaceListEntrySchema } from '../../src/contract/calls';
import { TestBed, listDir, sampleText, sha256, workspaceFile, workspacesDir, writeWorkspaceFile } from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

const ID = 'fuzzed';
const valid = Buffer.from(sampleText(ID));

/** Mutations of a valid file: flipped bytes, cuts, insertions, and JSON-ish text splices. */
const mutatedValid = fc
  .record({
    flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
    insert: fc.option(
      fc.record({
        at: fc.nat(),
        text: fc.oneof(
          fc.constantFrom('"', '{', '}', '[', ']', ',', ':', 'null', '\uFEFF', '\\', '\u0000', '"schemaVersion": 99,', '1e999'),
          fc.string({ maxLength: 8 }),
        ),
      }),
      { nil: undefined },
    ),
  })
  .map(({ flips, cut, insert }) => {
    let bytes = Buffer.from(valid);
    for (const flip of flips) bytes[flip.at % bytes.length] = flip.byte;
    if (insert) {
      const at = insert.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(insert.text), bytes.subarray(at)]);
    }
    if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
    return new Uint8Array(bytes);
  });

const anyBytes = fc.oneof(
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s))) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }).map((s) => new Uint8Array(Buffer.from(s))) },
  { weight: 4, arbitrary: mutatedValid },
);

describe('the loader never writes', () => {
  it('answers an envelope for any bytes and leaves the file and the folder as they were', async () => {
    const dataDir = await bed.tempDir();
    await mkdir(workspacesDir(dataDir), { recursive: true });
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        await writeWorkspaceFile(dataDir, ID, bytes);
        const hash = sha256(bytes);
        const before = await listDir(workspacesDir(dataDir));
        const service = await bed.service({ dataDir, backupIntervalMs: 0 });
        try {
          const listed = await service.dispatch('workspace.list', {});
          expect(listed.ok).toBe(true);
          if (listed.ok) {
            const { workspaces } = listed.data as { workspaces: unknown[] };
            expect(workspaces).toHaveLength(1);
            // Whatever it is, it is described by the contract.
            expect(workspaceListEntrySchema.safeParse(workspaces[0]).success).toBe(true);
          }
          const opened = await service.dispatch('workspace.open', { workspaceId: ID });
          expect(typeof opened.ok).toBe('boolean');
          if (!opened.ok) expect(['workspace_damaged', 'workspace_too_new']).toContain(opened.error.code);
          const exported = await service.dispatch('workspace.export', { workspaceId: ID });
          expect(exported.ok).toBe(opened.ok);
          const entry = listed.ok ? (listed.data as { workspaces: { status: string }[] }).workspaces[0]! : null;
          expect(entry?.status === 'ok').toBe(opened.ok);
        } finally {
          await service.close();
        }
        expect(sha256(await readFile(workspaceFile(dataDir, ID)))).toBe(hash);
        expect(await listDir(workspacesDir(dataDir))).toEqual(before);
        expect(await listDir(join(dataDir, 'backups'))).toEqual([]);
        await rm(workspaceFile(dataDir, ID));
      }),
      { numRuns: 100 },
    );
  });
});
