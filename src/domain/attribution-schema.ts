import { z } from 'zod';
import { decimalPlaces } from './decimal';

/**
 * The shape of the "Attribution" step's slice: one or more example buyer journeys the room builds
 * (touches with a date, a channel, whose effort it was, and which touches created the lead and the
 * deal), the time-decay half-life, the model the room chose, and the agreement on what marketing
 * is measured on. The rules (the seven models, rounding, checks) are in ./attribution.ts.
 *
 * A journey's order is the order of its `touches` array, as the room arranges it: the first item
 * is the first touch and the last item is the closed-won touch (the order, won). Dates are kept
 * with each touch; a date earlier than the touch before it is a finding (`validateJourney`), not a
 * parse error, so a half-edited journey still loads.
 *
 * Money is in the workspace's currency units (kroner, not øre), with at most two decimals.
 */
const idSchema = z.string().min(1).max(100);

export const MAX_JOURNEYS = 10;
export const MAX_TOUCHES = 40;
export const MAX_NAME = 200;
export const MAX_LABEL = 200;
export const MAX_TEXT = 2000;
/** A deal value above a trillion is a typing error, not a deal; it also keeps øre safe integers. */
export const MAX_DEAL_VALUE = 1_000_000_000_000;
export const MIN_HALF_LIFE_DAYS = 1;
export const MAX_HALF_LIFE_DAYS = 365;
export const DEFAULT_HALF_LIFE_DAYS = 7;

/**
 * The channels a touch can come through: fixed ids so that the labels translate and the chart can
 * group them; each touch also has a free label for the room's own words ("Tip from Aalborg
 * Boligforening").
 */
export const CHANNEL_IDS = [
  'referral',
  'emailSequence',
  'newsletter',
  'retargetingAd',
  'searchAd',
  'socialAd',
  'blogArticle',
  'webinar',
  'contentDownload',
  'website',
  'tradeFair',
  'event',
  'directMail',
  'phoneCall',
  'salesMeeting',
  'demo',
  'proposal',
  'order',
  'other',
] as const;
export const channelSchema = z.enum(CHANNEL_IDS);
export type Channel = z.infer<typeof channelSchema>;

/** Whose effort a touch was: the teams the credit is summed over. */
export const EFFORTS = ['marketing', 'sales', 'partner', 'other'] as const;
export const effortSchema = z.enum(EFFORTS);
export type Effort = z.infer<typeof effortSchema>;

/** The seven models (HubSpot's set; time decay as in Google's Ads API), in the order shown. */
export const MODEL_IDS = ['firstTouch', 'lastTouch', 'linear', 'uShaped', 'wShaped', 'fullPath', 'timeDecay'] as const;
export const modelIdSchema = z.enum(MODEL_IDS);
export type AttributionModelId = z.infer<typeof modelIdSchema>;

/**
 * What marketing can be measured on. The first four are contribution to pipeline and revenue; the
 * last three are visibility and activity, which the seeds complain about (`MEASURE_KINDS`).
 */
export const MARKETING_METRIC_IDS = [
  'attributedRevenue',
  'attributedPipeline',
  'sourcedPipeline',
  'acceptedMqls',
  'leadVolume',
  'reachAndClicks',
  'campaignsShipped',
] as const;
export const marketingMetricSchema = z.enum(MARKETING_METRIC_IDS);
export type MarketingMetric = z.infer<typeof marketingMetricSchema>;

/** Which metrics measure contribution and which only activity. */
export const METRIC_KINDS: Readonly<Record<MarketingMetric, 'contribution' | 'activity'>> = {
  attributedRevenue: 'contribution',
  attributedPipeline: 'contribution',
  sourcedPipeline: 'contribution',
  acceptedMqls: 'contribution',
  leadVolume: 'activity',
  reachAndClicks: 'activity',
  campaignsShipped: 'activity',
};

/** How often the attribution report is reviewed: the cadence's monthly or quarterly meeting. */
export const reportFrequencySchema = z.enum(['monthly', 'quarterly']);
export type ReportFrequency = z.infer<typeof reportFrequencySchema>;

