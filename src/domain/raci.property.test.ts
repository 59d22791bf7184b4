import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RACI_SEVERITIES, raciFindings, type RaciFinding } from './raci';
import { activityKindSchema, raciMatrixSchema, raciStageSchema, type RaciLetter, type RaciMatrix } from './raci-schema';
import { teamSchema } from './workshop';

/**
 * For any matrix: which findings there are does not depend on the order of rows or columns; a
 * matrix with exactly one A and someone responsible in every row has no "missing A" or "missing R"
 * finding; a RACI matrix (no S) read as RASCI finds the same; and the list comes sorted by
 * severity. Matrices are generated through the schema, so every one is a valid slice.
 */

const LETTER_OR_EMPTY = fc.constantFrom<RaciLetter | null>('R', 'A', 'S', 'C', 'I', null);
const NO_S = fc.constantFrom<RaciLetter | null>('R', 'A', 'C', 'I', null);

/** A matrix of `rows` × `columns` whose cells come from `cell(row, column)`. */
function matrixArb(cell: (rows: number, columns: number) => fc.Arbitrary<(RaciLetter | null)[][]>, minRoles = 1): fc.Arbitrary<RaciMatrix> {
  return fc
    .record({ rows: fc.integer({ min: 0, max: 12 }), columns: fc.integer({ min: minRoles, max: 8 }) })
    .chain(({ rows, columns }) =>
      fc.record({
        mode: fc.constantFrom('RACI' as const, 'RASCI' as const),
        teams: fc.array(fc.constantFrom(...teamSchema.options), { minLength: columns, maxLength: columns }),
        kinds: fc.array(fc.option(fc.constantFrom(...activityKindSchema.options), { nil: undefined }), { minLength: rows, maxLength: rows }),
        does: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: rows, maxLength: rows }),
        stages: fc.array(fc.constantFrom(...raciStageSchema.options), { minLength: rows, maxLength: rows }),
        letters: cell(rows, columns),
      }),
    )
    .map(({ mode, teams, kinds, does, stages, letters }) =>
      raciMatrixSchema.parse({
        mode,
        activities: kinds.map((kind, i) => ({
          id: `a${i}`,
          name: `Activity ${i}`,
          stage: stages[i],
          ...(kind ? { kind } : {}),
          ...(does[i] !== undefined ? { accountableDoesIt: does[i] } : {}),
        })),
        roles: teams.map((team, j) => ({ id: `r${j}`, name: `Role ${j}`, abbreviation: `R${j}`, team, holders: [] })),
        cells: Object.fromEntries(
          letters.map((row, i) => [`a${i}`, Object.fromEntries(row.flatMap((letter, j) => (letter === null ? [] : [[`r${j}`, letter]])))]),
        ),
        disputes: [],
      }),
    );
}

const randomCells = (letter: fc.Arbitrary<RaciLetter | null>) => (rows: number, columns: number) =>
  fc.array(fc.array(letter, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

/** Rows with exactly one A (column `a`) and one or more R (never on `a`); other cells C, I, S or empty. */
const wellFormedCells = (rows: number, columns: number) =>
  fc.array(
    fc
      .record({
        a: fc.integer({ min: 0, max: columns - 1 }),
        rest: fc.array(fc.constantFrom<RaciLetter | null>('R', 'S', 'C', 'I', null), { minLength: columns, maxLength: columns }),
        forcedR: fc.integer({ min: 0, max: columns - 2 }),
      })
      .map(({ a, rest, forcedR }) => {
        const r = forcedR >= a ? forcedR + 1 : forcedR; // any column but a's
        return rest.map((letter, j) => (j === a ? 'A' : j === r ? 'R' : letter));
      }),
    { minLength: rows, maxLength: rows },
  );

/** A finding without the order of the roles it names, as one comparable string. */
const canonical = (f: RaciFinding) => JSON.stringify('roleIds' in f ? { ...f, roleIds: [...f.roleIds].sort() } : f);
const findingSet = (m: RaciMatrix) => raciFindings(m).map(canonical).sort();

describe('RACI findings (properties)', () => {
  it('do not depend on the order of rows or columns', () => {
    fc.assert(
      fc.property(
        matrixArb(randomCells(LETTER_OR_EMPTY)).chain((m) =>
          fc.record({
            m: fc.constant(m),
            rowOrder: fc.shuffledSubarray(m.activities, { minLength: m.activities.length, maxLength: m.activities.length }),
            columnOrder: fc.shuffledSubarray(m.roles, { minLength: m.roles.length, maxLength: m.roles.length }),
          }),
        ),
        ({ m, rowOrder, columnOrder }) => {
          const shuffled: RaciMatrix = { ...m, activities: rowOrder, roles: columnOrder };
          expect(findingSet(shuffled)).toEqual(findingSet(m));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never report a missing or doubled A, or a missing R, where every row has one A and an R', () => {
    const ownership = new Set(['noAccountable', 'manyAccountable', 'noResponsible', 'accountableNotDoing']);
    fc.assert(
      fc.property(matrixArb(wellFormedCells, 2), (m) => {
        expect(raciFindings(m).filter((f) => ownership.has(f.kind))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('are the same for a RACI matrix read as RASCI', () => {
    fc.assert(
      fc.property(matrixArb(randomCells(NO_S)), (m) => {
        expect(raciFindings({ ...m, mode: 'RASCI' })).toEqual(raciFindings({ ...m, mode: 'RACI' }));
      }),
      { numRuns: 300 },
    );
  });

  it('come sorted by severity, and a row is only ever named by a row finding of a row that exists', () => {
    fc.assert(
      fc.property(matrixArb(randomCells(LETTER_OR_EMPTY)), (m) => {
        const findings = raciFindings(m);
        const ranks = findings.map((f) => RACI_SEVERITIES.indexOf(f.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const f of findings) {
          if ('activityId' in f) expect(m.activities.some((a) => a.id === f.activityId)).toBe(true);
          else expect(m.roles.some((r) => r.id === f.roleId)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
