import { isoWeekdayOfDayIndex, wallClockAt } from '../../slot-engine/zoned-time.js';
import {
  followPreviousUnits,
  inheritSpanAnchors,
  weekOfDayBeside,
  nextOfPrevious,
  recurExclusionsOfFloating,
  withoutTimeOfDay,
} from './frame-by-stated-periods.js';
import { unitAnchor } from './calendar-units.js';
import { expandRelativeDates } from './expand-relative-dates.js';
import { foldTimeText } from './fold-time-text.js';
import {
  excludedOnDatedDays,
  isTimeOfDayBound,
  narrowByTimeOfDay,
  type DatedWindow,
  type TimeOfDayBound,
} from './narrow-by-time-of-day.js';
import { readTimePhrases, type TimeItem } from './read-time-phrases.js';
import {
  createResolveContext,
  FLOATING_HORIZON_DAYS,
  resolveTimeConstraint,
  type ResolveContext,
} from './resolve-time-constraint.js';
import { scanTimeAtoms } from './scan-time-atoms.js';
import {
  hasDatePart,
  hasTimePart,
  isKindOfDay,
  isLoneWeekday,
  timeOfDayOf,
  type TimeConstraint,
} from './time-constraint.js';
import type { ScanContext } from './time-rule.js';
import type { TimeWindow } from './time-window.js';
import { subtractWindows } from './subtract-windows.js';
import { intersectWindows } from '../time-window-set.js';

export type { TimeWindow } from './time-window.js';

/** How to read one message's time expressions. */
export interface TimeExpressionContext {
  /** The instant the message was written (UTC epoch ms): relative expressions resolve against it. */
  nowMs: number;
  /** The client's IANA zone, in which dates and wall times are read. */
  timeZone: string;
  /** The message's language. */
  language: 'en' | 'fr';
  /** A period stated elsewhere in the same message ("next week"), in which lone weekdays are read. */
  span?: TimeConstraint;
  /** A week or month said in another part of the same message, which "the following week" follows. */
  earlierPeriod?: TimeConstraint;
}

/** One matched time expression: the substring of the message and where it starts. */
export interface TimeMention {
  text: string;
  index: number;
}

/** What a message says about when to meet (see shared/contracts/interpret.md, "When"). */
export interface TimeExpressions {
  /** Allowed windows, in the order the message states them; [] = none stated. */
  timeWindows: TimeWindow[];
  /** Windows the message rules out ("sauf vendredi", "not on Fridays"). */
  excluded: TimeWindow[];
  /** 0..1: belief that the windows are what the writer meant. */
  confidence: number;
  mentions: TimeMention[];
  /** The last period the text states (see `span` of the context), for reading the rest of the message. */
  span?: TimeConstraint;
  /** The last week or month the text names, allowed or ruled out ("I'm away next week"): what "the following week" follows. */
  period?: TimeConstraint;
}

/**
 * Reads the dates and times of ONE message body (quotes and signatures already removed) into
 * half-open UTC windows, following the contract's "When" reading rules: days are local
 * `[00:00, next 00:00)`, weeks Monday to Saturday, parts of day at fixed hours, times in other
 * zones converted with that zone's rules on that date, floating times over the next 28 days.
 */
