import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_BLOCKS, signatureBlocks } from './signatories';

interface Person {
  id: string;
  team: string;
}
const person = (id: string, team: string): Person => ({ id, team });
const teamOf = (p: Person) => p.team;

describe('who gets a signature block on a sign-off page', () => {
  it('gives everyone a block, in their order, when they fit', () => {
    const people = [person('jens', 'sales'), person('mette', 'leadership'), person('sofie', 'marketing')];
    expect(signatureBlocks(people, teamOf)).toEqual({ signing: people, others: [] });
    const twelve = Array.from({ length: 12 }, (_, i) => person(`s${i}`, 'sales'));
    expect(signatureBlocks(twelve, teamOf).signing).toHaveLength(12);
  });

  it('lets the teams take turns, leadership first, and lists the rest in their order', () => {
    // 2 leaders, 5 sellers, 1 marketer, 1 from a team the list does not know; 5 blocks:
    // turn 1: lead-1, sales-1, mkt-1, then the unknown team (last in the order): x-1; turn 2: lead-2.
    const people = [
      person('sales-1', 'sales'),
      person('sales-2', 'sales'),
      person('lead-1', 'leadership'),
      person('x-1', 'board'),
      person('sales-3', 'sales'),
      person('mkt-1', 'marketing'),
      person('lead-2', 'leadership'),
      person('sales-4', 'sales'),
      person('sales-5', 'sales'),
    ];
    const { signing, others } = signatureBlocks(people, teamOf, 5);
    expect(signing.map((p) => p.id)).toEqual(['lead-1', 'sales-1', 'mkt-1', 'x-1', 'lead-2']);
    expect(others.map((p) => p.id)).toEqual(['sales-2', 'sales-3', 'sales-4', 'sales-5']);
  });

  it('holds at most twelve blocks for 40 people, every team in them, nobody lost or doubled', () => {
    const teams = ['sales', 'marketing', 'leadership', 'other'];
    const forty = Array.from({ length: 40 }, (_, n) => person(`p-${n}`, teams[n % 4]!));
    const { signing, others } = signatureBlocks(forty, teamOf);
    expect(SIGNATURE_BLOCKS).toBe(12);
    // 12 blocks = 3 turns of 4 teams: leadership p-2, p-6, p-10 first in each turn.
    expect(signing.map((p) => p.id)).toEqual(['p-2', 'p-0', 'p-1', 'p-3', 'p-6', 'p-4', 'p-5', 'p-7', 'p-10', 'p-8', 'p-9', 'p-11']);
    expect(others).toHaveLength(28);
  });

  it('never gives more blocks than the limit, and every person is either signing or listed, once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('leadership', 'sales', 'marketing', 'other', 'board'), { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (teams, limit) => {
        const people = teams.map((team, i) => person(`p-${i}`, team));
        const { signing, others } = signatureBlocks(people, teamOf, limit);
        expect(signing.length).toBe(Math.min(people.length, limit));
        expect([...signing, ...others].map((p) => p.id).sort()).toEqual(people.map((p) => p.id).sort());
        // Every team with people has a block before any team has two (when there are blocks enough).
        const present = new Set(teams);
        if (limit >= present.size && people.length > limit) expect(new Set(signing.map((p) => p.team))).toEqual(present);
      }),
    );
  });
});
