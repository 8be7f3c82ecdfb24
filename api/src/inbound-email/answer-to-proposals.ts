/**
 * What a contact's answer says about the proposals Slash sent (#9): the one they accept by its place
 * in the list ("the second one works", "le deuxième créneau me va", "option 2") or by its time
 * ("Tuesday at 2 works"), or a week relative to the proposals ("none of these work, could we do the
 * week after?"). The interpreter reads a message against today; in an answer, "the week after" means the
 * week after the proposed slots, so the channel anchors it on them.
 *
 * Zone semantics: weeks are the client's local Monday 00:00 to Saturday 00:00 (what the interpreter
 * gives "next week"), computed with the shared zoned-time functions, so DST changes are honoured.
 */
import {
  addCivilDays,
  formatIsoInstant,
  isoWeekday,
  localDateAt,
  startOfLocalDay,
  type Interpretation,
  type SchedulingRequestView,
} from '@slash/shared';

const WEEK_MS = 7 * 86_400_000;
const WORKING_DAYS_PER_WEEK = 5;

type Proposal = SchedulingRequestView['proposals'][number];

/**
 * Proposals the contact accepted: a proposal whose start falls in a window they wrote ("Tuesday at
 * 2 works"), else one a whole number of weeks after a point they named (the interpreter reads
 * "Tuesday" as the next Tuesday, while the proposals may be the week after).
 */
export function acceptedProposals(proposals: readonly Proposal[], interpretation: Interpretation): Proposal[] {
  const windows = interpretation.timeWindows.map((window) => {
    const fromMs = Date.parse(window.from);
    return { fromMs, toMs: Math.max(window.to === null ? fromMs : Date.parse(window.to), fromMs + 60_000) };
  });
  const startOf = (proposal: Proposal) => Date.parse(proposal.start);
  const inWindow = proposals.filter((proposal) =>
    windows.some((window) => startOf(proposal) >= window.fromMs && startOf(proposal) < window.toMs),
  );
  if (inWindow.length > 0) return inWindow;
  const points = windows.filter((window) => window.toMs - window.fromMs <= 60_000);
  return proposals.filter((proposal) =>
    points.some((point) => startOf(proposal) >= point.fromMs && (startOf(proposal) - point.fromMs) % WEEK_MS === 0),
  );
}

