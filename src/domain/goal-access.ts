import { funnelInputSchema, type FunnelInput } from './funnel-schema';

/** Where the shared goal (the "Shared goal" step's slice) is stored in a workspace document. */
export const GOAL_PATH = ['steps', 'sharedGoal'] as const;

/**
 * The shared goal of a workspace, safe-parsed with its schema, or null when the workspace has
 * none (the step is not registered or not reached yet) or holds one of the wrong shape. Other
 * steps read the goal through this accessor, never through the shared-goal step's folder.
 *
 * @example
 * const goal = goalOf(workspace);
 * const plan = goal ? computeFunnel(goal) : null;
 */
export function goalOf(workspace: { steps: Record<string, unknown> }): FunnelInput | null {
  const parsed = funnelInputSchema.safeParse(workspace.steps[GOAL_PATH[1]]);
  return parsed.success ? parsed.data : null;
}
