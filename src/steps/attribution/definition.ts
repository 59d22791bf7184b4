import { stepCatalogs, type StepDefinition } from '../../contract/step-definition';
import type { Language } from '../../contract/workspace';
import { attributionSchema, DEFAULT_HALF_LIFE_DAYS, emptyAgreement, type AttributionSlice } from '../../domain/attribution-schema';
import da from './i18n/da.json';
import en from './i18n/en.json';
import { attributionMarkdown, modelRule } from './markdown';
import { sampleAttribution } from './sample';

export type { AttributionSlice } from '../../domain/attribution-schema';

/**
 * Attribution: the room builds its own buyer journey (or several), sees it credited under the
 * seven common models side by side, per touch and per team, and agrees which model the company
 * will use, what marketing is measured on, how often it is reported and who owns it. The slice's
 * schema and the models are in the core (src/domain/attribution-schema.ts and attribution.ts).
 */
export const attributionSliceSchema = attributionSchema;

export const catalogs = stepCatalogs(en, da);

/** A new workspace starts with one empty journey for the room to fill, and no model chosen. */
function defaults(): AttributionSlice {
  return {
    journeys: [{ id: 'journey-1', name: '', dealValue: 0, touches: [], leadCreationTouchId: null, dealCreationTouchId: null }],
    halfLifeDays: DEFAULT_HALF_LIFE_DAYS,
    model: null,
    agreement: emptyAgreement(),
  };
}

/** "Pipeline credited to marketing" inside a sentence: lower-cased unless it starts an acronym. */
const inSentence = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

const LOCALE: Record<Language, string> = { en: 'en-GB', da: 'da-DK' };

export const attributionStep = {
  id: 'attribution',
  icon: 'route',
  version: 1,
  schema: attributionSliceSchema,
  migrations: {},
  defaults,
  sample: ({ language }) => sampleAttribution(language),
  catalogs,
  markdown: attributionMarkdown,
  answers: (slice, { t }) => {
    const label = t('answer.label');
    return slice.agreement.problemIds.map((problemId) => ({ problemId, clauseId: 'agreement', label }));
  },
  decisions: (slice, { t }) => {
    if (slice.model === null) return [];
    return [{ id: 'attribution-model', text: t('decision.text', { model: t(`models.${slice.model}`), rule: modelRule(slice.model, slice.halfLifeDays, t) }), why: slice.agreement.why.trim() }];
  },
  summary: (slice, { t, language }) => {
    if (slice.model === null) return [{ label: t('summary.label'), text: t('summary.noModel') }];
    const metrics = new Intl.ListFormat(LOCALE[language], { type: 'conjunction' }).format(slice.agreement.metrics.map((metric) => inSentence(t(`metrics.${metric}`))));
    return [
      {
        label: t('summary.label'),
        text: t('summary.text', { model: t(`models.${slice.model}`), metrics: metrics || t('markdown.notDecided').toLowerCase(), frequency: t(`frequencyLower.${slice.agreement.report.frequency}`) }),
      },
    ];
  },
} as const satisfies StepDefinition<'attribution', typeof attributionSliceSchema>;
