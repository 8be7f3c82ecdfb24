/**
 * Category tests (sentences invented for the rules): a time said once after a list of days holds for
 * every day of the list, and hurried misspellings of day and part-of-day words are still read.
 */
import { describe, expect, it } from 'vitest';
import { resolveTimeExpressions, tryParseWallTime, wallTimeToInstant } from '@slash/shared';

const PARIS = 'Europe/Paris';

/** Local wall time 'YYYY-MM-DD HH:mm' in Paris to UTC epoch ms. */
function instant(local: string): number {
  const [date = '', time = '00:00'] = local.split(' ');
  return wallTimeToInstant(PARIS, date, tryParseWallTime(time) ?? 0);
}

/** The windows of `text` written on Wednesday 4 March 2026 at 10:00 in Paris, as local wall-time pairs. */
function read(text: string, language: 'en' | 'fr'): { fromMs: number; toMs: number | null }[] {
  return resolveTimeExpressions(text, { nowMs: instant('2026-03-04 10:00'), timeZone: PARIS, language }).timeWindows;
}

const windows = (...pairs: ReadonlyArray<readonly [string, string]>): { fromMs: number; toMs: number }[] =>
  pairs.map(([from, to]) => ({ fromMs: instant(from), toMs: instant(to) }));

describe('a time said once after a list of days', () => {
  it.each([
    [
      'Monday or Wednesday next week, from 10 to 11:30am?',
      'en',
      windows(['2026-03-09 10:00', '2026-03-09 11:30'], ['2026-03-11 10:00', '2026-03-11 11:30']),
    ],
    [
      'Lundi ou mercredi prochain, entre 14h et 16h ?',
      'fr',
      windows(['2026-03-09 14:00', '2026-03-09 16:00'], ['2026-03-11 14:00', '2026-03-11 16:00']),
    ],
    [
      'Thursday 12 or Friday 13 March, before 9am.',
      'en',
      windows(['2026-03-12 00:00', '2026-03-12 09:00'], ['2026-03-13 00:00', '2026-03-13 09:00']),
    ],
    [
      'Jeudi ou vendredi, après 17h.',
      'fr',
      windows(['2026-03-05 17:00', '2026-03-06 00:00'], ['2026-03-06 17:00', '2026-03-07 00:00']),
    ],
  ] as const)('%j holds for every day', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('misspelt day and part-of-day words', () => {
  it.each([
    ['call tomorow afternon?', windows(['2026-03-05 12:00', '2026-03-05 18:00'])],
    ['thurday mornign works', windows(['2026-03-05 08:00', '2026-03-05 12:00'])],
    ['tommorow evning maybe', windows(['2026-03-05 18:00', '2026-03-05 22:00'])],
    ['free wensday', windows(['2026-03-11 00:00', '2026-03-12 00:00'])],
  ] as const)('%j is read', (text, expected) => {
    expect(read(text, 'en')).toEqual(expected);
  });
});

describe('"same time" on a second option', () => {
  it.each([
    [
      'Friday at 11am? If not, Monday, same time.',
      'en',
      windows(['2026-03-06 11:00', '2026-03-06 11:00'], ['2026-03-09 11:00', '2026-03-09 11:00']),
    ],
    [
      'Jeudi à 9h30 ? Sinon lundi même heure.',
      'fr',
      windows(['2026-03-05 09:30', '2026-03-05 09:30'], ['2026-03-09 09:30', '2026-03-09 09:30']),
    ],
    [
      'Thursday at 2pm New York time, or Friday at the same time?',
      'en',
      windows(['2026-03-05 20:00', '2026-03-05 20:00'], ['2026-03-06 20:00', '2026-03-06 20:00']),
    ],
  ] as const)('%j repeats the time', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
