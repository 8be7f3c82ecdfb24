import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveTimeExpressions, tryParseWallTime, wallTimeToInstant } from '@slash/shared';

/** A window written as local wall times: ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm' | null]; equal ends = exact start. */
type LocalWindow = readonly [string, string | null];

function instant(timeZone: string, local: string): number {
  const [date = '', time = '00:00'] = local.split(' ');
  return wallTimeToInstant(timeZone, date, tryParseWallTime(time) ?? 0);
}

function toLocalWindows(timeZone: string, windows: readonly LocalWindow[]): { fromMs: number; toMs: number | null }[] {
  return windows.map(([from, to]) => ({
    fromMs: instant(timeZone, from),
    toMs: to === null ? null : instant(timeZone, to),
  }));
}

interface Case {
  text: string;
  language: 'en' | 'fr';
  timeZone: string;
  /** The writing instant, as local wall time in `timeZone`. */
  now: string;
  windows: readonly LocalWindow[];
  excluded?: readonly LocalWindow[];
}

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';
// Wednesday 4 March 2026, 10:00 in Paris; Paris springs forward on Sunday 29 March, New York on Sunday 8 March.
const WEDNESDAY = '2026-03-04 10:00';

const CASES: readonly Case[] = [
  {
    text: 'Could we meet mardi prochain ?',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-10 00:00', '2026-03-11 00:00']],
  },
  {
    text: 'mercredi prochain',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-11 00:00', '2026-03-12 00:00']],
  },
  {
    text: 'How about Thursday?',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 00:00', '2026-03-06 00:00']],
  },
  {
    text: 'lunch next Tuesday',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-10 00:00', '2026-03-11 00:00']],
  },
  {
    text: 'Any time next week works.',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-09 00:00', '2026-03-14 00:00']],
  },
  {
    text: 'la semaine prochaine',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-09 00:00', '2026-03-14 00:00']],
  },
  {
    text: 'Tuesday or Thursday afternoon',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [
      ['2026-03-10 12:00', '2026-03-10 18:00'],
      ['2026-03-05 12:00', '2026-03-05 18:00'],
    ],
  },
  {
    text: 'between 2 and 4pm on Friday',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-06 14:00', '2026-03-06 16:00']],
  },
  {
    text: 'entre 14h et 16h jeudi',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 14:00', '2026-03-05 16:00']],
  },
  {
    text: 'je suis libre du 17 au 19',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-17 00:00', '2026-03-20 00:00']],
  },
  {
    text: 'from Tuesday to Thursday',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-10 00:00', '2026-03-13 00:00']],
  },
  { text: 'à partir du 12', language: 'fr', timeZone: PARIS, now: WEDNESDAY, windows: [['2026-03-12 00:00', null]] },
  { text: 'from the 12th on', language: 'en', timeZone: PARIS, now: WEDNESDAY, windows: [['2026-03-12 00:00', null]] },
  {
    text: 'demain, pas avant 10h',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 10:00', '2026-03-06 00:00']],
  },
  {
    text: 'Friday after 3pm',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-06 15:00', '2026-03-07 00:00']],
  },
  {
    text: 'Friday before 11am',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-06 00:00', '2026-03-06 11:00']],
  },
  {
    text: 'vendredi vers 15h',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-06 15:00', '2026-03-06 15:00']],
  },
  {
    text: 'around 3pm on Friday',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-06 15:00', '2026-03-06 15:00']],
  },
  {
    text: 'après-demain',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-06 00:00', '2026-03-07 00:00']],
  },
  {
    text: 'dans quinze jours',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-16 00:00', '2026-03-21 00:00']],
  },
  {
    text: 'in two weeks',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-16 00:00', '2026-03-21 00:00']],
  },
  {
    text: 'in the next two weeks',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-04 10:00', '2026-03-18 10:00']],
  },
  {
    text: 'mardi en huit',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-17 00:00', '2026-03-18 00:00']],
  },
  {
    text: 'early next week',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-09 00:00', '2026-03-11 00:00']],
  },
  {
    text: 'en fin de semaine',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 00:00', '2026-03-07 00:00']],
  },
  {
    text: 'mid-week',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-03 00:00', '2026-03-06 00:00']],
  },
  {
    text: 'late March',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-21 00:00', '2026-04-01 00:00']],
  },
  {
    text: 'début avril',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-04-01 00:00', '2026-04-11 00:00']],
  },
  {
    text: 'the first week of April',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [
      ['2026-04-01 00:00', '2026-04-04 00:00'],
      ['2026-04-06 00:00', '2026-04-08 00:00'],
    ],
  },
  {
    text: 'late morning on Monday',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-09 10:00', '2026-03-09 12:00']],
  },
  {
    text: 'jeudi en fin de journée',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 17:00', '2026-03-05 20:00']],
  },
  {
    text: 'midi jeudi',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 12:00', '2026-03-05 12:00']],
  },
  {
    text: 'Monday March 30 at 9am',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-30 09:00', '2026-03-30 09:00']],
  },
  // 02:30 does not exist in Paris on 29 March 2026: the contract reads it as the transition instant (03:00 CEST).
  {
    text: 'le 29 mars à 2h30',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-29 03:00', '2026-03-29 03:00']],
  },
  {
    text: 'Thursday 8am PT',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 17:00', '2026-03-05 17:00']],
  },
  // New York is already on EDT on 10 March while Paris is still on CET: 3pm EST(EDT) = 20:00 Paris.
  {
    text: 'March 10 at 3pm EST',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-10 20:00', '2026-03-10 20:00']],
  },
  {
    text: 'jeudi 14h heure de New York',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 20:00', '2026-03-05 20:00']],
  },
  {
    text: 'Thursday at 10am UK time',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-05 11:00', '2026-03-05 11:00']],
  },
  {
    text: 'Friday 4pm CET',
    language: 'en',
    timeZone: NEW_YORK,
    now: '2026-03-04 10:00',
    windows: [['2026-03-06 10:00', '2026-03-06 10:00']],
  },
  {
    text: 'Monday at 9',
    language: 'en',
    timeZone: NEW_YORK,
    now: '2026-03-06 10:00',
    windows: [['2026-03-09 09:00', '2026-03-09 09:00']],
  },
  {
    text: 'Sunday morning',
    language: 'en',
    timeZone: NEW_YORK,
    now: '2026-03-06 10:00',
    windows: [['2026-03-08 08:00', '2026-03-08 12:00']],
  },
  {
    text: 'tomorrow afternoon',
    language: 'en',
    timeZone: KOLKATA,
    now: '2026-03-04 10:00',
    windows: [['2026-03-05 12:00', '2026-03-05 18:00']],
  },
  {
    text: 'demain à 9h30',
    language: 'fr',
    timeZone: KOLKATA,
    now: '2026-03-04 10:00',
    windows: [['2026-03-05 09:30', '2026-03-05 09:30']],
  },
  {
    text: 'this Wednesday or next Wednesday',
    language: 'en',
    timeZone: PARIS,
    now: '2026-03-02 09:00',
    windows: [
      ['2026-03-04 00:00', '2026-03-05 00:00'],
      ['2026-03-11 00:00', '2026-03-12 00:00'],
    ],
  },
  {
    text: 'la semaine prochaine sauf vendredi',
    language: 'fr',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-09 00:00', '2026-03-13 00:00']],
    excluded: [['2026-03-13 00:00', '2026-03-14 00:00']],
  },
  {
    text: 'any day next week except Monday',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [['2026-03-10 00:00', '2026-03-14 00:00']],
    excluded: [['2026-03-09 00:00', '2026-03-10 00:00']],
  },
  {
    text: 'not on Fridays',
    language: 'en',
    timeZone: PARIS,
    now: WEDNESDAY,
    windows: [],
    excluded: [
      ['2026-03-06 00:00', '2026-03-07 00:00'],
      ['2026-03-13 00:00', '2026-03-14 00:00'],
      ['2026-03-20 00:00', '2026-03-21 00:00'],
      ['2026-03-27 00:00', '2026-03-28 00:00'],
    ],
  },
  { text: 'Thanks a lot, talk soon!', language: 'en', timeZone: PARIS, now: WEDNESDAY, windows: [] },
  { text: 'Merci, à bientôt. 06 12 34 56 78', language: 'fr', timeZone: PARIS, now: WEDNESDAY, windows: [] },
];

