import type { Slot } from '../slots/slot.js';

/**
 * The times to offer when moving a booking: the API's list minus the booking's current start. The
 * API lists that start too (a move onto it is an accepted no-op), but offering it as "another time"
 * would only confuse. Instants are compared, not strings, so any ISO spelling of the same instant
 * matches; an unparsable current start removes nothing. The input is not mutated.
 */
export function slotsToMoveTo(slots: readonly Slot[], currentStart: string): Slot[] {
  const currentMs = Date.parse(currentStart);
  return slots.filter((slot) => Date.parse(slot.start) !== currentMs);
}
