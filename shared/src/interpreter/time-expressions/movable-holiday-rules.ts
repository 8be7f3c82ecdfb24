/**
 * Holidays whose date moves from year to year, computed rather than listed: the Easter cycle (Western
 * computus: Good Friday, Easter Monday, Ascension, Whit Monday / lundi de Pâques, Ascension, Pentecôte…)
 * and the "n-th weekday of a month" holidays (Thanksgiving, Labor Day, Memorial Day…). North American
 * holidays follow the client's zone where the two countries differ (Canadian Thanksgiving in October,
 * "fête du Travail" = Labour Day in September in Québec, 1 May in France).
 */
import { civilFromDayIndex, dayIndexOf, isoWeekdayOfDayIndex } from '../../slot-engine/zoned-time.js';
import type { TimeConstraint } from './time-constraint.js';
import { P, rule, type ScanContext, type ScanRule } from './time-rule.js';

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayIndexOf({ year, month, day });
}

/** The n-th (1-based; -1 = last) ISO weekday of a month: `[weekday, nth]`. */
function nthWeekday(year: number, month: number, [weekday, nth]: readonly [number, number]): number {
  if (nth < 0) {
    const last = dayIndexOf({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }) - 1;
    return last - ((isoWeekdayOfDayIndex(last) - weekday + 7) % 7);
  }
  const first = dayIndexOf({ year, month, day: 1 });
  return first + ((weekday - isoWeekdayOfDayIndex(first) + 7) % 7) + 7 * (nth - 1);
}

/** A fixed date moved to the nearest weekday when it falls on a weekend (Boss's Day). */
function nearestWeekday(day: number): number {
  const weekday = isoWeekdayOfDayIndex(day);
  return weekday === 6 ? day - 1 : weekday === 7 ? day + 1 : day;
}

const isCanada = (timeZone: string): boolean =>
  /^America\/(?:Toronto|Montreal|Vancouver|Edmonton|Winnipeg|Halifax|Regina|St_Johns|Moncton|Whitehorse|Yellowknife|Iqaluit)$/.test(
    timeZone,
  );
const isAmericas = (timeZone: string): boolean => timeZone.startsWith('America/');

type DayOfYear = (year: number, timeZone: string) => number;

/** [pattern (folded text), the holiday's day in a year]. Longer names first where they overlap. */
const MOVABLE_HOLIDAYS: ReadonlyArray<readonly [string, DayOfYear]> = [
  [`easter mon(?:day)?|lundi de paques`, (y) => easterSunday(y) + 1],
  [`easter(?: sunday)?|(?:le )?dimanche de paques|paques`, (y) => easterSunday(y)],
  [`good friday|(?:le )?vendredi saint`, (y) => easterSunday(y) - 2],
  [`maundy thursday|holy thursday|covenant thu(?:rsday)?|(?:le )?jeudi saint`, (y) => easterSunday(y) - 3],
  [`palm sunday|branch sunday|(?:le )?dimanche des rameaux`, (y) => easterSunday(y) - 7],
  [`shrove tuesday|pancake day|mardi gras`, (y) => easterSunday(y) - 47],
  [`ash wednesday|(?:le )?mercredi des cendres`, (y) => easterSunday(y) - 46],
  [`ascension(?: day| thursday)?|(?:le )?jeudi de l'ascension|(?:l')?ascension`, (y) => easterSunday(y) + 39],
  [
    `whit ?monday|pentecost monday|monday of the holy spirit|(?:le )?lundi de (?:la )?pentecote`,
    (y) => easterSunday(y) + 50,
  ],
  [
    `pentecost(?: sunday)?|whit ?sunday|white sunday|(?:le )?dimanche de (?:la )?pentecote|(?:la )?pentecote`,
    (y) => easterSunday(y) + 49,
  ],
  [`trinity sunday`, (y) => easterSunday(y) + 56],
  [
    `thanksgiving(?: day)?|(?:l')?action de graces`,
    (y, zone) => (isCanada(zone) ? nthWeekday(y, 10, [1, 2]) : nthWeekday(y, 11, [4, 4])),
  ],
  [`black friday`, (y) => nthWeekday(y, 11, [4, 4]) + 1],
  [`(?:mlk|martin luther king(?:'s|s)?)(?: jr\\.?)? day|civil rights day`, (y) => nthWeekday(y, 1, [1, 3])],
  [`presidents'? day|washington'?s birthday`, (y) => nthWeekday(y, 2, [1, 3])],
  [`memorial day`, (y) => nthWeekday(y, 5, [1, -1])],
  [`labou?r day`, (y) => nthWeekday(y, 9, [1, 1])],
  [
    `(?:la )?fete du travail`,
    (y, zone) => (isAmericas(zone) ? nthWeekday(y, 9, [1, 1]) : dayIndexOf({ year: y, month: 5, day: 1 })),
  ],
  [`columbus day`, (y) => nthWeekday(y, 10, [1, 2])],
  [`mother'?s'? day`, (y) => nthWeekday(y, 5, [7, 2])],
  [`father'?s'? day`, (y) => nthWeekday(y, 6, [7, 3])],
  [`boss'?s'? day|boss day`, (y) => nearestWeekday(dayIndexOf({ year: y, month: 10, day: 16 }))],
];

const NOT_AFTER_GREETING = `(?<!\\b(?:merry|happy|joyeux|joyeuse|joyeuses|bonne|bonnes|bon|great|nice)\\s+)`;
const PREFIX = `(?:(this|next|last|the|ce|cette|le|la)\\s+)?`;
const SUFFIX = `(?:,?\\s+(${P.year})|\\s+(?:of\\s+)?(this|next|last)\\s+year|\\s+de l'annee (prochaine|derniere))?`;

function dayOf(m: RegExpExecArray, read: DayOfYear, context: ScanContext): number {
  const civilYear = civilFromDayIndex(context.today).year;
  const prefix = m[1];
  const stated = m[2] !== undefined ? Number(m[2]) : undefined;
  const relative = m[3] ?? m[4];
  if (stated !== undefined) return read(stated, context.timeZone);
  if (relative !== undefined) {
    const shift = /next|prochaine/.test(relative) ? 1 : /last|derniere/.test(relative) ? -1 : 0;
    return read(civilYear + shift, context.timeZone);
  }
  const thisYear = read(civilYear, context.timeZone);
  if (prefix === 'last') return thisYear < context.today ? thisYear : read(civilYear - 1, context.timeZone);
  // The upcoming one (today's when it is today).
  return thisYear >= context.today ? thisYear : read(civilYear + 1, context.timeZone);
}

/** Rules for movable holidays: the upcoming occurrence, the last one ("last Easter") or the stated year's. */
export const MOVABLE_HOLIDAY_RULES: readonly ScanRule[] = MOVABLE_HOLIDAYS.map(([source, read]) =>
  rule(`${NOT_AFTER_GREETING}\\b${PREFIX}(?:${source})\\b${SUFFIX}`, (m, context): TimeConstraint => {
    const day = dayOf(m, read, context);
    return { anchorFromDay: day, anchorToDay: day + 1 };
  }),
);
