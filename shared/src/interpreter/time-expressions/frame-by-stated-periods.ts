/**
 * How the statements of one message frame each other: a stated period frames the lone weekdays and week
 * parts said after it, an elliptic "or next" repeats the unit said before it one step later, and a weekday
 * ruled out beside undated times recurs over the floating days.
 */
import { civilFromDayIndex, dayIndexOf, isoWeekdayOfDayIndex } from '../../slot-engine/zoned-time.js';
import { unitAnchor } from './calendar-units.js';
import type { TimeItem } from './read-time-phrases.js';
import type { ResolveContext } from './resolve-time-constraint.js';
import { hasDatePart, hasTimePart, isLoneWeekday, type TimeConstraint } from './time-constraint.js';
import type { TimeWindow } from './time-window.js';
import { singleDayWindow } from '../time-window-set.js';

/** What framing needs: the resolve context and the caller's full reading of a statement's windows. */
export interface FrameContext extends ResolveContext {
  readonly windowsOf: (item: TimeItem) => TimeWindow[];
}

/**
 * "this weekend or next", "cette semaine ou la suivante": an elliptic "next" is the unit said just before
 * it, one step later (a week or weekend a week later, a month the month after); alone it means nothing.
 */
export function nextOfPrevious(items: TimeItem[]): TimeItem[] {
  return items.flatMap((item, index) => {
    if (item.from.isNextOfPrevious !== true) return [item];
    const previous = items[index - 1]?.from;
    const from = previous?.anchorFromDay;
    const to = previous?.anchorToDay;
    if (previous === undefined || from === undefined || to === undefined) return [];
    if (previous.isMonthAnchor === true) {
      const civil = civilFromDayIndex(from);
      return [{ ...item, from: { ...previous, ...unitAnchor('month', 1, dayIndexOf({ ...civil, day: 1 })) } }];
    }
    if (to - from > 7) return [];
    return [{ ...item, from: { ...previous, anchorFromDay: from + 7, anchorToDay: to + 7 } }];
  });
}

/**
 * "Next week I'm in Milan, but the following week Tuesday works", "la semaine prochaine … la semaine
 * suivante": a "following" week or month is the one after the nearest week or month said before it in the
 * message (or in `earlier`, a period of the same message read apart); with none it stays the next one.
 * An unnamed one ("celle d'après", "the one after") takes the unit said before it, a weekday included
 * ("not next Tuesday - the one after"); with none it means nothing.
 */
export function followPreviousUnits(
  items: TimeItem[],
  earlier: TimeConstraint | undefined,
  dayOf?: (constraint: TimeConstraint) => number | undefined,
): TimeItem[] {
  const result: TimeItem[] = [];
  for (const item of items) {
    const { from } = item;
    if (from.isFollowing !== true) {
      result.push(item);
      continue;
    }
    const { isFollowing: _following, ...rest } = from;
    // "celle d'après" / "the one after" names no unit: it is the one of the week or month said before.
    const isUnnamed = rest.anchorFromDay === undefined;
    const isUnit = (c: TimeConstraint): boolean =>
      c.anchorFromDay !== undefined &&
      (isUnnamed
        ? c.isMonthAnchor === true || c.isWeekAnchor === true
        : rest.isMonthAnchor === true
          ? c.isMonthAnchor === true
          : c.isWeekAnchor === true);
    const before = result[result.length - 1]?.from;
    // "not next Tuesday - the one after": a weekday one week later.
    if (isUnnamed && before !== undefined && before.weekday !== undefined && before.anchorFromDay === undefined) {
      const shift = (before.weekdayShiftDays ?? 0) + 7;
      result.push({ ...item, from: { ...before, ...rest, weekdayShiftDays: shift } });
      continue;
    }
    const previous = [...result].reverse().find((other) => isUnit(other.from))?.from ?? earlier;
    // "Thursday the 22nd or Friday the 23rd, or any day the following week": the week after the days said.
    const lastDay = dayOf === undefined || result.length === 0 ? undefined : dayOf(result[result.length - 1]!.from);
    if (previous === undefined && !isUnnamed && rest.isWeekAnchor === true && lastDay !== undefined) {
      result.push({ ...item, from: { ...rest, ...unitAnchor('week', 1, lastDay) } });
      continue;
    }
    if (previous === undefined || !isUnit(previous) || previous.anchorFromDay === undefined) {
      if (!isUnnamed) result.push({ ...item, from: rest });
      continue;
    }
    const isMonth = previous.isMonthAnchor === true;
    const anchor = isMonth
      ? unitAnchor('month', 1, previous.anchorFromDay)
      : unitAnchor('week', 1, previous.anchorFromDay);
    result.push({ ...item, from: { ...rest, ...anchor } });
  }
  return result;
}

