import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../contract/apply-edit';
import { DEFAULT_PLAYBOOK_OPTIONS } from '../../contract/print-options';
import type { StepMarkdownContext } from '../../contract/step-definition';
import type { Language, Workspace } from '../../contract/workspace';
import { actionsSignOffSchema, type ActionsSignOff } from '../../domain/actions-schema';
import { updateItem } from '../../domain/actions-edits';
import { coverageOf, wallProblemsOf } from '../../domain/coverage';
import { signAgreement } from '../../domain/versioning';
import type { Participant } from '../../domain/workshop';
import { WORKSHOP_STEP_IDS } from '../../domain/workshop-steps';
import { stepFormat } from '../kit/format';
import { actionsSignOffStep } from './definition';
import { sampleSteps } from '../index';
import { agreementFacts, signOffBlocks } from './facts';
import da from './i18n/da.json';
import en from './i18n/en.json';

/**
 * The Markdown section as a reader sees it, through the real catalogs and i18next (plurals and
 * interpolation as the app does them), on the Nordvind sample: the actions, the decision log,
 * the problem → answer map, the checks that still fail, and the sign-off with its version.
 */
const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { actionsSignOff: en }, da: { actionsSignOff: da } },
  lng: 'en',
  fallbackLng: false,
  ns: ['actionsSignOff'],
  defaultNS: 'actionsSignOff',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

function people(language: Language): Participant[] {
  const da = language === 'da';
  return [
    { id: 'p-mette', name: 'Mette Kjærgaard', title: da ? 'Administrerende direktør' : 'Chief Executive Officer', team: 'leadership' },
    { id: 'p-jens', name: 'Jens Østergaard', title: da ? 'Salgsdirektør' : 'Sales Director', team: 'sales' },
    { id: 'p-line', name: 'Line Bøgh', title: 'Key Account Manager', team: 'sales' },
    { id: 'p-rasmus', name: 'Rasmus Holm', title: da ? 'Sælger, nye kunder' : 'Account Executive, new business', team: 'sales' },
    { id: 'p-sofie', name: 'Sofie Lærke Andersen', title: da ? 'Marketingchef' : 'Head of Marketing', team: 'marketing' },
    { id: 'p-ahmed', name: 'Ahmed Haddad', title: da ? 'Digital marketingspecialist' : 'Digital Marketing Specialist', team: 'marketing' },
    { id: 'p-karen', name: 'Karen Søndergaard', title: da ? 'Indholdsansvarlig' : 'Content Lead', team: 'marketing' },
    { id: 'p-thomas', name: 'Thomas Friis', title: da ? 'Økonomidirektør' : 'Chief Financial Officer', team: 'leadership' },
  ];
}

/** The sample wall's themes (src/steps/currentState/sample.ts): three marked as problems. */
function wall(language: Language) {
  const name = (en: string, da: string) => (language === 'da' ? da : en);
  return {
    columns: [{ id: 'c', title: 'C' }],
    cards: [],
    themes: [
      { id: 'theme-follow-up', name: name('Following up leads', 'Opfølgning på leads'), votes: 3, problem: true, answeredBy: [] },
      { id: 'theme-lead-quality', name: name('Lead quality and a shared definition', 'Leadkvalitet og en fælles definition'), votes: 2, problem: true, answeredBy: [] },
      { id: 'theme-goals', name: name('Shared goals and measurement', 'Fælles mål og målinger'), votes: 1, problem: true, answeredBy: ['sharedGoal'] },
      { id: 'theme-material', name: name('Sales material', 'Salgsmateriale'), votes: 0, problem: false, answeredBy: [] },
    ],
    dotsPerParticipant: 3,
  };
}

function workspace(language: Language, slice?: ActionsSignOff): Workspace {
  return {
    language,
    clientCompany: 'Nordvind Ventilation A/S',
    currency: 'DKK',
    steps: {
      setup: {
        date: '2027-01-14',
        participants: people(language),
        agenda: WORKSHOP_STEP_IDS.map((stepId) => ({ id: `agenda-${stepId}`, kind: 'step', stepId, minutes: 30, enabled: true })),
      },
      currentState: wall(language),
      actionsSignOff: slice ?? actionsSignOffStep.sample({ language, registered: [] }),
    },
  } as unknown as Workspace;
}

function contextFor(doc: Workspace): StepMarkdownContext {
  const language = doc.language;
  return {
    language,
    registered: [...WORKSHOP_STEP_IDS],
    workspace: doc,
    options: DEFAULT_PLAYBOOK_OPTIONS,
    t: i18n.getFixedT(language, 'actionsSignOff') as StepMarkdownContext['t'],
    format: stepFormat(language, 'DKK'),
  };
}

const markdown = (doc: Workspace) => actionsSignOffStep.markdown(doc.steps['actionsSignOff'] as ActionsSignOff, contextFor(doc));

