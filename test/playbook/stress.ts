/**
 * The playbook's stress workshops: what breaks a print layout that only ever saw the sample. Six
 * sales types, counts of eight digits, a goal for a whole year (12 months in every monthly table),
 * 11 sellers, money with øre, and 9 or 40 participants; the wrap-up (a custom agenda item) holds
 * the facilitator's notes; every participant signs the agreement. Built from the enriched sample
 * (./sample.ts), as plain data.
 */
import { writeFileSync } from 'node:fs';
import type { Language, Workspace } from '../../src/contract/workspace';
import { enrichedSample } from './sample';

const FIRST = ['Mette', 'Jens', 'Line', 'Rasmus', 'Sofie', 'Ahmed', 'Karen', 'Thomas', 'Søren', 'Birgitte', 'Østen', 'Åse', 'Lærke', 'Niels', 'Pernille', 'Jørgen', 'Hanne', 'Mikkel', 'Signe', 'Bjørn'];
const LAST = ['Kjærgaard', 'Østergaard', 'Bøgh', 'Holm', 'Andersen', 'Haddad', 'Søndergaard', 'Friis', 'Mølgaard', 'Dalsgaard', 'Høj', 'Brønnum'];
const TEAMS = ['sales', 'marketing', 'leadership', 'other'] as const;

const TYPES: Record<Language, string[]> = {
  da: ['Nye kunder i Danmark', 'Eksisterende kunder', 'Serviceaftaler', 'Eksport til Norden', 'Reservedele og filtre', 'Projektsalg til entreprenører'],
  en: ['New customers in Denmark', 'Existing customers', 'Service agreements', 'Exports to the Nordics', 'Spare parts and filters', 'Project sales to contractors'],
};

/** The wrap-up's notes: a custom agenda item's, which `--notes` must keep. */
export const WRAP_UP_NOTES: Record<Language, string> = {
  da: 'Handling: Sofie sender udkastet til SLA-målingen til Jens inden fredag.',
  en: 'Action: Sofie sends the draft SLA report to Jens by Friday.',
};

export interface StressOptions {
  participants: 9 | 40 | number;
}

/** The consultant's brand in the stress workshops: a firm, an SVG logo and an accent colour. */
export const STRESS_FIRM = 'Lykke & Co. Rådgivning';
const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="40" height="40" rx="8" fill="#2e7d5b"/><text x="48" y="27" font-family="sans-serif" font-size="18" fill="#1a2330">Lykke</text></svg>';

/**
 * The stress workshop: the sample with six sales types whose counts run to eight digits, a yearly
 * goal of 987.654.321,55 kr., 11 sellers and `participants` people.
 */
export function stressWorkspace(language: Language, { participants }: StressOptions): Workspace {
  const workspace = enrichedSample(language);
  const steps = workspace.steps as Record<string, Record<string, unknown>>;
  const setup = steps['setup']!;
  const people = [];
  for (let n = 0; n < participants; n += 1) {
    const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7 + Math.floor(n / FIRST.length)) % LAST.length]}`;
    const title = language === 'da' ? ['Sælger', 'Marketingkoordinator', 'Direktør', 'Controller'][n % 4]! : ['Account Executive', 'Marketing Coordinator', 'Director', 'Controller'][n % 4]!;
    people.push({ id: `p-stress-${n}`, name, title, team: TEAMS[n % TEAMS.length] });
  }
  setup['participants'] = people;
  // Everyone in the room signs the agreement (the actions step's own sign-off page), the first
  // leader as its sponsor: 40 signers must still leave one page of at most 12 signature blocks.
  const agreement = steps['actionsSignOff']!;
  agreement['signOff'] = {
    ...(agreement['signOff'] as Record<string, unknown>),
    sponsorId: people.find((person) => person.team === 'leadership')?.id ?? '',
    signers: people.map((person) => ({ id: `signer-${person.id}`, participantId: person.id, role: person.title })),
  };
  const goal = steps['sharedGoal']!;
  goal['targetAmount'] = 987_654_321.55;
  goal['period'] = { kind: 'year', year: 2027 };
  // Shares in percent (adding up to 100), small deals and low rates: counts of eight digits.
  const shares = [30, 20, 15, 15, 10, 10];
  goal['salesTypes'] = TYPES[language].map((name, i) => ({
    id: `type-${i + 1}`,
    name,
    share: { kind: 'percent', percent: shares[i] },
    averageDealSize: [1_250.5, 2_400, 3_999.99, 1_800, 950, 12_500][i],
    salesCycleMonths: [4, 2, 1, 6, 1, 9][i],
    conversionRates: { lead: 8 + i, mql: 30, sql: 45, meeting: 50, proposal: 35 },
  }));
  goal['team'] = { sellers: 11, marketers: 4 };
  goal['capacity'] = { followUpsPerSellerPerWeek: 40 };
  // The wrap-up (a custom item) gets notes.
  const agenda = setup['agenda'] as { id: string; kind: string }[];
  const wrap = agenda.filter((item) => item.kind === 'custom').at(-1)!;
  workspace.session.items = {
    ...workspace.session.items,
    [wrap.id]: { progress: 'done', timer: { startedAt: null, elapsedMs: 0, extraMinutes: 0 }, notes: WRAP_UP_NOTES[language] },
  };
  workspace.playbook = {
    consultant: { firmName: STRESS_FIRM, accent: '#2e7d5b', logo: { mediaType: 'image/svg+xml', data: Buffer.from(LOGO_SVG).toString('base64') } },
    control: { version: '2.1', status: 'final', issueDate: '2027-01-21', preparedBy: '', preparedFor: '', confidentiality: '' },
  } as const;
  return workspace;
}

/** Writes a stress workshop to `file` (as a workspace file a user would export). */
export function writeStressWorkspace(language: Language, options: StressOptions, file: string): Workspace {
  const workspace = stressWorkspace(language, options);
  writeFileSync(file, `${JSON.stringify(workspace, null, 2)}\n`);
  return workspace;
}
