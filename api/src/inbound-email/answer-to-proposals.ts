/**
 * What a contact's answer says about the proposals Slash sent (#9): the one they accept ("Tuesday at
 * 2 works"), or a week relative to the proposals ("none of these work, could we do the week
 * after?"). The interpreter reads a message against today; in an answer, "the week after" means the
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
