/**
 * Texting shorthand and hurried typos of time words ("tmrw aftn", "nxt wk exept weds", "dem1 ap-m", "sem pro"),
 * spelled out before the time reader sees a message, so that every rule reads them as the full word. The table
 * is the one place they are listed: each row is a whole word (never part of one, so "week" and "tomorrow" keep
 * their letters) and what it stands for. A row that is also an ordinary word elsewhere ("eve" in "Christmas Eve",
 * "mat" in "mat de cocagne") only counts after the day word it follows in shorthand.
 */

/** The words a day-part shorthand follows: "Thursday eve", "tomorrow eve", "ce mat", "demain mat". */
const DAY_BEFORE_EN = '(?<=\\b(?:\\p{L}+day|tomorrow|this|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\s+)';
const DAY_BEFORE_FR = '(?<=\\b(?:ce|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)';

/** What a French day shorthand comes before: a part of day or an hour ("jeu aprem", "ven 10h", "dem mat"). */
const PART_AFTER_FR = '(?= (?:mat|matin|matinée|aprem|aprèm|ap-m|apm|après-midi|soir|soirée|midi|\\d{1,2}\\s?h))';

/**
 * [shorthand (regex source, matched case-insensitively as a whole word), the word it stands for]. Days come
 * first: the part-of-day rows that follow a day word ("weds eve") see it spelled out.
 */
const SHORTHANDS: ReadonlyArray<readonly [string, string]> = [
  ['weds', 'Wednesday'],
  ['thur', 'Thursday'],
  ['tmrw|tmw|tmr|tmrow|2moro|2morro|2mrw|tomoz', 'tomorrow'],
  ['2day|tdy', 'today'],
  ['2nite|2night', 'tonight'],
  // Not "expect": "I expect Monday works" is a real word, not a typo.
  ['exept|excpet|excep|xcept', 'except'],
  ['aftr|aft(?= \\d)', 'after'],
  ['b4', 'before'],
  ['aftn|aftnoon|arvo', 'afternoon'],
  ['mornin|morn', 'morning'],
  [`${DAY_BEFORE_EN}eve`, 'evening'],
  ['nxt', 'next'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['wknd|wkend|wknds', 'weekend'],
  ['dem1|2m1', 'demain'],
  // "dem matin", "jeu aprem", "ven 10h": short day names that are also words ("jeu", "mer") only before a time.
  [`dem${PART_AFTER_FR}`, 'demain'],
  [`lun${PART_AFTER_FR}`, 'lundi'],
  [`mar${PART_AFTER_FR}`, 'mardi'],
  [`mer${PART_AFTER_FR}`, 'mercredi'],
  [`jeu${PART_AFTER_FR}`, 'jeudi'],
  [`ven${PART_AFTER_FR}`, 'vendredi'],
  ['auj|ajd|aujd', "aujourd'hui"],
  ['ap-m|apm|aprèm|aprem', 'après-midi'],
  [`${DAY_BEFORE_FR}mat`, 'matin'],
  ['sem\\.? pro(?:chaine)?\\.?|sem\\.? prochaine|semaine pro\\.?', 'semaine prochaine'],
];

/** Letters, digits and joiners that continue a word: a shorthand never matches inside a longer word. */
const WORD_CHAR = "[\\p{L}\\p{N}'’-]";

const EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = SHORTHANDS.map(([source, word]) => [
  new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, 'giu'),
  word,
]);

/** `text` with the time shorthand of {@link SHORTHANDS} spelled out (positions in the result are its own). */
export function expandShorthand(text: string): string {
  return EXPANSIONS.reduce((expanded, [pattern, word]) => expanded.replace(pattern, word), text);
}
