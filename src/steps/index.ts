import type { z } from 'zod';
import type { MigrationRegistry } from '../contract/codec';
import { CURRENT_SCHEMA_VERSION, composeWorkspaceSchema, type Language, type Workspace } from '../contract/workspace';
import type { StepDefinition } from './step-definition';

/**
 * The step registry: the one list of workshop steps this build knows. A step is one folder under
 * src/steps/<id>/ and one line here; everything else (the document schema, migrations, defaults,
 * and the renderer's maps typed `satisfies Record<StepId, …>`) is derived from this list.
 */
export const stepDefinitions = [] as const satisfies readonly StepDefinition[];

export type RegisteredStep = (typeof stepDefinitions)[number];
export type StepId = RegisteredStep['id'];

/** Migrations of the envelope itself (fields outside `steps`), keyed by the version they leave. */
const envelopeMigrations: MigrationRegistry = {};

/** The full document schema: envelope plus every registered step's slice. */
export const workspaceDocumentSchema: z.ZodType<Workspace> = composeWorkspaceSchema(
  Object.fromEntries(stepDefinitions.map((step: StepDefinition) => [step.id, step.schema])),
);

/** The schema of one step's slice, or undefined for a slice this build does not know. */
export function stepSliceSchema(stepId: string): z.ZodType | undefined {
  return (stepDefinitions as readonly StepDefinition[]).find((step) => step.id === stepId)?.schema;
}

/**
 * One migration per schema version: the envelope's, then each step's slice, in registry order.
 */
export const workspaceMigrations: MigrationRegistry = composeMigrations(envelopeMigrations, stepDefinitions);

export function composeMigrations(
  envelope: MigrationRegistry,
  steps: readonly StepDefinition[],
): MigrationRegistry {
  const registry: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};
  for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
    registry[version] = (doc) => {
      const migrated = envelope[version]?.(doc) ?? doc;
      const slices = { ...((migrated['steps'] as Record<string, unknown> | undefined) ?? {}) };
      for (const step of steps) {
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
  return Object.fromEntries(
    (stepDefinitions as readonly StepDefinition[]).map((step) => [step.id, step.defaults({ language })]),
  );
}

export const codecOptions = {
  schema: workspaceDocumentSchema,
  migrations: workspaceMigrations,
  currentVersion: CURRENT_SCHEMA_VERSION,
};

