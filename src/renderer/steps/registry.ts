import type { SliceOf, StepId } from '../../steps';
import type { AnyStepViews, StepViews } from '../../steps/kit/views';

/** A step's views module, loaded as its own chunk. */
type ViewsLoader<Id extends StepId> = () => Promise<{ default: StepViews<SliceOf<Id>> }>;

/**
 * The view registry: one line per step, each its own chunk that loads when the step is first
 * shown (the home screen never loads a step). Typed per step: registering a step in
 * src/steps/index.ts without a line here, or with views of another slice, fails the type check.
 */
export const stepViewLoaders: { [Id in StepId]: ViewsLoader<Id> } = {
  setup: () => import('../../steps/setup/views'),
  currentState: () => import('../../steps/currentState/views'),
  sharedGoal: () => import('../../steps/sharedGoal/views'),
  responsibilities: () => import('../../steps/responsibilities/views'),
  attribution: () => import('../../steps/attribution/views'),
  leadDefinitions: () => import('../../steps/leadDefinitions/views'),
  serviceLevel: () => import('../../steps/serviceLevel/views'),
  feedbackCadence: () => import('../../steps/feedbackCadence/views'),
  actionsSignOff: () => import('../../steps/actionsSignOff/views'),
};

const loaded = new Map<string, AnyStepViews>();
const loading = new Map<string, Promise<AnyStepViews | undefined>>();

/** The views of a step once loaded (synchronously), or undefined. */
export function loadedViewsOf(stepId: string): AnyStepViews | undefined {
  return loaded.get(stepId);
}

/** Whether this build has views for a step id read from a document (only a string). */
export function hasViews(stepId: string): boolean {
  return Object.prototype.hasOwnProperty.call(stepViewLoaders, stepId);
}

/** Loads a step's views (once); undefined for a step this build has no views for. */
export function loadViews(stepId: string): Promise<AnyStepViews | undefined> {
  const done = loaded.get(stepId);
  if (done) return Promise.resolve(done);
  const pending = loading.get(stepId);
  if (pending) return pending;
  if (!hasViews(stepId)) return Promise.resolve(undefined);
  const load = (stepViewLoaders as Record<string, () => Promise<{ default: AnyStepViews }>>)[stepId]!;
  const promise = load().then(
    (module) => {
      loaded.set(stepId, module.default);
      loading.delete(stepId);
      return module.default;
    },
    (error: unknown) => {
      loading.delete(stepId);
      throw error;
    },
  );
  loading.set(stepId, promise);
  return promise;
}

/**
 * Loads every step's views in the background (the presenter and the facilitator, once idle), one
 * step at a time, each when the page is idle: a step's code and its styles arrive together, and
 * all of them at once held the page for about 200 ms (a key typed then waited for it).
 */
export function preloadAllViews(): void {
  const waiting = Object.keys(stepViewLoaders);
  const next = () => {
    const stepId = waiting.shift();
    if (stepId === undefined) return;
    void loadViews(stepId)
      .catch(() => undefined)
      .finally(() => whenIdle(next));
  };
  whenIdle(next);
}

/** Runs `task` when the page is idle (at the latest after a second), or soon where there is no idle callback. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}
