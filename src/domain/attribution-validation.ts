import { METRIC_KINDS, type AttributionAgreement, type AttributionModelId, type Journey } from './attribution-schema';

/**
 * Findings on an attribution slice: what the room should fix or knowingly accept. None of them
 * stops the models from computing (./attribution.ts has a rule for every case); they explain why
 * a figure looks as it does and what the agreement still lacks. Codes, not sentences: the views
 * and the Markdown translate them.
 */
export const attributionIssueCodes = [
  'no_touches',
  'deal_value_zero',
  'lead_creation_unmarked',
  'deal_creation_unmarked',
  'deal_before_lead',
  'date_out_of_order',
  'model_not_chosen',
  'why_missing',
  'no_metrics',
  'activity_only',
  'owner_missing',
  'owner_unknown',
] as const;
export type AttributionIssueCode = (typeof attributionIssueCodes)[number];

export interface AttributionIssue {
  code: AttributionIssueCode;
  /** The journey the finding is about (journey findings only). */
  journeyId?: string;
  /** The touch the finding is about (a date out of order). */
  touchId?: string;
}

const byId = (touches: Journey['touches'], id: string | null) => (id === null ? -1 : touches.findIndex((touch) => touch.id === id));

/**
 * A journey's findings, in a fixed order: no touches; a zero deal value; an unmarked (or removed)
 * lead or deal creation; a deal created before its lead; each touch dated before the touch before
 * it (the list's order is the journey's order, so a date out of order is a typing slip or a touch
 * in the wrong place).
 *
 * @example
 * validateJourney({ id: 'j1', name: '', dealValue: 0, touches: [], leadCreationTouchId: null, dealCreationTouchId: null });
 * // [{ code: 'no_touches', journeyId: 'j1' }, { code: 'deal_value_zero', journeyId: 'j1' }]
 */
export function validateJourney(journey: Journey): AttributionIssue[] {
  const issues: AttributionIssue[] = [];
  const journeyId = journey.id;
  if (journey.touches.length === 0) issues.push({ code: 'no_touches', journeyId });
  if (journey.dealValue === 0) issues.push({ code: 'deal_value_zero', journeyId });
  if (journey.touches.length === 0) return issues;
  const lead = byId(journey.touches, journey.leadCreationTouchId);
  const deal = byId(journey.touches, journey.dealCreationTouchId);
  if (lead < 0) issues.push({ code: 'lead_creation_unmarked', journeyId });
  if (deal < 0) issues.push({ code: 'deal_creation_unmarked', journeyId });
  if (lead >= 0 && deal >= 0 && deal < lead) issues.push({ code: 'deal_before_lead', journeyId });
  journey.touches.forEach((touch, i) => {
    const before = journey.touches[i - 1];
    // ISO dates compare as strings.
    if (before && touch.date < before.date) issues.push({ code: 'date_out_of_order', journeyId, touchId: touch.id });
  });
  return issues;
}

/**
 * The agreement's findings: no model chosen, no reason, no metrics, metrics that measure only
 * activity (the seeds' complaint: marketing measured on visibility, not on what it contributes),
 * no owner, or an owner who is no longer among the participants.
 *
 * @example
 * validateAgreement(null, { why: '', metrics: ['reachAndClicks'], measuredOn: '', report: { measureId: 'm', how: '', frequency: 'monthly' }, ownerId: '', problemIds: [] }, []);
 * // codes: model_not_chosen, why_missing, activity_only, owner_missing
 */
export function validateAgreement(
  model: AttributionModelId | null,
  agreement: AttributionAgreement,
  participantIds: readonly string[],
): AttributionIssue[] {
  const issues: AttributionIssue[] = [];
  if (model === null) issues.push({ code: 'model_not_chosen' });
  if (agreement.why.trim() === '') issues.push({ code: 'why_missing' });
  if (agreement.metrics.length === 0) issues.push({ code: 'no_metrics' });
  else if (!agreement.metrics.some((metric) => METRIC_KINDS[metric] === 'contribution')) issues.push({ code: 'activity_only' });
  if (agreement.ownerId === '') issues.push({ code: 'owner_missing' });
  else if (!participantIds.includes(agreement.ownerId)) issues.push({ code: 'owner_unknown' });
  return issues;
}
