import type { Workspace } from '../../contract/workspace';
import { SIGNATURE_BLOCKS, signatureBlocks } from '../../domain/signatories';
import { TEAMS, workshopOf, type Participant, type Team, type Workshop } from '../../domain/workshop';
import { isRegisteredStep, playbookPartOwner, problemSource } from '../../steps';

/**
 * What the playbook holds, read from a workspace: the facts for the cover, the step sections in
 * agenda order, the problems from the current-state wall and where each is answered. Plain data,
 * shared by the printed view (PlaybookDocument) and the Markdown export, so both say the same.
 */

export { TEAMS };

export interface PlaybookStepSection {
  /** The key of the section in the table of contents, and in its anchor (`pb-sec-<key>`). */
  key: string;
  stepId: string;
  agendaItemId: string;
  /** The facilitator's private notes for the step (empty when there are none). */
  notes: string;
}

export interface PlaybookProblem {
  id: string;
  name: string;
  votes: number;
  /** The step sections in this playbook that answer it, in agenda order. */
  answeredIn: PlaybookStepSection[];
}

export interface PlaybookModel {
  clientCompany: string;
  title: string;
  /** The workshop's date (YYYY-MM-DD), or '' when it is not set. */
  date: string;
  location: string;
  facilitator: string;
  participants: Participant[];
  participantsByTeam: { team: Team; members: Participant[] }[];
  sections: PlaybookStepSection[];
  /** The facilitator's notes on agenda items that are not steps (a wrap-up, a break), in agenda order. */
  otherNotes: { agendaItemId: string; title: string; notes: string }[];
  problems: PlaybookProblem[];
  /**
   * Whether the playbook prints its generic problem → answer map and sign-off page: not when a
   * step in it prints its own (actions and sign-off: its definition's `ownsPlaybookParts`).
   */
  generic: { problems: boolean; signOff: boolean };
}

/** The workshop's core data (date, people, agenda): src/domain/workshop.ts. */
export function setupOf(workspace: Workspace): Workshop {
  return workshopOf(workspace);
}

/**
 * The playbook of a workspace. A step gets a section when it is registered in this build (and,
 * for the view, has a playbook section: `hasSection`), and is switched on in the agenda; custom
 * agenda items (breaks, lunch) and switched-off steps get none.
 *
 * @example
 * const model = playbookModel(workspace, (stepId) => viewsOf(stepId) !== undefined);
 * model.sections.map((s) => s.stepId); // ['setup', 'currentState', 'sharedGoal']
 */
export function playbookModel(workspace: Workspace, hasSection: (stepId: string) => boolean = () => true): PlaybookModel {
  const setup = setupOf(workspace);
  const seen = new Set<string>();
  const sections: PlaybookStepSection[] = [];
  for (const item of setup.agenda) {
    if (item.kind !== 'step' || !item.enabled || seen.has(item.stepId)) continue;
    if (!isRegisteredStep(item.stepId) || !hasSection(item.stepId) || workspace.steps[item.stepId] === undefined) continue;
    seen.add(item.stepId);
    sections.push({ key: item.stepId, stepId: item.stepId, agendaItemId: item.id, notes: workspace.session.items[item.id]?.notes.trim() ?? '' });
  }
  // Notes on custom agenda items ("Action: Sofie … by Friday" in the wrap-up) are kept too.
  const otherNotes = setup.agenda.flatMap((item) => {
    const notes = workspace.session.items[item.id]?.notes.trim() ?? '';
    return item.kind === 'custom' && item.enabled && notes ? [{ agendaItemId: item.id, title: item.title, notes }] : [];
  });
  // The step that raises problems ranks them by its own rules (the wall: its dots and its cards').
  const problems = (problemSource(workspace)?.problems ?? []).map(({ id, name, votes, answeredBy }) => ({
    id,
    name,
    votes,
    answeredIn: sections.filter((section) => answeredBy.includes(section.stepId)),
  }));
  return {
    clientCompany: workspace.clientCompany,
    title: workspace.name,
    date: setup.date,
    location: setup.location,
    facilitator: setup.facilitator,
    participants: setup.participants,
    participantsByTeam: TEAMS.map((team) => ({ team, members: setup.participants.filter((p) => p.team === team) })).filter(
      (group) => group.members.length > 0,
    ),
    sections,
    otherNotes,
    problems,
    generic: {
      problems: problems.length > 0 && playbookPartOwner('problems', sections.map((section) => section.stepId)) === undefined,
      signOff: playbookPartOwner('signOff', sections.map((section) => section.stepId)) === undefined,
    },
  };
}

/** Up to this many participants, the cover lists them; more go to an appendix. */
export const COVER_PARTICIPANTS = 12;
export { SIGNATURE_BLOCKS };

/**
 * Who signs on the generic sign-off page, and who is listed by name under the blocks: the rule
 * every sign-off page follows (src/domain/signatories.ts): all of them when they fit, else the
 * teams in turn, leadership first, so that every team is represented.
 *
 * @example
 * signatories(model).length; // ≤ SIGNATURE_BLOCKS
 */
export function signatories(model: Pick<PlaybookModel, 'participants'>, limit = SIGNATURE_BLOCKS): Participant[] {
  return signatureBlocks(model.participants, (person) => person.team, limit).signing;
}

/** Splits notes into paragraphs at blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Today as YYYY-MM-DD in local time: the date of a playbook without a workshop date. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
