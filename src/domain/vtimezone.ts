/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for any IANA time zone, worked out from the time-zone
 * data every JavaScript runtime carries (Intl), so the calendar export stays pure and works the
 * same in the desktop app, the browser host and the command line (a file-based generator such as
 * @touch4it/ical-timezones reads its zones with node:fs and cannot run in the renderer).
 *
 * How: the zone's UTC offset is sampled weekly over the years asked for and every change is
 * pinned to the minute. When each year's changes follow one rule ("the last Sunday of March at
 * 02:00", as every EU zone does) the component states that rule as a yearly RRULE, exactly as the
 * tz database's own VTIMEZONE files do; otherwise each change is written as its own observance.
 */

const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 86_400_000;
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** One change of the zone's offset. */
interface Transition {
  /** The instant, in ms since the epoch. */
  at: number;
  /** Offsets before and after, in minutes east of UTC. */
  from: number;
  to: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/**
 * The zone's offset from UTC at an instant, in whole minutes (east positive).
 *
 * @example
 * offsetMinutes('Europe/Copenhagen', Date.UTC(2027, 0, 15)); // 60
 */
export function offsetMinutes(timeZone: string, at: number): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
  return Math.round((local - Math.floor(at / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/** Whether the runtime knows the zone (an unknown one throws in Intl). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let at = Date.UTC(fromYear, 0, 1);
  let offset = offsetMinutes(timeZone, at);
  while (at < end) {
    const next = Math.min(at + WEEK_MS, end);
    const nextOffset = offsetMinutes(timeZone, next);
    if (nextOffset !== offset) {
      // Pin the change to the minute: the offset at `low` is the old one, at `high` the new one.
      let low = at;
      let high = next;
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetMinutes(timeZone, middle) === offset) low = middle;
        else high = middle;
      }
      found.push({ at: high, from: offset, to: nextOffset });
    }
    at = next;
    offset = nextOffset;
  }
  return found;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "+0100" for 60 minutes. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The wall-clock time just before a change (in its old offset), as a local DATE-TIME and its parts. */
function onset(transition: Transition) {
  const local = new Date(transition.at + transition.from * MINUTE_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const day = local.getUTCDate();
  const time = `${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}00`;
  const weekday = ((local.getUTCDay() + 6) % 7) + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    text: `${pad(year, 4)}${pad(month)}${pad(day)}T${time}`,
    year,
    month,
    time,
    weekday,
    nth: Math.floor((day - 1) / 7) + 1,
    last: day + 7 > daysInMonth,
  };
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, rrule: string | null): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${start}`, ...(rrule ? [`RRULE:${rrule}`] : []), `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`];
}

/** One yearly rule for a kind of change, when every year of the range has exactly one that agrees. */
function yearlyRule(changes: Transition[], years: number): string | null {
  if (changes.length !== years) return null;
  const onsets = changes.map(onset);
  const first = onsets[0]!;
  const same = (pick: (o: typeof first) => unknown) => onsets.every((o) => pick(o) === pick(first));
  if (!same((o) => o.month) || !same((o) => o.time) || !same((o) => o.weekday)) return null;
  if (!changes.every((c) => c.from === changes[0]!.from && c.to === changes[0]!.to)) return null;
  const week = onsets.every((o) => o.last) ? -1 : same((o) => o.nth) ? first.nth : null;
  if (week === null) return null;
  return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${week}${BYDAY[first.weekday - 1]}`;
}

/**
 * The VTIMEZONE component of a zone covering the years asked for (and, where the zone follows a
 * yearly rule, every year after), as RFC 5545 lines joined with CRLF (unfolded: the calendar
 * writer folds). Null for a zone the runtime does not know.
 *
 * @example
 * vtimezone('Europe/Copenhagen', 2026, 2036);
 * // BEGIN:VTIMEZONE / TZID:Europe/Copenhagen / BEGIN:DAYLIGHT / DTSTART:20260329T020000 /
 * // RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU / TZOFFSETFROM:+0100 / TZOFFSETTO:+0200 / END:DAYLIGHT /
 * // BEGIN:STANDARD / DTSTART:20261025T030000 / RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU / … / END:VTIMEZONE
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string | null {
  if (!isKnownTimeZone(timeZone)) return null;
  const changes = transitions(timeZone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    const offset = offsetMinutes(timeZone, Date.UTC(fromYear, 0, 1));
    lines.push(...observance('STANDARD', '19700101T000000', offset, offset, null));
  } else {
    const years = toYear - fromYear + 1;
    const forward = changes.filter((c) => c.to > c.from);
    const back = changes.filter((c) => c.to <= c.from);
    const rules = [yearlyRule(forward, years), yearlyRule(back, years)];
    if (rules.every(Boolean)) {
      lines.push(...observance('DAYLIGHT', onset(forward[0]!).text, forward[0]!.from, forward[0]!.to, rules[0]!));
      lines.push(...observance('STANDARD', onset(back[0]!).text, back[0]!.from, back[0]!.to, rules[1]!));
    } else {
      // Before the first change, the offset it changes from.
      lines.push(...observance('STANDARD', `${pad(fromYear, 4)}0101T000000`, changes[0]!.from, changes[0]!.from, null));
      for (const change of changes) lines.push(...observance(change.to > change.from ? 'DAYLIGHT' : 'STANDARD', onset(change).text, change.from, change.to, null));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
