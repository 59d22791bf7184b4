import type { z } from 'zod';
import type { Language } from '../contract/workspace';

/**
 * What a workshop step contributes to the document: its id, its slice of the workspace schema,
 * the migrations of that slice and its default content. Views (editor, presenter, playbook
 * section) register beside it in the renderer, keyed by the same id.
 *
 * `migrations[v]` brings the slice from workspace schema version v to v + 1; a step that changes
 * its slice bumps CURRENT_SCHEMA_VERSION and adds its entry here, with a fixture of the old shape.
 */
export interface StepDefinition<Id extends string = string, Slice extends z.ZodType = z.ZodType> {
  readonly id: Id;
  /** i18n key of the step's title. */
  readonly titleKey: string;
  readonly schema: Slice;
  readonly defaults: (context: { language: Language }) => z.output<Slice>;
  readonly migrations: Readonly<Record<number, (slice: unknown) => unknown>>;
}
