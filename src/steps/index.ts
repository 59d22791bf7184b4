import type { z } from 'zod';
import type { MigrationRegistry } from '../contract/codec';
import { emptySession } from '../contract/session';
import { CURRENT_SCHEMA_VERSION, composeWorkspaceSchema, languageSchema, type Language, type Workspace } from '../contract/workspace';
import { currentStateStep } from './currentState/definition';
import { setupStep } from './setup/definition';
import { sharedGoalStep } from './sharedGoal/definition';
import type { StepDefinition } from '../contract/step-definition';
import { WORKSHOP_STEP_IDS } from '../domain/workshop-steps';

/**
 * The step registry: the one list of workshop steps this build has built. A step is one folder
 * under src/steps/<id>/ (definition.ts: id, schema slice, migrations, defaults; views.tsx: editor,
 * presenter view, playbook section) and one line here. Everything else is derived from this list:
 * the document schema, the migrations, new workspaces' content, the renderer's view map (typed
 * `satisfies Record<StepId, StepViews>`, so a step without views fails the type check). Steps of
 * the workshop not built yet are known in src/domain/workshop-steps.ts and simply not listed.
 */
export const stepDefinitions = [setupStep, currentStateStep, sharedGoalStep] as const satisfies readonly StepDefinition[];

export type RegisteredStep = (typeof stepDefinitions)[number];
export type StepId = RegisteredStep['id'];

const steps: readonly StepDefinition[] = stepDefinitions;

/** The registered steps' ids in workshop order. */
export const registeredStepIds: readonly StepId[] = WORKSHOP_STEP_IDS.filter((id) => steps.some((step) => step.id === id)) as StepId[];

export function isRegisteredStep(id: string): id is StepId {
  return steps.some((step) => step.id === id);
}

export function stepDefinition(id: string): StepDefinition | undefined {
  return steps.find((step) => step.id === id);
}

/**
 * Migrations of the envelope itself (fields outside `steps`), keyed by the version they leave.
 * 1 → 2: the running of the workshop (`session`) arrives.
 */
const envelopeMigrations: MigrationRegistry = {
  1: (doc) => ({ ...doc, session: doc['session'] ?? emptySession() }),
};

/** The full document schema: envelope plus every registered step's slice. */
export const workspaceDocumentSchema: z.ZodType<Workspace> = composeWorkspaceSchema(
  Object.fromEntries(steps.map((step) => [step.id, step.schema])),
);

/** The schema of one step's slice, or undefined for a slice this build does not know. */
export function stepSliceSchema(stepId: string): z.ZodType | undefined {
  return stepDefinition(stepId)?.schema;
}

/** One migration per schema version: the envelope's, then each step's slice, in registry order. */
export const workspaceMigrations: MigrationRegistry = composeMigrations(envelopeMigrations, steps);

export function composeMigrations(envelope: MigrationRegistry, list: readonly StepDefinition[]): MigrationRegistry {
  const registry: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};
  for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
    registry[version] = (doc) => {
      const migrated = envelope[version]?.(doc) ?? doc;
      const found = migrated['steps'];
      // Steps that are not an object (or missing) make a damaged file: left as they are for the
      // schema to report, never "repaired" into a valid document by adding slices to them.
      if (found === null || typeof found !== 'object' || Array.isArray(found)) return migrated;
      const slices = { ...(found as Record<string, unknown>) };
      const parsedLanguage = languageSchema.safeParse(migrated['language']);
      const language: Language = parsedLanguage.success ? parsedLanguage.data : 'en';
      for (const step of list) {
        if (step.introducedIn === version + 1 && slices[step.id] === undefined) {
          // A step that arrives with this version: older files get its starting content.
          slices[step.id] = step.defaults({ language, registered: registeredStepIds });
          continue;
        }
        const migrate = step.migrations[version];
        if (migrate && slices[step.id] !== undefined) slices[step.id] = migrate(slices[step.id]);
      }
      return { ...migrated, steps: slices };
    };
  }
  return registry;
}

/** The content every step starts with in a new workspace. */
export function defaultSteps(language: Language): Record<string, unknown> {
  return Object.fromEntries(steps.map((step) => [step.id, step.defaults({ language, registered: registeredStepIds })]));
}

export const codecOptions = {
  schema: workspaceDocumentSchema,
  migrations: workspaceMigrations,
  currentVersion: CURRENT_SCHEMA_VERSION,
};