export function resolveTimeExpressions(text: string, context: TimeExpressionContext): TimeExpressions {
  const folded = foldTimeText(text);
  const clock = wallClockAt(context.timeZone, context.nowMs);
  const resolve = createResolveContext(context.nowMs, context.timeZone);
  const { today } = resolve;
  const scan: ScanContext = {
    nowMs: context.nowMs,
    timeZone: context.timeZone,
    today,
    nowMinutes: clock.hour * 60 + clock.minute,
    language: context.language,
  };
  const atoms = scanTimeAtoms(folded, scan);
  const frame = { ...resolve, windowsOf: (item: TimeItem) => itemWindows(item, resolve) };
  // "not this week or next, but the one after": the elliptic "next" is placed before "the one after" follows it.
  // The one day a constraint names ("Friday the 23rd"), for "the following week" said after it.
  const dayOf = (constraint: TimeConstraint): number | undefined => {
    // "décaler notre visio de jeudi … la semaine suivante": a lone weekday names one day too.
    if (constraint.dayOfMonth === undefined && constraint.anchorFromDay === undefined && !isLoneWeekday(constraint))
      return undefined;
    const windows = resolveTimeConstraint(constraint, resolve);
    const [first] = windows;
    return windows.length === 1 && first !== undefined ? resolve.localDay(first.fromMs) : undefined;
  };
  const phrases = followPreviousUnits(nextOfPrevious(readTimePhrases(folded, atoms)), context.earlierPeriod, dayOf);
  const framed = inheritSpanAnchors(weekOfDayBeside(contrastThisAndNext(phrases), frame, folded), frame, {
    folded,
    // A period of the thread already over frames nothing now.
    inherited: (context.span?.anchorToDay ?? Number.POSITIVE_INFINITY) > today ? context.span : undefined,
  });
  const kept = withoutPresentRemarks(
    ruleOutOthersThanOnly(withPartsDefinedByBounds(framed.items, folded), folded),
    context.nowMs,
  );
  const items = recurExclusionsOfFloating(kept).map((item) => withMealHour(item, mealHintOf(folded)));
  const dated: DatedWindow[] = [];
  const kindsOfDay: DatedWindow[] = [];
  const excluded: TimeWindow[] = [];
  const recurringExcluded: TimeItem[] = [];
  const excludedTimesOfDay: TimeOfDayBound[] = [];
  const bounds: TimeOfDayBound[] = [];
  const sentenceAt = sentenceIndexer(folded);
  let unresolved = 0;
  for (const item of items) {
    const windows = itemWindows(item, resolve);
    const sentence = sentenceAt(item.start);
    if (windows.length === 0) unresolved += 1;
    if (isTimeOfDayBound(item)) bounds.push({ item, sentence, floating: windows });
    else if (item.isExcluded && isTimeOfDayBound({ ...item, isExcluded: false }))
      excludedTimesOfDay.push({ item, sentence, floating: windows });
    else if (item.isExcluded && item.from.isRecurring === true && item.to === undefined) recurringExcluded.push(item);
    else if (item.isExcluded) excluded.push(...windows);
    else if (isUndatedKindOfDay(item)) kindsOfDay.push(...windows.map((window) => ({ window, sentence })));
    else dated.push(...windows.map((window) => ({ window, sentence })));
  }
  // "un café dans les deux prochaines semaines ? Un matin en semaine me convient": a kind of day said beside a
  // dated period is read in it; with no period, or none in common, it stands on its own over the days to come.
  const inPeriod = intersectWindows(
    dated.map((entry) => entry.window),
    kindsOfDay.map((entry) => entry.window),
  );
  if (inPeriod.length > 0) dated.splice(0, dated.length, ...inPeriod.map((window) => ({ window, sentence: 0 })));
  else dated.push(...kindsOfDay);
  const narrowOptions = { windowsOf: (item: TimeItem) => itemWindows(item, resolve), localDay: resolve.localDay };
  for (const { item, floating } of excludedTimesOfDay)
    excluded.push(...(dated.length === 0 ? floating : excludedOnDatedDays(item, dated, narrowOptions)));
  const allowed = narrowByTimeOfDay(dated, bounds, narrowOptions);
  for (const item of recurringExcluded)
    excluded.push(...recurringWithin(item, dated.length === 0 ? [] : allowed, resolve));
  const mentions = items.map((item) => ({ text: text.slice(item.start, item.end), index: item.start }));
  const upcoming = withoutPastMentions(allowed, context.nowMs);
  return {
    timeWindows: excluded.length === 0 ? upcoming : subtractWindows(upcoming, excluded),
    excluded,
    confidence: confidenceOf(items.length, unresolved, folded),
    mentions,
    ...(framed.span !== undefined ? { span: framed.span } : {}),
    ...periodOf(items, resolve),
  };
}

/**
 * The last week or month the statements name, as `{ period }`: a week or month anchor as said, or for a
 * range of days ("en vacances du 9 au 13") the week its last day is in. Empty when there is none.
 */
function periodOf(items: readonly TimeItem[], context: ResolveContext): { period?: TimeConstraint } {
  for (const item of [...items].reverse()) {
    const { anchorFromDay, anchorToDay, isWeekAnchor, isMonthAnchor } = item.from;
    if (item.to === undefined && anchorFromDay !== undefined && (isWeekAnchor === true || isMonthAnchor === true)) {
      const kind = isWeekAnchor === true ? { isWeekAnchor } : { isMonthAnchor };
      return { period: { anchorFromDay, anchorToDay, ...kind } };
    }
    if (item.to === undefined || !hasDatePart(item.from)) continue;
    const last = itemWindows(item, context).at(-1);
    if (last === undefined || last.toMs === null || last.toMs - last.fromMs < 2 * 86_400_000) continue;
    return { period: unitAnchor('week', 0, context.localDay(last.toMs - 1)) };
  }
  return {};
}