/** What may stand between a day and "all week" said of its week: "dès lundi prochain, toute la semaine". */
const BESIDE = /^[\s,]*(?:and|et|-|from|starting|a partir de|des)?[\s,]*$/;

/**
 * "dès lundi prochain, toute la semaine", "from Monday the 9th, all week": a whole week said beside one day is
 * that day's week, and the day only places it. Alone ("I'm free all week") it stays this week.
 */
export function weekOfDayBeside(items: TimeItem[], context: FrameContext, folded: string): TimeItem[] {
  const placed = new Set<TimeItem>();
  const result = items.map((item, index) => {
    if (item.from.isWholeWeek !== true || item.isExcluded || item.to !== undefined) return item;
    const { isWholeWeek: _whole, ...week } = item.from;
    const neighbours = [items[index - 1], items[index + 1]];
    for (const day of neighbours) {
      if (day === undefined || day.isExcluded || day.to !== undefined || hasTimePart(day.from)) continue;
      const gap = day.end <= item.start ? folded.slice(day.end, item.start) : folded.slice(item.end, day.start);
      const only = singleDayWindow(context.windowsOf({ ...day, mode: 'window' }));
      if (!BESIDE.test(gap) || only === undefined) continue;
      placed.add(day);
      return {
        ...item,
        mode: 'window' as const,
        from: { ...week, ...unitAnchor('week', 0, context.localDay(only.fromMs)) },
      };
    }
    return { ...item, from: week };
  });
  return result.filter((item) => !placed.has(item));
}

/**
 * "any weekday morning, just not Fridays", "n'importe quel matin, sauf le lundi": when every allowed
 * statement is undated (read over the next 28 days), an excluded weekday is every such weekday of them.
 */
export function recurExclusionsOfFloating(items: TimeItem[]): TimeItem[] {
  const allowed = items.filter((item) => !item.isExcluded);
  const isFloating =
    allowed.length > 0 &&
    allowed.every((item) => !hasDatePart(item.from) && (item.to === undefined || !hasDatePart(item.to)));
  if (!isFloating) return items;
  return items.map((item) =>
    item.isExcluded && item.to === undefined && isLoneWeekday(item.from)
      ? { ...item, from: { ...item.from, isRecurring: true } }
      : item,
  );
}

export function withoutTimeOfDay(constraint: TimeConstraint): TimeConstraint {
  const {
    clockMinutes: _c,
    isHourAmbiguous: _a,
    partFromMinutes: _f,
    partToMinutes: _t,
    zone: _z,
    ...rest
  } = constraint;
  return rest;
}

/** Longest stated period (in days) whose weekdays a later lone weekday is read in, when the period was not an explicit anchor. */
// 15: "the next two weeks" said in the afternoon touches fifteen calendar days.
const MAX_RESOLVED_SPAN_DAYS = 15;

/** The stated period an item covers, as a civil-day anchor, when it can frame later weekdays. */
function spanOf(item: TimeItem, context: FrameContext): TimeConstraint | undefined {
  // "next week, before noon": a bound on the hours still states the week as the period.
  const isBoundedPeriod = hasTimePart(item.from) && item.from.anchorFromDay !== undefined;
  if (item.isExcluded || (item.mode !== 'window' && !isBoundedPeriod)) return undefined;
  if (item.to !== undefined) return rangeSpanOf(item, context);
  // "the week of Dec 14, mornings": the period is the dates, whatever time of day is said with them.
  const from = withoutTimeOfDay(item.from);
  // "early next month, ideally a Tuesday": a part of the unit narrows the period the weekday is read in.
  const isAnchor =
    from.anchorFromDay !== undefined &&
    from.anchorToDay !== undefined &&
    from.anchorToDay - from.anchorFromDay > 1 &&
    from.monthPart === undefined &&
    from.weekPart === undefined;
  if (!hasDatePart(from) && from.isWeekOf !== true) return undefined;
  const windows = context.windowsOf({ ...item, from });
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first === undefined || last === undefined || last.toMs === null || last.toMs <= context.nowMs) return undefined;
  const fromDay = isAnchor ? (from.anchorFromDay as number) : context.localDay(first.fromMs);
  const toDay = isAnchor ? (from.anchorToDay as number) : context.localDay(last.toMs - 1) + 1;
  if (toDay - fromDay < 2 || (!isAnchor && toDay - fromDay > MAX_RESOLVED_SPAN_DAYS)) return undefined;
  const isWeekLike = toDay - fromDay <= 7 && isoWeekdayOfDayIndex(fromDay) === 1;
  return { anchorFromDay: fromDay, anchorToDay: toDay, isWeekAnchor: from.isWeekAnchor === true || isWeekLike };
}

