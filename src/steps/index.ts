import type { z } from 'zod';
import type { MigrationRegistry, SliceMigrationResult } from '../contract/codec';
import { emptySession } from '../contract/session';
import type { EditOp } from '../contract/edit';
import type { StepAgreementSources, StepAnswer, StepContext, StepDecision, StepDefinition, StepMarkdownContext, StepProblem, StepSummaryLine } from '../contract/step-definition';
import { CURRENT_SCHEMA_VERSION, composeWorkspaceSchema, languageSchema, type Language, type Workspace } from '../contract/workspace';
import { addStepsToAgenda } from '../domain/agenda';
import { WORKSHOP_PATH } from '../domain/workshop';
import { WORKSHOP_STEP_IDS } from '../domain/workshop-steps';
import { currentStateStep } from './currentState/definition';
import { setupStep } from './setup/definition';
import { sharedGoalStep } from './sharedGoal/definition';
import { responsibilitiesStep } from './responsibilities/definition';
import { attributionStep } from './attribution/definition';
import { leadDefinitionsStep } from './leadDefinitions/definition';
import { serviceLevelStep } from './serviceLevel/definition';
import { feedbackCadenceStep } from './feedbackCadence/definition';
import { actionsSignOffStep } from './actionsSignOff/definition';

/**
 * The step registry: the one list of workshop steps this build has built. A step is one folder
 * under src/steps/<id>/ (docs/steps.md says what it holds) and one line here, plus one line in
 * the view registry (src/renderer/steps/registry.ts) whose type names every view still missing.
 * Everything else is derived from this list: the document schema, each slice's migrations, new
 * workspaces' content, the sample workshop, the i18n namespaces and the Markdown export.
 */
export const stepDefinitions = [
  setupStep,
  currentStateStep,
  sharedGoalStep,
  responsibilitiesStep,
  attributionStep,
  leadDefinitionsStep,
  serviceLevelStep,
  feedbackCadenceStep,
  actionsSignOffStep,
] as const satisfies readonly StepDefinition[];

export type RegisteredStep = (typeof stepDefinitions)[number];
export type StepId = RegisteredStep['id'];
/** The slice type of a registered step. */
export type SliceOf<Id extends StepId> = z.output<Extract<RegisteredStep, { id: Id }>['schema']>;

const steps: readonly StepDefinition[] = stepDefinitions;

/** The registered steps' ids in workshop order. */
export const registeredStepIds: readonly StepId[] = WORKSHOP_STEP_IDS.filter((id) => steps.some((step) => step.id === id)) as StepId[];

export function isRegisteredStep(id: string): id is StepId {
  return steps.some((step) => step.id === id);
}

export function stepDefinition(id: string): StepDefinition | undefined {
  return steps.find((step) => step.id === id);
}

/** Every registered step, in workshop order. */
export function registeredSteps(): readonly StepDefinition[] {
  return registeredStepIds.map((id) => stepDefinition(id)!);
}

/**
 * Migrations of the envelope (fields outside `steps`), keyed by the version they leave.
 * 1 → 2: the running of the workshop (`session`) arrives.
 * 2 → 3: nothing of the envelope (version 3 brought two steps, now added as any missing slice is).
 * 3 → 4: each slice gets its own version (`stepVersions`); the slices of a version 3 file are
 *        each slice's version 1.
 */
export const envelopeMigrations: MigrationRegistry = {
  1: (doc) => ({ ...doc, session: doc['session'] ?? emptySession() }),
  2: (doc) => doc,
  3: (doc) => {
    const found = doc['steps'];
    const present = found !== null && typeof found === 'object' && !Array.isArray(found) ? Object.keys(found) : [];
    // The steps a version 3 build wrote; a slice of any other step has no known version.
    const known = ['setup', 'currentState', 'sharedGoal'].filter((id) => present.includes(id));
    return { ...doc, stepVersions: Object.fromEntries(known.map((id) => [id, 1])) };
  },
};

