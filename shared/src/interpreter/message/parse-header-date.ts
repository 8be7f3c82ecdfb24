/**
 * Reads the date of a quoted or forwarded message from the text mail clients
 * write ("Tue, Mar 3, 2026 at 10:02 AM", "mar. 3 mars 2026 à 10:02",
 * "Tuesday, March 3, 2026 10:02 AM", "3 Mar 2026 10:02:00 +0100").
 *
 * Zone semantics: a numeric offset in the text wins; otherwise the wall time is
 * read in the client's zone, because clients print dates in their reader's zone.
 */
import { wallTimeToInstant } from '../../slot-engine/zoned-time.js';

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(jan|janv)/, 1],
  [/^(feb|fév|fev)/, 2],
  [/^(mar(?!d)|mars)/, 3],
  [/^(apr|avr)/, 4],
  [/^(may|mai)/, 5],
  [/^(jun|juin)/, 6],
  [/^(jul|juil)/, 7],
  [/^(aug|aoû|aou)/, 8],
  [/^sep/, 9],
  [/^oct/, 10],
  [/^nov/, 11],
  [/^(dec|déc)/, 12],
];
// "mar." is ambiguous (mardi / March): it is kept, and the last month word before the year wins.
const WEEKDAY_WORDS =
  /^(mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|lun|lundi|mardi|mer|mercredi|jeu|jeudi|ven|vendredi|sam|samedi|dim|dimanche)\.?$/;

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  return MONTHS.find(([pattern]) => pattern.test(lower))?.[1];
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function findDateParts(text: string): DateParts | undefined {
  const numeric = /\b(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})\b/.exec(text);
  if (numeric) {
    const [a, b, c] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (a > 999) return { year: a, month: b, day: c };
    const year = c < 100 ? 2000 + c : c;
    // Day-first unless impossible: most of our clients write dd/mm; US clients print month names.
    return a > 12 || b <= 12 ? { year, month: b, day: a } : { year, month: a, day: b };
  }
  const words = text
    .replace(/[,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !WEEKDAY_WORDS.test(w.toLowerCase()));
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    const cleaned = word.replace(/^(\d+)(st|nd|rd|th|er)$/i, '$1').replace(/\.$/, '');
    if (/^\d{4}$/.test(cleaned)) year ??= Number(cleaned);
    else if (/^\d{1,2}$/.test(cleaned) && day === undefined) day = Number(cleaned);
    else if (year === undefined && /^\p{L}{3,}/u.test(cleaned)) month = monthOf(cleaned) ?? month;
  }
  return year !== undefined && month !== undefined && day !== undefined ? { year, month, day } : undefined;
}

function findMinutesOfDay(text: string): number {
  const match = /\b(\d{1,2})\s*(?::|h)\s*(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?/i.exec(text);
  if (!match) return 0;
  let hour = Number(match[1]) % 24;
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return hour * 60 + Number(match[2]);
}

/** The instant (UTC epoch ms) a mail client's date text names, or null when it names none. */
export function parseHeaderDate(text: string, timeZone: string): number | null {
  const parts = findDateParts(text);
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) return null;
  const minutes = findMinutesOfDay(text.replace(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/, ''));
  const offset = /(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})\b/.exec(text.slice(text.search(/\d{1,2}:\d{2}/) + 1));
  if (offset && /\d{1,2}:\d{2}/.test(text)) {
    const sign = offset[1] === '-' ? -1 : 1;
    const offsetMinutes = sign * (Number(offset[2]) * 60 + Number(offset[3]));
    return Date.UTC(parts.year, parts.month - 1, parts.day) + (minutes - offsetMinutes) * 60_000;
  }
  return wallTimeToInstant(timeZone, parts, minutes);
}
