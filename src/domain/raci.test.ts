import { describe, expect, it } from 'vitest';
import {
  accountableFindings,
  activitiesByStage,
  chainFindings,
  doesIt,
  idleRoleFindings,
  letterAt,
  nextLetter,
  openDisputes,
  overloadFindings,
  raciFindings,
  raciOf,
  responsibleFindings,
  roleCards,
  supportFindings,
  type RaciFinding,
} from './raci';
import { raciMatrixSchema, type ActivityKind, type RaciActivity, type RaciLetter, type RaciMatrix, type RaciRole } from './raci-schema';
import type { Participant, Team } from './workshop';

// --- Helpers --------------------------------------------------------------------------------------

/**
 * A matrix from a compact table: one string of letters per row, one character per role in column
 * order ('.' for an empty cell). `kind` and `does` (accountable does it too) are the row's own.
 */
function build(
  roles: [id: string, team: Team][],
  rows: { id: string; letters: string; kind?: ActivityKind; does?: boolean }[],
  mode: RaciMatrix['mode'] = 'RACI',
): RaciMatrix {
  const roleList: RaciRole[] = roles.map(([id, team]) => ({ id, name: id, abbreviation: id.slice(0, 3), team, holders: [] }));
  const activities: RaciActivity[] = rows.map((row) => ({
    id: row.id,
    name: row.id,
    stage: 'qualify',
    ...(row.kind ? { kind: row.kind } : {}),
    ...(row.does !== undefined ? { accountableDoesIt: row.does } : {}),
  }));
  const cells: RaciMatrix['cells'] = {};
  for (const row of rows) {
    if (row.letters.length !== roles.length) throw new Error(`row ${row.id}: ${row.letters.length} letters for ${roles.length} roles`);
    const entries = [...row.letters].flatMap((ch, i) => (ch === '.' ? [] : [[roles[i]![0], ch as RaciLetter] as const]));
    if (entries.length > 0) cells[row.id] = Object.fromEntries(entries);
  }
  return raciMatrixSchema.parse({ mode, activities, roles: roleList, cells, disputes: [] });
}

const kinds = (findings: RaciFinding[]) => findings.map((f) => f.kind);

/** Marketing, sales, leadership: the three sides most examples need. */
const SIDES: [string, Team][] = [
  ['mkt', 'marketing'],
  ['sales', 'sales'],
  ['ceo', 'leadership'],
];

// --- Reading cells ----------------------------------------------------------------------------------

describe('reading the matrix', () => {
  const m = build(SIDES, [{ id: 'gen', letters: 'RAI' }]);

  it('reads a cell, and empty or unknown cells as null', () => {
    expect(letterAt(m, 'gen', 'sales')).toBe('A');
    expect(letterAt(m, 'gen', 'nobody')).toBeNull();
    expect(letterAt(m, 'other', 'mkt')).toBeNull();
    // An id that names something on Object.prototype is an empty cell, not a function.
    expect(letterAt(m, 'constructor', 'mkt')).toBeNull();
    expect(letterAt(m, 'gen', 'toString')).toBeNull();
  });

  it('counts an A as doing it only when the row says the accountable does it too', () => {
    expect(doesIt({}, 'R')).toBe(true);
    expect(doesIt({}, 'A')).toBe(false);
    expect(doesIt({ accountableDoesIt: true }, 'A')).toBe(true);
    expect(doesIt({ accountableDoesIt: true }, 'C')).toBe(false);
    expect(doesIt({ accountableDoesIt: true }, 'S')).toBe(false);
  });

  it('cycles a clicked cell through the mode’s letters and back to empty', () => {
    const cycle = (mode: 'RACI' | 'RASCI') => {
      const seen: (RaciLetter | null)[] = [];
      let letter: RaciLetter | null = null;
      do {
        letter = nextLetter(mode, letter);
        seen.push(letter);
      } while (letter !== null);
      return seen;
    };
    expect(cycle('RACI')).toEqual(['R', 'A', 'C', 'I', null]);
    expect(cycle('RASCI')).toEqual(['R', 'A', 'S', 'C', 'I', null]);
    // An S left over from RASCI moves on to empty in RACI.
    expect(nextLetter('RACI', 'S')).toBeNull();
  });

  it('groups rows by the stage of the chain, stages in chain order, rows in their order', () => {
    const base = build(SIDES, [{ id: 'a', letters: '...' }, { id: 'b', letters: '...' }, { id: 'c', letters: '...' }]);
    const staged = { ...base, activities: base.activities.map((a, i) => ({ ...a, stage: (['learn', 'generate', 'learn'] as const)[i]! })) };
    expect(activitiesByStage(staged).map((g) => [g.stage, g.activities.map((a) => a.id)])).toEqual([
      ['generate', ['b']],
      ['learn', ['a', 'c']],
    ]);
  });
});

