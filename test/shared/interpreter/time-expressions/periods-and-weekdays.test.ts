/**
 * Category tests (sentences invented for the rules): "weekdays" / "en semaine" are Monday to Friday; a
 * weekday ruled out beside undated times recurs over the 28 days; a lone weekday or week part said after
 * a stated period is read inside it; a time already over is narrative when a time to come is proposed.
 */
import { describe, expect, it } from 'vitest';
import { resolveTimeExpressions, tryParseWallTime, wallTimeToInstant } from '@slash/shared';

const PARIS = 'Europe/Paris';

/** Local wall time 'YYYY-MM-DD HH:mm' in Paris to UTC epoch ms. */
function instant(local: string): number {
  const [date = '', time = '00:00'] = local.split(' ');
  return wallTimeToInstant(PARIS, date, tryParseWallTime(time) ?? 0);
}

/** `text` written on Wednesday 4 March 2026 at 10:00 in Paris. */
function read(text: string, language: 'en' | 'fr') {
  return resolveTimeExpressions(text, { nowMs: instant('2026-03-04 10:00'), timeZone: PARIS, language });
}

const windows = (...pairs: ReadonlyArray<readonly [string, string]>): { fromMs: number; toMs: number }[] =>
  pairs.map(([from, to]) => ({ fromMs: instant(from), toMs: instant(to) }));
const mornings = (...dates: string[]) => windows(...dates.map((d) => [`${d} 08:00`, `${d} 12:00`] as const));
const days = (...dates: string[]) =>
  windows(
    ...dates.map(
      (d) => [`${d} 00:00`, `${d.slice(0, 8)}${String(Number(d.slice(8)) + 1).padStart(2, '0')} 00:00`] as const,
    ),
  );

describe('weekdays are Monday to Friday', () => {
  it.each([
    ['Any weekday morning next week works.', 'en'],
    ['Next week, weekday mornings only.', 'en'],
    ['La semaine prochaine, le matin en semaine.', 'fr'],
    ['La semaine prochaine, un matin, jours ouvrés uniquement.', 'fr'],
  ] as const)('%j', (text, language) => {
    expect(read(text, language).timeWindows).toEqual(
      mornings('2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'),
    );
  });

  it('leaves the weekend out of a stated period', () => {
    expect(read('Mid-March, any weekday afternoon.', 'en').timeWindows).toHaveLength(8);
  });
});

describe('a weekday ruled out beside undated times', () => {
  it.each([
    ['Any morning on a weekday, except Mondays.', 'en'],
    ["N'importe quel matin en semaine, sauf le lundi.", 'fr'],
  ] as const)('%j recurs over the 28 days', (text, language) => {
    const { excluded, timeWindows } = read(text, language);
    expect(excluded).toEqual(days('2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'));
    expect(timeWindows).toHaveLength(16);
  });
});

describe('a weekday or week part said after a stated period', () => {
  it.each([
    [
      'The week of March 16 suits me, ideally Tuesday or Thursday.',
      'en',
      days('2026-03-16', '2026-03-17', '2026-03-19'),
    ],
    ['La semaine du 16 mars, de préférence mardi ou jeudi.', 'fr', days('2026-03-16', '2026-03-17', '2026-03-19')],
    [
      'In three weeks, ideally early in the week.',
      'en',
      windows(['2026-03-23 00:00', '2026-03-28 00:00'], ['2026-03-23 00:00', '2026-03-25 00:00']),
    ],
    [
      'Dans quinze jours, plutôt en fin de semaine.',
      'fr',
      windows(['2026-03-16 00:00', '2026-03-21 00:00'], ['2026-03-19 00:00', '2026-03-21 00:00']),
    ],
  ] as const)('%j', (text, language, expected) => {
    const got = read(text, language).timeWindows.map((w) => ({ fromMs: w.fromMs, toMs: w.toMs }));
    expect(got).toEqual(expect.arrayContaining(expected.slice(1)));
    expect(got.every((w) => w.fromMs >= expected[0]!.fromMs)).toBe(true);
  });
});

describe('a weekday ruled out after a stated period', () => {
  it.each([
    ['The first week of April? Any day but the Wednesday.', 'en'],
    ["La première semaine d'avril ? Sauf le mercredi.", 'fr'],
  ] as const)('%j is a weekday of that period', (text, language) => {
    expect(read(text, language).excluded).toEqual(days('2026-04-01'));
  });
});

describe('a time already over', () => {
  it.each([
    ['Great to meet you last week. Could we talk on Monday?', 'en', days('2026-03-09')],
    ['Merci pour le déjeuner d’hier ! Un café jeudi ?', 'fr', days('2026-03-05')],
  ] as const)('%j is narrative beside a proposal', (text, language, expected) => {
    expect(read(text, language).timeWindows).toEqual(expected);
  });

  it('stays when it is all the text says', () => {
    expect(read('yesterday', 'en').timeWindows).toEqual(days('2026-03-03'));
  });
});

describe('an elliptic "or next" and the coming weeks', () => {
  it.each([
    ['This weekend or next?', 'en', ['2026-03-07 00:00', '2026-03-09 00:00'], ['2026-03-14 00:00', '2026-03-16 00:00']],
    [
      'Cette semaine ou la suivante ?',
      'fr',
      ['2026-03-02 00:00', '2026-03-07 00:00'],
      ['2026-03-09 00:00', '2026-03-14 00:00'],
    ],
  ] as const)('%j is that unit and the one after', (text, language, first, second) => {
    expect(read(text, language).timeWindows).toEqual(windows(first, second));
  });

  it.each([
    ['Could we meet in the upcoming two weeks?', 'en'],
    ['On se voit dans les deux prochaines semaines ?', 'fr'],
    ['Could we talk over the coming fortnight?', 'en'],
    ['On se voit dans la quinzaine ?', 'fr'],
  ] as const)('%j is [now, now + 14 days)', (text, language) => {
    expect(read(text, language).timeWindows).toEqual([
      { fromMs: instant('2026-03-04 10:00'), toMs: instant('2026-03-18 10:00') },
    ]);
  });

  it('lists nothing across a long gap: "next week, breakfast at X, on Tuesday or Wednesday"', () => {
    const text = 'Since you are here next week, breakfast at Café Lomi, on Tuesday or Wednesday at 8:30?';
    const exact = read(text, 'en').timeWindows.filter((w) => w.fromMs === w.toMs);
    expect(exact).toEqual(windows(['2026-03-10 08:30', '2026-03-10 08:30'], ['2026-03-11 08:30', '2026-03-11 08:30']));
  });
});
