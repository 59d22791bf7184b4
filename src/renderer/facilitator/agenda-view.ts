import type { TFunction } from 'i18next';
import type { StepSession } from '../../contract/session';
import type { Workspace } from '../../contract/workspace';
import { activeItems, type AgendaItem } from '../../domain/agenda';
import type { SetupSlice } from '../../steps/setup/definition';
import { emptyStepSession } from '../../contract/session';

/** The agenda of a workspace as the facilitator and the projector walk it. */
export function agendaOf(workspace: Workspace): AgendaItem[] {
  return (workspace.steps['setup'] as SetupSlice | undefined)?.agenda ?? [];
}

/** The item on screen: the one the room is on, or the first switched-on one before the start. */
export function shownItem(workspace: Workspace): AgendaItem | null {
  const agenda = agendaOf(workspace);
  const current = agenda.find((item) => item.id === workspace.session.currentItemId);
  return current ?? activeItems(agenda)[0] ?? null;
}

export function itemSessionOf(workspace: Workspace, itemId: string): StepSession {
  return workspace.session.items[itemId] ?? emptyStepSession();
}

export function itemTitle(item: AgendaItem, t: TFunction): string {
  return item.kind === 'step' ? t(`steps:${item.stepId}.title`) : item.title;
}