const EVENING_WORDS = /\b(?:dinner|drinks?|cocktails?|apero|aperitif|souper|evening|tonight|soir|soiree|un verre)\b/;
const MORNING_WORDS = /\b(?:breakfast|petit[- ]dej(?:euner)?|morning|matin|matinee)\b/;

/** Whether the text speaks only of the evening or only of the morning, to read an hour said without am/pm. */
function mealHintOf(folded: string): 'am' | 'pm' | undefined {
  const isEvening = EVENING_WORDS.test(folded);
  const isMorning = MORNING_WORDS.test(folded);
  if (isEvening === isMorning) return undefined;
  return isEvening ? 'pm' : 'am';
}

/**
 * "Dinner at 7:30" is 19:30 and "breakfast at 7:30" 07:30: an hour said without am/pm, from 5 to 11,
 * follows the evening or morning words of its message when it has only one kind.
 */
function withMealHour(item: TimeItem, hint: 'am' | 'pm' | undefined): TimeItem {
  const read = (constraint: TimeConstraint): TimeConstraint => {
    const clock = constraint.clockMinutes;
    if (hint === undefined || constraint.isHourAmbiguous !== true || clock === undefined) return constraint;
    if (clock < 300 || clock >= 720 || constraint.partFromMinutes !== undefined) return constraint;
    return { ...constraint, clockMinutes: hint === 'pm' ? clock + 720 : clock, isHourAmbiguous: false };
  };
  const from = read(item.from);
  return item.to === undefined ? { ...item, from } : { ...item, from, to: read(item.to) };
}

/** The index of the sentence holding a position: sentences end at ". ", "? ", "! " or a line break. */
function sentenceIndexer(folded: string): (position: number) => number {
  const ends: number[] = [];
  for (const match of folded.matchAll(/[.?!](?=\s)|\n/g)) ends.push(match.index);
  return (position) => ends.filter((end) => end < position).length;
}

/**
 * "Great meeting you last week. Could we talk on Monday?": a time already over is narrative, not a
 * proposal, when the message also proposes a time to come. Alone it stays (it may be all the text says).
 */
function withoutPastMentions(windows: TimeWindow[], nowMs: number): TimeWindow[] {
  const isPast = (window: TimeWindow): boolean =>
    window.toMs !== null && (window.toMs === window.fromMs ? window.fromMs < nowMs : window.toMs <= nowMs);
  const upcoming = windows.filter((window) => !isPast(window));
  return upcoming.length > 0 ? upcoming : windows;
}

/**
 * "Between the 10th and the 20th, except Fridays", "the next two weeks, not Fridays": a weekday ruled out
 * every week is ruled out within the stated period, not over the 28 days a floating one covers ("any weekday
 * next month except Fridays" = next month's Fridays).
 */
function recurringWithin(item: TimeItem, allowed: readonly TimeWindow[], context: ResolveContext): TimeWindow[] {
  if (allowed.length === 0) return itemWindows(item, context);
  const fromMs = Math.min(...allowed.map((window) => window.fromMs));
  const isOpen = allowed.some((window) => window.toMs === null);
  const toMs = Math.max(...allowed.map((window) => window.toMs ?? window.fromMs));
  const anchorFromDay = context.localDay(fromMs);
  const anchorToDay = isOpen ? anchorFromDay + FLOATING_HORIZON_DAYS : context.localDay(Math.max(fromMs, toMs - 1)) + 1;
  return itemWindows({ ...item, from: { ...item.from, anchorFromDay, anchorToDay } }, context);
}