// --- Exactly one A ------------------------------------------------------------------------------------

describe('exactly one accountable per activity', () => {
  it('flags a row with no A and a row with two, not a row with one', () => {
    const m = build(SIDES, [
      { id: 'none', letters: 'RCI' },
      { id: 'two', letters: 'AAR' },
      { id: 'one', letters: 'RAI' },
    ]);
    expect(accountableFindings(m)).toEqual([
      { kind: 'noAccountable', severity: 'error', activityId: 'none' },
      { kind: 'manyAccountable', severity: 'error', activityId: 'two', roleIds: ['mkt', 'sales'] },
    ]);
  });

  it('ignores letters in columns that no longer exist', () => {
    const m = build(SIDES, [{ id: 'gen', letters: 'RA.' }]);
    const withStray = { ...m, cells: { gen: { ...m.cells['gen'], removed: 'A' as const } } };
    expect(accountableFindings(withStray)).toEqual([]);
  });
});

// --- Someone does it ----------------------------------------------------------------------------------

describe('at least one responsible per activity', () => {
  it('flags an activity nobody does (no R, no A) apart from one whose A only owns it', () => {
    const m = build(SIDES, [
      { id: 'empty', letters: '...' },
      { id: 'talk', letters: 'CIC' },
      { id: 'owned', letters: '.AI' },
      { id: 'done', letters: 'RAI' },
    ]);
    expect(responsibleFindings(m)).toEqual([
      { kind: 'noResponsible', severity: 'error', activityId: 'empty' },
      { kind: 'noResponsible', severity: 'error', activityId: 'talk' },
      { kind: 'accountableNotDoing', severity: 'error', activityId: 'owned', roleIds: ['sales'] },
    ]);
  });

  it('accepts a row whose accountable does it too (A/R), and S alone is not doing it', () => {
    const m = build(
      SIDES,
      [
        { id: 'ar', letters: '.AI', does: true },
        { id: 'support', letters: 'SAI' },
      ],
      'RASCI',
    );
    expect(responsibleFindings(m)).toEqual([{ kind: 'accountableNotDoing', severity: 'error', activityId: 'support', roleIds: ['sales'] }]);
  });

  it('names every A of a row with two A’s and no R', () => {
    const m = build(SIDES, [{ id: 'x', letters: 'AA.' }]);
    expect(responsibleFindings(m)).toEqual([{ kind: 'accountableNotDoing', severity: 'error', activityId: 'x', roleIds: ['mkt', 'sales'] }]);
  });
});

// --- Overload -----------------------------------------------------------------------------------------

