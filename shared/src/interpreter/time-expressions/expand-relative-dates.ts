import { civilFromDayIndex, isoWeekdayOfDayIndex } from '../../slot-engine/zoned-time.js';
import { monthStartDay } from './calendar-units.js';
import { resolveTimeConstraint, type ResolveContext } from './resolve-time-constraint.js';
import { hasDatePart, type TimeConstraint } from './time-constraint.js';

/** A date said with a weekday ("Sunday, Feb 10") may name a date just past, but not one older than this. */
const RECENT_PAST_DAYS = 31;

/** A constraint that denotes no day at all (an empty anchor). */
const NO_DAY: TimeConstraint = { anchorFromDay: 0, anchorToDay: 0 };

const TIME_KEYS = ['clockMinutes', 'isHourAmbiguous', 'partFromMinutes', 'partToMinutes', 'zone'] as const;

/** The constraint without its time of day, and the time of day alone. */
function splitTimeOfDay(constraint: TimeConstraint): { date: TimeConstraint; time: TimeConstraint } {
  const date: TimeConstraint = { ...constraint };
  const time: TimeConstraint = {};
  for (const key of TIME_KEYS) {
    if (constraint[key] === undefined) continue;
    Object.assign(time, { [key]: constraint[key] });
    delete date[key];
  }
  return { date, time };
}

/** The first civil day a date-only constraint denotes, or undefined when it denotes none. */
function firstDay(date: TimeConstraint, context: ResolveContext): number | undefined {
  const first = resolveTimeConstraint(date, context)[0];
  return first === undefined ? undefined : context.localDay(first.fromMs);
}

/**
 * "Fri, Jul 18" with no year: the upcoming Jul 18 if it is a Friday, else a Jul 18 of the last month that was
 * one, else next year's; when none matches the writer mistyped the weekday and the date wins.
 */
function withYearOfWeekday(constraint: TimeConstraint, today: number): TimeConstraint {
  const { weekday, month, dayOfMonth } = constraint;
  if (weekday === undefined || month === undefined || dayOfMonth === undefined || constraint.year !== undefined)
    return constraint;
  // "Thursday of the week of March 22": the weekday is not the date's own.
  if (constraint.isWeekOf === true) return constraint;
  const { weekday: _weekday, ...date } = constraint;
  const { year } = civilFromDayIndex(today);
  const dayIn = (candidate: number): number => monthStartDay(candidate, month) + dayOfMonth - 1;
  const upcoming = dayIn(year) >= today ? year : year + 1;
  const candidates = [upcoming, upcoming - 1, upcoming + 1].filter(
    (candidate) => candidate === upcoming || dayIn(candidate) >= today - RECENT_PAST_DAYS,
  );
  const match = candidates.find((candidate) => isoWeekdayOfDayIndex(dayIn(candidate)) === weekday);
  return match === undefined ? date : { ...date, year: match };
}

/** The `rank`-th weekday nearest to `day` (ties: the later one first, as people count forward). */
function closestWeekday(day: number, weekday: number, rank: number): number {
  const after = (weekday - isoWeekdayOfDayIndex(day) + 7) % 7;
  const candidates: number[] = [];
  for (let week = -rank; week <= rank; week += 1) candidates.push(day + after + 7 * week);
  candidates.sort((left, right) => Math.abs(left - day) - Math.abs(right - day) || right - left);
  return candidates[rank - 1] ?? day;
}

/** A single civil day, with the time of day it was stated with. */
function onDay(day: number, time: TimeConstraint, lengthDays = 1): TimeConstraint {
  return { ...time, anchorFromDay: day, anchorToDay: day + lengthDays };
}

/**
 * Resolves the parts of a constraint that are relative to its own date into a plain anchored day:
 * "the closest Monday to Oct 5th", "le lendemain du 13 février", "18th Dec for 10 days", and picks the
 * year of a date said with its weekday. Other constraints are returned unchanged.
 */
export function expandRelativeDates(constraint: TimeConstraint, context: ResolveContext): TimeConstraint {
  // The weekday of "the closest Monday to Oct 5th" is the one sought, not the date's own.
  const dated = constraint.closestWeekdayRank === undefined ? withYearOfWeekday(constraint, context.today) : constraint;
  const { closestWeekdayRank, dayShift, spanDays, ...rest } = dated;
  if (closestWeekdayRank === undefined && dayShift === undefined && spanDays === undefined) return dated;
  const { date, time } = splitTimeOfDay(rest);
  if (closestWeekdayRank !== undefined) {
    const { weekday, ...target } = date;
    const day = weekday === undefined || !hasDatePart(target) ? undefined : firstDay(target, context);
    return day === undefined || weekday === undefined
      ? NO_DAY
      : onDay(closestWeekday(day, weekday, closestWeekdayRank), time);
  }
  const day = hasDatePart(date) ? firstDay(date, context) : context.today;
  if (day === undefined) return NO_DAY;
  return onDay(day + (dayShift ?? 0), time, spanDays ?? 1);
}