// "mornings - before noon", "afternoons (after 12)", "le matin, c'est-à-dire avant midi".
const DEFINING_GAP = /^\s*(?:[-:,(]\s*)?(?:(?:i\.e\.|that is|namely|c'est-a-dire|soit),?\s*)?$/;

/**
 * "I can only do mornings - before noon your time": a bound said right after a part of day, on the same
 * edge (a morning ends at noon), says what the writer means by that part: the part gives way to the bound
 * (each day before noon). A bound on another edge ("afternoons, after 2pm") narrows the part as usual.
 */
function withPartsDefinedByBounds(items: TimeItem[], folded: string): TimeItem[] {
  const defined = new Set<string>();
  items.forEach((item, index) => {
    const next = items[index + 1];
    const { partFromMinutes, partToMinutes } = item.from;
    if (next === undefined || partFromMinutes === undefined || item.from.clockMinutes !== undefined) return;
    if (item.to !== undefined || next.to !== undefined || next.isExcluded || hasDatePart(next.from)) return;
    const clock = next.from.clockMinutes;
    const lead = folded
      .slice(item.end, next.start)
      .replace(/\b(?:before|not after|avant|after|from|apres|des)\s*$/, '');
    const isSameEdge =
      (next.mode.startsWith('openEnd') && clock === partToMinutes) ||
      (next.mode.startsWith('openStart') && clock === partFromMinutes);
    if (clock !== undefined && lead.trim() !== '' && DEFINING_GAP.test(lead) && isSameEdge)
      defined.add(`${partFromMinutes}/${partToMinutes}`);
  });
  if (defined.size === 0) return items;
  return items.flatMap((item) => {
    const { partFromMinutes, partToMinutes, ...rest } = item.from;
    const isDefined = defined.has(`${partFromMinutes}/${partToMinutes}`) && item.from.clockMinutes === undefined;
    if (!isDefined || item.isExcluded || item.to !== undefined) return [item];
    // A part said alone ("evenings - after 6pm") leaves only its bound.
    return hasDatePart(rest) ? [{ ...item, from: rest }] : [];
  });
}

const ONLY_BEFORE =
  /\b(?:only|just|seulement|uniquement)\s+(?:(?:do|make|manage)\s+)?(?:on\s+)?(?:the\s+|le\s+|la\s+)?$/;
// "le 4 uniquement." marks the day; "Tuesday only works in the morning" does not.
const ONLY_AFTER = /^\s*(?:only|uniquement|seulement)\s*(?:[.,;:!?)\n]|$)/;

/** The kind of single day a statement names: a weekday or a day of the month. */
function dayKindOf(constraint: TimeConstraint): 'weekday' | 'dayOfMonth' | undefined {
  if (hasTimePart(constraint) || constraint.isRecurring === true) return undefined;
  if (constraint.dayOfMonth !== undefined) return 'dayOfMonth';
  return constraint.weekday !== undefined ? 'weekday' : undefined;
}

/**
 * "Le 3, je plaide à Versailles, donc le 4 uniquement", "Tuesday is full, so only Wednesday": a day said
 * to be the only one rules out the other days of its kind the message names.
 */
function ruleOutOthersThanOnly(items: TimeItem[], folded: string): TimeItem[] {
  const isOnly = (item: TimeItem): boolean =>
    !item.isExcluded &&
    item.to === undefined &&
    dayKindOf(item.from) !== undefined &&
    (ONLY_BEFORE.test(folded.slice(0, item.start)) || ONLY_AFTER.test(folded.slice(item.end)));
  const only = new Set(items.filter(isOnly));
  if (only.size === 0) return items;
  // "only Thursday or Friday": the options listed with the marked day are marked too.
  items.forEach((item, index) => {
    const previous = items[index - 1];
    if (item.isListed && previous !== undefined && only.has(previous) && dayKindOf(item.from) !== undefined)
      only.add(item);
  });
  return items.map((item) => {
    const isOther = [...only].some((marked) => dayKindOf(marked.from) === dayKindOf(item.from));
    return isOther && !only.has(item) && !item.isExcluded && item.to === undefined
      ? { ...item, isExcluded: true }
      : item;
  });
}

/** True for a statement of the present instant alone ("now", "at the moment", "en ce moment"). */
function isPresentInstant(item: TimeItem, nowMs: number): boolean {
  return (
    item.to === undefined &&
    item.mode === 'window' &&
    item.from.instantFromMs === nowMs &&
    item.from.instantToMs === nowMs &&
    !hasTimePart(item.from)
  );
}

/**
 * "Things are hectic at the moment, but could we speak in two weeks?": the present said beside a time to
 * come describes the writer's situation; it is no proposal. Alone ("can you talk now?") it stays.
 */
function withoutPresentRemarks(items: TimeItem[], nowMs: number): TimeItem[] {
  const hasOtherTime = items.some((item) => !item.isExcluded && !isPresentInstant(item, nowMs));
  // "Busy at the moment": the present ruled out rules out nothing to come.
  return items.filter((item) => !isPresentInstant(item, nowMs) || (!hasOtherTime && !item.isExcluded));
}

function confidenceOf(itemCount: number, unresolved: number, folded: string): number {
  if (itemCount === 0) return /\d/.test(folded) ? 0.6 : 0.85;
  return Math.max(0.2, 0.9 - (0.3 * unresolved) / itemCount);
}

/** "a weekday morning", "weekends", "Tuesdays": a kind of day with no date, read over the days to come. */
function isUndatedKindOfDay(item: TimeItem): boolean {
  return isKindOfDay(item.from) && !item.isExcluded && item.to === undefined && !hasDatePart(item.from);
}

/** "this Wednesday or next Wednesday": the "next" one is then a week after the "this" one (contract). */
function contrastThisAndNext(items: TimeItem[]): TimeItem[] {
  const hasThis = items.some((item) => item.from.isThisWeekday === true);
  if (!hasThis) return items;
  return items.map((item) =>
    item.from.weekdayMode === 'next'
      ? { ...item, from: { ...item.from, weekdayShiftDays: (item.from.weekdayShiftDays ?? 0) + 7 } }
      : item,
  );
}

/**
 * "the week of the 24th": the stated day stands for its Monday–Saturday week; a time of day said
 * with it applies to each day of that week ("la semaine du 16, plutôt l'après-midi").
 */
function expandWeekOf(constraint: TimeConstraint, context: ResolveContext): TimeConstraint {
  if (constraint.isWeekOf !== true) return constraint;
  // "mid-week, the week of the 22nd": the part of the week applies to the week the date names.
  // "Thursday of the week of the 22nd": the weekday is picked in the week the date names.
  const { isWeekOf: _isWeekOf, weekPart, weekday, weekdayMode: _mode, ...rest } = constraint;
  const first = resolveTimeConstraint(rest, context)[0];
  if (first === undefined) return rest;
  const day = context.localDay(first.fromMs);
  // A Sunday names the week it opens (US weeks start on Sunday), not the one it closes.
  const week = unitAnchor('week', 0, isoWeekdayOfDayIndex(day) === 7 ? day + 1 : day);
  const picked = { ...(weekPart === undefined ? {} : { weekPart }), ...(weekday === undefined ? {} : { weekday }) };
  return { ...week, ...picked, ...timeOfDayOf(rest) };
}

/** The windows of one statement; a bound already past ("before 2020") leaves nothing. */
function itemWindows(item: TimeItem, context: ResolveContext): TimeWindow[] {
  const expand = (constraint: TimeConstraint): TimeConstraint =>
    expandWeekOf(expandRelativeDates(constraint, context), context);
  const dayParted = partOverDays(item, context) ?? hoursOverDayKind(item, context);
  if (dayParted !== undefined) return dayParted;
  const fromWindows = resolveTimeConstraint(expand(item.from), context);
  // "from 18th Dec for 10 days" states both ends: the lead word does not open the window.
  const mode = item.from.spanDays === undefined ? item.mode : 'window';
  let windows: TimeWindow[];
  if (item.to !== undefined) {
    const first = fromWindows[0];
    const to = first === undefined ? item.to : endAfterStart(item.to, first, context);
    windows = rangeWindows(item, fromWindows, resolveTimeConstraint(expand(to), context));
  } else {
    windows = mode === 'window' ? fromWindows : fromWindows.map((window) => openWindow(item, window, context));
  }
  return windows.filter((window) => window.toMs === null || window.toMs >= window.fromMs);
}

/**
 * "entre le 15 et le 19 juin, en avant-midi", "Monday to Wednesday, afternoons": a part of day said with
 * a range of days holds on each day of it, not from the first day's start to the last day's end.
 */
function partOverDays(item: TimeItem, context: ResolveContext): TimeWindow[] | undefined {
  const { from, to } = item;
  if (to === undefined || item.mode !== 'window' || to.partFromMinutes === undefined) return undefined;
  if (to.clockMinutes !== undefined || hasTimePart(from) || !hasDatePart(from) || !hasDatePart(to)) return undefined;
  const days = itemWindows({ ...item, to: withoutTimeOfDay(to) }, context)[0];
  if (days === undefined || days.toMs === null) return undefined;
  const anchor = { anchorFromDay: context.localDay(days.fromMs), anchorToDay: context.localDay(days.toMs - 1) + 1 };
  return resolveTimeConstraint({ ...anchor, ...timeOfDayOf(to) }, context);
}

/**
 * "any weekday between 9 and 11am", "weekends from 10 to 1", "Tuesdays 2-4pm", "between 9 and 11am": a range of
 * hours said of a kind of day, or of no day, is those hours on each such day, not a stretch from the first day's
 * start hour to the last one's end.
 */
function hoursOverDayKind(item: TimeItem, context: ResolveContext): TimeWindow[] | undefined {
  const { from, to } = item;
  if (to === undefined || item.mode !== 'window') return undefined;
  // With no day at all ("between 9 and 11am") the hours hold on each of the days to come (contract).
  const isDayKind = (!hasDatePart(from) && !hasDatePart(to)) || isKindOfDay(from);
  const start = from.clockMinutes;
  const end = to.clockMinutes;
  if (!isDayKind || start === undefined || end === undefined || end <= start) return undefined;
  if (from.zone !== undefined || to.zone !== undefined || from.partFromMinutes !== undefined) return undefined;
  const { clockMinutes: _start, isHourAmbiguous: _ambiguous, ...days } = from;
  return resolveTimeConstraint({ ...days, partFromMinutes: start, partToMinutes: end }, context);
}

/** "from Tuesday to Thursday": a lone weekday ending a range is the first one on or after the start. */
function endAfterStart(end: TimeConstraint, start: TimeWindow, context: ResolveContext): TimeConstraint {
  const isLoneWeekday =
    end.weekday !== undefined &&
    end.anchorFromDay === undefined &&
    end.month === undefined &&
    end.dayOfMonth === undefined &&
    end.weekdayMode === undefined;
  if (!isLoneWeekday) return end;
  return { ...end, weekdayNotBeforeDay: context.localDay(start.fromMs) };
}

/** Pairs the two ends day by day when both repeat ("every day between 2 and 4pm"), else first with first. */
function rangeWindows(item: TimeItem, fromWindows: TimeWindow[], toWindows: TimeWindow[]): TimeWindow[] {
  const isExactEnd = item.to !== undefined && item.to.clockMinutes !== undefined;
  const close = (from: TimeWindow, to: TimeWindow): TimeWindow => ({
    fromMs: from.fromMs,
    toMs: isExactEnd ? to.fromMs : to.toMs,
  });
  if (fromWindows.length > 1 && fromWindows.length === toWindows.length) {
    return fromWindows.map((from, index) => close(from, toWindows[index] as TimeWindow));
  }
  const first = fromWindows[0];
  if (first === undefined) return [];
  const last = toWindows.find((window) => (window.toMs ?? Infinity) > first.fromMs) ?? toWindows[0];
  return last === undefined ? [first] : [close(first, last)];
}

/** "after X" on a day = [X, 24:00); "before X" = [00:00, X); a date as bound gives an open or now-based window. */
function openWindow(item: TimeItem, window: TimeWindow, context: ResolveContext): TimeWindow {
  const hasTime = hasTimePart(item.from);
  const startOfDay = (instant: number): TimeWindow => dayWindow(instant, context);
  switch (item.mode) {
    case 'openStart':
    case 'openStartAfter': {
      const start =
        item.mode === 'openStartAfter' && item.from.clockMinutes === undefined
          ? (window.toMs ?? window.fromMs)
          : window.fromMs;
      return hasTime ? { fromMs: start, toMs: startOfDay(window.fromMs).toMs } : { fromMs: start, toMs: null };
    }
    case 'openEnd':
    case 'openEndThrough': {
      const end =
        item.mode === 'openEndThrough' && item.from.clockMinutes === undefined
          ? (window.toMs ?? window.fromMs)
          : window.fromMs;
      return hasTime ? { fromMs: startOfDay(window.fromMs).fromMs, toMs: end } : { fromMs: context.nowMs, toMs: end };
    }
    default:
      return window;
  }
}

function dayWindow(instant: number, context: ResolveContext): TimeWindow {
  const day = context.localDay(instant);
  return (
    resolveTimeConstraint({ anchorFromDay: day, anchorToDay: day + 1 }, context)[0] ?? {
      fromMs: instant,
      toMs: instant,
    }
  );
}
