import { rule, type ScanRule } from './time-rule.js';
import { CITY_ZONES } from './zone-city-names.js';

/**
 * Zone names people write after a time. Generic and standard names map to the region's IANA zone,
 * so "3pm EST" in July is read with July's offset (what the writer means); names of a daylight
 * offset (EDT, BST, CEST) state that offset and map to a fixed `Etc/GMT±N` zone. Cities ("Perth time",
 * "heure de Montréal") are read from zone-city-names.ts.
 */
const ZONE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['pt|pst|pacific(?: standard)? time|pacific|heure du pacifique|la time|sf time', 'America/Los_Angeles'],
  ["et|est|eastern(?: standard)? time|eastern|east coast time|ny time|nyc time|heure de l'est", 'America/New_York'],
  ['ct|cst|central(?: standard)? time|central', 'America/Chicago'],
  ['mt|mst|mountain(?: standard)? time|mountain', 'America/Denver'],
  ['gmt|utc|zulu|temps universel', 'UTC'],
  ['uk time|british time|heure anglaise|heure britannique|heure du royaume-uni|wet', 'Europe/London'],
  [
    "cet|french time|france time|heure francaise|heure de france|central european time|heure d'europe centrale",
    'Europe/Paris',
  ],
  ["ist|india time|indian time|heure (?:de l'inde|indienne)", 'Asia/Kolkata'],
  ['jst|japan time|heure du japon', 'Asia/Tokyo'],
  ['aest', 'Australia/Sydney'],
  ['sgt', 'Asia/Singapore'],
  ['pdt', 'Etc/GMT+7'],
  ['edt', 'Etc/GMT+4'],
  ['cdt', 'Etc/GMT+5'],
  ['mdt', 'Etc/GMT+6'],
  ['bst', 'Etc/GMT-1'],
  ['cest', 'Etc/GMT-2'],
];

/** Short abbreviations that are also words ("et", "est", "ct") count only right after a time. */
const SHORT_ABBREVIATION = /^(?:pt|et|est|ct|mt|ist|wet|central|eastern|pacific|mountain)$/;

/** A stated zone after an optional time and opening parenthesis; group 1 is the time before it, if any. */
const zoneSource = (source: string): string =>
  `(?<=(\\d|[ap]\\.?m\\.?|h|heures?|noon|midi|o'?clock)?\\s*\\(?)\\b(?:${source})\\b\\)?`;

/** Rules for stated time zones; the zone then applies to the wall times of its phrase. */
const ZONE_WORD_RULES: readonly ScanRule[] = ZONE_WORDS.map(([source, zone]) =>
  rule(zoneSource(source), (m, context) => {
    const word = m[0].replace(/[()]/g, '').trim();
    const isAfterTime = m[1] !== undefined;
    if (SHORT_ABBREVIATION.test(word) && (!isAfterTime || (context.language === 'fr' && /^(?:et|est)$/.test(word))))
      return undefined;
    // "les 7, 8 et 10 juin": "et" between two numbers joins them; it is no zone.
    if (/^et$/.test(word) && /^\s*(?:le\s+|les\s+|the\s+)?\d/.test(m.input.slice(m.index + m[0].length)))
      return undefined;
    return { zone };
  }),
);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so that "new york" is tried before "york" would be.
const CITY = [...CITY_ZONES.keys()]
  .sort((left, right) => right.length - left.length)
  .map(escapeRegExp)
  .join('|');

/**
 * "9am Perth time", "3pm Dubai local time", "14h heure de Montréal", "à l'heure locale de Tokyo": a city names
 * the zone of the time said with it (groups 2 and 3 hold the city).
 */
const CITY_ZONE_RULE: ScanRule = rule(
  zoneSource(`(${CITY})(?: local)? time|heure (?:locale )?(?:de |d')(${CITY})`),
  (m) => {
    const zone = CITY_ZONES.get(m[2] ?? m[3] ?? '');
    return zone === undefined ? undefined : { zone };
  },
);

/** Rules for stated time zones; the zone then applies to the wall times of its phrase. */
export const ZONE_RULES: readonly ScanRule[] = [...ZONE_WORD_RULES, CITY_ZONE_RULE];
