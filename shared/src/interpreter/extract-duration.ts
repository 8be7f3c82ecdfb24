/**
 * Reads a stated meeting length ("30 min", "an hour", "1h30", "half an hour",
 * "une heure et demie", "quinze minutes"). Nothing is implied from the meeting
 * kind: a length is reported only when the words state it.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'forty-five': 45,
  'forty five': 45,
  forty: 40,
  ninety: 90,
  sixty: 60,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dix: 10,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  'quarante-cinq': 45,
  'quarante cinq': 45,
  soixante: 60,
  'quatre-vingt-dix': 90,
};
const NUMBER = `(\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// Words before a number that make it a clock time or a delay, not a length ("at 1h30", "dans 30 minutes").
const NOT_A_LENGTH_BEFORE =
  /(?<![\p{L}])(?:at|vers|à|from|dès|depuis|after|before|avant|après|in|dans|d'ici|within|until|jusqu'à|by|et|(?<!(?:keep|limit|cap|cut|shorten|trim)(?: it)? )to|last|past|il y a|partir de|compter de|starting|from about)\s*$|(?<!\s)[-–]\s*$|\d\s*[-–]\s*$|@\s*$/iu;
// Words after a number that make it part of a clock time or a delay ("15 minutes past 3pm", "2 hours ago").
const NOT_A_LENGTH_AFTER =
  /^\s*(?:past|passé|from now|ago|before|after|avant|après|later|plus tard|earlier|du matin|du soir|de l'après-midi|ce soir|ce matin|cet après-midi|pile|from (?:my|our|your|the|here|there)|away|walk|walking|drive|driving|by (?:car|foot|bike|train|tube|metro)|on foot|à pied|en voiture|en métro|de (?:chez|mon|notre|votre|ton|la gare|l'|là)|d'ici)(?![\p{L}-])/iu;
const LENGTH_CUE_BEFORE =
  /(?:^|[.!?\n,]\s*)$|\s[-–—]\s*$|(?:keep|limit|cap|cut|shorten|trim)(?: it)? to\s*$|(?<![\p{L}])(?:for|pour|durée|de|d'|of|about|environ|lasting|a|an|un|une|quick|short|petit|petite|courte?|us|me|them|nous|vous|moi|need|needs|require|requires|required|approx\.?|approximately|roughly|around|allow|take|takes|block|book|find|have|spare|plan on|plan for|prévoir|prévois|prévoyez|prévoyons|compte|comptez|comptons|compter|bloquer|trouver|trouve|trouvez)\s*$/iu;
// Before an h-shaped count ("1 hour", "2h"), only words that announce a length: "approx 1 hour", "prévois 2h".
const H_LENGTH_CUE_BEFORE =
  /(?<![\p{L}])(?:for|pour|durée|de|d'|une?|an?|approx\.?|approximately|roughly|requires?|required|allow|plan on|plan for|prévois|prévoyez|prévoir|comptez|compte|compter|réserver|réserve|réservez|bloquer|bloque|bloquez|book|block)(?:\s+(?:nous|me|vous|us|me|it))?\s*$/iu;
const LENGTH_CUE_AFTER =
  /^\s*(?:call|meeting|chat|session|slot|catch-up|sync|zoom|visio|appel|d'appel|de réunion|de call|d'échange|max|maximum|tops|long|together|ensemble|to |pour |for |with |avec |should|will|would|is enough|suffi|devrait|max)/iu;

interface LengthPattern {
  readonly pattern: RegExp;
  readonly minutes: (match: RegExpExecArray) => number | undefined;
}

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  return NUMBER_WORDS[lower] ?? (/^\d/.test(lower) ? Number(lower.replace(',', '.')) : undefined);
}

const PATTERNS: readonly LengthPattern[] = [
  { pattern: /\b(?:an|one|une)\s+(?:hour|heure)\s+(?:and\s+a\s+half|et\s+demie)\b/gi, minutes: () => 90 },
  // "une heure trente", "deux heures et quart": hours and minutes in words.
  {
    pattern: new RegExp(
      `(?<![\\p{L}])${NUMBER}\\s+heures?\\s+(trente|quinze|quarante-cinq|et quart|et demie)(?![\\p{L}])`,
      'giu',
    ),
    minutes: (m) => {
      const hours = toNumber(m[1]);
      const extra = { trente: 30, quinze: 15, 'quarante-cinq': 45, 'et quart': 15, 'et demie': 30 }[
        (m[2] ?? '').toLowerCase()
      ];
      return hours === undefined || extra === undefined ? undefined : hours * 60 + extra;
    },
  },
  { pattern: /\b(?:half an hour|half-hour|half hour|une demi-heure|une demi heure|30 mins?)\b/gi, minutes: () => 30 },
  { pattern: /\b(?:an|one)[\s-]hour[\s-]long\b/gi, minutes: () => 60 },
  { pattern: /\b(?:a quarter of an hour|quarter-hour|un quart d'heure)\b/gi, minutes: () => 15 },
  { pattern: /\b(?:three[- ]quarters of an hour|trois quarts d'heure)\b/gi, minutes: () => 45 },
  { pattern: /\b(\d{1,2})\s?h\s?(\d{2})\b(?!\s*(?:am|pm))/gi, minutes: (m) => Number(m[1]) * 60 + Number(m[2]) },
  {
    pattern: new RegExp(`(?<![\\p{L}])${NUMBER}[\\s-]*(?:minutes?|mins?|mn)(?![\\p{L}])`, 'giu'),
    minutes: (m) => toNumber(m[1]),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])${NUMBER}[\\s-]*(?:hours?|hrs?|heures?|h)(?![\\p{L}\\d])`, 'giu'),
    minutes: (m) => {
      const hours = toNumber(m[1]);
      return hours === undefined ? undefined : Math.round(hours * 60);
    },
  },
];

/**
 * Whether the context around a match reads as a length rather than a time of day or a delay:
 * a length word must not follow a clock preposition, and an hour count needs a cue
 * ("pour 1h30", "a 2 hour workshop"); "8 heures ce soir" and "à 14h" are clock times.
 */
