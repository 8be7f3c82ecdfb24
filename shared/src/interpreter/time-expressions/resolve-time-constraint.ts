import {
  civilFromDayIndex,
  DAY_MS,
  dayIndexOf,
  isoWeekdayOfDayIndex,
  offsetTimeline,
  timelineLocalDayIndex,
  timelineWallToInstant,
  type OffsetTimeline,
} from '../../slot-engine/zoned-time.js';
import { hasDatePart, type TimeConstraint } from './time-constraint.js';
import type { TimeWindow } from './time-window.js';

/** What a constraint is read against: the writing instant, the client's zone and derived civil facts. */
export interface ResolveContext {
  readonly nowMs: number;
  readonly timeZone: string;
  /** Civil-day index of `nowMs` in `timeZone`. */
  readonly today: number;
  /** The instant a zone's wall clock shows `minutesOfDay` on civil day `day` (zoned-time rules). */
  readonly wallInstant: (zone: string, day: number, minutesOfDay: number) => number;
  /** The civil-day index of an instant in the client's zone. */
  readonly localDay: (instantMs: number) => number;
}

/** Days around now covered by the cached offset timelines; outside them answers stay exact, only slower. */
const TIMELINE_DAYS_BEFORE = 7;
const TIMELINE_DAYS_AFTER = 120;

/**
 * A resolve context whose zone conversions go through `offsetTimeline` (one `Intl` sample per day,
 * then arithmetic), since a message can ask for hundreds of wall times (28 days × several phrases).
 */
export function createResolveContext(nowMs: number, timeZone: string): ResolveContext {
  const timelines = new Map<string, OffsetTimeline>();
  const timelineOf = (zone: string): OffsetTimeline => {
    let timeline = timelines.get(zone);
    if (timeline === undefined) {
      timeline = offsetTimeline(zone, nowMs - TIMELINE_DAYS_BEFORE * DAY_MS, nowMs + TIMELINE_DAYS_AFTER * DAY_MS);
      timelines.set(zone, timeline);
    }
    return timeline;
  };
  const localDay = (instantMs: number): number => timelineLocalDayIndex(timelineOf(timeZone), instantMs);
  return {
    nowMs,
    timeZone,
    today: localDay(nowMs),
    wallInstant: (zone, day, minutesOfDay) =>
      timelineWallToInstant(timelineOf(zone), day * DAY_MS + Math.round(minutesOfDay * 60_000)),
    localDay,
  };
}

/** Day ranges `[from, to)` as civil-day indexes. */
type DayRanges = Array<readonly [number, number]>;

/** Constraints on times of day or weekdays with no date are read over this many days (contract). */
export const FLOATING_HORIZON_DAYS = 28;
/** Upper bound on days expanded one by one, so a year-long range with a time of day stays cheap. */
const MAX_EXPANDED_DAYS = 62;
/** Upper bound on months searched for "Thursday the 15th". */
const MAX_SEARCHED_MONTHS = 120;

/**
 * The windows a constraint denotes: one window per matched span when no time of day is given,
 * one per matched day otherwise. Floating constraints (no date) keep only windows not yet over.
 */
export function resolveTimeConstraint(constraint: TimeConstraint, context: ResolveContext): TimeWindow[] {
  if (constraint.instantFromMs !== undefined) {
    const toMs = constraint.instantToMs === undefined ? constraint.instantFromMs : constraint.instantToMs;
    return timesOfDayWithin(constraint, { fromMs: constraint.instantFromMs, toMs }, context);
  }
  const days = resolveDayRanges(constraint, context);
  const ranges =
    constraint.isWorkdayOnly === true
      ? days.flatMap(withoutWeekends)
      : constraint.isWeekendOnly === true
        ? days.flatMap(onlyWeekends)
        : days;
  const windows = applyTimeOfDay(constraint, ranges, context);
  if (hasDatePart(constraint)) return windows;
  const horizonMs = context.nowMs + FLOATING_HORIZON_DAYS * DAY_MS;
  return windows.filter(
    (window) =>
      (window.toMs === window.fromMs ? window.fromMs >= context.nowMs : (window.toMs ?? Infinity) > context.nowMs) &&
      (window.toMs ?? window.fromMs) <= horizonMs,
  );
}

/**
 * "any morning in the next two weeks": a time of day said with a span of instants holds on each day of the
 * span, within it; without a time of day the span is the window.
 */
