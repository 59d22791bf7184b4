/**
 * Realistic workspace documents for benchmarks and tests: a Danish sales–marketing workshop with
 * its set-up (participants, agenda, time and place), a session in the room, a wall of cards
 * grouped in themes and voted on, goals per sales type, a RACI matrix, actions and notes.
 * Deterministic for a given seed. The `setup` slice and the session have the real, validated
 * shapes; the other slices belong to steps not registered yet, so they are opaque to the schema
 * and their shapes are plausible, not normative.
 *
 * @example
 * const big = makeWorkspace({ targetBytes: 2 * 1024 * 1024 }); // ≈ 2 MB as saved
 * const small = makeSampleWorkspace();                          // what one workshop day makes
 */
import { encodeWorkspace } from '../../src/contract/codec';
import { emptySession, emptyTimer, type Session } from '../../src/contract/session';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../src/contract/workspace';
import type { AgendaItem } from '../../src/domain/agenda';
import { currentStepVersions, defaultSteps } from '../../src/steps';
import type { Workshop as SetupSlice, Team } from '../../src/domain/workshop';
import { seededRandom } from '../support/seeded-random';

export interface FixtureOptions {
  /** The workspace id (also its file name). */
  id?: string;
  seed?: number;
  /** Grow the content until the encoded document is about this many bytes. */
  targetBytes?: number;
}


const FIRST_NAMES = ['Søren', 'Mette', 'Jørgen', 'Åse', 'Lærke', 'Bjørn', 'Kirsten', 'Mads', 'Signe', 'Anders', 'Rasmus', 'Ida', 'Frederik', 'Maja', 'Søs', 'Niels', 'Birgitte', 'Thøger', 'Astrid', 'Jens'];
const LAST_NAMES = ['Jørgensen', 'Nørgaard', 'Møller', 'Østergaard', 'Kjær', 'Sørensen', 'Hansen', 'Bækgaard', 'Lund', 'Dahl', 'Skovgård', 'Thomsen', 'Kristiansen', 'Bøgh', 'Larsen'];
const ROLES = ['Salgschef', 'Key account manager', 'Marketingchef', 'Indholdsansvarlig', 'Direktør', 'Salgskonsulent', 'Kampagneansvarlig', 'Produktchef', 'Kundeservicechef', 'Digital marketingkoordinator'];
const TEAMS: readonly Team[] = ['sales', 'marketing', 'leadership', 'sales', 'marketing', 'other'];
const WORDS = [
  'kunder', 'møder', 'tilbud', 'kampagne', 'leads', 'opfølgning', 'forhandlere', 'pipeline', 'budskab', 'målgruppe',
  'nyhedsbrev', 'messe', 'webinar', 'prisliste', 'rabat', 'fornyelse', 'kvalificering', 'overdragelse', 'ansvar', 'fælles',
  'forståelse', 'tillid', 'hurtigere', 'bedre', 'færre', 'flere', 'være', 'nå', 'få', 'gøre', 'både', 'også', 'på', 'fra',
  'til', 'og', 'med', 'når', 'så', 'ikke', 'vi', 'de', 'det', 'en', 'et', 'for', 'om', 'skal', 'kan', 'må', 'kvartal', 'år',
  'sælgerne', 'marketing', 'kontakt', 'beslutningstager', 'indkøb', 'aftale', 'kontrakt', 'løsning', 'værdi', 'åbning',
  'første', 'næste', 'sidste', 'øget', 'reduceret', 'tydelig', 'rød', 'grøn', 'blå', 'klar', 'hjemmeside', 'henvendelser',
  'mødebooking', 'salgsmateriale', 'cases', 'referencer', 'konkurrenter', 'markedsandel', 'ordreindgang', 'dækningsbidrag',
];
const THEME_TITLES = ['Leadkvalitet', 'Overdragelse af leads', 'Fælles sprog', 'Målgrupper', 'Salgsmateriale', 'Opfølgning', 'Værktøjer og CRM', 'Kampagner', 'Prissætning', 'Kundeservice', 'Ledelse og mål', 'Data og rapportering'];
const COLORS = ['#f4d35e', '#ee964b', '#f95738', '#0d3b66', '#83c5be', '#b5838d', '#6d597a', '#2a9d8f'];
const SALES_TYPES = ['Nysalg', 'Mersalg', 'Fornyelse', 'Partnersalg', 'Webshop', 'Projektsalg'];
const ACTIVITIES = ['Kvalificere leads', 'Booke første møde', 'Skrive tilbud', 'Godkende rabat', 'Planlægge kampagne', 'Opdatere CRM', 'Lave kundecase', 'Følge op på tilbud', 'Afholde webinar', 'Måle konvertering', 'Onboarde ny kunde', 'Forny aftale'];
const STATUSES = ['todo', 'doing', 'done'] as const;

export function makeWorkspace(options: FixtureOptions = {}): Workspace {
  const target = options.targetBytes ?? 2 * 1024 * 1024;
  const seed = options.seed ?? 42;
  // Size is not quite linear in scale (participant count is capped, votes grow with it), so a
  // few proportional corrections bring it within 2 % of the target.
  let scale = 1;
  let workspace = build(seed, options.id, scale);
  for (let pass = 0; pass < 6; pass += 1) {
    const bytes = Buffer.byteLength(encodeWorkspace(workspace));
    if (Math.abs(bytes - target) / target < 0.02) break;
    scale = Math.max(0.05, (scale * target) / bytes);
    workspace = build(seed, options.id, scale);
  }
  return workspace;
}

/** About the size one real workshop day makes (≈ 40 kB): six participants, ~45 cards, a RACI of nine rows. */
export function makeSampleWorkspace(options: Omit<FixtureOptions, 'targetBytes'> = {}): Workspace {
  return makeWorkspace({ ...options, targetBytes: 40 * 1024 });
}

