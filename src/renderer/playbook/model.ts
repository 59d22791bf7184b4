import type { Workspace } from '../../contract/workspace';
import { problemsOf } from '../../domain/wall';
import { isRegisteredStep } from '../../steps';
import type { CurrentStateSlice } from '../../steps/currentState/definition';
import type { Participant, SetupSlice, Team } from '../../steps/setup/definition';

/**
 * What the playbook holds, read from a workspace: the facts for the cover, the step sections in
 * agenda order, the problems from the current-state wall and where each is answered. Plain data,
 * shared by the printed view (PlaybookDocument) and the Markdown export, so both say the same.
 */

export const TEAMS: readonly Team[] = ['leadership', 'sales', 'marketing', 'other'];

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
  problems: PlaybookProblem[];
}

/** The set-up slice, or an empty one (a workspace always has it; a damaged mirror may not). */
export function setupOf(workspace: Workspace): SetupSlice {
  const slice = workspace.steps['setup'] as SetupSlice | undefined;
  return slice ?? { date: '', location: '', facilitator: '', participants: [], startTime: '09:00', endTime: '', agenda: [] };
}

export function wallOf(workspace: Workspace): CurrentStateSlice | undefined {
  return workspace.steps['currentState'] as CurrentStateSlice | undefined;
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
  const wall = wallOf(workspace);
  // The wall's own rules (src/domain/wall.ts): a theme's votes are its dots and its cards' dots.
  const problems = (wall ? problemsOf(wall) : []).map(({ theme, votes, answeredBy }) => ({
    id: theme.id,
    name: theme.name,
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
    problems,
  };
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
