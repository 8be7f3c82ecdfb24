import { civilFromDayIndex, isoWeekdayOfDayIndex } from '../../slot-engine/zoned-time.js';
import { monthStartDay } from './calendar-units.js';
import { MONTH_WORDS, readNumber, readOrdinal, WEEKDAY_WORDS } from './time-lexicon.js';
import type { TimeConstraint } from './time-constraint.js';
import { P, rule, type ScanContext, type ScanRule } from './time-rule.js';

const { count: N, month: MO, weekday: WD, year: Y } = P;
/** Counts of weekdays or days are small: "3 fridays from now", "2 days after". */
const MAX_COUNT = 52;

function countOf(text: string | undefined): number | undefined {
  const count = readNumber(text ?? '');
  return count === undefined || !Number.isInteger(count) || count < 1 || count > MAX_COUNT ? undefined : count;
}

/** "3 fridays from now": the third Friday after today; "2 thursdays ago": the second one before today. */
function countedWeekday(m: RegExpExecArray, context: ScanContext): TimeConstraint | undefined {
  const count = countOf(m[1]);
  const weekday = WEEKDAY_WORDS[m[2] ?? ''];
  if (count === undefined || weekday === undefined) return undefined;
  const isPast = /ago|back|il y a/.test(m[0]);
  const todayWeekday = isoWeekdayOfDayIndex(context.today);
  const day = isPast
    ? context.today - (((todayWeekday - weekday + 6) % 7) + 1) - 7 * (count - 1)
    : context.today + (((weekday - todayWeekday + 6) % 7) + 1) + 7 * (count - 1);
  return { anchorFromDay: day, anchorToDay: day + 1 };
}

/** "2018Q4", "18q4", "Q4 2018", "Q1": a calendar quarter (this year's when no year is said). */
function quarterOf(quarter: string | undefined, yearText: string | undefined, today: number): TimeConstraint {
  const nth = Number(quarter);
  const digits = yearText ?? String(civilFromDayIndex(today).year);
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return { anchorFromDay: monthStartDay(year, nth * 3 - 2), anchorToDay: monthStartDay(year, nth * 3 + 1) };
}

/** "March after next": the March after the upcoming one (the current month counts as upcoming). */
function monthAfterNext(word: string | undefined, today: number): TimeConstraint | undefined {
  const month = MONTH_WORDS[word ?? ''];
  if (month === undefined) return undefined;
  const civil = civilFromDayIndex(today);
  return { month, year: (month < civil.month ? civil.year + 1 : civil.year) + 1 };
}

const DAY_UNIT = `(days?|jours?|weeks?|semaines?)`;
const daysOf = (count: number, unit: string | undefined): number => (/^(?:w|s)/.test(unit ?? '') ? 7 * count : count);

/**
 * Rules for dates counted from now or from another date: "3 fridays from now", "the closest Monday to
 * Oct 5th", "the day after <date>", "le lendemain du <date>", "<date> for 10 days", "2018Q4".
 * The date-relative parts merge with the date atom that follows or precedes them (expandRelativeDates).
 */
export const DATE_RELATIVE_RULES: readonly ScanRule[] = [
  rule(`\\b(${N})\\s+(${WD})s?\\s+(?:from now|from today|hence|ago|back)\\b`, countedWeekday),
  rule(
    `\\b(?:the\\s+)?(?:(first|second|third|fourth|2nd|3rd|4th)\\s+)?(?:closest|nearest)\\s+(${WD})\\.?\\s+(?:to|from)\\b`,
    (m) => {
      const weekday = WEEKDAY_WORDS[m[2] ?? ''];
      const rank = m[1] === undefined ? 1 : readOrdinal(m[1]);
      return weekday === undefined || rank === undefined ? undefined : { weekday, closestWeekdayRank: rank };
    },
  ),
  rule(`\\b(?:le\\s+)?lendemain\\s+(?:du|de la|de l'|de)|\\b(?:la\\s+)?veille\\s+(?:du|de la|de l'|de)`, (m) => ({
    dayShift: m[0].includes('lendemain') ? 1 : -1,
  })),
  // "any day after 3pm", "every day before noon" speak of days in general, not of the day after a date.
  rule(
    `(?<!\\b(?:any|every|each|one|a|some|which|other)\\s+)\\b(?:the\\s+)?day\\s+(after|before)\\b(?!\\s+(?:tomorrow|yesterday|\\d{1,2}(?:[:.h]\\d\\d)?\\s*(?:am|pm|h|noon)\\b|noon|midday|lunch))`,
    (m) => ({ dayShift: m[1] === 'after' ? 1 : -1 }),
  ),
  rule(
    `\\b(${N})\\s+${DAY_UNIT}\\s+(after|before|apres|avant)\\b(?=\\s+(?:the\\s+|le\\s+|l')?(?:\\d|${MO}|${WD}))`,
    (m) => {
      const count = countOf(m[1]);
      if (count === undefined) return undefined;
      return { dayShift: (/^(?:after|apres)$/.test(m[3] ?? '') ? 1 : -1) * daysOf(count, m[2]) };
    },
  ),
  rule(`\\b(?:for|pendant|during)\\s+(?:the\\s+|les\\s+)?(${N})\\s+${DAY_UNIT}\\b`, (m) => {
    const count = countOf(m[1]);
    return count === undefined ? undefined : { spanDays: daysOf(count, m[2]) };
  }),
  rule(`\\b(${Y}|\\d{2})\\s*-?q([1-4])\\b`, (m, context) => quarterOf(m[2], m[1], context.today)),
  rule(`\\bq([1-4])(?:\\s*-?\\s*(${Y}))?\\b`, (m, context) => quarterOf(m[1], m[2], context.today)),
  rule(`\\b(${MO})\\s+after\\s+next\\b`, (m, context) => monthAfterNext(m[1], context.today)),
  rule(
    `\\b(?:la\\s+|the\\s+)?(premiere|1ere|deuxieme|2e|2eme|seconde|derniere|first|1st|second|2nd|last)\\s+(?:quinzaine|half)(?:\\s+(?:of|du mois de|du mois d'|de|d')\\s*(${MO}))?`,
    (m) => {
      const isFirst = /^(?:premiere|1ere|first|1st)$/.test(m[1] ?? '');
      if (!/quinzaine/.test(m[0]) && m[2] === undefined) return undefined;
      const month = MONTH_WORDS[m[2] ?? ''];
      const part = isFirst ? 'firstHalf' : 'secondHalf';
      return month === undefined ? { monthPart: part } : { monthPart: part, month };
    },
  ),
];