/** "entre le 3 et le 7 mai", "from the 14th to the 18th": a range of whole days frames the weekdays said after it. */
function rangeSpanOf(item: TimeItem, context: FrameContext): TimeConstraint | undefined {
  const { from, to } = item;
  if (to === undefined || hasTimePart(from) || hasTimePart(to) || isLoneWeekday(from) || isLoneWeekday(to))
    return undefined;
  const windows = context.windowsOf(item);
  const [only] = windows;
  if (windows.length !== 1 || only === undefined || only.toMs === null || only.toMs <= context.nowMs) return undefined;
  const fromDay = context.localDay(only.fromMs);
  const toDay = context.localDay(only.toMs - 1) + 1;
  if (toDay - fromDay < 2 || toDay - fromDay > MAX_RESOLVED_SPAN_DAYS) return undefined;
  return { anchorFromDay: fromDay, anchorToDay: toDay };
}

/**
 * A weekday said after a span ("next week, Tuesday or Thursday", "la semaine du 12, mardi ou jeudi",
 * "la première semaine de février ? Je suis prise le mercredi") is that span's weekday, not the next one
 * after today; a week part said alone ("in two weeks, early in the week") is that week's part, and a
 * period said here only to frame the weekdays offered after it is no window of its own. A span
 * already over ("great to meet last week") frames nothing. `inherited` is a span stated in another part
 * of the same message.
 */
export function inheritSpanAnchors(
  items: TimeItem[],
  context: FrameContext,
  said: { folded: string; inherited: TimeConstraint | undefined },
): { items: TimeItem[]; span: TimeConstraint | undefined } {
  const { folded, inherited } = said;
  let span = inherited;
  let source: TimeItem | undefined;
  // Periods said here that only frame the weekdays after them ("next week, Tuesday or Thursday").
  const frames = new Set<TimeItem>();
  const framed = items.map((item) => {
    const { from } = item;
    // "Tuesday or Thursday, between 2 and 4pm": a range of times on one weekday is framed like the weekday;
    // "Next week … I'm free Tuesday to Thursday": a range of weekdays is framed like a lone weekday.
    const isWeekdayRange = item.to !== undefined && isLoneWeekday(item.to);
    if (span !== undefined && (item.to === undefined || isWeekdayRange)) {
      // A period said in another clause frames only a weekday said with an article ("prise le mercredi").
      const isFramed = source !== undefined || /\b(?:le|the)\s*$/.test(folded.slice(0, item.start));
      if (isLoneWeekday(from) && isFramed && !item.isExcluded && source !== undefined && !hasTimePart(source.from))
        frames.add(source);
      if (isLoneWeekday(from) && isFramed && item.to !== undefined)
        return { ...item, from: { ...span, ...from }, to: { ...span, ...item.to } };
      if (isLoneWeekday(from) && isFramed) return { ...item, from: { ...span, ...from } };
      if (from.weekPart !== undefined && from.isAnchorImplied === true && span.isWeekAnchor === true) {
        const { isAnchorImplied: _implied, ...rest } = from;
        const anchor = { anchorFromDay: span.anchorFromDay, anchorToDay: span.anchorToDay, isWeekAnchor: true };
        return { ...item, from: { ...rest, ...anchor } };
      }
    }
    const stated = spanOf(item, context);
    if (stated !== undefined) [span, source] = [stated, item];
    return item;
  });
  return { items: framed.filter((item) => !frames.has(item)), span };
}
