import { alternationOf, MONTH_WORDS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAY_WORDS } from './time-lexicon.js';
import type { TimeConstraint } from './time-constraint.js';

/** What every scanning rule may read: the writing instant, its civil day and wall clock in the client's zone. */
export interface ScanContext {
  readonly nowMs: number;
  readonly timeZone: string;
  /** Civil-day index of now in the client's zone. */
  readonly today: number;
  /** Wall minutes since local midnight at now, in the client's zone. */
  readonly nowMinutes: number;
  readonly language: 'en' | 'fr';
}

/** One recognised time expression: its span in the folded text and its meaning. */
export interface TimeAtom {
  start: number;
  end: number;
  constraint: TimeConstraint;
  /** Set when the atom is itself a range ("13-15 July", "3-4pm"): the constraint of its last unit. */
  rangeEnd?: TimeConstraint;
}

/** A pattern and how to read a match of it; `read` returns undefined to reject the match. */
export interface ScanRule {
  readonly pattern: RegExp;
  readonly read: (
    match: RegExpExecArray,
    context: ScanContext,
  ) => Omit<TimeAtom, 'start' | 'end'> | TimeConstraint | undefined;
}

/** Builds a global, case-sensitive (the text is already folded) rule from a pattern source. */
export function rule(source: string, read: ScanRule['read']): ScanRule {
  return { pattern: new RegExp(source, 'g'), read };
}

const numberWordsUpTo = (limit: number): string[] =>
  [...NUMBER_WORDS.entries()]
    .filter(
      ([word, value]) =>
        value >= 1 &&
        value <= limit &&
        Number.isInteger(value) &&
        !/^(a|an|a couple.*|couple of|a pair of|a few|few|quelques|a dozen|half a|une)$/.test(word),
    )
    .map(([word]) => word);

/** Regex sources shared by the rules. Word boundaries are ASCII `\b`: folded text has no accents. */
export const P = {
  weekday: `(?:${alternationOf(Object.keys(WEEKDAY_WORDS))})`,
  month: `(?:${alternationOf(Object.keys(MONTH_WORDS))})`,
  /** A day of the month: digits with an optional ordinal suffix, or an ordinal or number word. */
  day: `(?:\\d{1,2}(?:st|nd|rd|th|er|ere|eme|ieme|e)?|${alternationOf([...ORDINAL_WORDS.keys()].filter((word) => !/^(last|dernier|derniere|second|seconde)$/.test(word)).concat(numberWordsUpTo(31)))})`,
  /** An hour 0..24 as digits or words. */
  hour: `(?:\\d{1,2}|${alternationOf(numberWordsUpTo(24))})`,
  /** Minutes as two digits or words. */
  minute: `(?:\\d{2}|${alternationOf(numberWordsUpTo(59))})`,
  /** A count: digits, decimals or words ("2", "2.5", "a couple of", "quinze"). */
  count: `(?:\\d+(?:[.,]\\d+)?|${alternationOf(NUMBER_WORDS.keys())})`,
  meridiem: `(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)(?![a-z])`,
  year: `(?:1[89]\\d\\d|2[01]\\d\\d)`,
} as const;

/** The meridiem of a matched am/pm marker, or undefined when absent. */
export function readMeridiem(text: string | undefined): 'am' | 'pm' | undefined {
  if (text === undefined || text.length === 0) return undefined;
  return text.startsWith('p') ? 'pm' : 'am';
}

/** Minutes since midnight of an hour and minute with an optional meridiem; undefined when impossible. */
export function clockOf(hour: number, minute: number, meridiem: 'am' | 'pm' | undefined): TimeConstraint | undefined {
  if (!Number.isInteger(hour) || hour < 0 || hour > 24 || minute < 0 || minute > 59) return undefined;
  if (meridiem !== undefined) {
    if (hour === 0 || hour > 12) return undefined;
    const hour24 = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    return { clockMinutes: hour24 * 60 + minute };
  }
  if (hour === 24) return { clockMinutes: 0 };
  return { clockMinutes: hour * 60 + minute, isHourAmbiguous: hour >= 1 && hour <= 12 };
}
