/**
 * Category tests: movable holidays are computed, not listed (Easter cycle by the Gregorian computus, n-th
 * weekday holidays), the upcoming one unless a year or "last" is said; North American ones follow the
 * client's zone where countries differ.
 */
import { describe, expect, it } from 'vitest';
import { resolveTimeExpressions, tryParseWallTime, wallTimeToInstant } from '@slash/shared';
import { easterSunday } from '../../../../shared/src/interpreter/time-expressions/movable-holiday-rules.js';
import { formatCivilDate, civilFromDayIndex } from '../../../../shared/src/slot-engine/zoned-time.js';

/** The first window's local day of `text` written on 4 March 2026 at 10:00 in `timeZone`. */
function dayOf(text: string, language: 'en' | 'fr', timeZone = 'Europe/Paris'): string | undefined {
  const nowMs = wallTimeToInstant(timeZone, '2026-03-04', tryParseWallTime('10:00') ?? 0);
  const first = resolveTimeExpressions(text, { nowMs, timeZone, language }).timeWindows[0];
  return first === undefined ? undefined : new Date(first.fromMs).toLocaleString('sv-SE', { timeZone }).slice(0, 10);
}

describe('easterSunday', () => {
  it.each([
    [2013, '2013-03-31'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i is %s', (year, date) => {
    expect(formatCivilDate(civilFromDayIndex(easterSunday(year)))).toBe(date);
  });
});

describe('movable holidays', () => {
  it.each([
    ['Easter Monday', 'en', '2026-04-06'],
    ['lundi de Pâques', 'fr', '2026-04-06'],
    ['Good Friday 2027', 'en', '2027-03-26'],
    ["le jeudi de l'Ascension", 'fr', '2026-05-14'],
    ['Whit Monday', 'en', '2026-05-25'],
    ['lundi de Pentecôte', 'fr', '2026-05-25'],
    ['last Easter', 'en', '2025-04-20'],
    ['Thanksgiving', 'en', '2026-11-26'],
    ['Memorial Day', 'en', '2026-05-25'],
    ['la fête du Travail', 'fr', '2026-05-01'],
  ] as const)('%j is %s', (text, language, date) => {
    expect(dayOf(text, language)).toBe(date);
  });

  it('follows the client zone for Labour Day and Thanksgiving in Canada', () => {
    expect(dayOf('la fête du Travail', 'fr', 'America/Montreal')).toBe('2026-09-07');
    expect(dayOf('Thanksgiving', 'en', 'America/Toronto')).toBe('2026-10-12');
  });

  it('reads no greeting as a proposal', () => {
    expect(dayOf('Happy Easter!', 'en')).toBeUndefined();
  });
});
