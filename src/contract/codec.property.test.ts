import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codecOptions, defaultSteps } from '../steps/index';
import { damageReasonSchema } from './calls';
import { decodeWorkspace, encodeWorkspace, type CodecOptions, type DecodeResult } from './codec';
import { emptySession } from './session';
import { CURRENT_SCHEMA_VERSION, workspaceEnvelopeShape, workspaceSchema, type Workspace } from './workspace';

/**
 * Whatever bytes a workspace folder holds, decoding them must answer, never throw: the folder
 * listing shows every file, damaged or not, and one bad file must not take the others down.
 */

const fixtureOf = (version: number) =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/workspace-v${version}.json`, import.meta.url)), 'utf8');
/**
 * The fixture of the current version, with every step registered since given its slice: a valid
 * document as it is.
 */
const fixture = (() => {
  const decoded = decodeWorkspace(fixtureOf(CURRENT_SCHEMA_VERSION), codecOptions);
  if (decoded.status !== 'ok') throw new Error(`the v${CURRENT_SCHEMA_VERSION} fixture does not decode`);
  return encodeWorkspace(decoded.workspace);
})();
/** The first version's fixture: valid once migrated, so damaged copies of it also run through migrations. */
const fixtureV1 = fixtureOf(1);
const base = JSON.parse(fixture) as Workspace;
/** A richer document than the fixture, so mutations land in steps, arrays and escapes too. */
const rich = `${JSON.stringify(
  {
    ...base,
    steps: {
      ...base.steps,
      setup: {
        ...(base.steps['setup'] as Record<string, unknown>),
        participants: [
          { id: 'p1', name: 'Mette Ærø', title: 'Salgs\tchef \\ "KAM"', team: 'sales' },
          { id: 'p2', name: 'Jens "JJ" Jensen', title: '', team: 'marketing' },
        ],
      },
      goals: {
        owners: [
          { id: 'p1', hours: 7.5 },
          { id: 'p2', active: true, note: null },
        ],
        revenue: 1250000,
        margin: -0.125,
        text: 'linje 1\nlinje 2\t\\ ok',
      },
    },
  },
  null,
  2,
)}\n`;

/** A second registry, with migrations, so random input also runs through migrateDocument. */
const migrating: CodecOptions = {
  currentVersion: 3,
  migrations: {
    1: (d) => {
      if (typeof d['client'] !== 'string') throw new Error('v1 document without a client');
      return { ...d, facilitator: d['client'] };
    },
    2: (d) => ({ ...d, steps: { ...(d['steps'] as object), agenda: { items: [] } } }),
  },
  schema: z.object({
    ...workspaceEnvelopeShape,
    schemaVersion: z.literal(3),
    facilitator: z.string(),
    steps: z.looseObject({ agenda: z.object({ items: z.array(z.unknown()) }) }),
  }) as unknown as z.ZodType<Workspace>,
};

const seen = new Map<string, number>();
const note = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);

/** The properties every decode must have, whatever the text. */
function check(text: string, options: CodecOptions = codecOptions): DecodeResult {
  let result: DecodeResult | undefined;
  expect(() => {
    result = decodeWorkspace(text, options);
  }).not.toThrow();
  const r = result!;
  expect(['ok', 'damaged', 'too_new']).toContain(r.status);
  note(r.status === 'damaged' ? `damaged:${r.reason}` : r.status);
  switch (r.status) {
    case 'ok':
      expect(options.schema.safeParse(r.workspace).success).toBe(true);
      expect(r.workspace.schemaVersion).toBe(options.currentVersion);
      if (options === codecOptions) expect(workspaceSchema.safeParse(r.workspace).success).toBe(true);
      // Migrated from an older envelope, or from the current one with a slice added or migrated.
      expect(r.migratedFrom === null || (Number.isInteger(r.migratedFrom) && r.migratedFrom <= options.currentVersion)).toBe(true);
      break;
    case 'damaged':
      expect(damageReasonSchema.safeParse(r.reason).success).toBe(true);
      expect(r.reason).not.toBe('unreadable'); // the service's reason for I/O errors, never the codec's
      expect(typeof r.detail).toBe('string');
      break;
    case 'too_new':
      // A newer envelope, or a slice newer than this build's version of its step.
      expect((Number.isInteger(r.schemaVersion) && r.schemaVersion > options.currentVersion) || (r.step !== undefined && r.step.version > r.step.supported)).toBe(true);
      expect(typeof r.name).toBe('string');
      break;
  }
  // Decoding is pure: the same text decodes to the same answer again, even after the first answer
  // was changed by whoever got it (no object is shared between two decodes, none is cached).
  const snapshot = structuredClone(r);
  if (r.status === 'ok') scribbleOver(r.workspace);
  expect(decodeWorkspace(text, options)).toEqual(snapshot);
  return snapshot;
}

/** Changes every object and array in a decoded document, as a careless caller might. */
function scribbleOver(value: unknown): void {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      node.push('scribbled');
    } else {
      stack.push(...Object.values(node));
      (node as Record<string, unknown>)['scribbled'] = true;
    }
  }
}

const reasonOf = (r: DecodeResult) => (r.status === 'damaged' ? r.reason : r.status);

afterAll(() => {
  // The generators must reach every branch, or the properties above prove little.
  for (const key of ['ok', 'too_new', 'damaged:empty', 'damaged:bom', 'damaged:truncated', 'damaged:not_json', 'damaged:not_an_object', 'damaged:invalid_shape', 'damaged:migration_failed']) {
    expect(seen.get(key) ?? 0, `no input reached ${key}`).toBeGreaterThan(0);
  }
});

describe('decodeWorkspace never throws and always answers in kind', () => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        check(text);
        check(text, migrating);
      }),
      { numRuns: 300 },
    );
  });

  it('on anything JSON.stringify can write (prototype-looking keys included)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), (value) => {
        let text: string | undefined;
        try {
          text = JSON.stringify(value);
        } catch {
          return; // a BigInt: no file holds one
        }
        if (text === undefined) return;
        check(text);
      }),
      { numRuns: 200 },
    );
    for (const text of [
      '{"__proto__": {"schemaVersion": 1}}',
      '{"schemaVersion": 1, "__proto__": {"polluted": true}}',
      `${fixture.trimEnd().slice(0, -1)}, "__proto__": {"polluted": true}}`,
      fixture.replace('"steps": {', '"steps": {"__proto__": {"x": 1}, "constructor": {"y": 2}, '),
      fixtureV1.replace('"steps": {}', '"steps": {"__proto__": {"x": 1}, "constructor": {"y": 2}}'),
    ]) {
      check(text);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(({} as Record<string, unknown>)['schemaVersion']).toBeUndefined();
    }
  });

  it('on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'{}[]",:0123456789.-eE \n\ttrufalsn\\\uFEFF') })), (text) => {
        check(text);
      }),
      { numRuns: 300 },
    );
  });

  it('on envelope-shaped objects with random fields', () => {
    const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue() });
    const doc = fc.record(
      {
        // Every version this build reads (the older ones through the real migrations), then anything.
        schemaVersion: fc.oneof(
          { weight: 5, arbitrary: fc.integer({ min: 1, max: CURRENT_SCHEMA_VERSION }) },
          { weight: 1, arbitrary: fc.integer({ min: -2, max: 5 }) },
          { weight: 1, arbitrary: fc.double() },
        ),
        id: field(fc.constantFrom(base.id, 'a', 'a_b-c')),
        name: field(fc.string({ maxLength: 5 })),
        clientCompany: field(fc.string({ maxLength: 5 })),
        language: field(fc.constantFrom('da', 'en')),
        currency: field(fc.constantFrom('DKK', 'EUR')),
        createdAt: field(fc.constant(base.createdAt)),
        updatedAt: field(fc.constant(base.updatedAt)),
        session: field(fc.constant(emptySession())),
        // With the registered steps' slices or without (a current document without them is damaged).
        steps: field(
          fc
            .tuple(fc.boolean(), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })))
            .map(([registered, slices]) => (registered ? { ...defaultSteps('da'), ...slices } : slices)),
        ),
        client: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: ['schemaVersion'] },
    );
    fc.assert(
      fc.property(doc, (value) => {
        check(JSON.stringify(value));
        check(JSON.stringify(value), migrating);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeWorkspace on damaged copies of a valid document', () => {
  const source = fc.constantFrom(fixture, rich, fixtureV1);

  it('decodes the originals: the current ones as they are, the v1 one migrated', () => {
    expect(check(fixture)).toMatchObject({ status: 'ok', migratedFrom: null });
    expect(check(rich)).toMatchObject({ status: 'ok', migratedFrom: null });
    expect(check(fixtureV1)).toMatchObject({ status: 'ok', migratedFrom: 1 });
  });

  it('survives deleted, inserted and replaced characters', () => {
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'insert', 'replace'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 8 }),
      chars: fc.string({ unit: fc.constantFrom(...'{}[]",:\\ 0a\u0000\uFEFF\u00e6\ud83d'), minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(source, fc.array(edit, { minLength: 1, maxLength: 4 }), (original, edits) => {
        let text = original;
        for (const { kind, at, length, chars } of edits) {
          const i = at % (text.length + 1);
          if (kind === 'delete') text = text.slice(0, i) + text.slice(i + length);
          else if (kind === 'insert') text = text.slice(0, i) + chars + text.slice(i);
          else text = text.slice(0, i) + chars + text.slice(i + chars.length);
        }
        check(text);
      }),
      { numRuns: 400 },
    );
  });

  it('reports a copy cut short anywhere as truncated (or empty)', () => {
    fc.assert(
      fc.property(source, fc.nat(), (original, at) => {
        const end = original.trimEnd().length; // cutting only the final new line leaves it whole
        const text = original.slice(0, at % end);
        const r = check(text);
        expect(reasonOf(r)).toBe(text.trim() === '' ? 'empty' : 'truncated');
      }),
      { numRuns: 200 },
    );
  });

  it('reports a copy behind a byte-order mark as such', () => {
    fc.assert(
      fc.property(source, fc.nat(), (original, at) => {
        const text = `\uFEFF${original.slice(0, original.length - (at % 3))}`;
        expect(reasonOf(check(text))).toBe('bom');
      }),
      { numRuns: 50 },
    );
  });

  it('reports a copy with an envelope field of the wrong type as invalid_shape, naming the field', () => {
    const fields = Object.keys(base) as Array<keyof Workspace>;
    const wrong = [42, -1, 0.5, 'x', '', true, null, [], {}, ['da'], { id: 'x' }];
    const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    fc.assert(
      fc.property(source, fc.constantFrom(...fields), fc.constantFrom(...wrong), (original, field, value) => {
        const doc = JSON.parse(original) as Record<string, unknown>;
        // A field the original's version did not have yet (the v1 fixture has no session) is not one to damage.
        fc.pre(field in doc && typeOf(doc[field]) !== typeOf(value));
        doc[field] = value;
        const r = check(JSON.stringify(doc, null, 2));
        expect(reasonOf(r)).toBe('invalid_shape');
        if (r.status === 'damaged') expect(r.detail).toMatch(new RegExp(`^${field}[:.]`));
      }),
      { numRuns: 150 },
    );
  });
});
