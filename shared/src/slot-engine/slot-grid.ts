import type { Interval } from './intervals.js';
import { DAY_MS, timelineOffsetAt, timelineSegmentAt, type OffsetTimeline } from './zoned-time.js';

/** Where and how to lay the start grid. */
export interface GridInput {
  readonly timeline: OffsetTimeline;
  readonly stepMinutes: number;
  /** Stop after this many starts. */
  readonly limit: number;
}

/**
 * Every instant inside `ranges` (sorted, disjoint, half-open) at which the local wall clock shows a
 * multiple of `stepMinutes` since local midnight, ascending. Each range is cut where the offset changes;
 * within a piece of constant offset the wall clock is UTC plus that offset, so the grid is plain ms
 * arithmetic. A fall-back hour is two pieces with different offsets: both occurrences are emitted.
 * The grid restarts at each local midnight, so steps that do not divide 24 h still align to 00:00.
 */
export function gridStarts(ranges: readonly Interval[], input: GridInput): number[] {
  const starts: number[] = [];
  const stepMs = input.stepMinutes * 60_000;
  const { timeline, limit } = input;
  for (const range of ranges) {
    let pieceStartMs = range.startMs;
    while (pieceStartMs < range.endMs && starts.length < limit) {
      const pieceEndMs = Math.min(range.endMs, nextOffsetChange(timeline, pieceStartMs));
      const offsetMs = timelineOffsetAt(timeline, pieceStartMs);
      pushGrid(
        starts,
        { localStartMs: pieceStartMs + offsetMs, localEndMs: pieceEndMs + offsetMs, offsetMs, stepMs },
        limit,
      );
      pieceStartMs = pieceEndMs;
    }
    if (starts.length >= limit) break;
  }
  return starts;
}

/** The next instant after `instantMs` at which the offset may change (the timeline's edge counts as one). */
function nextOffsetChange(timeline: OffsetTimeline, instantMs: number): number {
  if (instantMs < timeline.fromMs) return timeline.fromMs;
  if (instantMs >= timeline.toMs) return Number.POSITIVE_INFINITY;
  return timeline.transitionsMs[timelineSegmentAt(timeline, instantMs)] ?? timeline.toMs;
}

interface LocalPiece {
  readonly localStartMs: number;
  readonly localEndMs: number;
  readonly offsetMs: number;
  readonly stepMs: number;
}

function pushGrid(starts: number[], piece: LocalPiece, limit: number): void {
  const stepMs = piece.stepMs;
  let dayStartMs = Math.floor(piece.localStartMs / DAY_MS) * DAY_MS;
  let localMs = dayStartMs + Math.ceil((piece.localStartMs - dayStartMs) / stepMs) * stepMs;
  for (;;) {
    // Past the day's last grid point, the grid restarts at the next local midnight.
    if (localMs >= dayStartMs + DAY_MS) {
      dayStartMs += DAY_MS;
      localMs = dayStartMs;
    }
    if (localMs >= piece.localEndMs || starts.length >= limit) return;
    starts.push(localMs - piece.offsetMs);
    localMs += stepMs;
  }
}
