/**
 * Set operations on lists of half-open UTC windows `[fromMs, toMs)`, where
 * `toMs: null` is open-ended and `fromMs === toMs` is an exact start (a point
 * that belongs to a window when the window contains it).
 */
import type { TimeWindow } from './time-expressions/time-window.js';
import { addCivilDays, DAY_MS, localDateAt, wallClockAt, wallTimeToInstant } from '../slot-engine/zoned-time.js';

function endOf(window: TimeWindow): number {
  return window.toMs ?? Number.POSITIVE_INFINITY;
}

function isPoint(window: TimeWindow): boolean {
  return window.toMs === window.fromMs;
}

function contains(window: TimeWindow, instantMs: number): boolean {
  return window.fromMs <= instantMs && (instantMs < endOf(window) || (isPoint(window) && instantMs === window.fromMs));
}

function intersectPair(a: TimeWindow, b: TimeWindow): TimeWindow | undefined {
  if (isPoint(a)) return contains(b, a.fromMs) ? a : undefined;
  if (isPoint(b)) return contains(a, b.fromMs) ? b : undefined;
  const fromMs = Math.max(a.fromMs, b.fromMs);
  const end = Math.min(endOf(a), endOf(b));
  return fromMs < end ? { fromMs, toMs: end === Number.POSITIVE_INFINITY ? null : end } : undefined;
}

/** De-duplicated copy of `windows`, in their stated order (the first window is the writer's first choice). */
export function normalizeWindows(windows: readonly TimeWindow[]): TimeWindow[] {
  const seen = new Set<string>();
  return windows.filter((w) => {
    const key = `${w.fromMs}/${w.toMs}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The instants allowed by both lists. */
/** The one window of `windows` when there is exactly one, closed, and no longer than a day (25 hours on DST days). */
export function singleDayWindow(windows: readonly TimeWindow[]): TimeWindow | undefined {
  const [only] = windows;
  if (windows.length !== 1 || only === undefined || only.toMs === null) return undefined;
  return only.toMs - only.fromMs <= 25 * 3_600_000 ? only : undefined;
}

export function intersectWindows(left: readonly TimeWindow[], right: readonly TimeWindow[]): TimeWindow[] {
  const result: TimeWindow[] = [];
  for (const a of left) {
    for (const b of right) {
      const overlap = intersectPair(a, b);
      if (overlap) result.push(overlap);
    }
  }
  return normalizeWindows(result);
}

/** `windows` with every instant of `removed` taken out; points inside a removed window disappear. */
export function subtractWindows(windows: readonly TimeWindow[], removed: readonly TimeWindow[]): TimeWindow[] {
  let remaining = [...windows];
  for (const cut of removed.filter((w) => !isPoint(w))) {
    remaining = remaining.flatMap((w) => {
      if (isPoint(w)) return contains(cut, w.fromMs) ? [] : [w];
      const pieces: TimeWindow[] = [];
      if (w.fromMs < cut.fromMs) pieces.push({ fromMs: w.fromMs, toMs: Math.min(endOf(w), cut.fromMs) });
      if (cut.toMs !== null && endOf(w) > cut.toMs) pieces.push({ fromMs: Math.max(w.fromMs, cut.toMs), toMs: w.toMs });
      return pieces.filter((p) => p.toMs === null || p.toMs > p.fromMs);
    });
  }
  return normalizeWindows(remaining);
}

/**
 * `windows` without those that strictly contain another one of the list: in one message,
 * "next week … Wednesday or Thursday" means the Wednesday and the Thursday of that week.
 */
export function dropContainingWindows(windows: readonly TimeWindow[]): TimeWindow[] {
  return windows.filter(
    (outer) =>
      !windows.some(
        (inner) =>
          inner !== outer &&
          (inner.fromMs !== outer.fromMs || inner.toMs !== outer.toMs) &&
          outer.fromMs <= inner.fromMs &&
          endOf(inner) <= endOf(outer) &&
          !isPoint(outer),
      ),
  );
}

function shiftInstant(instantMs: number, days: number, timeZone: string): number {
  const clock = wallClockAt(timeZone, instantMs);
  return wallTimeToInstant(
    timeZone,
    addCivilDays(localDateAt(timeZone, instantMs), days),
    clock.hour * 60 + clock.minute,
  );
}

/** `window` moved by whole local days: local wall times are kept across DST changes. */
export function shiftByLocalDays(window: TimeWindow, days: number, timeZone: string): TimeWindow {
  return {
    fromMs: shiftInstant(window.fromMs, days, timeZone),
    toMs: window.toMs === null ? null : shiftInstant(window.toMs, days, timeZone),
  };
}

/**
 * The exact start `point` moved onto each of `days` (whole local days), keeping its wall time:
 * "Monday Nov 2, same time" after "Thursday Oct 29 at 2:30pm" is Monday 2:30pm, across a DST change.
 * Days that are not whole days are returned as they are.
 */
export function moveOntoDays(point: TimeWindow, days: readonly TimeWindow[], timeZone: string): TimeWindow[] {
  return days.map((day) => {
    if (day.toMs === null) return day;
    const guess = Math.round((day.fromMs - point.fromMs) / DAY_MS);
    for (const shift of [guess, guess + 1, guess - 1]) {
      const moved = shiftByLocalDays(point, shift, timeZone);
      if (moved.fromMs >= day.fromMs && moved.fromMs < day.toMs) return moved;
    }
    return day;
  });
}

function isLocalMidnight(instantMs: number, timeZone: string): boolean {
  const clock = wallClockAt(timeZone, instantMs);
  return clock.hour === 0 && clock.minute === 0;
}

/** True for a window of whole local days: from one local midnight to another. */
function isWholeDays(window: TimeWindow, timeZone: string): boolean {
  return window.toMs !== null && isLocalMidnight(window.fromMs, timeZone) && isLocalMidnight(window.toMs, timeZone);
}

/**
 * `windows` with those that overlap or touch joined into one ("late afternoon or evening" = 16:00–22:00,
 * "Monday after 2, or any time on Tuesday" = Monday 14:00 to Wednesday 00:00), each at the place of its
 * first member. With `keepListedDays`, two windows of whole days stay apart: "Tuesday or Wednesday" are
 * two options. Exact starts are never joined.
 */
export function mergeTouchingWindows(
  windows: readonly TimeWindow[],
  options: { timeZone: string; keepListedDays: boolean },
): TimeWindow[] {
  const canJoin = (a: TimeWindow, b: TimeWindow): boolean =>
    !isPoint(a) &&
    !isPoint(b) &&
    a.fromMs <= endOf(b) &&
    b.fromMs <= endOf(a) &&
    !(options.keepListedDays && isWholeDays(a, options.timeZone) && isWholeDays(b, options.timeZone));
  const joined: Array<{ window: TimeWindow; order: number }> = [];
  normalizeWindows(windows).forEach((window, order) => {
    let entry = { window, order };
    for (let index = joined.length - 1; index >= 0; index -= 1) {
      const other = joined[index] as { window: TimeWindow; order: number };
      if (!canJoin(other.window, entry.window)) continue;
      const end = Math.max(endOf(other.window), endOf(entry.window));
      const union = {
        fromMs: Math.min(other.window.fromMs, entry.window.fromMs),
        toMs: end === Number.POSITIVE_INFINITY ? null : end,
      };
      entry = { window: union, order: Math.min(other.order, entry.order) };
      joined.splice(index, 1);
      index = joined.length;
    }
    joined.push(entry);
  });
  return joined.sort((a, b) => a.order - b.order).map((entry) => entry.window);
}
