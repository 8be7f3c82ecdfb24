/**
 * Busy intervals of one iCalendar object (RFC 5545) over `[fromMs, toMs)`, recurring events
 * expanded with ical.js (RRULE, RDATE, EXDATE; RECURRENCE-ID overrides replace their occurrence).
 *
 * Zone semantics:
 * - `DTSTART;VALUE=DATE` (all-day) and floating times are wall times of the calendar's zone.
 * - `TZID` naming an IANA zone: the wall time is converted by our zoned-time (DST gaps and overlaps
 *   as everywhere in Slash). Other TZIDs (Windows names) use the object's own VTIMEZONE.
 * - Occurrences keep the wall time of DTSTART in its zone, so a weekly 08:00 Paris meeting is at
 *   07:00Z in winter and 06:00Z in summer.
 * - TRANSP:TRANSPARENT → free, STATUS:TENTATIVE → tentative, STATUS:CANCELLED → skipped.
 */
import ICAL from 'ical.js';
import { isValidTimeZone, wallTimeToInstant } from '@slash/shared';
import type { BusyInterval } from './connector.js';

/** Most occurrences expanded per series (bounds a daily series started decades ago). */
const MAX_OCCURRENCES = 5000;
const DAY_MS = 86_400_000;

interface ZoneContext {
  readonly calendarTimeZone: string;
  readonly vtimezones: ReadonlyMap<string, ICAL.Timezone>;
}

/** The busy intervals of `ics` that overlap `[fromMs, toMs)`. */
export function busyIntervalsOfIcs(
  ics: string,
  range: { fromMs: number; toMs: number },
  calendarTimeZone: string,
): BusyInterval[] {
  const root = new ICAL.Component(ICAL.parse(ics));
  const vtimezones = new Map<string, ICAL.Timezone>();
  for (const component of root.getAllSubcomponents('vtimezone')) {
    const tzid = component.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') vtimezones.set(tzid, new ICAL.Timezone(component));
  }
  const context: ZoneContext = { calendarTimeZone, vtimezones };
  const vevents = root.getAllSubcomponents('vevent');
  const overrides = vevents.filter((vevent) => vevent.hasProperty('recurrence-id'));
  const masters = vevents.filter((vevent) => !vevent.hasProperty('recurrence-id'));
  const intervals: BusyInterval[] = [];
  for (const master of masters) {
    const event = new ICAL.Event(master);
    for (const override of overrides)
      if (override.getFirstPropertyValue('uid') === event.uid) event.relateException(override);
    intervals.push(...occurrencesOf(event, range, context));
  }
  // An override whose master is absent (shared instance) still blocks its own time.
  const masterUids = new Set(masters.map((vevent) => String(vevent.getFirstPropertyValue('uid'))));
  for (const orphan of overrides.filter((vevent) => !masterUids.has(String(vevent.getFirstPropertyValue('uid'))))) {
    intervals.push(...occurrencesOf(new ICAL.Event(orphan), range, context));
  }
  return intervals;
}

function occurrencesOf(
  event: ICAL.Event,
  range: { fromMs: number; toMs: number },
  context: ZoneContext,
): BusyInterval[] {
  if (!event.isRecurring()) {
    const interval = intervalOf({ item: event, startDate: event.startDate, endDate: event.endDate }, context);
    return interval !== undefined && overlaps(interval, range) ? [interval] : [];
  }
  const intervals: BusyInterval[] = [];
  const iterator = event.iterator();
  const masterZone = tzidOf(event, 'dtstart');
  for (let count = 0; count < MAX_OCCURRENCES; count += 1) {
    const next = iterator.next();
    if (next === null || next === undefined || instantOf(next, masterZone, context) >= range.toMs) break;
    const details = event.getOccurrenceDetails(next);
    const interval = intervalOf(details, context);
    if (interval !== undefined && overlaps(interval, range)) intervals.push(interval);
  }
  return intervals;
}

/** One occurrence as a busy interval; `item` is the master or the override of this occurrence. */
function intervalOf(
  occurrence: { item: ICAL.Event; startDate: ICAL.Time; endDate: ICAL.Time },
  context: ZoneContext,
): BusyInterval | undefined {
  const { item, startDate: start, endDate: end } = occurrence;
  const status = String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CANCELLED') return undefined;
  const startZone = tzidOf(item, 'dtstart');
  const startMs = instantOf(start, startZone, context);
  let endMs = instantOf(end, item.component.hasProperty('dtend') ? tzidOf(item, 'dtend') : startZone, context);
  // RFC 5545 §3.6.1: a DATE start without end or duration lasts one day.
  if (start.isDate && endMs <= startMs) endMs = startMs + DAY_MS;
  if (endMs < startMs) return undefined;
  const isTransparent = String(item.component.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT';
  const location = item.location;
  return {
    startMs,
    endMs,
    location: typeof location === 'string' && location.trim() !== '' ? location : null,
    isAllDay: start.isDate,
    availability: isTransparent ? 'free' : status === 'TENTATIVE' ? 'tentative' : 'busy',
    title: item.summary ?? '',
    ...(typeof item.uid === 'string' && item.uid !== '' ? { uid: item.uid } : {}),
  };
}

function overlaps(interval: BusyInterval, range: { fromMs: number; toMs: number }): boolean {
  return (
    interval.startMs < range.toMs &&
    (interval.endMs > range.fromMs || (interval.endMs === interval.startMs && interval.startMs >= range.fromMs))
  );
}

/** TZID parameter of a date property; 'UTC' for `Z` times; undefined for floating times. */
function tzidOf(event: ICAL.Event, name: 'dtstart' | 'dtend'): string | undefined {
  const property = event.component.getFirstProperty(name);
  const tzid = property?.getParameter('tzid');
  if (typeof tzid === 'string' && tzid !== '') return tzid;
  const value = property?.getFirstValue();
  return value instanceof ICAL.Time && value.zone === ICAL.Timezone.utcTimezone ? 'UTC' : undefined;
}

/** Epoch ms of an ical.js time whose wall clock is in `tzid` (see the zone semantics above). */
function instantOf(time: ICAL.Time, tzid: string | undefined, context: ZoneContext): number {
  const date = { year: time.year, month: time.month, day: time.day };
  const minutes = time.isDate ? 0 : time.hour * 60 + time.minute;
  const seconds = time.isDate ? 0 : time.second * 1000;
  if (time.isDate || tzid === undefined) return wallTimeToInstant(context.calendarTimeZone, date, minutes) + seconds;
  if (tzid === 'UTC' || isValidTimeZone(tzid)) return wallTimeToInstant(tzid, date, minutes) + seconds;
  const vtimezone = context.vtimezones.get(tzid);
  const wallAsUtc = wallTimeToInstant('UTC', date, minutes) + seconds;
  return vtimezone === undefined
    ? wallTimeToInstant(context.calendarTimeZone, date, minutes) + seconds
    : wallAsUtc - vtimezone.utcOffset(time) * 1000;
}