function sign(doc: Workspace): Workspace {
  const coverage = coverageOf({ problems: wallProblemsOf(doc), stepAnswers: [], actions: (doc.steps['actionsSignOff'] as ActionsSignOff).actions, deferrals: [] });
  const change = signAgreement(doc, { id: 'v1', date: '2027-01-14' }, coverage);
  if (!change.ok) throw new Error(JSON.stringify(change.refusal));
  return applyEdit(doc, change.ops).workspace;
}

describe('the sample', () => {
  it.each(['en', 'da'] as const)('parses in %s, answers every problem and is ready for signatures', (language) => {
    const doc = workspace(language);
    expect(actionsSignOffSchema.safeParse(doc.steps['actionsSignOff']).success).toBe(true);
    const facts = agreementFacts(doc);
    expect(facts.coverage.problems.map((p) => p.state)).toEqual(['answered', 'answered', 'answered']);
    expect(facts.blockers).toEqual([]);
    expect(facts.state).toMatchObject({ status: 'draft', version: '1.0', signed: null });
    for (const action of facts.slice.actions) expect([action.ownerId !== '', action.due !== '']).toEqual([true, true]);
    // The step's answers are its actions that answer a problem: 5 of the 7.
    expect(actionsSignOffStep.answers(facts.slice).map((a) => a.clauseId)).toEqual([
      'action-weekly-review',
      'action-fair-leads',
      'action-lead-queue',
      'action-mql-checklist',
      'action-dashboard',
    ]);
  });
});

describe('the Markdown section', () => {
  it('prints the actions, the decisions, the coverage map, no failing check and a draft sign-off, in English', () => {
    const text = markdown(workspace('en'));
    expect(text).toContain('### Actions');
    expect(text).toContain('| Book the weekly lead review (Mondays 08:30) for the rest of the year | Jens Østergaard | 21 January 2027 | Following up leads · Feedback cadence | Open |');
    expect(text).toContain('### Decision log');
    expect(text).toContain('| Sales and marketing share one revenue goal for 2027 | Separate goals made the two teams compete instead of work together | Mette Kjærgaard, Thomas Friis | 14 January 2027 | Shared goal |');
    expect(text).toContain('Every problem is answered or deferred: the agreement can be signed.');
    expect(text).toContain('| Shared goals and measurement | Shared goal (the whole step) · Action: Build the revenue dashboard: MQLs, SQLs and orders per month against the goal (Thomas Friis, 15 February 2027) |');
    expect(text).toContain('_No check fails._');
    // Six checks wait for the steps' data (none of their inputs is given here).
    expect(text).toContain('_6 checks were skipped._');
    expect(text).toContain('- **Version:** Version 1.0 (draft)');
    expect(text).toContain('- **Sponsor:** Mette Kjærgaard, Chief Executive Officer');
    expect(text).toContain('- **First review:** 15 April 2027');
    expect(text).toContain('| Jens Østergaard | For sales |   |   |');
  });

  it('prints the same in Danish, with Danish dates', () => {
    const text = markdown(workspace('da'));
    expect(text).toContain('### Handlinger');
    expect(text).toContain('| Book den ugentlige leadgennemgang (mandage kl. 8.30) resten af året | Jens Østergaard | 21. januar 2027 | Opfølgning på leads · Feedbackrytme | Åben |');
    expect(text).toContain('Alle problemer er besvaret eller udskudt: aftalen kan underskrives.');
    expect(text).toContain('- **Første opfølgning:** 15. april 2027');
    expect(text).toContain('- **Version:** Version 1.0 (udkast)');
  });

  it('names an open problem, the failing first-review check with its fix', () => {
    const sample = actionsSignOffStep.sample({ language: 'en', registered: [] });
    const slice: ActionsSignOff = {
      ...sample,
      actions: sample.actions.filter((a) => a.problemId !== 'theme-lead-quality'),
      signOff: { ...sample.signOff, firstReviewDate: '' },
    };
    const text = markdown(workspace('en', slice));
    expect(text).toContain('1 problem is not answered yet');
    expect(text).toContain('| Lead quality and a shared definition | Not answered |');
    expect(text).toContain('- **The first review has a date:** The first review has no date.');
    expect(text).toContain('  - _To fix:_ Set the date of the first review in the sign-off, about three months from today.');
    expect(text).toContain('- **First review:** Not set');
  });

  it('prints a signed version as final, and a later edit as draft 1.1 with its change log', () => {
    const signed = sign(workspace('en'));
    const final = markdown(signed);
    expect(final).toContain('- **Version:** Version 1.0, signed 14 January 2027');
    expect(final).toContain('| Jens Østergaard | For sales |   | 14 January 2027 |');
    expect(final).toContain('| 1.0 | 14 January 2027 | Mette Kjærgaard |   |');
    const slice = signed.steps['actionsSignOff'] as ActionsSignOff;
    const change = updateItem(slice, 'actions', 'action-fair-leads', { ownerId: 'p-line', due: '2027-02-05' });
    if (!change.ok) throw new Error('refused');
    const draft = markdown(applyEdit(signed, change.ops).workspace);
    expect(draft).toContain('- **Version:** Version 1.1 (draft)');
    expect(draft).toContain('#### Changes since version 1.0');
    expect(draft).toContain(
      '- Actions and sign-off › Actions › Call every open lead from the Herning trade fair and record an outcome › Owner: “Rasmus Holm” → “Line Bøgh”',
    );
    expect(draft).toContain('› Due date: “29 January 2027” → “5 February 2027”');
  });
});

