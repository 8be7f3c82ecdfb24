import { civilFromDayIndex, civilToUtcMs, formatCivilDate } from './zoned-time.js';

const CHAR_0 = 48;

/** Reads `length` ASCII digits at `index` as a number; -1 when any is not a digit. */
function digitsAt(text: string, index: number, length: number): number {
  let value = 0;
  for (let at = index; at < index + length; at++) {
    const digit = text.charCodeAt(at) - CHAR_0;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses an ISO 8601 instant (`2026-03-02T08:00:00Z`, `…T08:00:00.250+01:00`, `…T08:00Z`): a date, a
 * time and a zone designator, which is required because an instant without one is ambiguous. Fractions
 * below the millisecond are truncated. Returns epoch ms, or undefined when the text is not a real instant.
 * Hand-rolled rather than a regular expression: scenarios carry tens of thousands of instants.
 */
export function parseIsoInstant(text: string): number | undefined {
  if (
    text.length < 17 ||
    text[4] !== '-' ||
    text[7] !== '-' ||
    (text[10] !== 'T' && text[10] !== 't') ||
    text[13] !== ':'
  ) {
    return undefined;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  let index = 16;
  let second = 0;
  let milli = 0;
  if (text[index] === ':') {
    second = digitsAt(text, index + 1, 2);
    index += 3;
    if (text[index] === '.') {
      const fractionStart = ++index;
      while (index < text.length && text.charCodeAt(index) >= CHAR_0 && text.charCodeAt(index) <= CHAR_0 + 9) index++;
      if (index === fractionStart || index - fractionStart > 9) return undefined;
      // Milliseconds are the first three fraction digits, right-padded: ".5" is 500 ms.
      for (let at = fractionStart; at < fractionStart + 3; at++) {
        milli = milli * 10 + (at < index ? text.charCodeAt(at) - CHAR_0 : 0);
      }
    }
  }
  const offsetMinutes = zoneDesignatorMinutes(text, index);
  // Date.UTC reads years 0..99 as 19xx, and no calendar we serve is that old.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23) return undefined;
  if (minute < 0 || minute > 59 || second < 0 || second > 59 || offsetMinutes === undefined) return undefined;
  const dateMs = civilToUtcMs({ year, month, day });
  if (day > 28 && new Date(dateMs).getUTCDate() !== day) return undefined;
  return dateMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + milli;
}

/** `Z` → 0; `+HH:MM`, `-HH:MM` or `+HHMM` → signed minutes; anything else (or trailing text) → undefined. */
function zoneDesignatorMinutes(text: string, index: number): number | undefined {
  const sign = text[index];
  if (sign === 'Z' || sign === 'z') return index + 1 === text.length ? 0 : undefined;
  if (sign !== '+' && sign !== '-') return undefined;
  const hasColon = text[index + 3] === ':';
  const hours = digitsAt(text, index + 1, 2);
  const minutes = digitsAt(text, index + (hasColon ? 4 : 3), 2);
  if (index + (hasColon ? 6 : 5) !== text.length || hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return undefined;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, value) => String(value).padStart(3, '0'));
/** `:MM:00.000Z` for each minute: slots almost always start on whole minutes. */
const WHOLE_MINUTE_SUFFIXES = TWO_DIGITS.map((minute) => `:${minute}:00.000Z`);
/**
 * Two cached `YYYY-MM-DDTHH` prefixes: a slot's start and end usually fall in one of two hours, so
 * formatting both alternates between two prefixes; a single cache entry would miss on every call.
 */
const cachedHours = [Number.NaN, Number.NaN];
const cachedPrefixes = ['', ''];
let nextSlot = 0;

function hourPrefix(hourIndex: number): string {
  if (cachedHours[0] === hourIndex) return cachedPrefixes[0] as string;
  if (cachedHours[1] === hourIndex) return cachedPrefixes[1] as string;
  const dayIndex = Math.floor(hourIndex / 24);
  const prefix = `${formatCivilDate(civilFromDayIndex(dayIndex))}T${TWO_DIGITS[hourIndex - dayIndex * 24]}`;
  cachedHours[nextSlot] = hourIndex;
  cachedPrefixes[nextSlot] = prefix;
  nextSlot = 1 - nextSlot;
  return prefix;
}

/**
 * Formats epoch ms as `YYYY-MM-DDTHH:mm:ss.sssZ`, the same text as `Date.prototype.toISOString` for
 * years 0..9999. Written out because the engine emits up to a million of them and the date and hour
 * change rarely between consecutive slots: the prefix is cached, so a typical call is one concatenation.
 */
export function formatIsoInstant(instantMs: number): string {
  const hourIndex = Math.floor(instantMs / 3_600_000);
  const prefix = hourPrefix(hourIndex);
  const msOfHour = instantMs - hourIndex * 3_600_000;
  const minute = Math.floor(msOfHour / 60_000);
  const msOfMinute = msOfHour - minute * 60_000;
  if (msOfMinute === 0) return prefix + (WHOLE_MINUTE_SUFFIXES[minute] as string);
  const second = Math.floor(msOfMinute / 1000);
  return `${prefix}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${THREE_DIGITS[msOfMinute - second * 1000]}Z`;
}
