/**
 * The promise of the step seam, kept honest by the type checker: a step missing any part fails
 * `tsc` (`npm run typecheck`). Each `@ts-expect-error` below marks one missing part; if the seam
 * ever stops catching it, the directive is unused and `tsc` fails here instead. Never imported.
 * The views' half is in src/renderer/steps/seam.typetest.tsx.
 */
import { z } from 'zod';
import { stepCatalogs, type StepCatalogs, type StepDefinition } from '../contract/step-definition';

const schema = z.object({ count: z.number() });
type Fixture = StepDefinition<'fixture', typeof schema>;

const en = { title: 'Fixture', hint: 'A hint' };

export const whole = {
  id: 'fixture',
  icon: 'box',
  version: 1,
  schema,
  migrations: {},
  defaults: () => ({ count: 0 }),
  sample: () => ({ count: 7 }),
  catalogs: stepCatalogs(en, { title: 'Eksempel', hint: 'Et tip' }),
  markdown: (slice) => `${slice.count}`,
} as const satisfies Fixture;

const { sample: _sample, ...withoutSample } = whole;
// @ts-expect-error a step without its sample content
export const noSample: Fixture = withoutSample;

const { markdown: _markdown, ...withoutMarkdown } = whole;
// @ts-expect-error a step without its Markdown section
export const noMarkdown: Fixture = withoutMarkdown;

const { catalogs: _catalogs, ...withoutCatalogs } = whole;
// @ts-expect-error a step without catalogs
export const noCatalogs: Fixture = withoutCatalogs;

const { defaults: _defaults, ...withoutDefaults } = whole;
// @ts-expect-error a step without defaults
export const noDefaults: Fixture = withoutDefaults;

const { version: _version, ...withoutVersion } = whole;
// @ts-expect-error a step without its slice's version
export const noVersion: Fixture = withoutVersion;

// @ts-expect-error a Danish catalog missing a key of the English one
export const missingDanishKey = stepCatalogs(en, { title: 'Eksempel' });

// @ts-expect-error catalogs in one language only
export const englishOnly: StepCatalogs = { en };

// @ts-expect-error a catalog without the step's title
export const untitled = stepCatalogs({ hint: 'A hint' }, { hint: 'Et tip' });

// @ts-expect-error defaults of another shape than the slice's schema
export const wrongDefaults: Fixture = { ...whole, defaults: () => ({ count: 'nul' }) };

// @ts-expect-error a sample of another shape than the slice's schema
export const wrongSample: Fixture = { ...whole, sample: () => ({ total: 7 }) };