/** Money in currency units with at most two decimals (øre), never negative. */
export const moneySchema = z
  .number()
  .min(0)
  .max(MAX_DEAL_VALUE)
  .refine((value) => (decimalPlaces(value) ?? 3) <= 2, 'at most two decimals');

/**
 * One touch of a buyer journey.
 *
 * @example
 * touchSchema.parse({ id: 't1', date: '2026-03-02', channel: 'referral', label: 'Tip from a customer', campaign: '', effort: 'partner' });
 */
export const touchSchema = z.object({
  id: idSchema,
  /** YYYY-MM-DD. */
  date: z.iso.date(),
  channel: channelSchema,
  /** The room's own words for the touch ('' to show the channel's name only). */
  label: z.string().max(MAX_LABEL),
  /** The campaign or asset behind it ('' for none). */
  campaign: z.string().max(MAX_LABEL),
  effort: effortSchema,
});
export type Touch = z.infer<typeof touchSchema>;

/**
 * One buyer journey, from first touch (the first item) to closed-won (the last item). The lead's
 * and the deal's creation are marked by touch id; `null` (or an id no touch has any more) falls
 * back as `keyTouches` in ./attribution.ts documents, and is reported by `validateJourney`.
 *
 * @example
 * journeySchema.parse({ id: 'j1', name: 'Skolen i Vejle', dealValue: 485000, touches: [], leadCreationTouchId: null, dealCreationTouchId: null });
 */
export const journeySchema = z.object({
  id: idSchema,
  name: z.string().max(MAX_NAME),
  /** The won deal's value, in the workspace's currency (up to øre). */
  dealValue: moneySchema,
  touches: z.array(touchSchema).max(MAX_TOUCHES),
  leadCreationTouchId: idSchema.nullable(),
  dealCreationTouchId: idSchema.nullable(),
});
export type Journey = z.infer<typeof journeySchema>;

/**
 * The agreement the room leaves with: why this model, what marketing is measured on, how and how
 * often it is reported (under a measure id that the feedback cadence's meetings can pick up, see
 * `attributionMeasuresOf`), and who owns it (a participant id of the workshop, '' for none yet).
 */
export const agreementSchema = z.object({
  why: z.string().max(MAX_TEXT),
  /** The metrics marketing is measured on (checked in the editor). */
  metrics: z.array(marketingMetricSchema).max(MARKETING_METRIC_IDS.length),
  /** The room's own words on what marketing is measured on ('' for none). */
  measuredOn: z.string().max(MAX_TEXT),
  report: z.object({
    /** A stable id the cadence's meetings refer to; it survives renaming. */
    measureId: idSchema,
    /** How and where it is reported ("A CRM dashboard, sent before the meeting"). */
    how: z.string().max(MAX_TEXT),
    frequency: reportFrequencySchema,
  }),
  /** The owner: a participant id of the workshop ('' for none yet). */
  ownerId: z.union([idSchema, z.literal('')]),
  /** The problems of the current-state wall (theme ids) this agreement answers. */
  problemIds: z.array(idSchema).max(50),
});
export type AttributionAgreement = z.infer<typeof agreementSchema>;

export const attributionSchema = z.object({
  journeys: z.array(journeySchema).max(MAX_JOURNEYS),
  /** Time decay's half-life in whole days (Google's default: 7). */
  halfLifeDays: z.number().int().min(MIN_HALF_LIFE_DAYS).max(MAX_HALF_LIFE_DAYS),
  /** The model the room chose, or null until it has. */
  model: modelIdSchema.nullable(),
  agreement: agreementSchema,
});
export type AttributionSlice = z.infer<typeof attributionSchema>;

/** The report's measure id in a new workspace. */
export const DEFAULT_MEASURE_ID = 'attribution-marketing-contribution';

/**
 * A new, empty agreement.
 *
 * @example
 * emptyAgreement().report.frequency; // 'monthly'
 */
export function emptyAgreement(): AttributionAgreement {
  return { why: '', metrics: [], measuredOn: '', report: { measureId: DEFAULT_MEASURE_ID, how: '', frequency: 'monthly' }, ownerId: '', problemIds: [] };
}
