import { rule, type ScanRule } from './time-rule.js';

/**
 * Zone names people write after a time. Generic and standard names map to the region's IANA zone,
 * so "3pm EST" in July is read with July's offset (what the writer means); names of a daylight
 * offset (EDT, BST, CEST) state that offset and map to a fixed `Etc/GMT±N` zone.
 */
const ZONE_WORDS: ReadonlyArray<readonly [string, string]> = [
  [
    'pt|pst|pacific(?: standard)? time|pacific|heure du pacifique|los angeles time|la time|san francisco time|sf time|heure de (?:los angeles|san francisco)',
    'America/Los_Angeles',
  ],
  [
    "et|est|eastern(?: standard)? time|eastern|east coast time|new york time|ny time|nyc time|heure de new york|heure de l'est|heure de montreal|heure de toronto|montreal time|toronto time",
    'America/New_York',
  ],
  ['ct|cst|central(?: standard)? time|central|chicago time|heure de chicago', 'America/Chicago'],
  ['mt|mst|mountain(?: standard)? time|mountain|denver time', 'America/Denver'],
  ['gmt|utc|zulu|temps universel', 'UTC'],
  [
    'uk time|london time|british time|heure de londres|heure anglaise|heure britannique|heure du royaume-uni|wet',
    'Europe/London',
  ],
  [
    "cet|paris time|french time|france time|heure de paris|heure francaise|heure de france|central european time|heure d'europe centrale|berlin time|brussels time|heure de bruxelles",
    'Europe/Paris',
  ],
  ["ist|india time|indian time|heure (?:de l'inde|indienne)|mumbai time|delhi time|bangalore time", 'Asia/Kolkata'],
  ['jst|tokyo time|japan time|heure de tokyo', 'Asia/Tokyo'],
  ['aest|sydney time|heure de sydney', 'Australia/Sydney'],
  ['sgt|singapore time|heure de singapour', 'Asia/Singapore'],
  ['pdt', 'Etc/GMT+7'],
  ['edt', 'Etc/GMT+4'],
  ['cdt', 'Etc/GMT+5'],
  ['mdt', 'Etc/GMT+6'],
  ['bst', 'Etc/GMT-1'],
  ['cest', 'Etc/GMT-2'],
];

/** Short abbreviations that are also words ("et", "est", "ct") count only right after a time. */
const SHORT_ABBREVIATION = /^(?:pt|et|est|ct|mt|ist|wet|central|eastern|pacific|mountain)$/;

/** Rules for stated time zones; the zone then applies to the wall times of its phrase. */
export const ZONE_RULES: readonly ScanRule[] = ZONE_WORDS.map(([source, zone]) =>
  rule(`(?<=(\\d|[ap]\\.?m\\.?|h|heures?|noon|midi|o'?clock)?\\s*\\(?)\\b(?:${source})\\b\\)?`, (m, context) => {
    const word = m[0].replace(/[()]/g, '').trim();
    const isAfterTime = m[1] !== undefined;
    if (SHORT_ABBREVIATION.test(word) && (!isAfterTime || (context.language === 'fr' && /^(?:et|est)$/.test(word))))
      return undefined;
    return { zone };
  }),
);
