/**
 * Word tables of the time-expression reader (English and French).
 *
 * Every word here is written the way `foldTimeText` leaves it: lower case, accents removed,
 * typographic apostrophes and dashes folded to ASCII. Patterns built from these tables therefore
 * match "Février", "fevrier" and "FÉVRIER" alike.
 */

/** Weekday words to ISO weekday (1 = Monday .. 7 = Sunday), full names and abbreviations. */
export const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  // Common misspellings, so that a hurried "wensday" or "thurday" still names a day.
  wendesday: 3,
  wensday: 3,
  wednsday: 3,
  thurday: 4,
  thrusday: 4,
  tuseday: 2,
  tuesay: 2,
  firday: 5,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
  lundi: 1,
  lun: 1,
  mardi: 2,
  mercredi: 3,
  merc: 3,
  jeudi: 4,
  vendredi: 5,
  vend: 5,
  samedi: 6,
  dimanche: 7,
  dim: 7,
};

/** Month words to month number (1..12), full names and common abbreviations in both languages. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fev: 2,
  fevr: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  jui: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const FR_UNITS = [
  'zero',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const FR_TENS: Readonly<Record<string, number>> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50 };

const EN_ORDINAL_UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** Number words 0..59 (both languages) to their value: minutes and hours are spelled out in mail. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = buildNumberWords();

/** Ordinal words 1..31 (both languages) to their value, for "the third of March", "premier mars". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = buildOrdinalWords();

function buildNumberWords(): Map<string, number> {
  const words = new Map<string, number>();
  EN_UNITS.forEach((word, value) => words.set(word, value));
  FR_UNITS.forEach((word, value) => {
    words.set(word, value);
    words.set(word.replace('-', ' '), value);
  });
  words.set('une', 1);
  words.set('a', 1);
  words.set('an', 1);
  words.set('oh', 0);
  for (const [tensWord, tens] of Object.entries(EN_TENS)) {
    words.set(tensWord, tens);
    for (let unit = 1; unit <= 9; unit += 1) {
      words.set(`${tensWord}-${EN_UNITS[unit]}`, tens + unit);
      words.set(`${tensWord} ${EN_UNITS[unit]}`, tens + unit);
    }
  }
  for (const [tensWord, tens] of Object.entries(FR_TENS)) {
    words.set(tensWord, tens);
    for (let unit = 1; unit <= 9; unit += 1) {
      const unitWord = FR_UNITS[unit] ?? '';
      const joined =
        unit === 1
          ? [`${tensWord} et un`, `${tensWord}-et-un`, `${tensWord} et une`]
          : [`${tensWord}-${unitWord}`, `${tensWord} ${unitWord}`];
      for (const form of joined) words.set(form, tens + unit);
    }
  }
  words.set('a couple of', 2);
  words.set('a couple', 2);
  words.set('couple of', 2);
  words.set('a pair of', 2);
  words.set('a few', 3);
  words.set('few', 3);
  words.set('quelques', 3);
  words.set('half a', 0.5);
  words.set('a dozen', 12);
  return words;
}

function buildOrdinalWords(): Map<string, number> {
  const words = new Map<string, number>();
  EN_ORDINAL_UNITS.forEach((word, value) => {
    if (value > 0) words.set(word, value);
  });
  words.set('twentieth', 20);
  words.set('thirtieth', 30);
  for (let unit = 1; unit <= 9; unit += 1) {
    words.set(`twenty-${EN_ORDINAL_UNITS[unit]}`, 20 + unit);
    words.set(`twenty ${EN_ORDINAL_UNITS[unit]}`, 20 + unit);
  }
  words.set('thirty-first', 31);
  words.set('thirty first', 31);
  words.set('premier', 1);
  words.set('premiere', 1);
  words.set('1er', 1);
  words.set('1ere', 1);
  words.set('deuxieme', 2);
  words.set('second', 2);
  words.set('seconde', 2);
  words.set('troisieme', 3);
  words.set('quatrieme', 4);
  words.set('cinquieme', 5);
  words.set('dernier', -1);
  words.set('derniere', -1);
  words.set('last', -1);
  return words;
}

/** An alternation (longest first) of the keys of a table, safe inside a RegExp. */
export function alternationOf(words: Iterable<string>): string {
  return [...words]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Reads a number written with digits or words ("15", "fifteen", "vingt-quatre"); undefined when not one. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return NUMBER_WORDS.get(trimmed.replace(/\s+/g, ' '));
}

/** Reads an ordinal or plain day number ("3rd", "third", "1er", "15e", "15"); undefined when not one. */
export function readOrdinal(text: string): number | undefined {
  const trimmed = text.trim();
  const digits = /^(\d{1,2})(?:st|nd|rd|th|er|ere|eme|e|ieme)?$/.exec(trimmed);
  if (digits !== null) return Number(digits[1]);
  return ORDINAL_WORDS.get(trimmed.replace(/\s+/g, ' ')) ?? NUMBER_WORDS.get(trimmed.replace(/\s+/g, ' '));
}
