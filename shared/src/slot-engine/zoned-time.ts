/**
 * All time-zone arithmetic of Slash lives in this module.
 *
 * Zone semantics:
 * - An instant is UTC epoch milliseconds (an integer).
 * - A civil date is `YYYY-MM-DD`; a wall time is minutes since local midnight (0..1440).
 * - The offset of a zone at an instant is `local - UTC` in milliseconds (Paris in winter: +3_600_000).
 * - A wall time that does not exist on a day (spring-forward gap) resolves to the transition
 *   instant itself (the first instant that exists after it); an ambiguous one (fall-back overlap)
 *   resolves to its first occurrence. This is the rule of ../../../../shared/contracts/slots.md.
 *
 * `Intl.DateTimeFormat` is used here and nowhere else in `shared` (STYLE.md §3).
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** One civil day of 24 hours, for arithmetic on UTC-based civil dates only. */
export const DAY_MS = 86_400_000;

/** A civil date split into its parts; `month` is 1..12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a wall clock in some zone shows at an instant. `weekday` is ISO (1 = Monday .. 7 = Sunday). */
export interface WallClock extends CivilDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name this runtime knows (e.g. `Asia/Kathmandu`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    // Intl throws a RangeError for an unknown zone: that is the answer, not a failure.
    return false;
  }
}