/** The answer's own words: the text before the quoted message (`>` lines, "On … wrote:", "Le … a écrit :"). */
export function ownText(text: string): string {
  const lines: string[] = [];
  for (const line of text.slice(0, 20_000).split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('>') || /^(on\s.+\swrote|le\s.+\sa\s+écrit)\s*:$/i.test(trimmed)) break;
    if (/^-{2,}\s*(original message|message d'origine)/i.test(trimmed)) break;
    lines.push(line);
  }
  return lines.join('\n');
}

const WEEK_AFTER_PATTERNS: readonly RegExp[] = [
  // "the week after", "the week after that", not "the week after next" nor "the week after March 16".
  /\bweek\s+after(?:\s+that)?(?=\s*(?:$|[?.!,;:)]|instead\b|then\b|works?\b|please\b|maybe\b|perhaps\b))/,
  /\bfollowing\s+week\b/,
  /\bla\s+semaine\s+(?:suivante|d'apr[eè]s|qui\s+suit|apr[eè]s)\b/,
];

/**
 * The week after the latest proposal, in the client's zone, when the answer asks for "the week
 * after" (EN/FR); undefined otherwise or when nothing was proposed.
 */
export function weekAfterProposals(input: {
  readonly text: string;
  readonly proposals: readonly Proposal[];
  readonly timeZone: string;
}): { from: string; to: string } | undefined {
  const words = ownText(input.text).toLowerCase().replace(/[’`]/g, "'");
  if (!WEEK_AFTER_PATTERNS.some((pattern) => pattern.test(words))) return undefined;
  const latestMs = Math.max(...input.proposals.map((proposal) => Date.parse(proposal.start)));
  if (!Number.isFinite(latestMs)) return undefined;
  const day = localDateAt(input.timeZone, latestMs);
  const nextMonday = addCivilDays(day, 8 - isoWeekday(day));
  return {
    from: formatIsoInstant(startOfLocalDay(input.timeZone, nextMonday)),
    to: formatIsoInstant(startOfLocalDay(input.timeZone, addCivilDays(nextMonday, WORKING_DAYS_PER_WEEK))),
  };
}

/** Ordinal words (EN/FR) → 1-based place in the list; `-1` is the last. */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: -1,
  premier: 1,
  première: 1,
  '1er': 1,
  '1re': 1,
  '1ère': 1,
  deuxième: 2,
  seconde: 2,
  '2e': 2,
  '2ème': 2,
  troisième: 3,
  '3e': 3,
  '3ème': 3,
  quatrième: 4,
  '4e': 4,
  '4ème': 4,
  cinquième: 5,
  '5e': 5,
  '5ème': 5,
  dernier: -1,
  dernière: -1,
};
const ORDINAL = `(${Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** Nouns that make an ordinal name a proposal ("the second one", "la deuxième option"); not "time" ("the last time"). */
const NOUN = '(?:one|option|slot|proposal|choice|suggestion|créneau|proposition|horaire|choix)';
/**
 * What may follow a bare "the second" / "le deuxième" for it to name a proposal: an acceptance
 * ("works", "me va", "oui") or the end of the phrase; a refusal is caught by the negation check.
 */
const ACCEPTS =
  "(?=\\s*(?:(?:works|would|is|sounds|suits|please|for me|yes|me va|me convient|nous va|convient|ça|c'est|est|oui)\\b|[,.!;)]|$))";
const ORDINAL_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b${ORDINAL}\\s+${NOUN}\\b`, 'g'),
  new RegExp(`\\b(?:the|l[ea])\\s+${ORDINAL}${ACCEPTS}`, 'gm'),
  /\b(?:option|slot|proposal|choice|number|créneau|proposition|choix|numéro|n°)\s*(?:n°|#)?\s*([1-9])\b/g,
  /(?:^|\s)#\s*([1-9])\b/g,
];
/**
 * A refusal of the proposal just named, in the rest of its sentence ("the first one doesn't work",
 * "le premier, ça ne me va pas"); when in doubt the answer goes to the client, so this errs wide.
 */
const NEGATED_AFTER = /^[^.;!?\n]*?(?:\b(?:not|cannot|no longer|ne|pas)\b|n't\b|\bn')/;
const NEGATED_BEFORE = /\b(?:not|pas)\s+(?:the\s+|l[ea]\s+)?$/;
/** Where a sentence turns ("…, but the second is fine"): a negation after it is about another proposal. */
const CONTRAST = /\b(?:but|however|though|mais|par contre|en revanche|sinon)\b/;

/**
 * The proposal the contact names by its place in the list Slash sent ("the second one works", "le
 * deuxième créneau me va", "le 2e me va", "option 2", "the last one"), in their own words only;
 * undefined when they name none, several different ones, or one past the end of the list.
 */
export function proposalByOrdinal<T>(text: string, proposals: readonly T[]): T | undefined {
  const words = ownText(text).toLowerCase().replace(/[’`]/g, "'");
  const places = new Set<number>();
  for (const pattern of ORDINAL_PATTERNS) {
    for (const match of words.matchAll(pattern)) {
      const token = match[1] ?? '';
      const place = ORDINALS[token] ?? Number(token);
      const before = words.slice(Math.max(0, match.index - 16), match.index);
      const after = words.slice(match.index + match[0].length);
      const clause = after.split(CONTRAST)[0] ?? '';
      if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(clause)) continue;
      places.add(place === -1 ? proposals.length : place);
    }
  }
  const [place] = places;
  if (places.size !== 1 || place === undefined || place < 1) return undefined;
  return proposals[place - 1];
}
