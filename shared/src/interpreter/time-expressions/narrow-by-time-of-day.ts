import { DAY_MS } from '../../slot-engine/zoned-time.js';
import { intersectWindows } from '../time-window-set.js';
import type { TimeItem } from './read-time-phrases.js';
import { FLOATING_HORIZON_DAYS } from './resolve-time-constraint.js';
import { hasDatePart, hasTimePart, type TimeConstraint } from './time-constraint.js';
import type { TimeWindow } from './time-window.js';

/** A statement about times of day only ("not before 3pm", "before 10", "l'après-midi") and its floating windows. */
export interface TimeOfDayBound {
  item: TimeItem;
  /** Index of the sentence the statement is in. */
  sentence: number;
  /** Its windows over the 28 days after now: the reading when the message states no date. */
  floating: TimeWindow[];
}

/** A dated window and the index of the sentence that stated it. */
export interface DatedWindow {
  window: TimeWindow;
  sentence: number;
}

/** How to read a bound again on chosen days. */
export interface NarrowOptions {
  /** The windows of a statement (the caller's full reading: ranges, open bounds, zones). */
  windowsOf: (item: TimeItem) => TimeWindow[];
  /** The civil-day index of an instant in the client's zone. */
  localDay: (instantMs: number) => number;
}

/** True when a statement allows only times of day, with no date: it narrows the dated windows of its message. */
export function isTimeOfDayBound(item: TimeItem): boolean {
  const isUndated = (constraint: TimeConstraint | undefined): boolean =>
    constraint === undefined || !hasDatePart(constraint);
  return (
    !item.isExcluded &&
    (hasTimePart(item.from) || item.from.isWorkdayOnly === true) &&
    isUndated(item.from) &&
    isUndated(item.to)
  );
}

/**
 * The intersection of a message's constraints (contract, "When"): each time-of-day bound narrows the
 * dated windows on their own days ("next Tuesday afternoon? Not before 3pm" = Tuesday 15:00–18:00).
 * A bound narrows the dates of its own sentence when it has some ("Failing that, the 17th after 3pm"),
 * else those said before it ("the 16th or 17th? Ideally late morning"), else all of them.
 * Without dated windows the bounds keep their floating reading over the next 28 days. A bound that
 * meets no dated window contradicts them rather than narrowing them, so its floating windows are kept too.
 */
export function narrowByTimeOfDay(
  dated: readonly DatedWindow[],
  bounds: readonly TimeOfDayBound[],
  options: NarrowOptions,
): TimeWindow[] {
  if (dated.length === 0) return bounds.flatMap((bound) => bound.floating);
  let narrowed = [...dated];
  const contradicting: TimeWindow[] = [];
  for (const bound of bounds) {
    const targets = targetsOf(narrowed, bound.sentence);
    const narrow = (entry: DatedWindow): DatedWindow[] =>
      intersectWindows([entry.window], options.windowsOf(onDaysOf(bound.item, entry.window, options.localDay))).map(
        (window) => ({ window, sentence: entry.sentence }),
      );
    if (targets.flatMap(narrow).length > 0)
      narrowed = narrowed.flatMap((entry) => (targets.includes(entry) ? narrow(entry) : [entry]));
    else contradicting.push(...bound.floating);
  }
  return [...narrowed.map((entry) => entry.window), ...contradicting];
}

function targetsOf(dated: readonly DatedWindow[], sentence: number): DatedWindow[] {
  const same = dated.filter((entry) => entry.sentence === sentence);
  if (same.length > 0) return same;
  const before = dated.filter((entry) => entry.sentence < sentence);
  return before.length > 0 ? before : [...dated];
}

/**
 * "This week? Not mornings please": a time of day ruled out beside dated windows is ruled out on their
 * days (not over the floating 28 days).
 */
export function excludedOnDatedDays(
  item: TimeItem,
  dated: readonly DatedWindow[],
  options: NarrowOptions,
): TimeWindow[] {
  return dated.flatMap((entry) => options.windowsOf(onDaysOf(item, entry.window, options.localDay)));
}

/** The statement pinned to the local days a window touches; an open-ended window lends the next 28 days. */
function onDaysOf(item: TimeItem, window: TimeWindow, localDay: (instantMs: number) => number): TimeItem {
  const lastMs =
    window.toMs === null ? window.fromMs + FLOATING_HORIZON_DAYS * DAY_MS : Math.max(window.fromMs, window.toMs - 1);
  const days: TimeConstraint = { anchorFromDay: localDay(window.fromMs), anchorToDay: localDay(lastMs) + 1 };
  const pinned: TimeItem = { ...item, from: { ...item.from, ...days } };
  if (item.to !== undefined) pinned.to = { ...item.to, ...days };
  return pinned;
}
