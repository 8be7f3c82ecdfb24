import { freeSlotStarts } from './free-slot-starts.js';
import { formatIsoInstant } from './iso-instant.js';
import { parseSlotScenario } from './parse-slot-scenario.js';
import type { SlotQuery } from './slot-query.js';

/** One free slot of the contract's output: ISO 8601 instants in UTC with milliseconds. */
export interface FreeSlot {
  readonly start: string;
  readonly end: string;
}

/**
 * Every free slot of a JSON scenario, exactly as ../../../../shared/contracts/slots.md specifies:
 * ascending by start, no duplicates. `now` is part of the input; nothing here reads a clock.
 * Throws RangeError (naming the field) when the scenario is invalid: callers that take outside
 * input validate first with `parseSlotScenario` and report its message instead.
 */
export function findFreeSlots(scenario: unknown): { slots: FreeSlot[] } {
  const parsed = parseSlotScenario(scenario);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return freeSlotsOfQuery(parsed.query);
}

/** `findFreeSlots` for a query already validated by `parseSlotScenario` (skips a second validation). */
export function freeSlotsOfQuery(query: SlotQuery): { slots: FreeSlot[] } {
  const durationMs = query.durationMinutes * 60_000;
  const { startsMs } = freeSlotStarts(query);
  return {
    slots: startsMs.map((startMs) => ({
      start: formatIsoInstant(startMs),
      end: formatIsoInstant(startMs + durationMs),
    })),
  };
}
