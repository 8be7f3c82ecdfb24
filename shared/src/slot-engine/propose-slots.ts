import type { AvailabilityRequest } from './availability-request.js';
import type { PlannedSlot } from './annotate-slots.js';
import { describeProposal } from './describe-proposal.js';
import { partOfDay } from './part-of-day.js';
import { planAvailability, type AvailabilityPlan } from './plan-availability.js';
import type { ProposalReason } from './proposal-reason.js';
import { tryParseWallTime } from './zoned-time.js';

/** One proposed slot, with its reasons (automated decisions are explained: PRODUCT.md, policy §2). */
export interface Proposal {
  readonly startMs: number;
  readonly endMs: number;
  readonly reasons: readonly ProposalReason[];
  /** e.g. "Tuesday 10 March 13:00, your usual lunch time" / "mardi 10 mars 13:00, votre heure habituelle de déjeuner". */
  readonly reason: { readonly en: string; readonly fr: string };
  readonly optionalAttendeesFree: readonly string[];
  readonly score: number;
}

/** Options of `proposeSlots`. */
export interface ProposeOptions {
  /** How many proposals; default 3. */
  readonly count?: number;
}

/** Score weights: an hour away from the preferred time costs as much as a week of delay. */
const WEIGHT = {
  perHourFromPreferred: 2,
  firstFreeHour: 2,
  partOfDay: 2,
  compact: 1.5,
  optionalFree: 1,
  perDayLater: 0.3,
};

/**
 * The best `count` slots of a request, on different local days where possible, in time order. Ranking
 * prefers the type's preferred time (lunch at 13:00), the first free hour for breakfast, the client's
 * preferred parts of the day, slots that keep the day compact (flush against other meetings or hours
 * edges), optional attendees being free, and sooner days. Returns fewer when fewer slots exist.
 */
export function proposeSlots(request: AvailabilityRequest, options: ProposeOptions = {}): Proposal[] {
  const plan = planAvailability(request);
  const scored = plan.slots.map((slot, index) =>
    scoreSlot(slot, { plan, request, isFirstOfDay: isFirstOfDay(plan.slots, index) }),
  );
  const picked = pickSpread(scored, options.count ?? 3);
  return picked
    .sort((a, b) => a.slot.startMs - b.slot.startMs)
    .map((entry) => ({
      startMs: entry.slot.startMs,
      endMs: entry.slot.endMs,
      reasons: entry.reasons,
      reason: describeProposal({
        slot: entry.slot,
        reasons: entry.reasons,
        meetingType: plan.meetingType,
        preferredParts: request.client.preferredPartsOfDay,
      }),
      optionalAttendeesFree: entry.slot.optionalAttendeesFree,
      score: Math.round(entry.score * 100) / 100,
    }));
}

interface ScoredSlot {
  readonly slot: PlannedSlot;
  readonly score: number;
  readonly reasons: ProposalReason[];
}

function isFirstOfDay(slots: readonly PlannedSlot[], index: number): boolean {
  return index === 0 || (slots[index - 1] as PlannedSlot).localDayIndex !== (slots[index] as PlannedSlot).localDayIndex;
}

function scoreSlot(
  slot: PlannedSlot,
  context: { plan: AvailabilityPlan; request: AvailabilityRequest; isFirstOfDay: boolean },
): ScoredSlot {
  const { plan, request } = context;
  const reasons: ProposalReason[] = [];
  let score = 0;
  const preferred =
    plan.meetingType.preferredStart === undefined ? undefined : tryParseWallTime(plan.meetingType.preferredStart);
  if (preferred !== undefined) {
    const hoursAway = Math.abs(slot.localMinute - preferred) / 60;
    score -= hoursAway * WEIGHT.perHourFromPreferred;
    if (hoursAway <= 0.25) reasons.push('preferred-time');
  }
  if (plan.meetingType.prefersEarliest === true && context.isFirstOfDay) {
    score += WEIGHT.firstFreeHour;
    reasons.push('first-free-hour');
  }
  if (request.client.preferredPartsOfDay?.includes(partOfDay(slot.localMinute)) === true) {
    score += WEIGHT.partOfDay;
    reasons.push('preferred-part-of-day');
  }
  if (slot.isFlushBefore || slot.isFlushAfter) {
    score += WEIGHT.compact;
    reasons.push('keeps-day-compact');
  }
  const optionalCount = (request.attendees ?? []).filter((attendee) => !attendee.isRequired).length;
  if (optionalCount > 0) {
    score += (WEIGHT.optionalFree * slot.optionalAttendeesFree.length) / optionalCount;
    if (slot.optionalAttendeesFree.length === optionalCount) reasons.push('optional-attendees-free');
  }
  const firstDay = plan.slots[0]?.localDayIndex ?? slot.localDayIndex;
  score -= (slot.localDayIndex - firstDay) * WEIGHT.perDayLater;
  if (slot.localDayIndex === firstDay) reasons.push('earliest-day');
  if (reasons.length === 0) reasons.push('free-slot');
  return { slot, score, reasons };
}

/**
 * Best first, one per local day; if there are fewer days than `count`, fill with the next best that
 * start at least two hours from every pick (so the contact gets real alternatives, not 12:00 and 12:15).
 */
function pickSpread(scored: readonly ScoredSlot[], count: number): ScoredSlot[] {
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.slot.startMs - b.slot.startMs);
  const picked: ScoredSlot[] = [];
  const days = new Set<number>();
  for (const entry of ranked) {
    if (picked.length >= count) break;
    if (days.has(entry.slot.localDayIndex)) continue;
    picked.push(entry);
    days.add(entry.slot.localDayIndex);
  }
  const TWO_HOURS_MS = 7_200_000;
  for (const entry of ranked) {
    if (picked.length >= count) break;
    if (picked.every((other) => Math.abs(other.slot.startMs - entry.slot.startMs) >= TWO_HOURS_MS)) picked.push(entry);
  }
  return picked;
}