describe('resolveTimeExpressions', () => {
  it.each(CASES)('reads "$text" ($timeZone)', ({ text, language, timeZone, now, windows, excluded }) => {
    const result = resolveTimeExpressions(text, { nowMs: instant(timeZone, now), timeZone, language });
    expect(result.timeWindows).toEqual(toLocalWindows(timeZone, windows));
    expect(result.excluded).toEqual(toLocalWindows(timeZone, excluded ?? []));
  });

  it('reads a time of day without a date over the 28 days after now', () => {
    const result = resolveTimeExpressions('any morning', {
      nowMs: instant(PARIS, '2026-03-04 13:00'),
      timeZone: PARIS,
      language: 'en',
    });
    // [now, now + 28 days) ends on 1 April at 13:00: that morning is inside it.
    expect(result.timeWindows).toHaveLength(28);
    expect(result.timeWindows[0]).toEqual(toLocalWindows(PARIS, [['2026-03-05 08:00', '2026-03-05 12:00']])[0]);
    // The last morning is after the spring-forward: still 08:00 local.
    expect(result.timeWindows.at(-1)).toEqual(toLocalWindows(PARIS, [['2026-04-01 08:00', '2026-04-01 12:00']])[0]);
  });

  it('reports each matched expression with its index', () => {
    const text = 'Hi Ann, could we do Tuesday at 3pm or Thursday afternoon?';
    const result = resolveTimeExpressions(text, { nowMs: instant(PARIS, WEDNESDAY), timeZone: PARIS, language: 'en' });
    expect(result.mentions).toEqual([
      { text: 'Tuesday at 3pm', index: 20 },
      { text: 'Thursday afternoon', index: 38 },
    ]);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('gives lower confidence when digits are present but nothing is understood', () => {
    const context = { nowMs: instant(PARIS, WEDNESDAY), timeZone: PARIS, language: 'en' as const };
    expect(resolveTimeExpressions('ref 4471-22', context).confidence).toBeLessThan(
      resolveTimeExpressions('Thanks!', context).confidence,
    );
  });

  it('never throws and keeps every window ordered, whatever the text', () => {
    const context = { nowMs: instant(PARIS, WEDNESDAY), timeZone: PARIS, language: 'fr' as const };
    const words = fc.constantFrom(
      'lundi',
      'next',
      'week',
      'à',
      '15h',
      'entre',
      'et',
      'du',
      'au',
      '12',
      'sauf',
      'after',
      'before',
      '-',
      'or',
      'midi',
      'PT',
      'morning',
      'fin',
      'mars',
      '2026',
      'the',
      'in',
      'two',
      'weeks',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const result = resolveTimeExpressions(parts.join(' '), context);
        for (const window of [...result.timeWindows, ...result.excluded]) {
          expect(Number.isFinite(window.fromMs)).toBe(true);
          if (window.toMs !== null) expect(window.toMs).toBeGreaterThanOrEqual(window.fromMs);
        }
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
