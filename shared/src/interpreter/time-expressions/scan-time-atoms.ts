import { CLOCK_RULES } from './clock-rules.js';
import { DATE_RELATIVE_RULES } from './date-relative-rules.js';
import { DATE_RULES, WEEKDAY_RULES } from './date-rules.js';
import { DAY_PART_RULES } from './day-part-rules.js';
import { HOLIDAY_RULES } from './holiday-rules.js';
import { MOVABLE_HOLIDAY_RULES } from './movable-holiday-rules.js';
import { RELATIVE_RULES } from './relative-rules.js';
import type { TimeConstraint } from './time-constraint.js';
import { readOrdinal } from './time-lexicon.js';
import { P, rule, type ScanContext, type ScanRule, type TimeAtom } from './time-rule.js';
import { ZONE_RULES } from './zone-rules.js';

/** Day nouns after which "one" / "un" / "une" is an article ("one morning", "un matin"), not an hour. */
const DAY_NOUN_AHEAD =
  /^\s+(?:morning|afternoon|evening|night|day|matin|matinee|apres-?midi|soir|soiree|jour|journee)\b/;

/** Bare numbers mean something only as the end of a range ("3-4pm", "du 13 au 15 juillet"). */
const BARE_NUMBER_RULE = rule(`\\b(${P.hour})(?:st|nd|rd|th|er|e)?(?![\\d:/.,]\\d|\\s*%)\\b`, (m) => {
  const value = readOrdinal(m[1] ?? '');
  if (value === undefined || value > 31 || isArticle(m)) return undefined;
  return { bareNumber: value };
});

/**
 * What may follow "one" / "un" / "une" used as a number: a time word or a range or list word ("one to
 * three", "un ou deux"); any other word makes it an article ("demain, un chantier me retient").
 */
const NUMBER_WORD_AHEAD =
  /^\s+(?:am|pm|a\.m|p\.m|h|heures?|hours?|o'?clock|and|or|to|till|until|through|et|ou|a|au|jusqu\S*|thirty|fifteen|forty|quarter|half|trente|quart|demie?|\d)\b/;

function isArticle(match: RegExpExecArray): boolean {
  if (!/^(?:one|un|une)$/.test(match[0])) return false;
  const ahead = match.input.slice(match.index + match[0].length);
  return DAY_NOUN_AHEAD.test(ahead) || (/^\s+[a-z]/.test(ahead) && !NUMBER_WORD_AHEAD.test(ahead));
}

/** Rules in priority order: on equal-length overlaps the earlier rule wins. */
const ALL_RULES: readonly ScanRule[] = [
  ...DATE_RELATIVE_RULES,
  ...HOLIDAY_RULES,
  ...MOVABLE_HOLIDAY_RULES,
  ...RELATIVE_RULES,
  ...DATE_RULES,
  ...WEEKDAY_RULES,
  ...CLOCK_RULES,
  ...DAY_PART_RULES,
  ...ZONE_RULES,
  BARE_NUMBER_RULE,
];

function toAtom(match: RegExpExecArray, read: ReturnType<ScanRule['read']>): TimeAtom | undefined {
  if (read === undefined) return undefined;
  const isAtomShape = 'constraint' in read && typeof read.constraint === 'object';
  const constraint = (isAtomShape ? (read as { constraint: TimeConstraint }).constraint : read) as TimeConstraint;
  const atom: TimeAtom = { start: match.index, end: match.index + match[0].length, constraint };
  if (isAtomShape && 'rangeEnd' in read && read.rangeEnd !== undefined) atom.rangeEnd = read.rangeEnd as TimeConstraint;
  // A match that ends in spaces (optional tails) should not swallow them: gaps decide grouping.
  const trimmed = match[0].replace(/\s+$/, '');
  atom.end = match.index + trimmed.length;
  return atom;
}

/**
 * Every time expression in `folded` (see foldTimeText), as non-overlapping atoms in text order.
 * Where rules overlap, the longest match wins, then the earliest.
 */
export function scanTimeAtoms(folded: string, context: ScanContext): TimeAtom[] {
  const candidates: Array<TimeAtom & { priority: number }> = [];
  for (const [priority, { pattern, read }] of ALL_RULES.entries()) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const atom = toAtom(match, read(match, context));
      if (atom !== undefined && atom.end > atom.start) candidates.push({ ...atom, priority });
    }
  }
  candidates.sort(
    (left, right) =>
      right.end - right.start - (left.end - left.start) || left.priority - right.priority || left.start - right.start,
  );
  const chosen: TimeAtom[] = [];
  for (const candidate of candidates) {
    if (chosen.every((atom) => candidate.end <= atom.start || candidate.start >= atom.end)) {
      const { priority: _priority, ...atom } = candidate;
      chosen.push(atom);
    }
  }
  return chosen.sort((left, right) => left.start - right.start);
}