/** `scale` 1 is roughly 100 kB of content; counts grow linearly with it. */
function build(seed: number, id: string | undefined, scale: number): Workspace {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  let serial = 0;
  const newId = (prefix: string) => `${prefix}-${(serial += 1).toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const start = Date.UTC(2025, 2, 11, 8, 30);
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();

  const participants: SetupSlice['participants'] = Array.from({ length: Math.max(6, Math.min(40, count(12))) }, (_, i) => ({
    id: newId('p'),
    name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
    title: pick(ROLES),
    team: TEAMS[i % TEAMS.length]!,
  }));
  const who = () => pick(participants).id;

  const themes = Array.from({ length: Math.min(THEME_TITLES.length, Math.max(4, count(8))) }, (_, i) => ({
    id: newId('t'),
    title: THEME_TITLES[i]!,
    color: COLORS[i % COLORS.length]!,
    collapsed: false,
  }));

  const cards = Array.from({ length: count(160) }, (_, i) => {
    const author = pick(participants);
    const voters = participants.filter(() => random() < 0.25).map((p) => p.id);
    return {
      id: newId('c'),
      text: sentence(6, 22),
      author: author.id,
      team: author.team,
      themeId: random() < 0.85 ? pick(themes).id : null,
      votes: voters,
      position: { x: int(0, 2400), y: int(0, 1600) },
      createdAt: at(i % 480),
    };
  });

  const salesTypes = SALES_TYPES.slice(0, Math.max(3, Math.min(SALES_TYPES.length, count(4)))).map((name) => ({
    id: newId('s'),
    name,
    description: sentence(8, 20),
    averageDealSize: int(20, 900) * 1000,
    winRate: Math.round(random() * 60 + 10) / 100,
    salesCycleDays: int(14, 180),
    target: { count: int(5, 200), revenue: int(1, 60) * 250_000 },
    leadSources: Array.from({ length: int(2, 5) }, () => ({ id: newId('ls'), name: pick(['Web', 'Messe', 'Partner', 'Netværk', 'Kampagne', 'Henvisning']), share: int(5, 60) })),
  }));

  const raciRows = Array.from({ length: count(30) }, (_, i) => ({
    id: newId('r'),
    activity: `${ACTIVITIES[i % ACTIVITIES.length]!}${i >= ACTIVITIES.length ? ` (${Math.floor(i / ACTIVITIES.length) + 1})` : ''}`,
    responsible: [who()],
    accountable: who(),
    consulted: participants.filter(() => random() < 0.15).map((p) => p.id),
    informed: participants.filter(() => random() < 0.2).map((p) => p.id),
    note: random() < 0.4 ? sentence(5, 15) : '',
  }));

  const actions = Array.from({ length: count(40) }, (_, i) => ({
    id: newId('a'),
    title: sentence(3, 8),
    description: sentence(10, 30),
    owner: who(),
    due: new Date(start + (14 + i) * 86_400_000).toISOString().slice(0, 10),
    status: pick(STATUSES),
    priority: int(1, 3),
    themeId: pick(themes).id,
  }));

  const notes = Array.from({ length: count(30) }, (_, i) => ({
    id: newId('n'),
    stepId: pick(['setup', 'wall', 'goal', 'raci', 'actions']),
    text: `${sentence(15, 45)} ${sentence(10, 30)}`,
    author: who(),
    createdAt: at(i * 3),
  }));

  const agenda: AgendaItem[] = [
    { id: 'agenda-welcome', kind: 'custom', title: 'Velkomst', minutes: 15, enabled: true },
    { id: 'agenda-setup', kind: 'step', stepId: 'setup', minutes: 30, enabled: true },
    ...['Væggen', 'Pause', 'Mål', 'Frokost', 'RACI', 'Handlinger', 'Opsamling'].map(
      (title, i): AgendaItem => ({ id: newId('ag'), kind: 'custom', title, minutes: [90, 15, 60, 45, 60, 45, 20][i]!, enabled: true }),
    ),
  ];
  const setup: SetupSlice = {
    date: '2025-03-11',
    location: 'Mødelokale Søndervang, Århus',
    facilitator: 'Åse Kjær',
    participants,
    startTime: '08:30',
    endTime: '16:00',
    agenda,
  };
  // The room is on the wall: the welcome and the set-up are done, the wall's timer runs.
  const session: Session = {
    ...emptySession(),
    currentItemId: agenda[2]!.id,
    items: {
      [agenda[0]!.id]: { progress: 'done', timer: { ...emptyTimer(), elapsedMs: 16 * 60_000 }, notes: '' },
      [agenda[1]!.id]: { progress: 'done', timer: { ...emptyTimer(), elapsedMs: 31 * 60_000, extraMinutes: 5 }, notes: sentence(8, 20) },
      [agenda[2]!.id]: { progress: 'in_progress', timer: { ...emptyTimer(), startedAt: at(47) }, notes: sentence(8, 20) },
    },
  };

  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: id ?? 'bench-workspace',
    name: 'Salg og marketing i samspil – forår',
    clientCompany: 'Nordvind Ærø A/S',
    language: 'da',
    currency: 'DKK',
    createdAt: at(0),
    updatedAt: at(600),
    session,
    stepVersions: currentStepVersions(),
    steps: {
      // The registered steps' slices start as a new workspace's (a file without one gets them).
      ...defaultSteps('da'),
      setup,
      wall: { themes, cards, votesPerParticipant: 5 },
      goal: { period: '2025', revenueTarget: salesTypes.reduce((sum, s) => sum + s.target.revenue, 0), salesTypes },
      raci: { rows: raciRows },
      actions: { items: actions },
      notes: { items: notes },
    },
  };
}
