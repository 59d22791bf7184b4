import type { TFunction } from 'i18next';
import type { StepSession } from '../../contract/session';
import type { Workspace } from '../../contract/workspace';
import { activeItems, type AgendaItem } from '../../domain/agenda';
import { workshopOf } from '../../domain/workshop';
import { emptyStepSession } from '../../contract/session';

/**
 * The parts of a workspace that the frame around a step reads (the agenda, where the room is):
 * a keystroke in a step changes neither, so the frame does not render again for it.
 */
export type WorkspaceFrame = Pick<Workspace, 'steps' | 'session'>;

/** The agenda of a workspace as the facilitator and the projector walk it. */
export function agendaOf(workspace: Pick<Workspace, 'steps'>): AgendaItem[] {
  return workshopOf(workspace).agenda;
}

/** The item on screen: the one the room is on, or the first switched-on one before the start. */
export function shownItem(workspace: WorkspaceFrame): AgendaItem | null {
  const agenda = agendaOf(workspace);
  const current = agenda.find((item) => item.id === workspace.session.currentItemId);
  return current ?? activeItems(agenda)[0] ?? null;
}

export function itemSessionOf(workspace: Pick<Workspace, 'session'>, itemId: string): StepSession {
  return workspace.session.items[itemId] ?? emptyStepSession();
}

export function itemTitle(item: AgendaItem, t: TFunction): string {
  return item.kind === 'step' ? stepTitle(item.stepId, t) : item.title;
}

/** A step's title from its own catalog (`<id>:title`); its id for a step this build does not know. */
export function stepTitle(stepId: string, t: TFunction): string {
  return t(`${stepId}:title`, { defaultValue: stepId });
}
