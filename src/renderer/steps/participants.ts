import type { Workspace } from '../../contract/workspace';
import type { SetupSlice } from '../../steps/setup/definition';

/**
 * How many people take part, from the set-up. Steps never import each other; a step that needs a
 * fact of another step's slice (the dot budget of the current-state wall needs the head count)
 * reads it through the renderer, which may know every step.
 */
export function participantCount(workspace: Workspace): number {
  const setup = workspace.steps['setup'] as Partial<SetupSlice> | undefined;
  return Array.isArray(setup?.participants) ? setup.participants.length : 0;
}
