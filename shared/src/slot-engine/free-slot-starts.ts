import { intersectIntervals, mergeIntervals, mergeSorted, subtractIntervals, type Interval } from './intervals.js';
import { gridStarts } from './slot-grid.js';
import { MAX_SLOT_RESULTS, MAX_SLOT_WINDOW_DAYS, type SlotQuery } from './slot-query.js';
import { workingIntervals } from './working-intervals.js';
import { DAY_MS, offsetTimeline, timelineLocalDayIndex, type OffsetTimeline } from './zoned-time.js';

const MINUTE_MS = 60_000;
/** Padding of the offset timeline: overnight hours reach one day out, wall → instant looks one more. */
const TIMELINE_PADDING_MS = 3 * DAY_MS;

/** Free start instants of a query, and the start ranges they were drawn from (for ranking). */
export interface FreeStarts {
  /** Ascending epoch ms; each slot is `[start, start + durationMinutes)`. */
  readonly startsMs: number[];
  /**
   * Sorted, disjoint, half-open ranges of instants at which a slot may start (before the step grid).
   * A start near a range edge is next to a busy interval, a working-hours edge or a window edge.
   */
  readonly startRanges: Interval[];
  readonly timeline: OffsetTimeline;
}

/**
 * Every free slot start of `query` (see ../../../../shared/contracts/slots.md).
 *
 * Works on *start* ranges: a slot of length d fits in `[a, b)` iff it starts in `[a, b - d]`, and it
 * clears busy `[s, e)` with buffers iff it starts outside `(s - d - after, e + before)`. So the answer
 * is (working-day starts ∩ window starts ∩ notice) minus (widened busy), then the step grid. Cost:
 * one sort of busy, then linear in days + busy + slots; the zone is sampled once per day (cached).
 */
export function freeSlotStarts(query: SlotQuery): FreeStarts {
  const allowed = mergeIntervals(query.allowedRanges);
  const first = allowed[0];
  const last = allowed[allowed.length - 1];
  if (first === undefined || last === undefined) {
    return { startsMs: [], startRanges: [], timeline: offsetTimeline(query.timeZone, query.nowMs, query.nowMs) };
  }
  if (last.endMs - first.startMs > MAX_SLOT_WINDOW_DAYS * DAY_MS) {
    throw new RangeError(`allowed ranges span more than ${MAX_SLOT_WINDOW_DAYS} days`);
  }
  const timeline = offsetTimeline(
    query.timeZone,
    first.startMs - TIMELINE_PADDING_MS,
    last.endMs + TIMELINE_PADDING_MS,
  );
  const durationMs = query.durationMinutes * MINUTE_MS;
  const workStarts = workingStartRanges(query, timeline, { startMs: first.startMs, endMs: last.endMs });
  const windowStarts = startRangesOf(allowed, durationMs);
  const noticeStarts = [
    { startMs: query.nowMs + query.minimumNoticeMinutes * MINUTE_MS, endMs: Number.POSITIVE_INFINITY },
  ];
  const open = intersectIntervals(intersectIntervals(workStarts, windowStarts), noticeStarts);
  const startRanges = subtractIntervals(open, blockedStartRanges(query));
  const limit = query.maxResults > 0 ? Math.min(query.maxResults, MAX_SLOT_RESULTS) : MAX_SLOT_RESULTS;
  return {
    startsMs: gridStarts(startRanges, { timeline, stepMinutes: query.stepMinutes, limit }),
    startRanges,
    timeline,
  };
}

/** Starts at which a slot fits in one working interval of one local day. */
function workingStartRanges(query: SlotQuery, timeline: OffsetTimeline, span: Interval): Interval[] {
  const days = workingIntervals({
    timeline,
    workingHours: query.workingHours,
    dateOverrides: query.dateOverrides,
    // The day before the span may hold an overnight interval reaching into it.
    firstDay: timelineLocalDayIndex(timeline, span.startMs) - 1,
    lastDay: timelineLocalDayIndex(timeline, span.endMs),
  });
  const durationMs = query.durationMinutes * MINUTE_MS;
  const ranges: Interval[] = [];
  for (const day of days) ranges.push(...startRangesOf(day.intervals, durationMs));
  // Days come in order and only overnight intervals overlap the next day: nearly sorted, so cheap.
  ranges.sort((a, b) => a.startMs - b.startMs);
  return mergeSorted(ranges);
}

/** `[a, b)` → the starts `[a, b - d + 1)` of the slots of length d that fit inside it (integer ms). */
function startRangesOf(intervals: readonly Interval[], durationMs: number): Interval[] {
  const ranges: Interval[] = [];
  for (const interval of intervals) {
    const endMs = interval.endMs - durationMs + 1;
    if (endMs > interval.startMs) ranges.push({ startMs: interval.startMs, endMs });
  }
  return ranges;
}

/** Starts that would bring a busy interval inside the slot or its buffers: `(s - d - after, e + before)`. */
function blockedStartRanges(query: SlotQuery): Interval[] {
  const leadMs = (query.durationMinutes + query.bufferAfterMinutes) * MINUTE_MS - 1;
  const trailMs = query.bufferBeforeMinutes * MINUTE_MS;
  const widened = query.busy.map((busy) => ({ startMs: busy.startMs - leadMs, endMs: busy.endMs + trailMs }));
  return mergeIntervals(widened);
}
