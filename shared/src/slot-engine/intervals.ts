/**
 * Half-open instant intervals `[startMs, endMs)` and the three set operations the slot engine needs.
 * Every function is linear in its inputs (after one sort in `mergeIntervals`) and never mutates them.
 */

/** A half-open interval of UTC epoch milliseconds: it contains `startMs` and stops just before `endMs`. */
export interface Interval {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Sorted, disjoint union of `intervals` (any order, may overlap). Intervals that touch are joined,
 * because on integer ms `[a, b) ∪ [b, c)` is `[a, c)`. Empty intervals are dropped.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  // Calendars usually hand busy times over in order: checking costs one pass, sorting n log n.
  if (isSortedByStart(intervals)) return mergeSorted(intervals);
  return mergeBySweep(intervals);
}

/**
 * The union of unsorted intervals from their starts and ends sorted *separately*: a point is covered
 * when more intervals have started than ended at it, which depends only on the two sorted lists.
 * Typed-array sorts are numeric and comparator-free, several times faster than sorting objects.
 */
function mergeBySweep(intervals: readonly Interval[]): Interval[] {
  const starts = new Float64Array(intervals.length);
  const ends = new Float64Array(intervals.length);
  let count = 0;
  for (const interval of intervals) {
    if (interval.endMs <= interval.startMs) continue;
    starts[count] = interval.startMs;
    ends[count] = interval.endMs;
    count++;
  }
  const sortedStarts = starts.subarray(0, count).sort();
  const sortedEnds = ends.subarray(0, count).sort();
  const merged: Interval[] = [];
  let openMs = 0;
  let depth = 0;
  for (let i = 0, j = 0; j < count;) {
    // At a tie the start goes first, so intervals that touch are joined.
    if (i < count && (sortedStarts[i] as number) <= (sortedEnds[j] as number)) {
      if (depth === 0) openMs = sortedStarts[i] as number;
      depth++;
      i++;
    } else {
      depth--;
      if (depth === 0) merged.push({ startMs: openMs, endMs: sortedEnds[j] as number });
      j++;
    }
  }
  return merged;
}

function isSortedByStart(intervals: readonly Interval[]): boolean {
  for (let index = 1; index < intervals.length; index++) {
    if ((intervals[index] as Interval).startMs < (intervals[index - 1] as Interval).startMs) return false;
  }
  return true;
}

/** `mergeIntervals` for input already sorted by start: skips the sort. */
export function mergeSorted(sorted: readonly Interval[]): Interval[] {
  const merged: Interval[] = [];
  let current: Interval | undefined;
  for (const interval of sorted) {
    if (interval.endMs <= interval.startMs) continue;
    if (current !== undefined && interval.startMs <= current.endMs) {
      if (interval.endMs > current.endMs) current = { startMs: current.startMs, endMs: interval.endMs };
      continue;
    }
    if (current !== undefined) merged.push(current);
    current = interval;
  }
  if (current !== undefined) merged.push(current);
  return merged;
}

/** Intersection of two sorted, disjoint lists (two pointers). */
export function intersectIntervals(left: readonly Interval[], right: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i] as Interval;
    const b = right[j] as Interval;
    const startMs = Math.max(a.startMs, b.startMs);
    const endMs = Math.min(a.endMs, b.endMs);
    if (startMs < endMs) result.push({ startMs, endMs });
    if (a.endMs < b.endMs) i++;
    else j++;
  }
  return result;
}

/** `base` minus `cut`, both sorted and disjoint (one sweep: each cut is visited once overall). */
export function subtractIntervals(base: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let j = 0;
  for (const interval of base) {
    let startMs = interval.startMs;
    while (j < cut.length && (cut[j] as Interval).endMs <= startMs) j++;
    let k = j;
    while (k < cut.length && (cut[k] as Interval).startMs < interval.endMs) {
      const c = cut[k] as Interval;
      if (c.startMs > startMs) result.push({ startMs, endMs: c.startMs });
      startMs = Math.max(startMs, c.endMs);
      k++;
    }
    if (startMs < interval.endMs) result.push({ startMs, endMs: interval.endMs });
  }
  return result;
}
