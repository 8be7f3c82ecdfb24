/**
 * Category tests (sentences invented for the rules): a time-of-day bound narrows the dates of its own
 * sentence (else those said before it); a time and its zone said once after a list of days hold for
 * each; a part of day said with a range of days holds on each day; "avant-midi" is the morning and
 * "été" without a determiner is a participle; the 28 floating days are [now, now + 28 days).
 */
import { describe, expect, it } from 'vitest';
import { resolveTimeExpressions, tryParseWallTime, wallTimeToInstant } from '@slash/shared';

const PARIS = 'Europe/Paris';
const MONTREAL = 'America/Montreal';

function instant(timeZone: string, local: string): number {
  const [date = '', time = '00:00'] = local.split(' ');
  return wallTimeToInstant(timeZone, date, tryParseWallTime(time) ?? 0);
}

/** `text` written on Wednesday 4 March 2026 at 10:00 in `timeZone`, as local wall-time pairs. */
function read(text: string, language: 'en' | 'fr', timeZone = PARIS): string[] {
  const local = (ms: number): string => new Date(ms).toLocaleString('sv-SE', { timeZone }).slice(0, 16);
  return resolveTimeExpressions(text, { nowMs: instant(timeZone, '2026-03-04 10:00'), timeZone, language })
    .timeWindows.map((w) => `${local(w.fromMs)}..${w.toMs === null ? 'open' : local(w.toMs)}`)
    .sort();
}

describe('a time-of-day bound and the sentences around it', () => {
  it.each([
    [
      "I'm in town on the 16th and 17th. Coffee on either day, ideally late morning? Otherwise the 18th after 4pm.",
      'en',
    ],
    [
      'Je serai là le 16 et le 17. Un café l’un ou l’autre jour, plutôt en fin de matinée ? Sinon le 18 après 16h.',
      'fr',
    ],
  ] as const)('%j narrows only the dates said before it', (text, language) => {
    expect(read(text, language)).toEqual([
      '2026-03-16 10:00..2026-03-16 12:00',
      '2026-03-17 10:00..2026-03-17 12:00',
      '2026-03-18 16:00..2026-03-19 00:00',
    ]);
  });
});

describe('a time and zone said once after a list of days', () => {
  it.each([
    ['Monday, Tuesday or Wednesday at 9am New York time?', 'en'],
    ['Lundi, mardi ou mercredi à 9h heure de New York ?', 'fr'],
  ] as const)('%j holds for each day', (text, language) => {
    expect(read(text, language)).toEqual([
      '2026-03-09 14:00..2026-03-09 14:00',
      '2026-03-10 14:00..2026-03-10 14:00',
      '2026-03-11 14:00..2026-03-11 14:00',
    ]);
  });
});

describe('a part of day said with a range of days', () => {
  it.each([
    ['Between the 10th and the 12th, in the afternoon.', 'en', PARIS, '12:00', '18:00'],
    ['Entre le 10 et le 12 mars, en avant-midi.', 'fr', MONTREAL, '08:00', '12:00'],
  ] as const)('%j holds on each day', (text, language, timeZone, from, to) => {
    expect(read(text, language, timeZone)).toEqual(
      ['10', '11', '12'].map((d) => `2026-03-${d} ${from}..2026-03-${d} ${to}`),
    );
  });
});

describe('words that look like times', () => {
  it('reads "avant midi" as before noon', () => {
    expect(read('Jeudi avant midi ?', 'fr')).toEqual(['2026-03-05 00:00..2026-03-05 12:00']);
  });

  it('reads "été" as a participle without a determiner, as the season with one', () => {
    expect(read('La réunion a été déplacée à jeudi.', 'fr')).toEqual(['2026-03-05 00:00..2026-03-06 00:00']);
    expect(read('On se voit cet été ?', 'fr')).toHaveLength(1);
  });
});

describe('the floating 28 days', () => {
  it('run from now to now + 28 days: a window still open now is in, one ending after now + 28 days is out', () => {
    const mornings = read('Any morning.', 'en');
    expect(mornings[0]).toBe('2026-03-04 08:00..2026-03-04 12:00');
    expect(mornings.at(-1)).toBe('2026-03-31 08:00..2026-03-31 12:00');
  });
});

describe('a time of day said before listed dates', () => {
  it.each([
    ['Free on the evenings of 11 and 12 March.', 'en'],
    ['Libre les soirées du 11 et du 12 mars.', 'fr'],
    ['The evenings of the 11th and 12th work.', 'en'],
  ] as const)('%j holds for each date', (text, language) => {
    expect(read(text, language)).toEqual(['2026-03-11 18:00..2026-03-11 22:00', '2026-03-12 18:00..2026-03-12 22:00']);
  });
});

describe('a time of day ruled out beside dated windows', () => {
  it('is ruled out on their days, not over the 28 days', () => {
    const { excluded } = resolveTimeExpressions('Next week? Not mornings please.', {
      nowMs: instant(PARIS, '2026-03-04 10:00'),
      timeZone: PARIS,
      language: 'en',
    });
    expect(excluded).toHaveLength(5);
  });
});

describe('clock times', () => {
  it.each([
    ['Monday, from 7:30.', '2026-03-09 07:30..2026-03-10 00:00'],
    ['Monday at 7.30pm.', '2026-03-09 19:30..2026-03-09 19:30'],
    ['Monday at 7.', '2026-03-09 19:00..2026-03-09 19:00'],
    ['Monday at 6:30.', '2026-03-09 18:30..2026-03-09 18:30'],
    // An hour after "from" opens the day there, unless it opens a range.
    ['Free from 6 on Monday.', '2026-03-09 18:00..2026-03-10 00:00'],
    ['Monday from 3 to 5.', '2026-03-09 15:00..2026-03-09 17:00'],
  ])('%j is read nearest business hours, or as written', (text, window) => {
    expect(read(text, 'en')).toEqual([window]);
  });

  it.each([
    ['Dinner on Monday at 7:30?', '2026-03-09 19:30..2026-03-09 19:30'],
    ['Drinks Monday at 8?', '2026-03-09 20:00..2026-03-09 20:00'],
    ['Breakfast on Monday at 7?', '2026-03-09 07:00..2026-03-09 07:00'],
  ])('%j follows the evening or morning words of its message', (text, window) => {
    expect(read(text, 'en')).toEqual([window]);
  });

  it('reads "since" as a start only right before the time', () => {
    expect(read("Since you're in Paris next week, Tuesday at 8:30?", 'en')).toEqual([
      '2026-03-10 08:30..2026-03-10 08:30',
    ]);
  });
});