function timesOfDayWithin(constraint: TimeConstraint, span: TimeWindow, context: ResolveContext): TimeWindow[] {
  const hasTime = constraint.clockMinutes !== undefined || constraint.partFromMinutes !== undefined;
  if (!hasTime || span.toMs === null || span.toMs <= span.fromMs) return [span];
  const spanTo = span.toMs;
  const days: DayRanges = [[context.localDay(span.fromMs), context.localDay(spanTo - 1) + 1]];
  return applyTimeOfDay(constraint, days, context).flatMap((window) => {
    const isPoint = window.toMs === window.fromMs;
    if (isPoint) return window.fromMs >= span.fromMs && window.fromMs < spanTo ? [window] : [];
    const fromMs = Math.max(window.fromMs, span.fromMs);
    const toMs = Math.min(window.toMs ?? spanTo, spanTo);
    return fromMs < toMs ? [{ fromMs, toMs }] : [];
  });
}

function monthStart(year: number, month: number): number {
  const zeroBased = month - 1;
  return dayIndexOf({ year: year + Math.floor(zeroBased / 12), month: (((zeroBased % 12) + 12) % 12) + 1, day: 1 });
}

function monthRange(year: number, month: number): readonly [number, number] {
  return [monthStart(year, month), monthStart(year, month + 1)];
}

function intersect(
  left: readonly [number, number] | undefined,
  right: readonly [number, number],
): readonly [number, number] {
  if (left === undefined) return right;
  return [Math.max(left[0], right[0]), Math.min(left[1], right[1])];
}

/** The year in which a month (and day) is next reached, counting the current month as reached. */
function upcomingYear(constraint: TimeConstraint, month: number, today: number): number {
  const civil = civilFromDayIndex(today);
  if (constraint.dayOfMonth !== undefined && constraint.weekday === undefined) {
    const isPast = month < civil.month || (month === civil.month && constraint.dayOfMonth < civil.day);
    return isPast ? civil.year + 1 : civil.year;
  }
  return month < civil.month ? civil.year + 1 : civil.year;
}

/** The span fixed by anchors, year and month, before day-level fields narrow it. */
function baseRange(constraint: TimeConstraint, today: number): readonly [number, number] | undefined {
  let range: readonly [number, number] | undefined;
  if (constraint.anchorFromDay !== undefined && constraint.anchorToDay !== undefined) {
    range = [constraint.anchorFromDay, constraint.anchorToDay];
  }
  if (constraint.year !== undefined) {
    range = intersect(range, [monthStart(constraint.year, 1), monthStart(constraint.year + 1, 1)]);
  }
  if (constraint.month !== undefined) {
    const year =
      constraint.year ??
      (range !== undefined ? civilFromDayIndex(range[0]).year : upcomingYear(constraint, constraint.month, today));
    range = intersect(range, monthRange(year, constraint.month));
  }
  return range;
}

function resolveDayRanges(constraint: TimeConstraint, context: ResolveContext): DayRanges {
  const { today } = context;
  let range = baseRange(constraint, today);
  const needsMonth =
    constraint.monthPart !== undefined ||
    constraint.weekOfMonth !== undefined ||
    constraint.nthDayOfMonth !== undefined;
  if (needsMonth && range === undefined) {
    const civil = civilFromDayIndex(today);
    range = monthRange(civil.year, civil.month);
  }
  if (constraint.weekPart !== undefined) return [narrowToWeekPart(constraint.weekPart, range, today)];
  if (range !== undefined && constraint.monthPart !== undefined) range = narrowToMonthPart(constraint.monthPart, range);
  if (range !== undefined && constraint.weekOfMonth !== undefined)
    return weekOfMonthRanges(constraint.weekOfMonth, range);
  if (range !== undefined && constraint.nthDayOfMonth !== undefined) {
    const day =
      constraint.nthDayOfMonth > 0 ? range[0] + constraint.nthDayOfMonth - 1 : range[1] + constraint.nthDayOfMonth;
    return [[day, day + 1]];
  }
  if (constraint.weekday !== undefined) return weekdayRanges(constraint, range, today);
  if (constraint.dayOfMonth !== undefined) return dayOfMonthRanges(constraint, range, today);
  if (range !== undefined) return range[1] > range[0] ? [range] : [];
  // One more civil day: the horizon is [now, now + 28 days), which reaches into the 29th day.
  return [[today, today + FLOATING_HORIZON_DAYS + 1]];
}

function narrowToWeekPart(
  part: 'early' | 'mid' | 'end',
  range: readonly [number, number] | undefined,
  today: number,
): readonly [number, number] {
  const reference = range?.[0] ?? today;
  const monday = reference - isoWeekdayOfDayIndex(reference) + 1;
  if (part === 'early') return [monday, monday + 2];
  if (part === 'mid') return [monday + 1, monday + 4];
  return [monday + 3, monday + 5];
}

