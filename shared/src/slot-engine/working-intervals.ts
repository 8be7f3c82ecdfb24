import { mergeSorted, type Interval } from './intervals.js';
import type { DayOverride, WallInterval, WeeklyHours } from './slot-query.js';
import { DAY_MS, dayIndexOf, isoWeekdayOfDayIndex, timelineWallToInstant, type OffsetTimeline } from './zoned-time.js';

const MINUTE_MS = 60_000;

/** Which local days to lay working hours on, and the rules to use. */
export interface WorkingIntervalsInput {
  readonly timeline: OffsetTimeline;
  readonly workingHours: readonly WeeklyHours[];
  readonly dateOverrides: readonly DayOverride[];
  /** Local day indexes (days since 1970-01-01 on the zone's calendar), inclusive. */
  readonly firstDay: number;
  readonly lastDay: number;
}

/** Working intervals of one local day, as instants, merged where they overlap or touch. */
export interface DayIntervals {
  readonly dayIndex: number;
  readonly intervals: readonly Interval[];
}

/**
 * Each local day's working intervals as instants. A day's wall intervals come from its override, or
 * else from every weekly rule naming its weekday. Endpoints are converted one by one (gap → transition,
 * overlap → first occurrence) and merged *as instants*, so two intervals that both end in a DST gap join.
 * Days are not merged with each other: a slot must fit inside one day's interval.
 */
export function workingIntervals(input: WorkingIntervalsInput): DayIntervals[] {
  const byWeekday = wallIntervalsByWeekday(input.workingHours);
  const overrides = overridesByDay(input.dateOverrides);
  const days: DayIntervals[] = [];
  for (let dayIndex = input.firstDay; dayIndex <= input.lastDay; dayIndex++) {
    const wall = overrides.get(dayIndex) ?? byWeekday[isoWeekdayOfDayIndex(dayIndex)] ?? [];
    if (wall.length === 0) continue;
    const instants: Interval[] = [];
    const dayLocalMs = dayIndex * DAY_MS;
    for (const interval of wall) {
      const endMinute = interval.endMinute <= interval.startMinute ? interval.endMinute + 1440 : interval.endMinute;
      instants.push({
        startMs: timelineWallToInstant(input.timeline, dayLocalMs + interval.startMinute * MINUTE_MS),
        endMs: timelineWallToInstant(input.timeline, dayLocalMs + endMinute * MINUTE_MS),
      });
    }
    // Wall → instant is monotone, so sorting by start minute (done once per weekday) keeps instants sorted.
    days.push({ dayIndex, intervals: mergeSorted(instants) });
  }
  return days;
}

function wallIntervalsByWeekday(rules: readonly WeeklyHours[]): WallInterval[][] {
  const byWeekday: WallInterval[][] = [[], [], [], [], [], [], [], []];
  for (const rule of rules) {
    if (rule.endMinute === rule.startMinute) continue;
    for (const weekday of new Set(rule.weekdays)) byWeekday[weekday]?.push(rule);
  }
  for (const list of byWeekday) list.sort((a, b) => a.startMinute - b.startMinute);
  return byWeekday;
}

function overridesByDay(overrides: readonly DayOverride[]): Map<number, WallInterval[]> {
  const byDay = new Map<number, WallInterval[]>();
  for (const override of overrides) {
    const dayIndex = dayIndexOf(override.date);
    const list = byDay.get(dayIndex) ?? [];
    for (const interval of override.intervals) {
      if (interval.endMinute !== interval.startMinute) list.push(interval);
    }
    byDay.set(dayIndex, list);
  }
  for (const list of byDay.values()) list.sort((a, b) => a.startMinute - b.startMinute);
  return byDay;
}