describe('overload', () => {
  /** n rows; `sales` is R on the first `r` rows and A on the first `a` rows (A wins where both). */
  function loaded(n: number, r: number, a: number): RaciMatrix {
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `row${i}`,
      // mkt R everywhere the sales role is not, so only the sales column varies.
      letters: i < a ? 'RA.' : i < r ? '.R.' : 'R.A',
    }));
    return build(SIDES, rows);
  }

  it('flags R on more than half: 6 of 11 (2·6 = 12 > 11), not 5 of 11 (10 > 11 is false)', () => {
    const six = overloadFindings(loaded(11, 6, 0)).filter((f) => 'roleId' in f && f.roleId === 'sales');
    expect(six).toEqual([{ kind: 'overloadResponsible', severity: 'warning', roleId: 'sales', count: 6, of: 11 }]);
    expect(overloadFindings(loaded(11, 5, 0)).filter((f) => 'roleId' in f && f.roleId === 'sales')).toEqual([]);
  });

  it('reads "more than half" exactly at an even count: 5 of 10 is half (10 > 10 is false), 6 of 10 is more', () => {
    expect(overloadFindings(loaded(10, 5, 0)).filter((f) => 'roleId' in f && f.roleId === 'sales')).toEqual([]);
    expect(kinds(overloadFindings(loaded(10, 6, 0)).filter((f) => 'roleId' in f && f.roleId === 'sales'))).toEqual(['overloadResponsible']);
  });

  it('flags A on more than a third: 4 of 11 (3·4 = 12 > 11), not 3 of 11 (9 > 11 is false), not 3 of 9 (9 > 9 is false)', () => {
    expect(overloadFindings(loaded(11, 0, 4)).filter((f) => 'roleId' in f && f.roleId === 'sales')).toEqual([
      { kind: 'overloadAccountable', severity: 'warning', roleId: 'sales', count: 4, of: 11 },
    ]);
    expect(overloadFindings(loaded(11, 0, 3)).filter((f) => 'roleId' in f && f.roleId === 'sales')).toEqual([]);
    expect(overloadFindings(loaded(9, 0, 3)).filter((f) => 'roleId' in f && f.roleId === 'sales')).toEqual([]);
  });

  it('counts an A/R row as doing it', () => {
    // 5 rows: sales is A/R on 3 (2·3 = 6 > 5: doing too much; 3·3 = 9 > 5: accountable for too much).
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, letters: i < 3 ? 'CA.' : 'R.A', does: true }));
    const sales = overloadFindings(build(SIDES, rows)).filter((f) => 'roleId' in f && f.roleId === 'sales');
    expect(sales).toEqual([
      { kind: 'overloadResponsible', severity: 'warning', roleId: 'sales', count: 3, of: 5 },
      { kind: 'overloadAccountable', severity: 'warning', roleId: 'sales', count: 3, of: 5 },
    ]);
  });

  it('is not checked below 3 activities, where being accountable for one row is already a third', () => {
    expect(overloadFindings(build(SIDES, [{ id: 'a', letters: 'RA.' }, { id: 'b', letters: 'RA.' }]))).toEqual([]);
  });
});

// --- Roles that only listen ---------------------------------------------------------------------------

describe('roles only consulted or informed', () => {
  it('flags a role that is only I or C, and a role with no letter at all', () => {
    const m = build(
      [...SIDES, ['cs', 'other']],
      [
        { id: 'a', letters: 'RAIC' },
        { id: 'b', letters: 'RACC' },
      ],
    );
    // ceo: I, C → only listens; cs: C, C → only listens.
    expect(idleRoleFindings(m)).toEqual([
      { kind: 'onlyConsultedInformed', severity: 'info', roleId: 'ceo' },
      { kind: 'onlyConsultedInformed', severity: 'info', roleId: 'cs' },
    ]);
    const withIdle = build([...SIDES, ['idle', 'other']], [{ id: 'a', letters: 'RAI.' }]);
    expect(idleRoleFindings(withIdle)).toEqual([
      { kind: 'onlyConsultedInformed', severity: 'info', roleId: 'ceo' },
      { kind: 'roleUnused', severity: 'info', roleId: 'idle' },
    ]);
  });

  it('does not flag a role that supports (S) in RASCI', () => {
    expect(idleRoleFindings(build(SIDES, [{ id: 'a', letters: 'RAS' }], 'RASCI'))).toEqual([]);
  });

  it('says nothing about roles while there are no activities', () => {
    expect(idleRoleFindings(build(SIDES, []))).toEqual([]);
  });
});

// --- The chain between the two sides ---------------------------------------------------------------

describe('the handover, the first follow-up and the feedback loop', () => {
  it('wants sales and marketing on the handover and the first follow-up rows, with any letter', () => {
    const m = build(SIDES, [
      { id: 'handover', kind: 'handover', letters: 'RAI' },
      { id: 'follow-up', kind: 'followUp', letters: '.AI' },
      { id: 'lonely', kind: 'handover', letters: '..A' },
      // A row the room added (no kind) is never checked for sides, whatever its name.
      { id: 'handover-2', letters: '..A' },
    ]);
    expect(chainFindings(m)).toEqual([
      { kind: 'sideMissing', severity: 'warning', activityId: 'follow-up', missing: ['marketing'] },
      { kind: 'sideMissing', severity: 'warning', activityId: 'lonely', missing: ['sales', 'marketing'] },
    ]);
  });

  it('recognises the sides by the role’s team, not its name: a CMO and an SDR count', () => {
    const m = build(
      [
        ['cmo', 'marketing'],
        ['sdr', 'sales'],
        ['ceo', 'leadership'],
      ],
      [{ id: 'h', kind: 'handover', letters: 'CRA' }],
    );
    expect(chainFindings(m)).toEqual([]);
  });

  it('wants the feedback row to run from sales (R) to marketing (I or C)', () => {
    const roles: [string, Team][] = [
      ['mkt', 'marketing'],
      ['sales', 'sales'],
      ['mgr', 'sales'],
    ];
    const m = build(roles, [
      { id: 'right', kind: 'feedback', letters: 'IRA' },
      { id: 'consulted', kind: 'feedback', letters: 'CRA' },
      { id: 'backwards', kind: 'feedback', letters: 'RIA' },
      { id: 'no-marketing', kind: 'feedback', letters: '.RA' },
      { id: 'manager-does-it', kind: 'feedback', letters: 'I.A', does: true },
    ]);
    expect(chainFindings(m)).toEqual([
      { kind: 'feedbackDirection', severity: 'warning', activityId: 'backwards', missing: ['salesResponsible', 'marketingInformed'] },
      { kind: 'feedbackDirection', severity: 'warning', activityId: 'no-marketing', missing: ['marketingInformed'] },
    ]);
  });
});

