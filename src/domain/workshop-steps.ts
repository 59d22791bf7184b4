/**
 * Every step of the whole workshop (../shared/DOMAIN.md), in the order a workshop takes them.
 * The registry (index.ts) registers the ones that are built; the rest are known here so that
 * titles, icons and the default agenda speak of the whole workshop from the start.
 */
export const WORKSHOP_STEP_IDS = [
  'setup',
  'currentState',
  'sharedGoal',
  'responsibilities',
  'leadDefinitions',
  'serviceLevel',
  'feedbackCadence',
  'attribution',
  'actionsSignOff',
] as const;

export type WorkshopStepId = (typeof WORKSHOP_STEP_IDS)[number];

/** A typical timebox per step for a one-day workshop, in minutes. */
export const DEFAULT_STEP_MINUTES: Record<WorkshopStepId, number> = {
  setup: 30,
  currentState: 60,
  sharedGoal: 75,
  responsibilities: 60,
  leadDefinitions: 60,
  serviceLevel: 45,
  feedbackCadence: 30,
  attribution: 30,
  actionsSignOff: 30,
};
