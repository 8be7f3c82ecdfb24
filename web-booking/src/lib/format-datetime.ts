/**
 * The one place where the booking page touches Intl date formatting and time-zone data (STYLE.md §3).
 *
 * Zone semantics:
 * - Instants are UTC epoch milliseconds (the API sends ISO UTC strings; callers parse them once).
 * - A "day key" is the contact's local calendar date `YYYY-MM-DD` in the zone they picked, so a slot
 *   at 23:30 UTC lands on the next day in Paris and on the same day in New York.
 * - Day headings format a day key as a calendar date (computed at noon UTC, rendered in UTC), so the
 *   heading never shifts a day whatever the zone.
 * - `locale` is a BCP 47 tag (`en-GB`, `fr-FR`, `en-US`); it decides 12/24-hour clocks and word order.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl.DateTimeFormat is costly to build and a page formats hundreds of slots: cache by options. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Where and how to show an instant. */
export interface DisplayZone {
  readonly locale: string;
  readonly timeZone: string;
}

/** The browser's IANA zone, or undefined when the browser does not say. */
export function detectTimeZone(): string | undefined {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : undefined;
}

/** True when `timeZone` is an IANA name this browser can format in. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter('en', { timeZone });
    return true;
  } catch {
    // An unknown zone is an answer (false), not an error.
    return false;
  }
}

/** Every IANA zone the browser knows, sorted, with UTC. */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...zones, 'UTC'])].sort();
}

/** The contact's local date (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function localDayKey(instantMs: number, timeZone: string): string {
  const parts = formatter('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(instantMs),
  );
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/** "Monday 2 March" / "lundi 2 mars" for a day key (see Zone semantics). */
export function formatDayHeading(dayKey: string, locale: string): string {
  const noonUtc = Date.parse(`${dayKey}T12:00:00Z`);
  return formatter(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(noonUtc);
}

/** "09:30" / "9:30 AM": the wall-clock time of an instant in the display zone. */
export function formatTime(instantMs: number, zone: DisplayZone): string {
  return formatter(zone.locale, { timeZone: zone.timeZone, timeStyle: 'short' }).format(instantMs);
}

/** "Monday 2 March 2026, 09:30 – 10:15": a meeting's span in the display zone. */
export function formatDateTimeRange(startMs: number, endMs: number, zone: DisplayZone): string {
  const day = formatter(zone.locale, {
    timeZone: zone.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(startMs);
  return `${day}, ${formatTime(startMs, zone)} – ${formatTime(endMs, zone)}`;
}

/** "GMT+1" / "UTC+1": the zone's offset at `instantMs`, to show beside its IANA name. */
export function formatZoneOffset(timeZone: string, instantMs: number, locale: string): string {
  const parts = formatter(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(instantMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** "Europe/Paris" → "Europe / Paris", readable by people and screen readers alike. */
export function formatZoneName(timeZone: string): string {
  return timeZone.replace(/_/g, ' ').replace(/\//g, ' / ');
}