describe('S in a matrix set to RACI', () => {
  it('is reported per row, and not at all in RASCI', () => {
    const rows = [{ id: 'a', letters: 'RAS' }];
    expect(supportFindings(build(SIDES, rows, 'RACI'))).toEqual([{ kind: 'supportInRaci', severity: 'info', activityId: 'a', roleIds: ['ceo'] }]);
    expect(supportFindings(build(SIDES, rows, 'RASCI'))).toEqual([]);
  });
});

// --- All findings, sorted ---------------------------------------------------------------------------

describe('all findings', () => {
  it('sorts by severity, then rows in row order before roles in column order', () => {
    const m = build(
      [...SIDES, ['idle', 'other']],
      [
        { id: 'h', kind: 'handover', letters: 'RA..' },
        { id: 'f', kind: 'followUp', letters: '.RA.' },
        { id: 'x', letters: 'R...' },
        { id: 'y', letters: 'RAA.' },
      ],
    );
    // x has no A, y two; f lacks marketing. mkt does h, x, y: 3 of 4 (2·3 = 6 > 4); sales is A on
    // h, y and ceo on f, y: 2 of 4 each (3·2 = 6 > 4). idle has no letter.
    expect(raciFindings(m)).toEqual([
      { kind: 'noAccountable', severity: 'error', activityId: 'x' },
      { kind: 'manyAccountable', severity: 'error', activityId: 'y', roleIds: ['sales', 'ceo'] },
      { kind: 'sideMissing', severity: 'warning', activityId: 'f', missing: ['marketing'] },
      { kind: 'overloadResponsible', severity: 'warning', roleId: 'mkt', count: 3, of: 4 },
      { kind: 'overloadAccountable', severity: 'warning', roleId: 'sales', count: 2, of: 4 },
      { kind: 'overloadAccountable', severity: 'warning', roleId: 'ceo', count: 2, of: 4 },
      { kind: 'roleUnused', severity: 'info', roleId: 'idle' },
    ]);
  });

  it('finds nothing in a matrix the room has fixed', () => {
    const m = build(
      [
        ['mkt', 'marketing'],
        ['sales', 'sales'],
        ['mgr', 'sales'],
        ['cmo', 'marketing'],
      ],
      [
        { id: 'gen', letters: 'RIIA' },
        { id: 'handover', kind: 'handover', letters: 'RIAC' },
        { id: 'follow-up', kind: 'followUp', letters: 'IRAC' },
        { id: 'feedback', kind: 'feedback', letters: 'IRAC' },
        { id: 'content', letters: 'RCIA' },
        { id: 'closing', letters: 'CRAI' },
      ],
    );
    // n = 6. One A and an R in every row; handover and follow-up have both sides; feedback runs
    // sales R → mkt I. Doing: mkt 3 (gen, handover, content: 2·3 = 6 > 6 is false), sales 3.
    // Accountable: mgr on handover, follow-up, feedback, closing = 4 (3·4 = 12 > 6): overload.
    expect(raciFindings(m)).toEqual([{ kind: 'overloadAccountable', severity: 'warning', roleId: 'mgr', count: 4, of: 6 }]);
    // The room moves feedback's A to the CMO and closing's A to the seller (mgr now does closing).
    const fixed = {
      ...m,
      cells: { ...m.cells, feedback: { mkt: 'I' as const, sales: 'R' as const, mgr: 'C' as const, cmo: 'A' as const }, closing: { sales: 'A' as const, mkt: 'C' as const, mgr: 'R' as const, cmo: 'I' as const } },
    };
    // mgr: A on 2 (6 > 6 is false); cmo: A on gen, feedback, content = 3 (3·3 = 9 > 6): overload.
    expect(raciFindings(fixed)).toEqual([{ kind: 'overloadAccountable', severity: 'warning', roleId: 'cmo', count: 3, of: 6 }]);
    // Marketing takes lead generation's A from the CMO (cmo now A on 2: 6 > 6 is false) but nobody
    // is R on it any more: "no one does it", until the row says the accountable does it too.
    const done = { ...fixed, cells: { ...fixed.cells, gen: { mkt: 'A' as const, sales: 'I' as const, mgr: 'I' as const, cmo: 'C' as const } } };
    expect(raciFindings(done)).toEqual([{ kind: 'accountableNotDoing', severity: 'error', activityId: 'gen', roleIds: ['mkt'] }]);
    const doneAr = { ...done, activities: done.activities.map((a) => (a.id === 'gen' ? { ...a, accountableDoesIt: true } : a)) };
    // mkt now does gen, handover, content: 3 of 6 (6 > 6 is false).
    expect(raciFindings(doneAr)).toEqual([]);
  });
});

