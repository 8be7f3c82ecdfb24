import { DAY_MS, civilFromDayIndex, civilToUtcMs, formatCivilDate } from './zoned-time.js';

const ISO_INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Parses an ISO 8601 instant (`2026-03-02T08:00:00Z`, `…:00.250+01:00`): a date, a time and a zone
 * designator, which is required because an instant without one is ambiguous. Fractions below the
 * millisecond are truncated. Returns epoch ms, or undefined when the text is not a real instant.
 */
export function parseIsoInstant(text: string): number | undefined {
  const match = ISO_INSTANT_PATTERN.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((index) => Number(match[index])) as [
    number, number, number, number, number,
  ];
  const second = Number(match[6] ?? '0');
  const milli = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  // Date.UTC reads years 0..99 as 19xx, and no calendar we serve is that old.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const dateMs = civilToUtcMs({ year, month, day });
  if (new Date(dateMs).getUTCDate() !== day) return undefined;
  const offsetMinutes = offsetMinutesOf(match);
  if (offsetMinutes === undefined) return undefined;
  return dateMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + milli;
}

function offsetMinutesOf(match: RegExpExecArray): number | undefined {
  if (match[8] !== undefined) return 0;
  const hours = Number(match[10]);
  const minutes = Number(match[11]);
  if (hours > 23 || minutes > 59) return undefined;
  return (match[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, value) => String(value).padStart(3, '0'));
let cachedDayIndex = Number.NaN;
let cachedDayPrefix = '';

/**
 * Formats epoch ms as `YYYY-MM-DDTHH:mm:ss.sssZ`, the same text as `Date.prototype.toISOString` for
 * years 0..9999. Written out because the engine emits up to a million of them and the date part
 * changes once a day: this is ~10× faster than `toISOString`.
 */
export function formatIsoInstant(instantMs: number): string {
  const dayIndex = Math.floor(instantMs / DAY_MS);
  if (dayIndex !== cachedDayIndex) {
    cachedDayIndex = dayIndex;
    cachedDayPrefix = `${formatCivilDate(civilFromDayIndex(dayIndex))}T`;
  }
  let rest = instantMs - dayIndex * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  return `${cachedDayPrefix}${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${THREE_DIGITS[milli]}Z`;
}
