import { TEAMS } from './workshop';

/**
 * Who gets a signature block on a printed sign-off page. One rule for every sign-off page of the
 * playbook (the generic closing page and the actions-and-sign-off step's own), so that a workshop
 * of 40 never prints four pages of signature lines (issue 17).
 */

/** The sign-off page holds this many signature blocks at most. */
export const SIGNATURE_BLOCKS = 12;

export interface SignatureSplit<T> {
  /** Who gets a signature block: at most the limit. */
  signing: T[];
  /** Everyone else, in their own order: listed compactly by name under the blocks. */
  others: T[];
}

/**
 * Splits people into those who sign in a block and the rest. When they fit, all sign, in their
 * order. When there are more than the limit, the teams take turns, leadership first (then sales,
 * marketing, other; a team this list does not know comes last), each team's people in their
 * order, so that every team is represented; the rest are listed by name.
 *
 * @example
 * // 40 participants, 10 per team: 3 from each team sign, in turns, the other 28 are listed.
 * const { signing, others } = signatureBlocks(participants, (p) => p.team);
 * signing.map((p) => p.team); // ['leadership', 'sales', 'marketing', 'other', 'leadership', …] (12)
 * others.length; // 28
 */
export function signatureBlocks<T>(people: readonly T[], teamOf: (person: T) => string, limit: number = SIGNATURE_BLOCKS): SignatureSplit<T> {
  if (people.length <= limit) return { signing: [...people], others: [] };
  const order = [...TEAMS, ...new Set(people.map(teamOf).filter((team) => !(TEAMS as readonly string[]).includes(team)))];
  const queues = order.map((team) => people.filter((person) => teamOf(person) === team));
  const chosen = new Set<T>();
  const signing: T[] = [];
  for (let turn = 0; signing.length < limit; turn += 1) {
    for (const queue of queues) {
      const person = queue[turn];
      if (person !== undefined && signing.length < limit) {
        signing.push(person);
        chosen.add(person);
      }
    }
  }
  return { signing, others: people.filter((person) => !chosen.has(person)) };
}
