import { describe, expect, it } from 'vitest';
import { resolveTimeExpressions, tryParseWallTime, wallTimeToInstant } from '@slash/shared';

/** A window written as local wall times: ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm']; equal ends = exact start. */
type LocalWindow = readonly [string, string];

function instant(timeZone: string, local: string): number {
  const [date = '', time = '00:00'] = local.split(' ');
  return wallTimeToInstant(timeZone, date, tryParseWallTime(time) ?? 0);
}

interface Case {
  text: string;
  language: 'en' | 'fr';
  timeZone: string;
  /** The writing instant, as local wall time in `timeZone`. */
  now: string;
  windows: readonly LocalWindow[];
}

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
// Wednesday 4 March 2026, 10:00; New York springs forward on Sunday 8 March, Paris on Sunday 29 March.
const WEDNESDAY = '2026-03-04 10:00';

const CASES: readonly Case[] = [
  // Counted weekdays.
  {
    text: '3 fridays from now',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-20 00:00', '2026-03-21 00:00']],
  },
  {
    text: '2 thursdays ago',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-02-19 00:00', '2026-02-20 00:00']],
  },
  {
    text: 'three sundays from now',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-03-22 00:00', '2026-03-23 00:00']],
  },
  // The closest weekday to a date: 28 March 2026 is a Saturday.
  {
    text: 'the closest Monday to March 28',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-03-30 00:00', '2026-03-31 00:00']],
  },
  {
    text: 'the second closest Monday to March 28',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-03-23 00:00', '2026-03-24 00:00']],
  },
  // A day before or after a date, with its time of day, on the DST days.
  {
    text: 'the day after March 7 at 9am',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-03-08 09:00', '2026-03-08 09:00']],
  },
  {
    text: 'le lendemain du 28 mars à 10h',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-29 10:00', '2026-03-29 10:00']],
  },
  {
    text: 'la veille du 13 mars',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-12 00:00', '2026-03-13 00:00']],
  },
  // A date and a length in days (across Paris's spring-forward); a length alone is no window.
  {
    text: 'from 27th March for 3 days',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-27 00:00', '2026-03-30 00:00']],
  },
  {
    text: 'pendant 2 semaines à partir du 16 mars',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-16 00:00', '2026-03-30 00:00']],
  },
  { text: 'I am away for 3 days', language: 'en', timeZone: PARIS, now: WEDNESDAY, windows: [] },
  // Quarters.
  {
    text: 'in 2026Q2',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-04-01 00:00', '2026-07-01 00:00']],
  },
  {
    text: 'Q3 2026',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-07-01 00:00', '2026-10-01 00:00']],
  },
  // A date said with its weekday: a recent past date, this year's, or next year's when the weekday says so.
  {
    text: 'Sunday, March 1',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-01 00:00', '2026-03-02 00:00']],
  },
  {
    text: 'Fri, Jul 17',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-07-17 00:00', '2026-07-18 00:00']],
  },
  {
    text: 'Sat, Jul 17',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2027-07-17 00:00', '2027-07-18 00:00']],
  },
  // Fixed-date holidays; greetings are not proposals.
  {
    text: 'the day after christmas',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-12-26 00:00', '2026-12-27 00:00']],
  },
  {
    text: 'la Toussaint',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-11-01 00:00', '2026-11-02 00:00']],
  },
  { text: 'Merry Christmas!', language: 'en', timeZone: NEW_YORK, now: WEDNESDAY, windows: [] },
  // Halves and parts of a month; a part already over means next month's.
  {
    text: "la deuxième quinzaine d'avril",
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-04-15 00:00', '2026-05-01 00:00']],
  },
  {
    text: 'en début de mois',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-01 00:00', '2026-03-11 00:00']],
  },
  {
    text: 'en début de mois',
    language: 'fr',
    timeZone: PARIS,
    now: '2026-03-12 10:00',
    windows: [['2026-04-01 00:00', '2026-04-11 00:00']],
  },
  // Weeks counted from the end of a period; the week of a date (8 March 2026 is a Sunday); "around".
  {
    text: 'the third last week of March',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-09 00:00', '2026-03-14 00:00']],
  },
  {
    text: 'last week of march',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-03-23 00:00', '2026-03-28 00:00']],
  },
  {
    text: 'the week of March 8',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-03-09 00:00', '2026-03-14 00:00']],
  },
  {
    text: 'around next week',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-09 00:00', '2026-03-14 00:00']],
  },
  // Hours: a bare hour before a relative day and a part of day; a morning hour said with the evening.
  {
    text: '9 tomorrow evening',
    language: 'en',
    timeZone: NEW_YORK,
    now: WEDNESDAY,
    windows: [['2026-03-05 21:00', '2026-03-05 21:00']],
  },
  {
    text: 'le 16 vers 6h dans la soirée',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-16 18:00', '2026-03-16 18:00']],
  },
];

describe('resolveTimeExpressions (dates counted from now or from another date)', () => {
  it.each(CASES)('reads "$text" ($timeZone, now $now)', ({ text, language, timeZone, now, windows }) => {
    const result = resolveTimeExpressions(text, { nowMs: instant(timeZone, now), timeZone, language });
    const expected = windows.map(([from, to]) => ({
      fromMs: instant(timeZone, from),
      toMs: instant(timeZone, to),
    }));
    expect(result.timeWindows).toEqual(expected);
  });
});
