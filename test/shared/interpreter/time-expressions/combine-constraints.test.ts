/**
 * How the constraints of ONE message combine (#4, "when"): a time-of-day bound narrows the dated
 * windows, a trailing qualifier distributes over listed options, a part of day said with a week is
 * that part on each weekday, a stated week replaces an implied one.
 */
import { describe, expect, it } from 'vitest';
import { interpretMessage, resolveTimeExpressions, tryParseWallTime, wallTimeToInstant } from '@slash/shared';

/** A window as local wall times: ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm']; equal ends = exact start. */
type LocalWindow = readonly [string, string];

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
// Monday 2 March 2026 (the example); Paris springs forward on Sunday 29 March, New York on Sunday 8 March.
const MONDAY = '2026-03-02 09:00';
const PARIS_DST_WEDNESDAY = '2026-03-25 10:00';
const PARIS_DST_FRIDAY = '2026-03-27 10:00';
const NEW_YORK_DST_WEDNESDAY = '2026-03-04 10:00';

function instant(timeZone: string, local: string): number {
  const [date = '', time = '00:00'] = local.split(' ');
  return wallTimeToInstant(timeZone, date, tryParseWallTime(time) ?? 0);
}

function toInstants(timeZone: string, windows: readonly LocalWindow[]): { fromMs: number; toMs: number }[] {
  return windows.map(([from, to]) => ({ fromMs: instant(timeZone, from), toMs: instant(timeZone, to) }));
}

/** The same part of day [fromTime, toTime) on each listed date. */
function eachDay(dates: readonly string[], fromTime: string, toTime: string): LocalWindow[] {
  return dates.map((date) => [`${date} ${fromTime}`, `${date} ${toTime}`] as const);
}

const WEEK_OF_9_MARCH = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
const WEEK_OF_16_MARCH = ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'];
const TUESDAY_3_AFTER_3PM: readonly LocalWindow[] = [['2026-03-03 15:00', '2026-03-03 18:00']];
const FRIDAY_BEFORE_10: readonly LocalWindow[] = [['2026-03-06 08:00', '2026-03-06 10:00']];
const TUESDAY_AND_WEDNESDAY_NEXT_WEEK: readonly LocalWindow[] = [
  ['2026-03-10 00:00', '2026-03-11 00:00'],
  ['2026-03-11 00:00', '2026-03-12 00:00'],
];
const MID_NEXT_WEEK: readonly LocalWindow[] = [['2026-03-10 00:00', '2026-03-13 00:00']];
const fromParisMonday = (text: string, language: 'en' | 'fr', windows: readonly LocalWindow[]): Case => ({
  text,
  language,
  timeZone: PARIS,
  now: MONDAY,
  windows,
});

const CASES: readonly Case[] = [
  fromParisMonday('Can we meet next Tuesday afternoon? Not before 3pm.', 'en', TUESDAY_3_AFTER_3PM),
  fromParisMonday('On peut se voir mardi prochain après-midi ? Pas avant 15h.', 'fr', TUESDAY_3_AFTER_3PM),
  fromParisMonday('Friday morning, before 10', 'en', FRIDAY_BEFORE_10),
  fromParisMonday('vendredi matin, avant 10h', 'fr', FRIDAY_BEFORE_10),
  fromParisMonday('Tuesday or Wednesday next week', 'en', TUESDAY_AND_WEDNESDAY_NEXT_WEEK),
  fromParisMonday('mardi ou mercredi la semaine prochaine', 'fr', TUESDAY_AND_WEDNESDAY_NEXT_WEEK),
  fromParisMonday('mid-week next week', 'en', MID_NEXT_WEEK),
  fromParisMonday('next week, mid-week', 'en', MID_NEXT_WEEK),
  fromParisMonday('en milieu de semaine la semaine prochaine', 'fr', MID_NEXT_WEEK),
  fromParisMonday('one morning next week', 'en', eachDay(WEEK_OF_9_MARCH, '08:00', '12:00')),
  fromParisMonday('un matin la semaine prochaine', 'fr', eachDay(WEEK_OF_9_MARCH, '08:00', '12:00')),
  fromParisMonday("la semaine du 16 mars, plutôt l'après-midi", 'fr', eachDay(WEEK_OF_16_MARCH, '12:00', '18:00')),
  fromParisMonday('the week of March 16th, afternoons preferably', 'en', eachDay(WEEK_OF_16_MARCH, '12:00', '18:00')),
  fromParisMonday('Great, see you Monday at 10.', 'en', [['2026-03-09 10:00', '2026-03-09 10:00']]),
  fromParisMonday('Parfait, à lundi à 10h.', 'fr', [['2026-03-09 10:00', '2026-03-09 10:00']]),
  fromParisMonday('the 3rd or 4th of April', 'en', [
    ['2026-04-03 00:00', '2026-04-04 00:00'],
    ['2026-04-04 00:00', '2026-04-05 00:00'],
  ]),
  fromParisMonday('Come to our office for the kick-off next week?', 'en', [['2026-03-09 00:00', '2026-03-14 00:00']]),
  // Either side of the Paris change (UTC+1 on Friday, UTC+2 on Monday): wall times are kept.
  {
    text: 'Friday or Monday afternoon? Not before 3pm.',
    language: 'en',
    timeZone: PARIS,
    now: PARIS_DST_WEDNESDAY,
    windows: eachDay(['2026-03-27', '2026-03-30'], '15:00', '18:00'),
  },
  {
    text: 'vendredi ou lundi après-midi ? Pas avant 15h.',
    language: 'fr',
    timeZone: PARIS,
    now: PARIS_DST_WEDNESDAY,
    windows: eachDay(['2026-03-27', '2026-03-30'], '15:00', '18:00'),
  },
  {
    text: 'ce week-end, pas avant 15h',
    language: 'fr',
    timeZone: PARIS,
    now: PARIS_DST_FRIDAY,
    windows: [
      ['2026-03-28 15:00', '2026-03-29 00:00'],
      ['2026-03-29 15:00', '2026-03-30 00:00'],
    ],
  },
  {
    text: 'this weekend, not before 3pm',
    language: 'en',
    timeZone: NEW_YORK,
    now: NEW_YORK_DST_WEDNESDAY,
    windows: [
      ['2026-03-07 15:00', '2026-03-08 00:00'],
      ['2026-03-08 15:00', '2026-03-09 00:00'],
    ],
  },
  {
    text: 'Tuesday or Wednesday next week',
    language: 'en',
    timeZone: NEW_YORK,
    now: NEW_YORK_DST_WEDNESDAY,
    windows: TUESDAY_AND_WEDNESDAY_NEXT_WEEK,
  },
  {
    text: 'one morning next week',
    language: 'en',
    timeZone: NEW_YORK,
    now: NEW_YORK_DST_WEDNESDAY,
    windows: eachDay(WEEK_OF_9_MARCH, '08:00', '12:00'),
  },
];

