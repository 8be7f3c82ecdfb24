/**
 * Reads a stated meeting length ("30 min", "an hour", "1h30", "half an hour",
 * "une heure et demie", "quinze minutes"). Nothing is implied from the meeting
 * kind: a length is reported only when the words state it.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30,
  'forty-five': 45, 'forty five': 45, forty: 40, ninety: 90, sixty: 60, un: 1, une: 1, deux: 2, trois: 3, quatre: 4,
  cinq: 5, dix: 10, quinze: 15, vingt: 20, trente: 30, quarante: 40, 'quarante-cinq': 45, 'quarante cinq': 45,
  soixante: 60, 'quatre-vingt-dix': 90,
};
const NUMBER = `(\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
// Words before a number that make it a clock time or a delay, not a length ("at 1h30", "dans 30 minutes").
const NOT_A_LENGTH_BEFORE = /(?:\bat|\bvers|\bà|\bfrom|\bdès|\bdepuis|\bafter|\bbefore|\bavant|\baprès|\bin|\bdans|\bd'ici|\bwithin|\buntil|\bjusqu'à|\bby|\bet|\bto|-|–)\s*$/i;

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
  { pattern: /\b(?:half an hour|half-hour|half hour|une demi-heure|une demi heure|30 mins?)\b/gi, minutes: () => 30 },
  { pattern: /\b(?:a quarter of an hour|quarter-hour|un quart d'heure)\b/gi, minutes: () => 15 },
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

/** Whether the context around a match reads as a length rather than a time of day or a delay. */
function isLengthContext(text: string, match: RegExpExecArray, minutes: number): boolean {
  const before = text.slice(Math.max(0, match.index - 14), match.index);
  if (NOT_A_LENGTH_BEFORE.test(before)) return /\b(for|pour|de|d'|durée|lasting|about|environ|max|maximum)\s*$/i.test(before);
  // A bare "14h" or "3 h" is a clock time in French; a length needs "for"/"pour"/"de" or a small hour count with a noun.
  const after = text.slice(match.index + match[0].length);
  if (/^\s*(à|a|-|–|to|et|and)\s*\d/i.test(after)) return false;
  const isHourOnly = /^\d+\s?h$/i.test(match[0].trim());
  if (isHourOnly) {
    const hasCue = /\b(for|pour|durée|de|d'|une|a|an)\s*$/i.test(before) || /^\s*(call|meeting|de réunion|d'appel|max)/i.test(after);
    return hasCue && minutes <= 240;
  }
  if (/^\d{1,2}\s?h\s?\d{2}$/i.test(match[0].trim())) {
    return /\b(for|pour|durée|de|d'|about|environ)\s*$/i.test(before) && minutes <= 240;
  }
  return minutes > 0 && minutes <= 12 * 60;
}

/** The stated length in minutes, or null; the first stated length in `texts` (newest first) wins. */
export function extractDuration(texts: readonly string[]): { durationMinutes: number | null; confidence: number } {
  for (const [position, text] of texts.entries()) {
    const found = firstLength(text);
    if (found !== undefined) return { durationMinutes: found, confidence: position === 0 ? 0.9 : 0.8 };
  }
  return { durationMinutes: null, confidence: 0.88 };
}

function firstLength(text: string): number | undefined {
  let best: { index: number; minutes: number } | undefined;
  for (const { pattern, minutes } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = minutes(match as RegExpExecArray);
      if (value === undefined || !Number.isFinite(value) || value <= 0) continue;
      if (!isLengthContext(text, match as RegExpExecArray, value)) continue;
      if (best === undefined || match.index < best.index) best = { index: match.index, minutes: Math.round(value) };
      break;
    }
  }
  return best?.minutes;
}