function isLengthContext(text: string, match: RegExpExecArray, minutes: number): boolean {
  const before = text.slice(Math.max(0, match.index - 16), match.index);
  const after = text.slice(match.index + match[0].length);
  if (NOT_A_LENGTH_AFTER.test(after) || /^\s*(à|a|-|–|to|et|and)\s*\d/i.test(after)) return false;
  if (NOT_A_LENGTH_BEFORE.test(before)) return false;
  const hasCue = LENGTH_CUE_BEFORE.test(before) || LENGTH_CUE_AFTER.test(after);
  // "half-hour", "an hour-long": the words themselves say it is a length.
  const isMinutesWord = /min|mn|half|demi|quart|quarter|long$/i.test(match[0]);
  // "3h18", "à environ 5h": an h-shaped number is a clock time unless a length word introduces it.
  if (/\d\s?h/i.test(match[0])) {
    return minutes <= 240 && (H_LENGTH_CUE_BEFORE.test(before) || LENGTH_CUE_AFTER.test(after));
  }
  if (isMinutesWord) return minutes <= 12 * 60 && (hasCue || minutes <= 90);
  return hasCue && minutes <= 8 * 60;
}

/** The stated length in minutes, or null; the first stated length in `texts` (newest first) wins. */
export function extractDuration(texts: readonly string[]): { durationMinutes: number | null; confidence: number } {
  for (const [position, text] of texts.entries()) {
    const found = firstLength(text);
    if (found !== undefined) return { durationMinutes: found, confidence: position === 0 ? 0.9 : 0.8 };
  }
  return { durationMinutes: null, confidence: 0.88 };
}

/** A stated length found in a text: where it is and how many minutes it says. */
export interface LengthSpan {
  readonly index: number;
  readonly length: number;
  readonly minutes: number;
}

/** Every stated length of `text`, in order ("1h30" read as a length is then not a clock time). */
export function findLengthSpans(text: string): LengthSpan[] {
  const spans: LengthSpan[] = [];
  // A longer phrase claims its words even when rejected: "in a quarter of an hour" is a delay, and its "an hour" is not a length.
  const claimed: { index: number; end: number }[] = [];
  for (const { pattern, minutes } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (claimed.some((c) => match.index < c.end && c.index < end)) continue;
      claimed.push({ index: match.index, end });
      const value = minutes(match as RegExpExecArray);
      if (value === undefined || !Number.isFinite(value) || value <= 0) continue;
      if (!isLengthContext(text, match as RegExpExecArray, value)) continue;
      spans.push({ index: match.index, length: match[0].length, minutes: Math.round(value) });
    }
  }
  return spans.sort((a, b) => a.index - b.index);
}

function firstLength(text: string): number | undefined {
  return findLengthSpans(text)[0]?.minutes;
}