function narrowToMonthPart(
  part: NonNullable<TimeConstraint['monthPart']>,
  range: readonly [number, number],
): readonly [number, number] {
  if (part === 'firstHalf') return [range[0], Math.min(range[1], range[0] + 14)];
  if (part === 'secondHalf') return [range[0] + 14, range[1]];
  if (part === 'early') return [range[0], Math.min(range[1], range[0] + 10)];
  if (part === 'mid') return [range[0] + 10, Math.min(range[1], range[0] + 20)];
  return [range[0] + 20, range[1]];
}

/** "first week of <month>" = days 1–7 minus the weekend; "last week" = the last Mon–Fri week inside it. */
function weekOfMonthRanges(nth: number, range: readonly [number, number]): DayRanges {
  if (nth < 0) {
    // The last full Monday–Sunday week inside the range, then whole weeks back ("third last week of 2018").
    let monday = range[1] - 7;
    while (isoWeekdayOfDayIndex(monday) !== 1) monday -= 1;
    monday += 7 * (nth + 1);
    return monday < range[0] ? [] : [[monday, monday + 5]];
  }
  const first = range[0] + (nth - 1) * 7;
  return withoutWeekends([first, Math.min(first + 7, range[1])]);
}

function onlyWeekends(range: readonly [number, number]): DayRanges {
  const ranges: Array<[number, number]> = [];
  for (let day = range[0]; day < range[1]; day += 1) {
    if (isoWeekdayOfDayIndex(day) < 6) continue;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === day) last[1] = day + 1;
    else ranges.push([day, day + 1]);
  }
  return ranges;
}

function withoutWeekends(range: readonly [number, number]): DayRanges {
  const ranges: Array<[number, number]> = [];
  for (let day = range[0]; day < range[1]; day += 1) {
    if (isoWeekdayOfDayIndex(day) >= 6) continue;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === day) last[1] = day + 1;
    else ranges.push([day, day + 1]);
  }
  return ranges;
}

function weekdayRanges(
  constraint: TimeConstraint,
  anchorRange: readonly [number, number] | undefined,
  today: number,
): DayRanges {
  let range = anchorRange;
  const weekday = constraint.weekday ?? 1;
  if (range !== undefined) {
    // A weekday of a week ("dimanche de la semaine dernière") may fall on the weekend the anchor leaves out.
    if (constraint.isWeekAnchor === true) range = [range[0], range[0] + 7];
    const days = daysMatching(
      range,
      (day) => isoWeekdayOfDayIndex(day) === weekday && matchesDayOfMonth(constraint, day),
    );
    if (constraint.nthWeekdayOfMonth !== undefined && days.length > 0) {
      const index =
        constraint.nthWeekdayOfMonth > 0
          ? constraint.nthWeekdayOfMonth - 1
          : days.length + constraint.nthWeekdayOfMonth;
      const day = days[index];
      return day === undefined ? [] : [[day, day + 1]];
    }
    return days.map((day) => [day, day + 1] as const);
  }
  if (constraint.dayOfMonth !== undefined) return searchWeekdayAndDay(constraint, today);
  if (constraint.isRecurring === true) {
    return daysMatching([today, today + FLOATING_HORIZON_DAYS], (day) => isoWeekdayOfDayIndex(day) === weekday).map(
      (day) => [day, day + 1] as const,
    );
  }
  const day = placeWeekday(constraint, weekday, today) + (constraint.weekdayShiftDays ?? 0);
  return [[day, day + 1]];
}

function placeWeekday(constraint: TimeConstraint, weekday: number, today: number): number {
  const todayWeekday = isoWeekdayOfDayIndex(today);
  if (constraint.weekdayNotBeforeDay !== undefined) {
    const start = constraint.weekdayNotBeforeDay;
    return start + ((weekday - isoWeekdayOfDayIndex(start) + 7) % 7);
  }
  if (constraint.weekdayMode === 'last') return today - (((todayWeekday - weekday + 6) % 7) + 1);
  if (constraint.weekdayMode === 'this') return today + ((weekday - todayWeekday + 7) % 7);
  return today + (((weekday - todayWeekday + 6) % 7) + 1);
}

function matchesDayOfMonth(constraint: TimeConstraint, day: number): boolean {
  return constraint.dayOfMonth === undefined || civilFromDayIndex(day).day === constraint.dayOfMonth;
}