// --- Disputes, role cards, the workspace accessor ------------------------------------------------

describe('disputes', () => {
  it('lists open disputes on existing cells in row then column order', () => {
    const m = build(SIDES, [{ id: 'a', letters: 'RA.' }, { id: 'b', letters: 'RA.' }]);
    const dispute = (id: string, activityId: string, roleId: string, disputed = true, resolved = false) => ({ id, activityId, roleId, disputed, resolved, salesView: '', marketingView: '' });
    const withDisputes = {
      ...m,
      disputes: [dispute('d1', 'b', 'mkt'), dispute('d2', 'a', 'sales'), dispute('d3', 'a', 'mkt'), dispute('d4', 'a', 'ceo', false), dispute('d5', 'b', 'ceo', true, true), dispute('d6', 'gone', 'mkt')],
    };
    expect(openDisputes(withDisputes).map((d) => d.id)).toEqual(['d3', 'd2', 'd1']);
  });
});

describe('role cards', () => {
  const people: Participant[] = [
    { id: 'p-jens', name: 'Jens', title: 'Sales Director', team: 'sales' },
    { id: 'p-sofie', name: 'Sofie', title: 'Head of Marketing', team: 'marketing' },
  ];

  it('lists what each role does and owns, and who holds it', () => {
    const m = build(SIDES, [{ id: 'gen', letters: 'RAI' }, { id: 'close', letters: 'IAC', does: true }, { id: 'report', letters: 'ARC' }]);
    const held = { ...m, roles: m.roles.map((r) => (r.id === 'sales' ? { ...r, holders: ['p-jens', 'p-gone'] } : r.id === 'mkt' ? { ...r, holders: ['p-sofie'] } : r)) };
    const cards = roleCards(held, people);
    expect(cards.map((c) => [c.role.id, c.responsible.map((a) => a.id), c.accountable.map((a) => a.id), c.holders.map((p) => p.name)])).toEqual([
      ['mkt', ['gen'], ['report'], ['Sofie']],
      ['sales', ['close', 'report'], ['gen', 'close'], ['Jens']],
      ['ceo', [], [], []],
    ]);
  });
});

describe('raciOf', () => {
  it('reads the slice, and answers null for a missing or damaged one', () => {
    const m = build(SIDES, [{ id: 'gen', letters: 'RAI' }]);
    expect(raciOf({ steps: { responsibilities: m } })).toEqual(m);
    expect(raciOf({ steps: {} })).toBeNull();
    expect(raciOf({ steps: { responsibilities: { ...m, mode: 'DACI' } } })).toBeNull();
  });

  it('refuses ids that cannot be record keys safely', () => {
    const m = build(SIDES, [{ id: 'gen', letters: 'RAI' }]);
    expect(raciMatrixSchema.safeParse({ ...m, roles: [{ ...m.roles[0]!, id: '__proto__' }] }).success).toBe(false);
    expect(raciMatrixSchema.safeParse({ ...m, cells: { gen: { 'a b': 'R' } } }).success).toBe(false);
  });
});
