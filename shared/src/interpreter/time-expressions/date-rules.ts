import { civilFromDayIndex } from '../../slot-engine/zoned-time.js';
import { MONTH_WORDS, readOrdinal, WEEKDAY_WORDS } from './time-lexicon.js';
import type { TimeConstraint } from './time-constraint.js';
import { P, rule, type ScanContext, type ScanRule } from './time-rule.js';

const { day: D, month: MO, weekday: WD, year: Y } = P;
/** A year after a date: four digits, or two when nothing clock-like follows ("14th April 15"). */
const YEAR_AFTER = `(?:,?\\s*(${Y}|'?\\d{2}(?![\\d:h]|\\s*(?:am|pm|a\\.m|p\\.m|h\\b|heures?|hours?|minutes?|mins?|'))))?`;

function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTH_WORDS[word.replace(/\.$/, '')];
}

function weekdayOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : WEEKDAY_WORDS[word.replace(/\.$/, '')];
}

/** Two-digit years are read as the century nearest to 2000 + 20 years (74 = 1974, 15 = 2015). */
function readYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = text.replace(/^'/, '');
  const value = Number(digits);
  if (digits.length === 4) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}

function date(day: number | undefined, month: number | undefined, year?: number): TimeConstraint | undefined {
  if (day === undefined || month === undefined || day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return year === undefined ? { dayOfMonth: day, month } : { dayOfMonth: day, month, year };
}

function withWeekday(
  constraint: TimeConstraint | undefined,
  weekdayWord: string | undefined,
): TimeConstraint | undefined {
  const weekday = weekdayOf(weekdayWord);
  if (constraint === undefined || weekday === undefined) return constraint;
  // A date that names its weekday is pinned by the date; the weekday only picks the year when none is given
  // (expandRelativeDates).
  return constraint.year === undefined ? { ...constraint, weekday } : constraint;
}

/** Numeric day/month order: the writer's language decides, unless a part above 12 settles it. */
function numericDate(
  { first, second, year }: { first: number; second: number; year: number | undefined },
  context: ScanContext,
): TimeConstraint | undefined {
  const isMonthFirst = context.language === 'en' ? first <= 12 || second > 12 : second > 12 && first <= 12;
  return isMonthFirst ? date(second, first, year) : date(first, second, year);
}

/** Ordinals that may precede "last": "the third last week of 2018", "fifth last day of May". */
const NTH = `first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th`;

const WEEKDAY_PREFIX = `(?:(${WD})\\.?,?\\s+)?`;

// A full month name takes no abbreviation dot: in "16 mars. Mardi ?" the dot ends the sentence.
const FULL_MONTHS = Object.keys(MONTH_WORDS).filter(
  (word) => !Object.keys(MONTH_WORDS).some((other) => other.length > word.length && other.startsWith(word)),
);
const MONTH_DOT = `(?:(?<!\\b(?:${FULL_MONTHS.join('|')}))\\.)?`;
// "12 March, Thursday" names the date's weekday; "16 mars. Mardi ?" starts a new sentence with another day.
const TRAILING_WEEKDAY = `(?:(?<!\\.),?\\s+(${WD})\\b)?`;

/** Rules for calendar dates, months and years. */
export const DATE_RULES: readonly ScanRule[] = [
  rule(`\\b(${Y})-(\\d{1,2})-(\\d{1,2})\\b`, (m) => date(Number(m[3]), Number(m[2]), Number(m[1]))),
  rule(`\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b`, (m, context) =>
    numericDate({ first: Number(m[1]), second: Number(m[3]), year: readYear(m[4]) }, context),
  ),
  rule(
    `\\b${WEEKDAY_PREFIX}(?:le\\s+|on\\s+)?(\\d{1,2})\\s?/\\s?(\\d{1,2})(?![\\d/]|\\s*(?:h\\b|heures?|:))`,
    (m, context) =>
      withWeekday(numericDate({ first: Number(m[2]), second: Number(m[3]), year: undefined }, context), m[1]),
  ),
  rule(`(?<![\\d] ?)\\b(\\d{1,2}) (\\d{1,2})(?: (${Y}|\\d{2}))?\\b(?! ?\\d)`, (m, context) => {
    // French writes "le 20 02 2014"; English never separates day and month by a bare space.
    if (context.language !== 'fr' || Number(m[2]) > 12) return undefined;
    return date(Number(m[1]), Number(m[2]), readYear(m[3]));
  }),
  rule(`\\b(\\d{1,2})/(${Y})\\b`, (m) => ({ month: Number(m[1]), year: Number(m[2]) })),
  rule(`\\b(${Y})[/-](\\d{1,2})(?![\\d/-])`, (m) => ({ month: Number(m[2]), year: Number(m[1]) })),
  rule(
    `\\b${WEEKDAY_PREFIX}(?:the\\s+|le\\s+)?(${D})\\s*(?:of\\s+|de\\s+|d'|[/-])?(${MO})(?![a-z])${MONTH_DOT}(?:[/-](?=\\d))?${YEAR_AFTER}${TRAILING_WEEKDAY}`,
    (m) => withWeekday(date(readOrdinal(m[2] ?? ''), monthOf(m[3]), readYear(m[4])), m[1] ?? m[5]),
  ),
  rule(
    `\\b${WEEKDAY_PREFIX}(${MO})(?![a-z])${MONTH_DOT}\\s*(?:the\\s+)?(${D})(?![\\d:]|\\s*(?:am|pm|h\\b|heures?|o'?clock|hours?|minutes?|mins?|days?|weeks?|months?|years?|/\\d))${YEAR_AFTER}${TRAILING_WEEKDAY}`,
    (m) => withWeekday(date(readOrdinal(m[3] ?? ''), monthOf(m[2]), readYear(m[4])), m[1] ?? m[5]),
  ),
  rule(`\\b(${MO})\\.?,?\\s+(?:of\\s+|de\\s+)?(${Y})\\b`, (m) => ({ month: monthOf(m[1]), year: Number(m[2]) })),
  rule(
    `\\b(?:(?:in|en|au mois de|au mois d'|le mois de|le mois d'|during|of|mois de|mois d'|next|this|coming)\\s+)?(${MO})\\b(?!\\.?\\s*(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b(?![:h.]))`,
    (m) => {
      const month = monthOf(m[1]);
      // "may" and "march" are English verbs, "mar" is ambiguous: alone they need a preposition.
      if (month === undefined || (/^(may|mar|sept|jui)$/.test(m[1] ?? '') && !/\s/.test(m[0]))) return undefined;
      return { month };
    },
  ),
  rule(
    `(?<=\\b(?:in|en|of|during|since|after|before|through|until|for|year|annee|depuis|apres|avant|jusqu'en|de)\\s+)(${Y})\\b`,
    (m) => ({ year: Number(m[1]) }),
  ),
  rule(
    `\\b(?:on\\s+)?(?:the|le|du)\\s+(\\d{1,2})(?:st|nd|rd|th|er|e|eme)?(?![\\d:/]|\\.\\d|\\s*(?:h\\b|heures?|am|pm|%|minutes?|mins?|hours?|jours?|days?|weeks?|semaines?|mois|months?|years?|ans?\\b|o'?clock|people|personnes?|persons?))`,
    (m) => dayOfMonth(Number(m[1])),
  ),
  rule(`\\b(\\d{1,2})(?:st|nd|rd|th)\\b`, (m) => dayOfMonth(Number(m[1]))),
  rule(
    `\\bon the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|${D})\\b(?!\\s+(?:of|day|week|time))`,
    (m) => dayOfMonth(readOrdinal(m[1] ?? '') ?? 0),
  ),
  rule(
    `\\b(?:the\\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|premier|premiere|deuxieme|troisieme|quatrieme|dernier|derniere)\\s+(${WD})(?=\\s+(?:of|in|de|du|d')\\b)`,
    (m) => {
      const nth = readOrdinal(m[1] ?? '');
      const weekday = weekdayOf(m[2]);
      return nth === undefined || weekday === undefined ? undefined : { weekday, nthWeekdayOfMonth: nth };
    },
  ),
  rule(
    `\\b(?:the\\s+|le\\s+)?(?:(${NTH})\\s+)?(last|dernier|${D})\\s+(?:day|jour)(?=\\s*(?:of|in|de|du|d')\\b)`,
    (m) => {
      const nth = nthFromEnd(m[1], m[2]);
      return nth === undefined ? undefined : { nthDayOfMonth: nth };
    },
  ),
  rule(
    `\\b(?:the\\s+|la\\s+)?(?:(${NTH})\\s+)?(first|1st|second|2nd|third|3rd|last|premiere|deuxieme|troisieme|derniere)\\s+(?:full\\s+)?(?:week|semaine)(?=\\s*(?:of|in|de|du|d')\\b)`,
    (m) => {
      const nth = nthFromEnd(m[1], m[2]);
      return nth === undefined ? undefined : { weekOfMonth: nth };
    },
  ),
  rule(`\\b(?:the\\s+)?(?:week|semaine)(?=\\s*(?:of|du|de|d')\\s*(?:the\\s+|le\\s+)?(?:\\d|${MO}|${WD}|${D}))`, () => ({
    isWeekOf: true,
  })),
  // "the week commencing 21st June", "w/c 21 June", "week beginning Monday the 7th": the week of that date.
  rule(
    `\\b(?:the\\s+)?(?:week\\s+(?:commencing|beginning|starting)|w/c|wc)(?=\\s*(?:the\\s+|on\\s+)?(?:\\d|${MO}|${WD}|${D}))`,
    () => ({ isWeekOf: true }),
  ),
  // "a week on Tuesday", "a fortnight on Friday": that long after the coming weekday.
  rule(`\\ba\\s+(week|fortnight)\\s+(?:on|from)\\s+(${WD})\\b`, (m) => {
    const weekday = weekdayOf(m[2]);
    return weekday === undefined ? undefined : { weekday, weekdayShiftDays: m[1] === 'week' ? 7 : 14 };
  }),
];

/** "last" = -1, "third last" = -3; a plain ordinal ("second week") counts from the start. */
function nthFromEnd(ordinalWord: string | undefined, word: string | undefined): number | undefined {
  const nth = readOrdinal(word ?? '');
  if (ordinalWord === undefined) return nth;
  const fromEnd = readOrdinal(ordinalWord);
  return nth === -1 && fromEnd !== undefined && fromEnd > 0 ? -fromEnd : undefined;
}

function dayOfMonth(day: number): TimeConstraint | undefined {
  return day >= 1 && day <= 31 ? { dayOfMonth: day } : undefined;
}

/** Weekday rules: "Tuesday", "next Tuesday", "mardi prochain", "mardi en huit", "Fridays" (every Friday). */
export const WEEKDAY_RULES: readonly ScanRule[] = [
  rule(
    `\\b(?:(this|next|last|coming|ce|cette|every|each|any|tous les|chaque|les)\\s+)?(${WD})(s)?\\b\\.?(?:\\s+(prochain|prochaine|suivant|d'apres|dernier|passe|after next|en huit|en 8|en quinze|en 15|week|fortnight)(?!\\s*(?:of|commencing|beginning|starting)\\b))?`,
    (m, context) => readWeekday(m, context),
  ),
];

// "Mon-Wed", "Sat or Sun", "Fri/Mon", "Mon 12th": a weekday or a day number beside the short word makes it a day.
const WEEKDAY_AHEAD = new RegExp(
  `^\\s*(?:(?:-|/|&|,|to|or|and|through|thru|till|until)\\s*${WD}\\b|\\d{1,2}(?:st|nd|rd|th)?\\b)`,
);
const WEEKDAY_BEHIND = new RegExp(`\\b${WD}\\.?\\s*(?:-|/|&|to|or|and|through|thru|till|until)\\s*$`);

function isBesideWeekday(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
  const before = m.input.slice(Math.max(0, m.index - 20), m.index);
  return WEEKDAY_AHEAD.test(after) || WEEKDAY_BEHIND.test(before);
}

function readWeekday(m: RegExpExecArray, context: ScanContext): TimeConstraint | undefined {
  const weekday = weekdayOf(m[2]);
  if (weekday === undefined) return undefined;
  const prefix = m[1];
  const suffix = m[4];
  // Bare "sat", "sun", "mon" (French "my"), "dim" and "mar" are common words; they need a cue.
  const isCommonWord = /^(sat|sun|mon|dim|mar)$/.test(m[2] ?? '');
  const hasCue = prefix !== undefined || suffix !== undefined || m[3] !== undefined || m[0].endsWith('.');
  if (isCommonWord && !hasCue && !isBesideWeekday(m)) return undefined;
  if (m[3] !== undefined || (prefix !== undefined && /^(every|each|any|tous les|chaque|les)$/.test(prefix))) {
    return { weekday, isRecurring: true };
  }
  if (prefix === 'last' || suffix === 'dernier' || suffix === 'passe') return { weekday, weekdayMode: 'last' };
  // "Monday week" (British): a week after the coming Monday; "Tuesday fortnight": two weeks after.
  if (suffix === 'after next' || suffix === 'week') return { weekday, weekdayShiftDays: 7 };
  if (suffix === 'fortnight') return { weekday, weekdayShiftDays: 14 };
  if (suffix !== undefined && /huit|8/.test(suffix)) return { weekday, weekdayNotBeforeDay: context.today + 7 };
  if (suffix !== undefined && /quinze|15/.test(suffix)) return { weekday, weekdayNotBeforeDay: context.today + 14 };
  if (prefix === 'this' || prefix === 'ce' || prefix === 'cette')
    return { weekday, weekdayMode: 'this', isThisWeekday: true };
  if (prefix === 'next' || prefix === 'coming' || suffix !== undefined) return { weekday, weekdayMode: 'next' };
  return { weekday };
}

/** The civil month and year of `today`, for rules that read "this month". */
export function currentMonthOf(today: number): { year: number; month: number } {
  const civil = civilFromDayIndex(today);
  return { year: civil.year, month: civil.month };
}