describe('resolveTimeExpressions combines the constraints of one message (#4)', () => {
  it.each(CASES)('$text ($timeZone, $now)', ({ text, language, timeZone, now, windows }) => {
    const result = resolveTimeExpressions(text, { nowMs: instant(timeZone, now), timeZone, language });
    expect(result.timeWindows).toEqual(toInstants(timeZone, windows));
    expect(result.excluded).toEqual([]);
  });

  it('reads a time-of-day bound over the 28 days after now when the message has no dated window', () => {
    const result = resolveTimeExpressions('Not before 3pm.', {
      nowMs: instant(PARIS, MONDAY),
      timeZone: PARIS,
      language: 'en',
    });
    expect(result.timeWindows).toHaveLength(28);
    expect(result.timeWindows[0]).toEqual(toInstants(PARIS, [['2026-03-02 15:00', '2026-03-03 00:00']])[0]);
    expect(result.timeWindows[27]).toEqual(toInstants(PARIS, [['2026-03-29 15:00', '2026-03-30 00:00']])[0]);
  });

  it('keeps a bound that contradicts every dated window rather than dropping the dates', () => {
    const result = resolveTimeExpressions('Tuesday at 10? Not before 3pm.', {
      nowMs: instant(PARIS, MONDAY),
      timeZone: PARIS,
      language: 'en',
    });
    expect(result.timeWindows[0]).toEqual(toInstants(PARIS, [['2026-03-03 10:00', '2026-03-03 10:00']])[0]);
    expect(result.timeWindows).toHaveLength(29);
  });
});

function email(body: string): string {
  return [
    'From: Ann <ann@acme.example>',
    'To: c@client.example',
    'Date: Mon, 02 Mar 2026 09:00:00 +0100',
    'Subject: Re: x',
    '',
    body,
  ].join('\r\n');
}

describe('interpretMessage combines the constraints of one message (#4)', () => {
  const options = { timeZone: PARIS, self: ['c@client.example'] };

  it('narrows next Tuesday afternoon by "not before 3pm" (the issue example)', async () => {
    const result = await interpretMessage(email('Can we meet next Tuesday afternoon? Not before 3pm.\r\n'), options);
    expect(result.timeWindows).toEqual([{ from: '2026-03-03T14:00:00.000Z', to: '2026-03-03T17:00:00.000Z' }]);
  });

  it('reads "see you Monday at 10." under quoted history about March as next Monday 10:00', async () => {
    const body = [
      'Great, see you Monday at 10.',
      '',
      'On Fri, 27 Feb 2026 at 10:00, C <c@client.example> wrote:',
      '> Could we meet in early March? I am free the first two weeks of March.',
      '',
    ].join('\r\n');
    const result = await interpretMessage(email(body), options);
    expect(result.timeWindows).toEqual([{ from: '2026-03-09T09:00:00.000Z', to: '2026-03-09T09:00:00.000Z' }]);
  });
});
