import { localDayKey } from '../../lib/format-datetime.js';
import type { Slot } from './slot.js';

/** A slot with its parsed instants (UTC epoch ms). */
export interface TimedSlot extends Slot {
  readonly startMs: number;
  readonly endMs: number;
}

/** The slots that start on one local day of the contact's zone. */
export interface SlotDay {
  /** `YYYY-MM-DD` in the display zone. */
  readonly dayKey: string;
  readonly slots: readonly TimedSlot[];
}

/**
 * Groups slots by the local day they start on in `timeZone`, days and slots in time order. A slot is
 * listed once even if the API repeats it; unparsable slots are dropped (the API never sends them, and
 * a broken entry must not break the page). The input is not mutated.
 */
export function groupSlotsByDay(slots: readonly Slot[], timeZone: string): SlotDay[] {
  const timed: TimedSlot[] = [];
  const seen = new Set<number>();
  for (const slot of slots) {
    const startMs = Date.parse(slot.start);
    const endMs = Date.parse(slot.end);
    if (Number.isNaN(startMs) || Number.isNaN(endMs) || seen.has(startMs)) continue;
    seen.add(startMs);
    timed.push({ ...slot, startMs, endMs });
  }
  timed.sort((a, b) => a.startMs - b.startMs);
  const days: { dayKey: string; slots: TimedSlot[] }[] = [];
  for (const slot of timed) {
    const dayKey = localDayKey(slot.startMs, timeZone);
    const last = days.at(-1);
    if (last?.dayKey === dayKey) last.slots.push(slot);
    else days.push({ dayKey, slots: [slot] });
  }
  return days;
}