/** The full document schema: envelope plus every registered step's slice. */
export const workspaceDocumentSchema: z.ZodType<Workspace> = composeWorkspaceSchema(
  Object.fromEntries(steps.map((step) => [step.id, step.schema])),
);

/** The schema of one step's slice, or undefined for a slice this build does not know. */
export function stepSliceSchema(stepId: string): z.ZodType | undefined {
  return stepDefinition(stepId)?.schema;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Brings every registered step's slice to this build's version: a missing slice gets the step's
 * defaults (and the step a place on the agenda), an older one runs the step's own migrations, a
 * newer one refuses the file. Slices of steps this build does not know are kept as they are.
 */
export function migrateSlices(doc: Record<string, unknown>, list: readonly StepDefinition[] = steps): SliceMigrationResult {
  const found = doc['steps'];
  // Steps that are not an object make a damaged file: left for the schema to report, never
  // "repaired" into a valid document by adding slices to them.
  if (!isRecord(found)) return { status: 'ok', doc, changed: false };
  // The same for a version map of the wrong shape: the schema names it, nothing guesses.
  const recorded = doc['stepVersions'];
  if (!isRecord(recorded) || Object.values(recorded).some((v) => typeof v !== 'number')) return { status: 'ok', doc, changed: false };
  const versions: Record<string, number> = { ...(recorded as Record<string, number>) };
  const slices: Record<string, unknown> = { ...found };
  const parsedLanguage = languageSchema.safeParse(doc['language']);
  const context: StepContext = { language: parsedLanguage.success ? parsedLanguage.data : 'en', registered: registeredStepIds };
  const added: string[] = [];
  let changed = false;
  for (const step of list) {
    const version = versions[step.id];
    if (slices[step.id] === undefined) {
      slices[step.id] = step.defaults(context);
      versions[step.id] = step.version;
      added.push(step.id);
      changed = true;
      continue;
    }
    // A slice whose version is not recorded (written by hand) is taken as the slice's first one.
    if (typeof version !== 'number') changed = true;
    if (version !== undefined && version > step.version) return { status: 'too_new', step: { stepId: step.id, version, supported: step.version } };
    for (let v = version ?? 1; v < step.version; v += 1) {
      const migrate = step.migrations[v];
      if (!migrate) throw new Error(`step ${step.id}: no migration from slice version ${v}`);
      slices[step.id] = migrate(slices[step.id]);
      changed = true;
    }
    versions[step.id] = step.version;
  }
  const [, coreId] = WORKSHOP_PATH;
  // A step new to this file joins its agenda, after the steps that come before it in a workshop
  // (a whole new core, made from defaults just now, already lists every step).
  if (added.length > 0 && !added.includes(coreId) && isRecord(slices[coreId])) {
    slices[coreId] = addStepsToAgenda(slices[coreId], added);
  }
  return { status: 'ok', doc: changed ? { ...doc, steps: slices, stepVersions: versions } : doc, changed };
}

/** The content every step starts with in a new workspace. */
export function defaultSteps(language: Language): Record<string, unknown> {
  return Object.fromEntries(steps.map((step) => [step.id, step.defaults({ language, registered: registeredStepIds })]));
}

/** The slice version of every registered step: what a new workspace records. */
export function currentStepVersions(): Record<string, number> {
  return Object.fromEntries(steps.map((step) => [step.id, step.version]));
}

/** The sample workshop's slices (Nordvind Ventilation A/S) in a language, from each step's own sample. */
export function sampleSteps(language: Language): Record<string, unknown> {
  return Object.fromEntries(steps.map((step) => [step.id, step.sample({ language, registered: registeredStepIds })]));
}

/** The i18n namespaces of the registered steps (the namespace is the step's id). */
export function stepCatalogResources(language: Language): Record<string, Record<string, unknown>> {
  return Object.fromEntries(steps.map((step) => [step.id, step.catalogs[language]]));
}

export const codecOptions = {
  schema: workspaceDocumentSchema,
  migrations: envelopeMigrations,
  currentVersion: CURRENT_SCHEMA_VERSION,
  migrateSlices: (doc: Record<string, unknown>) => migrateSlices(doc),
};

/** The step that raises the problems (the first with `problems`), without reading a workspace. */
export function problemStepId(): string | null {
  return steps.find((step) => step.problems)?.id ?? null;
}

/** The problems of a workspace and the step that raises them (the first step with `problems`). */
export function problemSource(workspace: Pick<Workspace, 'steps'>): { stepId: string; problems: StepProblem[]; markAnswered: (problemId: string, answeredBy: readonly string[]) => EditOp[] } | null {
  for (const step of steps) {
    if (!step.problems) continue;
    const parsed = step.schema.safeParse(workspace.steps[step.id]);
    if (!parsed.success) return null;
    return { stepId: step.id, problems: step.problems.list(parsed.data), markAnswered: step.problems.markAnswered };
  }
  return null;
}

/** A step's Markdown context (its translator, formats): the renderer and the tools build it. */
export type StepContextFor = (stepId: string) => StepMarkdownContext;

/** Every clause of every step that answers a problem, by step, in workshop order. */
export function allAnswers(workspace: Pick<Workspace, 'steps'>, contextFor: StepContextFor): { stepId: string; answer: StepAnswer }[] {
  return registeredSteps().flatMap((step) => {
    if (!step.answers) return [];
    const parsed = step.schema.safeParse(workspace.steps[step.id]);
    return parsed.success ? step.answers(parsed.data, contextFor(step.id)).map((answer) => ({ stepId: step.id, answer })) : [];
  });
}

/** Every decision the steps record by themselves, by step, in workshop order. */
export function allDecisions(workspace: Pick<Workspace, 'steps'>, contextFor: StepContextFor): { stepId: string; decision: StepDecision }[] {
  return registeredSteps().flatMap((step) => {
    if (!step.decisions) return [];
    const parsed = step.schema.safeParse(workspace.steps[step.id]);
    return parsed.success ? step.decisions(parsed.data, contextFor(step.id)).map((decision) => ({ stepId: step.id, decision })) : [];
  });
}

/** Every line the steps add to the executive summary, by step, in workshop order. */
export function allSummaryLines(workspace: Pick<Workspace, 'steps'>, contextFor: StepContextFor): { stepId: string; line: StepSummaryLine }[] {
  return registeredSteps().flatMap((step) => {
    if (!step.summary) return [];
    const parsed = step.schema.safeParse(workspace.steps[step.id]);
    return parsed.success ? step.summary(parsed.data, contextFor(step.id)).map((line) => ({ stepId: step.id, line })) : [];
  });
}

/**
 * Every step's answers and decisions, grouped by step, for the steps that gather them (the
 * coverage map and decision log of actions and sign-off): handed to them by the host.
 */
export function agreementSourcesOf(workspace: Pick<Workspace, 'steps'>, contextFor: StepContextFor): StepAgreementSources {
  const group = <T,>(entries: { stepId: string; item: T }[]) =>
    registeredStepIds.map((stepId) => ({ stepId, items: entries.filter((entry) => entry.stepId === stepId).map((entry) => entry.item) })).filter((entry) => entry.items.length > 0);
  return {
    stepAnswers: group(allAnswers(workspace, contextFor).map(({ stepId, answer }) => ({ stepId, item: answer }))).map(({ stepId, items }) => ({ stepId, answers: items })),
    stepDecisions: group(allDecisions(workspace, contextFor).map(({ stepId, decision }) => ({ stepId, item: decision }))).map(({ stepId, items }) => ({ stepId, decisions: items })),
    checkInputs: {},
  };
}

/** The step that offers a quick add from any step (its definition's `quickAdd`), if one is registered. */
export function quickAddStep(): StepDefinition | undefined {
  return registeredSteps().find((step) => step.quickAdd !== undefined);
}

/** Whether a step in the playbook replaces one of its generic parts (the problem map, the sign-off). */
export function playbookPartOwner(part: 'problems' | 'signOff', stepIds: readonly string[]): string | undefined {
  return stepIds.find((id) => stepDefinition(id)?.ownsPlaybookParts?.includes(part));
}
