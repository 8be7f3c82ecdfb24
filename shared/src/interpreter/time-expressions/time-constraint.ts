/**
 * The meaning of one time expression as a set of constraints ("Tuesday" + "afternoon" + "next week").
 *
 * Day fields are civil-day indexes (days since 1970-01-01) in the client's zone; minutes are wall
 * minutes since local midnight (0..1440). A constraint says nothing about instants until
 * `resolveTimeConstraint` reads it against `now` and a zone.
 */
export interface TimeConstraint {
  /** Anchored civil-day range `[anchorFromDay, anchorToDay)` ("tomorrow", "next week", "this month"). */
  anchorFromDay?: number;
  anchorToDay?: number;
  /** Set when the anchor is a whole week, so week parts ("end of next week") can narrow it. */
  isWeekAnchor?: boolean;
  /** Set when the anchor is a whole month, so month parts and "20th of next month" can narrow it. */
  isMonthAnchor?: boolean;
  /**
   * Set when the anchor was not stated but assumed ("mid-week" alone = this week's): a stated anchor
   * in the same phrase replaces it ("mid-week next week").
   */
  isAnchorImplied?: boolean;
  /** "all week", "toute la semaine": this week, unless a day said beside it names another week. */
  isWholeWeek?: boolean;
  year?: number;
  month?: number;
  dayOfMonth?: number;
  /** ISO weekday, 1 = Monday .. 7 = Sunday. */
  weekday?: number;
  /** How a weekday alone is placed: the next one after today (default), or the last one before today. */
  weekdayMode?: 'next' | 'last' | 'this';
  /** Days added after placing the weekday ("Friday after next" = +7). */
  weekdayShiftDays?: number;
  /** Earliest day index the weekday may fall on ("mardi en huit" = on or after today + 7). */
  weekdayNotBeforeDay?: number;
  /**
   * Part of a month: early = days 1–10, mid = 11–20, late = 21–end (contract); halves ("première
   * quinzaine", "second half of April") = days 1–14 and 15–end.
   */
  monthPart?: 'early' | 'mid' | 'late' | 'firstHalf' | 'secondHalf';
  /** Part of a week: early = Mon–Tue, mid = Tue–Thu, end = Thu–Fri (contract). */
  weekPart?: 'early' | 'mid' | 'end';
  /** "first week of <month>" = 1, "last week of <month>" = -1. */
  weekOfMonth?: number;
  /** "first Tuesday of October" = 1, "last Friday of October" = -1 (needs `weekday`). */
  nthWeekdayOfMonth?: number;
  /** "last day of October" = -1, "third day of October" = 3. */
  nthDayOfMonth?: number;
  /** An exact wall time, minutes since midnight. */
  clockMinutes?: number;
  /** True when the hour was written without am/pm and could be read either way (e.g. "at 3"). */
  isHourAmbiguous?: boolean;
  /** A part of the day `[partFromMinutes, partToMinutes)`. */
  partFromMinutes?: number;
  partToMinutes?: number;
  /** An absolute instant range ("now", "in 2 hours"); `instantToMs` null = open-ended. */
  instantFromMs?: number;
  instantToMs?: number | null;
  /** The IANA zone a stated wall time belongs to ("8am PT"), when not the client's. */
  zone?: string;
  /** True for "weekdays" / "en semaine" / "jours ouvrés": only Monday to Friday of the span (28 days when none). */
  isWorkdayOnly?: boolean;
  /** True for "weekends" / "les week-ends": only Saturdays and Sundays of the span (28 days when none). */
  isWeekendOnly?: boolean;
  /** True for an elliptic "or next" / "ou la suivante": the unit named just before, one step later. */
  isNextOfPrevious?: boolean;
  /**
   * True for "the following week" / "la semaine suivante" / "la semaine d'après": the week (or month) after
   * one said earlier in the message when there is one, else the one after the current week.
   */
  isFollowing?: boolean;
  /** True for constraints on every matching day ("Mondays", "any morning"). */
  isRecurring?: boolean;
  /** A bare number ("3" in "3-4pm", "13" in "du 13 au 15"): it takes the kind of the other end of its range. */
  bareNumber?: number;
  /** True for "the week of <date>" / "la semaine du <date>": the date stands for its Mon–Sat week. */
  isWeekOf?: boolean;
  /** True for "this <weekday>" / "ce <jour>", which makes a sibling "next <weekday>" skip a week. */
  isThisWeekday?: boolean;
  /** "the closest Monday to <date>" = 1, "the second closest" = 2 (needs `weekday` and a date). */
  closestWeekdayRank?: number;
  /** Days added to the stated date ("the day after <date>" = 1, "la veille du <date>" = -1); today without a date. */
  dayShift?: number;
  /** "for 10 days" said with a date: the window runs that many days from the date's first day. */
  spanDays?: number;
}

