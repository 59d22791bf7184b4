/**
 * The playbook tests' workshop: the sample (resources/samples/nordvind.<language>.json), enriched to
 * at least 8 participants and 40 cards on the current-state wall, with the facilitator's notes on
 * two steps and each problem linked to where it is answered. Plain data, for the tests and the
 * benchmark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language, Workspace } from '../../src/contract/workspace';

const root = fileURLToPath(new URL('../..', import.meta.url));

const EXTRA_CARDS: Record<Language, string[]> = {
  da: [
    'Sælgerne ringer først tilbage efter flere dage – så har kunden købt et andet sted',
    'Vi ved ikke, hvilke kampagner der giver ordrer',
    'Marketing får aldrig at vide, hvorfor et tilbud blev tabt',
    'Messerne giver mange visitkort, men få møder',
    'Vores hjemmeside taler om produkter, kunderne spørger om driftsøkonomi',
    'CRM-feltet "kilde" er tomt på over halvdelen af leadsene',
    'Salg og marketing holder møder hver for sig og hører aldrig hinanden',
    'Nyhedsbrevet når de rigtige rådgivende ingeniører',
    'Webinaret om energiberegning gav tre gode kunder sidste år',
    'Key account-teamet deler gerne cases, når nogen spørger',
    'Fagbladsannoncerne kan ingen måle på',
    'Tilbudsskabelonen er fra 2019 og mangler de nye aggregater',
  ],
  en: [
    'Sellers call back after several days – by then the customer has bought elsewhere',
    'We do not know which campaigns bring orders',
    'Marketing is never told why a proposal was lost',
    'Trade fairs bring many business cards but few meetings',
    'Our website talks about products; customers ask about running costs',
    'The CRM "source" field is empty on more than half of the leads',
    'Sales and marketing meet separately and never hear each other',
    'The newsletter reaches the right consulting engineers',
    'The energy-calculation webinar brought three good customers last year',
    'The key account team gladly shares cases when asked',
    'Nobody can measure the trade-magazine ads',
    'The proposal template is from 2019 and lacks the new units',
  ],
};

const NOTES: Record<Language, [string, string]> = {
  da: [
    'Jens og Sofie var hurtigt enige om, at opfølgningen er det største problem.\n\nHusk at følge op på CRM-feltet "kilde" før kvartalsmødet – Ahmed tjekker det.',
    'Thomas (økonomi) bakker op om målet på 12 mio. kr., men vil se tallene pr. kvartal.',
  ],
  en: [
    'Jens and Sofie quickly agreed that follow-up is the biggest problem.\n\nRemember to check the CRM "source" field before the quarterly meeting – Ahmed looks into it.',
    'Thomas (finance) backs the 12 million target but wants to see the figures per quarter.',
  ],
};

interface Slices {
  setup: { participants: { id: string; name: string; title: string; team: string }[]; agenda: { id: string; kind: string; stepId?: string }[] };
  currentState: { columns: { id: string }[]; cards: { id: string; columnId: string; text: string; themeId: string | null; votes: number }[]; themes: { id: string; problem: boolean; answeredBy: string[] }[] };
}

/** The sample workshop, enriched (see above). */
export function enrichedSample(language: Language): Workspace {
  const workspace = JSON.parse(readFileSync(join(root, 'resources', 'samples', `nordvind.${language}.json`), 'utf8')) as Workspace;
  const steps = workspace.steps as unknown as Slices;
  const people = steps.setup.participants;
  for (let n = people.length; n < 8; n += 1) people.push({ id: `p-extra-${n}`, name: `Deltager ${n + 1}`, title: 'Sælger', team: 'sales' });
  const wall = steps.currentState;
  const columns = wall.columns.map((column) => column.id);
  const themes = wall.themes.map((theme) => theme.id);
  for (let n = 0; wall.cards.length < 40; n += 1) {
    const text = EXTRA_CARDS[language][n % EXTRA_CARDS[language].length]!;
    wall.cards.push({ id: `card-extra-${n}`, columnId: columns[n % columns.length]!, text, themeId: n % 3 === 0 ? null : (themes[n % themes.length] ?? null), votes: n % 4 === 1 ? 1 : 0 });
  }
  // Every problem is answered somewhere, so "answered in" shows page references.
  for (const theme of wall.themes) if (theme.problem && theme.answeredBy.length === 0) theme.answeredBy.push('sharedGoal');
  const itemOf = (stepId: string) => steps.setup.agenda.find((item) => item.kind === 'step' && item.stepId === stepId)?.id;
  const [wallNotes, goalNotes] = NOTES[language];
  const session = { progress: 'done', timer: { startedAt: null, elapsedMs: 0, extraMinutes: 0 } };
  workspace.session.items = {
    ...workspace.session.items,
    [itemOf('currentState')!]: { ...session, notes: wallNotes },
    [itemOf('sharedGoal')!]: { ...session, notes: goalNotes },
  } as Workspace['session']['items'];
  return workspace;
}

/** Writes the enriched sample to `file` (as a workspace file a user would export). */
export function writeEnrichedSample(language: Language, file: string): Workspace {
  const workspace = enrichedSample(language);
  writeFileSync(file, `${JSON.stringify(workspace, null, 2)}\n`);
  return workspace;
}
