/**
 * The pane's only use of Intl (STYLE.md §3). Zone semantics: instants are ISO UTC strings; they are
 * shown in the client's zone (`timeZone`, IANA) from GET /v1/me; window edits are whole local days
 * in that zone, turned back into instants here.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let value = formatters.get(key);
  if (value === undefined) {
    value = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, value);
  }
  return value;
}

const localeOf = (language: 'en' | 'fr') => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** "Tue 3 Mar, 10:00–10:30" / "mar. 3 mars, 10:00–10:30" in `timeZone`. */
export function formatSlot(slot: { start: string; end: string }, timeZone: string, language: 'en' | 'fr'): string {
  const { start: startIso, end: endIso } = slot;
  const locale = localeOf(language);
  const day = formatter(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(startIso),
  );
  const time = formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day}, ${time.format(new Date(startIso))}–${time.format(new Date(endIso))}`;
}

/** The local date `YYYY-MM-DD` of an instant in `timeZone`. */
export function localDate(iso: string, timeZone: string): string {
  const parts = formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(iso),
  );
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Offset of `timeZone` from UTC at `ms`, in ms (positive east of Greenwich). */
function offsetMs(ms: number, timeZone: string): number {
  const parts = formatter('en-US', timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant of local midnight starting `date` (YYYY-MM-DD) in `timeZone`, ISO UTC. */
export function startOfLocalDay(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const guess = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  // Two passes settle the offset except inside a DST gap, where the later instant is right.
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone)).toISOString();
}

/** The local date after `date`. */
export function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1)).toISOString().slice(0, 10);
}