/** "Thursday the 15th": the first such date from today on (Duckling and common sense agree). */
function searchWeekdayAndDay(constraint: TimeConstraint, today: number): DayRanges {
  const civil = civilFromDayIndex(today);
  for (let offset = 0; offset < MAX_SEARCHED_MONTHS; offset += 1) {
    const month = civil.month + offset;
    const start = monthStart(civil.year, month);
    const day = start + (constraint.dayOfMonth ?? 1) - 1;
    if (day >= monthStart(civil.year, month + 1) || day < today) continue;
    if (constraint.month !== undefined && civilFromDayIndex(day).month !== constraint.month) continue;
    if (isoWeekdayOfDayIndex(day) === constraint.weekday) return [[day, day + 1]];
  }
  return [];
}

function dayOfMonthRanges(
  constraint: TimeConstraint,
  range: readonly [number, number] | undefined,
  today: number,
): DayRanges {
  const dayOfMonth = constraint.dayOfMonth ?? 1;
  if (range !== undefined) {
    const day = range[0] + dayOfMonth - 1;
    return day < range[1] ? [[day, day + 1]] : [];
  }
  const civil = civilFromDayIndex(today);
  for (let offset = 0; offset < 12; offset += 1) {
    const start = monthStart(civil.year, civil.month + offset);
    const day = start + dayOfMonth - 1;
    if (day >= today && day < monthStart(civil.year, civil.month + offset + 1)) return [[day, day + 1]];
  }
  return [];
}

function daysMatching(range: readonly [number, number], predicate: (day: number) => boolean): number[] {
  const days: number[] = [];
  const end = Math.min(range[1], range[0] + 400);
  for (let day = range[0]; day < end; day += 1) if (predicate(day)) days.push(day);
  return days;
}

/** Business hours, wall minutes: an hour said without am/pm is read as close to them as it can be. */
const BUSINESS_FROM_MINUTES = 8 * 60;
const BUSINESS_TO_MINUTES = 18 * 60;

function distanceToBusinessHours(minutes: number): number {
  return Math.max(0, BUSINESS_FROM_MINUTES - minutes, minutes - BUSINESS_TO_MINUTES);
}

/**
 * Reads an hour written without am/pm: the part of day decides, else the reading nearer business hours
 * 08:00–18:00, the afternoon on a tie: "at 3" = 15:00, "at 7" = 19:00, "from 7:30" = 07:30, "6:30" = 18:30.
 */
export function disambiguatedClock(constraint: TimeConstraint): number | undefined {
  const clock = constraint.clockMinutes;
  if (clock === undefined) return clock;
  if (constraint.isHourAmbiguous !== true) return clockInPart(clock, constraint);
  const hour = Math.floor(clock / 60);
  if (hour >= 12) return clock;
  if (constraint.partFromMinutes !== undefined) return constraint.partFromMinutes >= 720 ? clock + 720 : clock;
  if (hour === 0) return clock;
  return distanceToBusinessHours(clock + 720) <= distanceToBusinessHours(clock) ? clock + 720 : clock;
}

/** "6h dans la soirée": a morning hour said with an afternoon or evening part is that part's hour. */
function clockInPart(clock: number, constraint: TimeConstraint): number {
  const { partFromMinutes, partToMinutes } = constraint;
  if (partFromMinutes === undefined || partToMinutes === undefined || clock >= 720 || partFromMinutes < 720)
    return clock;
  const afternoon = clock + 720;
  return afternoon >= partFromMinutes && afternoon < partToMinutes ? afternoon : clock;
}

function applyTimeOfDay(constraint: TimeConstraint, ranges: DayRanges, context: ResolveContext): TimeWindow[] {
  const zone = constraint.zone ?? context.timeZone;
  const clock = disambiguatedClock(constraint);
  const { partFromMinutes, partToMinutes } = constraint;
  if (clock === undefined && partFromMinutes === undefined) {
    return ranges.map(([from, to]) => ({
      fromMs: context.wallInstant(context.timeZone, from, 0),
      toMs: context.wallInstant(context.timeZone, to, 0),
    }));
  }
  const windows: TimeWindow[] = [];
  for (const [from, to] of ranges) {
    for (let day = from; day < Math.min(to, from + MAX_EXPANDED_DAYS); day += 1) {
      if (clock !== undefined) {
        const instant = context.wallInstant(zone, day, clock);
        windows.push({ fromMs: instant, toMs: instant });
      } else {
        windows.push({
          fromMs: context.wallInstant(zone, day, partFromMinutes ?? 0),
          toMs: context.wallInstant(zone, day, partToMinutes ?? 1440),
        });
      }
    }
  }
  return windows;
}
