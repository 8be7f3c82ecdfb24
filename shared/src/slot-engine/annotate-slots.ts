import type { AvailabilityRequest } from './availability-request.js';
import type { FreeStarts } from './free-slot-starts.js';
import { mergeIntervals, type Interval } from './intervals.js';
import { DAY_MS, timelineOffsetAt } from './zoned-time.js';

const MINUTE_MS = 60_000;

/** A free slot plus the facts ranking and reasons use. */
export interface PlannedSlot {
  readonly startMs: number;
  readonly endMs: number;
  /** The client's local calendar day of the start (days since 1970-01-01). */
  readonly localDayIndex: number;
  /** Wall-clock minutes since local midnight at the start (client's zone). */
  readonly localMinute: number;
  /**
   * The slot sits against whatever bounds it: a busy event (with its buffer and travel), the edge of
   * working hours or of a window. Booking it leaves no unusable sliver before / after it.
   */
  readonly isFlushBefore: boolean;
  readonly isFlushAfter: boolean;
  /** Ids of optional attendees with nothing on their calendar during the slot. */
  readonly optionalAttendeesFree: readonly string[];
}

/** What `annotateSlots` needs besides the engine's output. */
export interface AnnotateInput {
  readonly request: AvailabilityRequest;
  readonly durationMinutes: number;
  readonly stepMinutes: number;
}

/** Adds local day, local minute, flushness and optional attendees' freedom to each start, in one sweep. */
export function annotateSlots(free: FreeStarts, input: AnnotateInput): PlannedSlot[] {
  const durationMs = input.durationMinutes * MINUTE_MS;
  const stepMs = input.stepMinutes * MINUTE_MS;
  const optional = (input.request.attendees ?? [])
    .filter((attendee) => !attendee.isRequired)
    .map((attendee) => ({ id: attendee.id, busy: mergeIntervals(attendee.busy), cursor: 0 }));
  const slots: PlannedSlot[] = [];
  let rangeIndex = 0;
  for (const startMs of free.startsMs) {
    while ((free.startRanges[rangeIndex] as Interval).endMs <= startMs) rangeIndex++;
    const range = free.startRanges[rangeIndex] as Interval;
    const localMs = startMs + timelineOffsetAt(free.timeline, startMs);
    const localDayIndex = Math.floor(localMs / DAY_MS);
    slots.push({
      startMs,
      endMs: startMs + durationMs,
      localDayIndex,
      localMinute: Math.floor((localMs - localDayIndex * DAY_MS) / MINUTE_MS),
      isFlushBefore: startMs - range.startMs < stepMs,
      isFlushAfter: range.endMs - 1 - startMs < stepMs,
      optionalAttendeesFree: optional
        .filter((attendee) => isFree(attendee, startMs, startMs + durationMs))
        .map((attendee) => attendee.id),
    });
  }
  return slots;
}

/** Whether [startMs, endMs) misses every busy interval; the cursor only moves forward (starts ascend). */
function isFree(attendee: { busy: Interval[]; cursor: number }, startMs: number, endMs: number): boolean {
  while (attendee.cursor < attendee.busy.length && (attendee.busy[attendee.cursor] as Interval).endMs <= startMs)
    attendee.cursor++;
  const next = attendee.busy[attendee.cursor];
  return next === undefined || next.startMs >= endMs;
}
