/**
 * Human wording of a slot in EN or FR, in a given IANA zone, without Intl (STYLE.md §3: zone math
 * lives in zoned-time.ts). "Tuesday 3 March, 10:00–10:30" / "mardi 3 mars, 10 h 00 – 10 h 30".
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../slot-engine/calendar-names.js';
import { wallClockAt } from '../slot-engine/zoned-time.js';

/** A language Slash writes in. */
export type DraftLanguage = 'en' | 'fr';

const pad = (value: number) => String(value).padStart(2, '0');

/** Local `HH:MM` (EN) or `HH h MM` (FR) of an instant in `timeZone`. */
export function formatLocalTime(instantMs: number, timeZone: string, language: DraftLanguage): string {
  const clock = wallClockAt(timeZone, instantMs);
  return language === 'fr' ? `${clock.hour} h ${pad(clock.minute)}` : `${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** Local weekday, day and month of an instant in `timeZone`: "Tuesday 3 March" / "mardi 3 mars". */
export function formatLocalDay(instantMs: number, timeZone: string, language: DraftLanguage): string {
  const clock = wallClockAt(timeZone, instantMs);
  const weekday = WEEKDAY_NAMES[language][clock.weekday - 1] ?? '';
  const month = MONTH_NAMES[language][clock.month - 1] ?? '';
  return `${weekday} ${clock.day} ${month}`;
}

/** A slot `[startMs, endMs)` worded in `timeZone`: day, start and end. */
export function formatSlot(
  slot: { readonly startMs: number; readonly endMs: number },
  timeZone: string,
  language: DraftLanguage,
): string {
  const separator = language === 'fr' ? ' – ' : '–';
  return `${formatLocalDay(slot.startMs, timeZone, language)}, ${formatLocalTime(slot.startMs, timeZone, language)}${separator}${formatLocalTime(slot.endMs, timeZone, language)}`;
}