describe('the volume checks on the whole sample', () => {
  const full = (language: Language) => ({ language, clientCompany: 'Nordvind Ventilation A/S', currency: 'DKK', steps: sampleSteps(language) }) as unknown as Workspace;

  it('prints none of them on the sample, where the sellers can make the attempts the SLA asks for', () => {
    // 2,287 MQLs ÷ 52 weeks × 6 attempts = 263.9 attempts a week; 6 sellers × 50 = 300 cover them.
    const en = markdown(full('en'));
    expect(en).not.toContain('The attempts the SLA asks for vs the attempts the sellers can make');
    expect(en).not.toContain('The MQLs the goal needs vs the lead threshold');
    expect(en).not.toContain("The SLA's volumes equal the goal's");
  });

  it('prints the capacity check that fails, with its figures and fix, in English and Danish', () => {
    // The sample with 40 attempts a seller a week: 6 × 40 = 240 < 263.9 (2,287 ÷ 52 = 43.98…, shown
    // rounded up 43.99, × 6). ⌈263.9 ÷ 40⌉ = ⌈6.6⌉ = 7 sellers; ⌊240 ÷ (2,287/52)⌋ = ⌊12,480 ÷ 2,287⌋
    // = ⌊5.46⌋ = 5 attempts a lead fit.
    const fewer = (language: Language) => {
      const doc = full(language);
      const sla = doc.steps['serviceLevel'] as { sales: Record<string, unknown> };
      return { ...doc, steps: { ...doc.steps, serviceLevel: { ...sla, sales: { ...sla.sales, attemptsPerSellerPerWeek: 40 } } } } as Workspace;
    };
    const en = markdown(fewer('en'));
    expect(en).toContain(
      '- **The attempts the SLA asks for vs the attempts the sellers can make:** The SLA asks for 264 contact attempts a week (43.99 MQLs a week × 6 attempts); 6 sellers can make 240 (40 each).',
    );
    expect(en).toContain('  - _To fix:_ Lower the attempts per lead to 5, add sellers (7 are needed), or raise the attempts a seller can make a week in the SLA.');
    const da = markdown(fewer('da'));
    expect(da).toContain('- **De forsøg, SLA’en kræver, mod dem sælgerne kan nå:** SLA’en kræver 264 kontaktforsøg om ugen (43,99 MQL’er om ugen × 6 forsøg); 6 sælgere kan klare 240 (40 hver).');
    expect(da).toContain('Sænk forsøgene pr. lead til 5, ansæt flere sælgere (der skal 7 til)');
  });
});

describe('the sign-off page’s signature blocks', () => {
  it('keeps the room’s order when all fit, and with 40 signers gives 12 blocks, the sponsor’s first', () => {
    const doc = workspace('en');
    const facts = agreementFacts(doc);
    expect(signOffBlocks(facts)).toEqual({ signing: facts.slice.signOff.signers, others: [] });
    // 40 participants who all sign, the teams in turn from sales; the sponsor is the third leader (p-10).
    const teams = ['sales', 'marketing', 'leadership', 'other'] as const;
    const participants = Array.from({ length: 40 }, (_, n) => ({ id: `p-${n}`, name: `Person ${n}`, title: '', team: teams[n % 4]! }));
    const signers = participants.map((p) => ({ id: `signer-${p.id}`, participantId: p.id, role: '' }));
    const many = { workshop: { ...facts.workshop, participants }, slice: { ...facts.slice, signOff: { ...facts.slice.signOff, sponsorId: 'p-10', signers } } };
    const { signing, others } = signOffBlocks(many);
    expect(signing).toHaveLength(12);
    expect(others).toHaveLength(28);
    // The sponsor first, then the teams in turn, leadership first: p-10, p-0 (sales), p-1 (marketing),
    // p-3 (other); then p-2 (the first leader), p-4, p-5, p-7; then p-6, p-8, p-9, p-11.
    expect(signing.map((s) => s.participantId)).toEqual(['p-10', 'p-0', 'p-1', 'p-3', 'p-2', 'p-4', 'p-5', 'p-7', 'p-6', 'p-8', 'p-9', 'p-11']);
    expect(others.map((s) => s.id)).toEqual(signers.filter((s) => !signing.includes(s)).map((s) => s.id));
  });
});
