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
  const sorted = intervals.slice();
  sorted.sort((left, right) => left.startMs - right.startMs);
  return mergeSorted(sorted);
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
