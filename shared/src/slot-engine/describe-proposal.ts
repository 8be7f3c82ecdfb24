import type { PartOfDay } from './availability-request.js';
import type { PlannedSlot } from './annotate-slots.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-names.js';
import type { MeetingTypeRule } from './meeting-types.js';
import { partOfDay } from './part-of-day.js';
import type { ProposalReason } from './proposal-reason.js';
import { civilFromDayIndex, isoWeekdayOfDayIndex } from './zoned-time.js';

const PARTS = {
  en: { morning: 'in the morning', afternoon: 'in the afternoon', evening: 'in the evening' },
  fr: { morning: 'le matin', afternoon: "l'après-midi", evening: 'le soir' },
};

/** What the sentence is built from. */
export interface DescribeInput {
  readonly slot: PlannedSlot;
  readonly reasons: readonly ProposalReason[];
  readonly meetingType: MeetingTypeRule;
  readonly preferredParts: readonly PartOfDay[] | undefined;
}

/**
 * The human reason of a proposal in English and French, in the client's zone:
 * "Tuesday 10 March 13:00, your usual lunch time" / "mardi 10 mars 13:00, votre heure habituelle de déjeuner".
 * Only the first reason is spoken; the machine-readable list keeps them all.
 */
export function describeProposal(input: DescribeInput): { en: string; fr: string } {
  const { slot } = input;
  const civil = civilFromDayIndex(slot.localDayIndex);
  const weekday = isoWeekdayOfDayIndex(slot.localDayIndex) - 1;
  const time = `${String(Math.floor(slot.localMinute / 60)).padStart(2, '0')}:${String(slot.localMinute % 60).padStart(2, '0')}`;
  const when = {
    en: `${WEEKDAY_NAMES.en[weekday]} ${civil.day} ${MONTH_NAMES.en[civil.month - 1]} ${time}`,
    fr: `${WEEKDAY_NAMES.fr[weekday]} ${civil.day} ${MONTH_NAMES.fr[civil.month - 1]} ${time}`,
  };
  const why = phrase(input.reasons[0] ?? 'free-slot', input);
  return { en: `${when.en}, ${why.en}`, fr: `${when.fr}, ${why.fr}` };
}

function phrase(reason: ProposalReason, input: DescribeInput): { en: string; fr: string } {
  const label = input.meetingType.label;
  const part = partOfDay(input.slot.localMinute);
  switch (reason) {
    case 'preferred-time':
      return { en: `your usual ${label.en} time`, fr: `votre heure habituelle de ${label.fr}` };
    case 'first-free-hour':
      return { en: 'the first free hour of your day', fr: 'la première heure libre de votre journée' };
    case 'preferred-part-of-day':
      return { en: `${PARTS.en[part]}, as you prefer`, fr: `${PARTS.fr[part]}, comme vous le préférez` };
    case 'keeps-day-compact':
      // Flush against a meeting or against the edge of the working day: either way no gap is left.
      return { en: 'leaves no gap in your day', fr: 'sans créer de trou dans votre journée' };
    case 'optional-attendees-free':
      return { en: 'everyone invited is free', fr: 'tous les invités sont disponibles' };
    case 'earliest-day':
      return { en: 'the earliest day available', fr: 'le premier jour disponible' };
    case 'free-slot':
      return { en: 'a free slot in your calendar', fr: 'un créneau libre dans votre agenda' };
  }
}
