import type { Duration } from './sla-schema';

/**
 * The lead-response research the room sees when it sets the response time, as data: the figures
 * and their sources (../shared/DOMAIN.md, "Facts the product may show"). The sentences are the
 * step's translations, interpolated with these figures, so the numbers are written once.
 */
export interface EvidenceFact {
  id: 'hbr-2011' | 'mit-insidesales-2007';
  authors: string;
  title: string;
  publisher: string;
  year: number;
  figures: Readonly<Record<string, number>>;
}

export const RESPONSE_TIME_EVIDENCE: readonly EvidenceFact[] = [
  {
    id: 'hbr-2011',
    authors: 'Oldroyd, McElheran, Elkington',
    title: 'The Short Life of Online Sales Leads',
    publisher: 'Harvard Business Review',
    year: 2011,
    figures: {
      /** US firms studied. */
      firms: 2241,
      /** Percent that answered a web lead within an hour. */
      withinHourPercent: 37,
      /** Percent that never answered. */
      neverPercent: 23,
      /** The mean response time, in hours. */
      meanHours: 42,
      /** Trying within an hour vs an hour later: nearly this many times as likely to qualify. */
      qualifyVsHourLater: 7,
      /** … vs 24 hours or later: over this many times as likely. */
      qualifyVsDayLater: 60,
    },
  },
  {
    id: 'mit-insidesales-2007',
    authors: 'MIT, InsideSales.com',
    title: 'Lead Response Management Study',
    publisher: 'InsideSales.com',
    year: 2007,
    figures: {
      /** Leads studied (more than). */
      leads: 15000,
      earlyMinutes: 5,
      lateMinutes: 30,
      /** Calling after 30 minutes instead of 5: contact this many times less likely … */
      contactFactor: 100,
      /** … and qualification this many times less likely. */
      qualifyFactor: 21,
    },
  },
];

/** Where a response time falls in the research's brackets. */
export type ResponseBand = 'fiveMinutes' | 'thirtyMinutes' | 'hour' | 'day' | 'later';

/**
 * A duration in minutes of the working clock: a working hour as an hour and a working day as a
 * day (a response "within 1 working day" is promised as about a day, whatever the weekend adds).
 *
 * @example
 * durationMinutes({ amount: 2, unit: 'hours' }); // 120
 */
export function durationMinutes(duration: Duration): number {
  const perUnit: Record<Duration['unit'], number> = { minutes: 1, hours: 60, workingHours: 60, days: 1440, workingDays: 1440, weeks: 10_080, months: 43_200 };
  return duration.amount * perUnit[duration.unit];
}

/**
 * The bracket of the research a first-contact time falls in: within 5 minutes, 30 minutes, an
 * hour, 24 hours, or later. The view highlights the matching sentence of the evidence.
 *
 * @example
 * responseBand({ amount: 2, unit: 'hours' }); // 'day'
 * responseBand({ amount: 1, unit: 'hours' }); // 'hour'
 */
export function responseBand(duration: Duration): ResponseBand {
  const minutes = durationMinutes(duration);
  if (minutes <= 5) return 'fiveMinutes';
  if (minutes <= 30) return 'thirtyMinutes';
  if (minutes <= 60) return 'hour';
  return minutes <= 1440 ? 'day' : 'later';
}