/** Every IANA zone name this runtime knows (`Africa/Abidjan` … `Pacific/Wallis`), canonical names only. */
export function supportedTimeZones(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** Offset (local minus UTC, in ms, second precision) of `timeZone` at `instantMs`. */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const flooredMs = Math.floor(instantMs / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let isBce = false;
  for (const part of formatterFor(timeZone).formatToParts(flooredMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        isBce = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  const fullYear = isBce ? 1 - year : year;
  const asUtc = civilToUtcMs({ year: fullYear, month, day }) + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
  return asUtc - flooredMs;
}

/** What the wall clock of `timeZone` shows at `instantMs`. */
export function wallClockAt(timeZone: string, instantMs: number): WallClock {
  const localMs = instantMs + zoneOffsetMs(timeZone, instantMs);
  const dayIndex = Math.floor(localMs / DAY_MS);
  const civil = civilFromDayIndex(dayIndex);
  const msOfDay = localMs - dayIndex * DAY_MS;
  return {
    ...civil,
    hour: Math.floor(msOfDay / HOUR_MS),
    minute: Math.floor((msOfDay % HOUR_MS) / MINUTE_MS),
    second: Math.floor((msOfDay % MINUTE_MS) / 1000),
    weekday: isoWeekdayOfDayIndex(dayIndex),
  };
}

/** The local civil date (`YYYY-MM-DD`) in `timeZone` at `instantMs`. */
export function localDateAt(timeZone: string, instantMs: number): string {
  return formatCivilDate(wallClockAt(timeZone, instantMs));
}

/**
 * The instant at which the wall clock of `timeZone` on `date` shows `minutesOfDay`
 * (0..1440; 1440 is the next day's midnight). Gap: the transition instant. Overlap: the first occurrence.
 */
export function wallTimeToInstant(timeZone: string, date: CivilDate | string, minutesOfDay: number): number {
  const civil = typeof date === 'string' ? parseCivilDate(date) : date;
  const localMs = civilToUtcMs(civil) + minutesOfDay * MINUTE_MS;
  const earlyOffset = zoneOffsetMs(timeZone, localMs - DAY_MS);
  const lateOffset = zoneOffsetMs(timeZone, localMs + DAY_MS);
  const earlyCandidate = localMs - earlyOffset;
  const lateCandidate = localMs - lateOffset;
  const isEarlyValid = earlyCandidate + zoneOffsetMs(timeZone, earlyCandidate) === localMs;
  const isLateValid = lateCandidate + zoneOffsetMs(timeZone, lateCandidate) === localMs;
  if (isEarlyValid && isLateValid) return Math.min(earlyCandidate, lateCandidate);
  if (isEarlyValid) return earlyCandidate;
  if (isLateValid) return lateCandidate;
  // Spring-forward gap: the clock jumps over `localMs`; the first instant that exists after it
  // is the transition, which lies between the two candidates.
  return findTransition(timeZone, Math.min(earlyCandidate, lateCandidate), Math.max(earlyCandidate, lateCandidate));
}

/** The first instant in (`lowMs`, `highMs`] whose offset differs from the offset at `lowMs`. */
function findTransition(timeZone: string, lowMs: number, highMs: number): number {
  const lowOffset = zoneOffsetMs(timeZone, lowMs);
  let low = lowMs;
  let high = highMs;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (zoneOffsetMs(timeZone, middle) === lowOffset) low = middle;
    else high = middle;
  }
  return high;
}

/** Local midnight starting `date` in `timeZone` (the transition instant if midnight does not exist). */
export function startOfLocalDay(timeZone: string, date: CivilDate | string): number {
  return wallTimeToInstant(timeZone, date, 0);
}

/** Epoch ms of 00:00 UTC on a civil date: the basis of date-only arithmetic. */
export function civilToUtcMs(date: CivilDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

/** Days since 1970-01-01 of a civil date. */
export function dayIndexOf(date: CivilDate | string): number {
  const civil = typeof date === 'string' ? parseCivilDate(date) : date;
  return Math.round(civilToUtcMs(civil) / DAY_MS);
}

/** The civil date `dayIndex` days after 1970-01-01. */
export function civilFromDayIndex(dayIndex: number): CivilDate {
  const date = new Date(dayIndex * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of a day index. 1970-01-01 was a Thursday. */
export function isoWeekdayOfDayIndex(dayIndex: number): number {
  return ((((dayIndex + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of a civil date. */
export function isoWeekday(date: CivilDate | string): number {
  return isoWeekdayOfDayIndex(dayIndexOf(date));
}

/** `date` plus `days` calendar days. */
export function addCivilDays(date: CivilDate | string, days: number): CivilDate {
  return civilFromDayIndex(dayIndexOf(date) + days);
}

const CIVIL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; returns undefined when it is not a real calendar date. */
export function tryParseCivilDate(text: string): CivilDate | undefined {
  const match = CIVIL_DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  const civil = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = civilFromDayIndex(Math.round(civilToUtcMs(civil) / DAY_MS));
  if (roundTrip.year !== civil.year || roundTrip.month !== civil.month || roundTrip.day !== civil.day) {
    return undefined;
  }
  return civil;
}

/** Parses `YYYY-MM-DD`; throws RangeError (a programmer error) when invalid. */
export function parseCivilDate(text: string): CivilDate {
  const civil = tryParseCivilDate(text);
  if (civil === undefined) throw new RangeError(`not a civil date: ${text}`);
  return civil;
}

/** Formats a civil date as `YYYY-MM-DD`. */
export function formatCivilDate(date: CivilDate): string {
  const year = String(date.year).padStart(4, '0');
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const WALL_TIME_PATTERN = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Parses `HH:MM` (00:00..24:00) into minutes since midnight; undefined when invalid. */
export function tryParseWallTime(text: string): number | undefined {
  const match = WALL_TIME_PATTERN.exec(text);
  if (match === null) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : undefined;
}

/**
 * Sampled offsets, per zone and UTC day: the offset at 00:00 UTC of the day and the instant of the
 * transition inside that day (NaN when none). `Intl` costs ~10 µs a call, so an engine that asks for
 * offsets per slot would spend its whole budget here; zone rules never change inside a process, so
 * the cache is safe to keep. It is bounded per zone so a long-lived server cannot grow it forever.
 */
const sampledDays = new Map<string, Map<number, { readonly offsetMs: number; readonly transitionMs: number }>>();
const MAX_CACHED_DAYS_PER_ZONE = 200_000;

function cachedDayOffset(timeZone: string, utcDayIndex: number): number {
  return sampledDay(timeZone, utcDayIndex).offsetMs;
}

function sampledDay(
  timeZone: string,
  utcDayIndex: number,
): { readonly offsetMs: number; readonly transitionMs: number } {
  let days = sampledDays.get(timeZone);
  if (days === undefined) {
    days = new Map();
    sampledDays.set(timeZone, days);
  }
  const cached = days.get(utcDayIndex);
  if (cached !== undefined) return cached;
  if (days.size >= MAX_CACHED_DAYS_PER_ZONE) days.clear();
  const startMs = utcDayIndex * DAY_MS;
  const offsetMs = zoneOffsetMs(timeZone, startMs);
  // Real zones change offset at most once in any 24 h, so comparing both ends of the day finds every
  // transition; bisection then pins it to the second, exactly like `wallTimeToInstant`.
  const nextOffsetMs = zoneOffsetMs(timeZone, startMs + DAY_MS);
  const transitionMs = nextOffsetMs === offsetMs ? Number.NaN : findTransition(timeZone, startMs, startMs + DAY_MS);
  const entry = { offsetMs, transitionMs };
  days.set(utcDayIndex, entry);
  return entry;
}

/**
 * The offsets of one zone over a range of instants, as plain arrays: after one build (cached `Intl`
 * samples, one per UTC day), every offset, wall-time and local-day question is ms arithmetic.
 * `offsetsMs[i]` applies on [`transitionsMs[i - 1]`, `transitionsMs[i]`); outside [`fromMs`, `toMs`)
 * the functions below fall back to `zoneOffsetMs`, so answers are right everywhere.
 */
export interface OffsetTimeline {
  readonly timeZone: string;
  readonly fromMs: number;
  readonly toMs: number;
  /** Instants at which a new offset starts, ascending. */
  readonly transitionsMs: readonly number[];
  /** One more entry than `transitionsMs`. */
  readonly offsetsMs: readonly number[];
}

/** Builds the offset timeline of `timeZone` over [`fromMs`, `toMs`), widened to whole UTC days. */
export function offsetTimeline(timeZone: string, fromMs: number, toMs: number): OffsetTimeline {
  const firstDay = Math.floor(fromMs / DAY_MS);
  const lastDay = Math.ceil(toMs / DAY_MS);
  const transitionsMs: number[] = [];
  const offsetsMs: number[] = [cachedDayOffset(timeZone, firstDay)];
  for (let day = firstDay; day < lastDay; day++) {
    const { transitionMs } = sampledDay(timeZone, day);
    if (Number.isNaN(transitionMs)) continue;
    transitionsMs.push(transitionMs);
    offsetsMs.push(cachedDayOffset(timeZone, day + 1));
  }
  return { timeZone, fromMs: firstDay * DAY_MS, toMs: lastDay * DAY_MS, transitionsMs, offsetsMs };
}

/** Index into `offsetsMs` of the segment holding `instantMs` (binary search over the transitions). */
export function timelineSegmentAt(timeline: OffsetTimeline, instantMs: number): number {
  const transitions = timeline.transitionsMs;
  let low = 0;
  let high = transitions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((transitions[middle] as number) <= instantMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Offset (local minus UTC, ms) at `instantMs`; same answer as `zoneOffsetMs`, without `Intl` inside the range. */
export function timelineOffsetAt(timeline: OffsetTimeline, instantMs: number): number {
  if (instantMs < timeline.fromMs || instantMs >= timeline.toMs) return zoneOffsetMs(timeline.timeZone, instantMs);
  return timeline.offsetsMs[timelineSegmentAt(timeline, instantMs)] as number;
}

/** Local day index (days since 1970-01-01 on the zone's calendar) at `instantMs`. */
export function timelineLocalDayIndex(timeline: OffsetTimeline, instantMs: number): number {
  return Math.floor((instantMs + timelineOffsetAt(timeline, instantMs)) / DAY_MS);
}

/**
 * The instant at which the zone's wall clock shows `localMs` (a civil day index × DAY_MS plus the wall
 * time in ms; values past 24:00 read as the next day). Same rules as `wallTimeToInstant`:
 * gap → the transition instant, overlap → the first occurrence.
 */
export function timelineWallToInstant(timeline: OffsetTimeline, localMs: number): number {
  const earlyCandidate = localMs - timelineOffsetAt(timeline, localMs - DAY_MS);
  const lateCandidate = localMs - timelineOffsetAt(timeline, localMs + DAY_MS);
  const isEarlyValid = earlyCandidate + timelineOffsetAt(timeline, earlyCandidate) === localMs;
  const isLateValid = lateCandidate + timelineOffsetAt(timeline, lateCandidate) === localMs;
  if (isEarlyValid && isLateValid) return Math.min(earlyCandidate, lateCandidate);
  if (isEarlyValid) return earlyCandidate;
  if (isLateValid) return lateCandidate;
  const low = Math.min(earlyCandidate, lateCandidate);
  if (low < timeline.fromMs || low >= timeline.toMs) {
    return findTransition(timeline.timeZone, low, Math.max(earlyCandidate, lateCandidate));
  }
  const next = timeline.transitionsMs[timelineSegmentAt(timeline, low)];
  return next ?? findTransition(timeline.timeZone, low, Math.max(earlyCandidate, lateCandidate));
}
