import type { z } from 'zod';
import type { Language } from './workspace';

/**
 * What a workshop step contributes to the document: its id, its slice of the workspace schema,
 * the migrations of that slice and its default content. Its views (editor, presenter, playbook
 * section) sit in the same folder (views.tsx) and are registered in src/renderer/steps, whose
 * map is typed `satisfies Record<StepId, StepViews>`: the type checker names a step without them.
 *
 * Versions: `introducedIn` is the workspace schema version that first holds the slice; opening
 * an older file adds it from `defaults`. `migrations[v]` brings the slice from workspace version
 * v to v + 1. A step that changes its slice bumps CURRENT_SCHEMA_VERSION, adds its entry here and
 * a fixture of the old shape in test/fixtures.
 */
export interface StepDefinition<Id extends string = string, Slice extends z.ZodType = z.ZodType> {
  readonly id: Id;
  /** i18n key of the step's title ("steps:<id>.title"). */
  readonly titleKey: string;
  /** A lucide icon name, shown in the side navigation. */
  readonly icon: string;
  readonly introducedIn: number;
  readonly schema: Slice;
  readonly defaults: (context: StepDefaultsContext) => z.output<Slice>;
  readonly migrations: Readonly<Record<number, (slice: unknown) => unknown>>;
}

export interface StepDefaultsContext {
  language: Language;
  /** The ids of every registered step, in workshop order (for the set-up's default agenda). */
  registered: readonly string[];
}
