import type { StepId } from '../../steps';
import { currentStateViews } from '../../steps/currentState/views';
import { setupViews } from '../../steps/setup/views';
import { sharedGoalViews } from '../../steps/sharedGoal/views';
import type { AnyStepViews } from './types';

/**
 * Each registered step's views. Typed `satisfies Record<StepId, …>`: registering a step in
 * src/steps/index.ts without adding its views here fails the type check.
 */
export const stepViews = {
  setup: setupViews,
  currentState: currentStateViews,
  sharedGoal: sharedGoalViews,
} satisfies Record<StepId, AnyStepViews>;

/** The views of a step by id (a step id read from a document is only a string). */
export function viewsOf(stepId: string): AnyStepViews | undefined {
  return (stepViews as Record<string, AnyStepViews | undefined>)[stepId];
}