const SINGLE_KEYS = [
  'weekday',
  'clockMinutes',
  'dayOfMonth',
  'year',
  'instantFromMs',
  'partFromMinutes',
  'anchorFromDay',
  'month',
  'zone',
  'monthPart',
  'weekPart',
  'bareNumber',
  'closestWeekdayRank',
  'dayShift',
  'spanDays',
] as const;

const ANCHOR_KEYS = ['anchorFromDay', 'anchorToDay', 'isWeekAnchor', 'isMonthAnchor', 'isAnchorImplied'] as const;

/** True when two constraints cannot describe one moment (two weekdays, two clock times...). */
export function hasConflict(left: TimeConstraint, right: TimeConstraint): boolean {
  const isAnchorYielding = left.isAnchorImplied === true || right.isAnchorImplied === true;
  for (const key of SINGLE_KEYS) {
    if (left[key] !== undefined && right[key] !== undefined) {
      if (key === 'anchorFromDay' && isAnchorYielding) continue;
      // Two parts of day may stack ("tomorrow evening" then "tonight") only when equal.
      if (key === 'partFromMinutes' && left.partFromMinutes === right.partFromMinutes) continue;
      return true;
    }
  }
  return false;
}

/**
 * The conjunction of two compatible constraints (`right` wins on the rare overlapping flag). A stated
 * anchor wins over an implied one, whichever side states it.
 */
export function mergeConstraints(left: TimeConstraint, right: TimeConstraint): TimeConstraint {
  const merged: TimeConstraint = { ...left };
  for (const [key, value] of Object.entries(right)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  const hasBothAnchors = left.anchorFromDay !== undefined && right.anchorFromDay !== undefined;
  // "mid-week, the week of the 22nd": a stated date places the week part; its implied "this week" goes.
  const implied = left.isAnchorImplied === true ? left : right.isAnchorImplied === true ? right : undefined;
  const other = implied === left ? right : left;
  if (implied !== undefined && other.anchorFromDay === undefined && namesADate(other)) {
    for (const key of ANCHOR_KEYS) delete merged[key];
    return merged;
  }
  if (!hasBothAnchors || left.isAnchorImplied === right.isAnchorImplied) return merged;
  const stated = left.isAnchorImplied === true ? right : left;
  for (const key of ANCHOR_KEYS) delete merged[key];
  for (const key of ANCHOR_KEYS) if (stated[key] !== undefined) Object.assign(merged, { [key]: stated[key] });
  return merged;
}

/** A calendar date or its week is named ("the 22nd", "in March", "the week of the 8th"), not a relative day. */
function namesADate(constraint: TimeConstraint): boolean {
  return constraint.isWeekOf === true || constraint.dayOfMonth !== undefined || constraint.month !== undefined;
}

/** True when the constraint names a day or larger unit (as opposed to only a time of day). */
export function hasDatePart(constraint: TimeConstraint): boolean {
  return (
    constraint.anchorFromDay !== undefined ||
    constraint.year !== undefined ||
    constraint.month !== undefined ||
    constraint.dayOfMonth !== undefined ||
    constraint.weekday !== undefined ||
    constraint.instantFromMs !== undefined
  );
}

/** A kind of day rather than a date: "a weekday", "weekends", "Tuesdays". */
export function isKindOfDay(constraint: TimeConstraint): boolean {
  return constraint.isWorkdayOnly === true || constraint.isWeekendOnly === true || constraint.isRecurring === true;
}

/** True when the constraint names a time of day (exact or a part of the day). */
export function hasTimePart(constraint: TimeConstraint): boolean {
  return constraint.clockMinutes !== undefined || constraint.partFromMinutes !== undefined;
}

const TIME_OF_DAY_KEYS = ['clockMinutes', 'isHourAmbiguous', 'partFromMinutes', 'partToMinutes', 'zone'] as const;

/** Only the time-of-day fields of a constraint (the clock time or part of day, and its zone). */
export function timeOfDayOf(constraint: TimeConstraint): TimeConstraint {
  const picked: TimeConstraint = {};
  for (const key of TIME_OF_DAY_KEYS)
    if (constraint[key] !== undefined) Object.assign(picked, { [key]: constraint[key] });
  return picked;
}

/** A weekday said alone ("Tuesday"): no date, period, "next"/"this" or habit of its own. */
export function isLoneWeekday(constraint: TimeConstraint): boolean {
  return (
    constraint.weekday !== undefined &&
    constraint.anchorFromDay === undefined &&
    constraint.month === undefined &&
    constraint.dayOfMonth === undefined &&
    constraint.weekdayMode === undefined &&
    // "Monday week", "Tuesday fortnight" are placed from today, not in a period said beside them.
    constraint.weekdayShiftDays === undefined &&
    constraint.isRecurring !== true
  );
}
