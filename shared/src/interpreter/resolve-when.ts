/**
 * Resolves the time constraints of a whole thread. Each message's own words
 * are read against that message's own date (contract: a quoted or forwarded
 * message uses its own `Date`). Constraints are folded from the oldest message
 * to the newest: a newer constraint that overlaps the older ones narrows them
 * (participants' constraints are intersected); one that does not overlap
 * supersedes them and the days they ruled out ("Tuesday is out after all, how
 * about Thursday?").
 */
import type { InterpretedWindow } from '../contracts/interpretation.js';
import type { InterpreterLanguage } from './detect-language.js';
import {
  resolveTimeExpressions,
  type TimeExpressionContext,
  type TimeExpressions,
} from './time-expressions/resolve-time-expressions.js';
import { dayIndexOf, localDateAt } from '../slot-engine/zoned-time.js';
import { unitAnchor } from './time-expressions/calendar-units.js';
import type { TimeConstraint } from './time-expressions/time-constraint.js';
import type { TimeWindow } from './time-expressions/time-window.js';
import {
  dropContainingWindows,
  intersectWindows,
  mergeTouchingWindows,
  moveOntoDays,
  shiftByLocalDays,
  singleDayWindow,
  subtractWindows,
} from './time-window-set.js';
import { maskNonTimeText } from './mask-non-time-text.js';
import { expandShorthand } from './time-expressions/expand-shorthand.js';
import { splitUnavailability, whereaboutsOf } from './split-unavailability.js';

/** One text to read for time constraints, with the instant its relative words refer to. */
export interface DatedText {
  readonly text: string;
  readonly nowMs: number;
  readonly language: InterpreterLanguage;
  /** True for the clauses that cancel a meeting: their times are the cancelled meeting's, not ruled out. */
  readonly isCancellation?: boolean;
}

/** What the time reading rested on: inputs of the confidence calibration (combine-confidence.ts). */
export interface WhenSignals {
  /** Time expressions found in all the messages read (and in the subject when it was read). */
  readonly mentionCount: number;
  /** Messages whose windows shaped the result: more than one means replies were folded together. */
  readonly contributingMessages: number;
  /** True when the newest message's own words state no window, so the windows come from history or the subject. */
  readonly isFromHistory: boolean;
  /** True when a newer message's windows did not overlap the older ones (superseded or moved by weeks). */
  readonly isReconciled: boolean;
}

/** The allowed and excluded windows of a thread and how sure the reading is. */
export interface WhenReading {
  readonly timeWindows: InterpretedWindow[];
  readonly excluded: InterpretedWindow[];
  readonly confidence: number;
  readonly signals: WhenSignals;
}

function toWire(window: TimeWindow): InterpretedWindow {
  return {
    from: new Date(window.fromMs).toISOString(),
    to: window.toMs === null ? null : new Date(window.toMs).toISOString(),
  };
}

interface Fold {
  windows: TimeWindow[];
  excluded: TimeWindow[];
  confidence: number;
  isSuperseded: boolean;
  /** Messages whose windows are part of `windows` (reset when a newer message supersedes them). */
  contributors: number;
  /** True once a newer message failed to overlap the older windows directly. */
  isReconciled: boolean;
}

interface MessageReading {
  timeWindows: TimeWindow[];
  excluded: TimeWindow[];
  confidence: number;
  mentionCount: number;
  /** The period the message states or keeps from the thread, in which later replies' weekdays are read. */
  span?: TimeConstraint;
  /** "Neither works", "aucun des deux ne me convient": the times offered before are all turned down. */
  turnsDownEarlier?: boolean;
}

// "Afraid neither works", "none of those suit me", "ni l'un ni l'autre", "aucune de ces dates ne me convient".
const TURNS_DOWN_EARLIER =
  /\b(?:neither (?:one |of (?:those|them|these|the two) )?(?:works?|suits?|is (?:good|possible|doable)|will work|would work)|none of (?:those|them|these|the (?:above|options|times|dates|slots))\b(?! (?:is|are|works?) (?:fine|good|ok))|ni l'un ni l'autre|aucun(?:e)? (?:des deux|de ces (?:dates|créneaux|options|jours|horaires|propositions)|d'entre eux|d'entre elles)\b)/iu;

const WEEK_SHIFTS = [1, 2, 3];

/**
 * A reply's weekday may name a day of the week under discussion rather than the next one:
 * "Wednesday works" answering "next week?" means next week's Wednesday. When the reply does not
 * overlap the earlier constraints, its windows moved by whole local weeks are tried before it supersedes them.
 */
function narrowByWeeks(earlier: readonly TimeWindow[], newer: readonly TimeWindow[], timeZone: string): TimeWindow[] {
  for (const weeks of WEEK_SHIFTS) {
    const narrowed = intersectWindows(
      earlier,
      newer.map((w) => shiftByLocalDays(w, weeks * 7, timeZone)),
    );
    if (narrowed.length > 0) return narrowed;
  }
  return [];
}

// "Thursday afternoon works; Tuesday I'm in Bienne" or "Tuesday's out for me" answering "next week?": a
// reply's ruled-out weekday that falls before the days under discussion names a day of them, like its
// offered ones.
function moveIntoDiscussedDays(window: TimeWindow, discussed: readonly TimeWindow[], timeZone: string): TimeWindow {
  if (discussed.length === 0 || window.toMs === null) return window;
  const start = Math.min(...discussed.map((w) => w.fromMs));
  if (window.toMs > start) return window;
  for (const weeks of WEEK_SHIFTS) {
    const moved = shiftByLocalDays(window, weeks * 7, timeZone);
    if (intersectWindows([moved], discussed).length > 0) return moved;
  }
  return window;
}

function foldMessage(fold: Fold, resolved: MessageReading, timeZone: string): Fold {
  const excluded = [
    ...fold.excluded,
    ...resolved.excluded.map((w) => moveIntoDiscussedDays(w, fold.windows, timeZone)),
  ];
  // "Neither works - how about Friday?": the days offered before are ruled out and the new times replace them;
  // an exact start turned down ("Wednesday at 10 or Thursday at 3? - neither") rules no period out.
  if (resolved.turnsDownEarlier === true && fold.windows.length > 0) {
    const turnedDown = [...excluded, ...fold.windows.filter((window) => window.toMs !== window.fromMs)];
    return { ...fold, windows: [...resolved.timeWindows], excluded: turnedDown, confidence: resolved.confidence };
  }
  if (resolved.timeWindows.length === 0)
    return { ...fold, excluded, confidence: resolved.excluded.length > 0 ? resolved.confidence : fold.confidence };
  if (fold.windows.length === 0)
    return { ...fold, windows: [...resolved.timeWindows], excluded, confidence: resolved.confidence, contributors: 1 };
  const direct = intersectWindows(fold.windows, resolved.timeWindows);
  const narrowed = direct.length > 0 ? direct : narrowByWeeks(fold.windows, resolved.timeWindows, timeZone);
  const isReconciled = fold.isReconciled || direct.length === 0;
  return narrowed.length > 0
    ? {
        ...fold,
        windows: narrowed,
        excluded,
        confidence: Math.min(fold.confidence, resolved.confidence),
        contributors: fold.contributors + 1,
        isReconciled,
      }
    : {
        ...fold,
        windows: [...resolved.timeWindows],
        // "Scratch that - a call on Monday instead?": the plan given up takes the days it ruled out with it.
        excluded: [...resolved.excluded],
        confidence: resolved.confidence,
        isSuperseded: true,
        contributors: 1,
        isReconciled,
      };
}

/**
 * "I'm in Lyon all week. A call on Monday the 9th at 10?": where the writer is says when they are there, not
 * when to meet; the windows that only the whereabouts name are dropped when the message offers other times.
 * Alone ("I'm in Paris the week of the 16th, could we meet?") they are the offer.
 */
function withoutWhereabouts(
  offered: readonly TimeWindow[],
  said: { masked: string; context: TimeExpressionContext },
): TimeWindow[] {
  const whereabouts = whereaboutsOf(said.masked);
  if (whereabouts === '') return [...offered];
  const placed = resolveTimeExpressions(whereabouts, said.context).timeWindows;
  const others = offered.filter((window) => !placed.some((w) => w.fromMs === window.fromMs && w.toMs === window.toMs));
  return others.length > 0 ? others : [...offered];
}

/**
 * One message's windows. `threadSpan` is the period an earlier message of the thread stated: a reply's
 * "the Monday" ("I'd rather not do the Monday") is that period's Monday.
 */
function readMessage(dated: DatedText, timeZone: string, threadSpan?: TimeConstraint): MessageReading {
  const context = {
    nowMs: dated.nowMs,
    timeZone,
    language: dated.language,
    ...(threadSpan ? { span: threadSpan } : {}),
  };
  // "tmrw aftn", "nxt wk exept weds", "dem1 ap-m": shorthand is spelled out before any time word is read.
  const masked = maskNonTimeText(expandShorthand(dated.text));
  const { available, unavailable } =
    dated.isCancellation === true ? { available: masked, unavailable: '' } : splitUnavailability(masked);
  // "Next week I'm at the fair in Milan, but the following week…": the ruled-out period is the one followed;
  // "I have to move Thursday's call. The following week?": so is the week of a ruled-out day.
  const ruledOutPeriod =
    unavailable === '' ? undefined : periodFollowed(resolveTimeExpressions(unavailable, context), context);
  const resolved = resolveTimeExpressions(available, {
    ...context,
    ...(ruledOutPeriod ? { earlierPeriod: ruledOutPeriod } : {}),
  });
  // "The first week of February? I'm busy on the Wednesday": the ruled-out day is read in the stated period.
  const ruledOut =
    unavailable === ''
      ? undefined
      : resolveTimeExpressions(unavailable, { ...context, ...(resolved.span ? { span: resolved.span } : {}) });
  // "I'm swamped this week… Thursday late morning, though?": when every time offered lies within the
  // ruled-out period, the offers are the exceptions the writer makes; the period is not ruled out as a whole.
  const offered = resolved.timeWindows;
  const isAroundEveryOffer = (period: TimeWindow): boolean =>
    offered.length > 0 &&
    offered.every((w) => w.fromMs >= period.fromMs && period.toMs !== null && w.toMs !== null && w.toMs <= period.toMs);
  const ruledOutWindows = (ruledOut?.timeWindows ?? []).filter((period) => !isAroundEveryOffer(period));
  const stated = dated.isCancellation === true ? offered : withoutWhereabouts(offered, { masked, context });
  return {
    timeWindows: dropContainingWindows(stated),
    excluded: [...resolved.excluded, ...ruledOutWindows, ...(ruledOut?.excluded ?? [])],
    confidence: resolved.confidence,
    mentionCount: resolved.mentions.length + (ruledOut?.mentions.length ?? 0),
    ...(resolved.span ? { span: resolved.span } : {}),
    ...(TURNS_DOWN_EARLIER.test(dated.text) ? { turnsDownEarlier: true } : {}),
  };
}

/** The period a "following week" said beside ruled-out times follows: the one stated, or the week of a lone day. */
function periodFollowed(ruledOut: TimeExpressions, context: { timeZone: string }): TimeConstraint | undefined {
  if (ruledOut.period !== undefined) return ruledOut.period;
  const only = singleDayWindow(ruledOut.timeWindows);
  if (only === undefined) return undefined;
  return unitAnchor('week', 0, dayIndexOf(localDateAt(context.timeZone, only.fromMs)));
}

const SAME_TIME = /\b(?:same time|same hour)\b|même heure|meme heure|même horaire/i;

/**
 * "Can we move our call to Monday, same time?": a reply whose days carry no time of their own takes the
 * exact start agreed earlier in the thread (the time of day stays, across DST changes).
 */
function withEarlierTime(
  reading: MessageReading,
  fold: Fold,
  said: { text: string; timeZone: string },
): MessageReading {
  const earlier = fold.windows.find((window) => window.fromMs === window.toMs);
  // Single days only: "closed all week … same time works" keeps the agreed day, it does not move it to Monday.
  const isWholeDays = reading.timeWindows.every(
    (w) => w.toMs !== null && w.toMs - w.fromMs >= 23 * 3_600_000 && w.toMs - w.fromMs <= 25 * 3_600_000,
  );
  if (earlier === undefined || reading.timeWindows.length === 0 || !isWholeDays || !SAME_TIME.test(said.text))
    return reading;
  return { ...reading, timeWindows: moveOntoDays(earlier, reading.timeWindows, said.timeZone) };
}

// "the same time a week later", "deux semaines plus tard": the time agreed earlier in the thread, moved.
const LATER =
  /\b(a|one|two|three|2|3|une|deux|trois|huit|quinze|8|15)\s+(weeks?|semaines?|days?|jours?)\s+(?:later|plus tard)\b/i;
const COUNTS: Record<string, number> = {
  a: 1,
  one: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  huit: 8,
  quinze: 15,
};

/** A reply that moves the earlier agreed time by a stated span ("a week later") is that time, moved. */
function withLaterShift(reading: MessageReading, fold: Fold, said: { text: string; timeZone: string }): MessageReading {
  const match = LATER.exec(said.text);
  const earlier = fold.windows.filter((window) => window.fromMs === window.toMs);
  if (match === null || earlier.length !== 1) return reading;
  const count = COUNTS[(match[1] ?? '').toLowerCase()] ?? Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  // French counts "huit jours" as a week and "quinze jours" as two.
  const days = /^(?:week|semaine)/.test(unit) ? count * 7 : count === 8 ? 7 : count === 15 ? 14 : count;
  return { ...reading, timeWindows: earlier.map((window) => shiftByLocalDays(window, days, said.timeZone)) };
}

/**
 * The windows of a thread: `texts` newest first; `fallback` (the subject, read against the
 * oldest date) is used only when no message states a time.
 */
export function resolveWhen(
  texts: readonly DatedText[],
  options: { timeZone: string; fallback?: DatedText },
): WhenReading {
  let fold: Fold = {
    windows: [],
    excluded: [],
    confidence: 0.75,
    isSuperseded: false,
    contributors: 0,
    isReconciled: false,
  };
  let mentionCount = 0;
  let isNewestTimed = false;
  let threadSpan: TimeConstraint | undefined;
  for (const dated of [...texts].reverse()) {
    if (dated.text.trim() === '') continue;
    const said = { text: dated.text, timeZone: options.timeZone };
    const reading = withLaterShift(
      withEarlierTime(readMessage(dated, options.timeZone, threadSpan), fold, said),
      fold,
      said,
    );
    mentionCount += reading.mentionCount;
    threadSpan = reading.span;
    if (dated === texts[0]) isNewestTimed = reading.timeWindows.length > 0;
    fold = foldMessage(fold, reading, options.timeZone);
  }
  if (fold.windows.length === 0 && fold.excluded.length === 0 && options.fallback) {
    const { text, nowMs, language } = options.fallback;
    const reading = readMessage({ text, nowMs, language }, options.timeZone);
    mentionCount += reading.mentionCount;
    fold = foldMessage(fold, reading, options.timeZone);
    fold.confidence = Math.min(fold.confidence, 0.7);
  }
  // Contiguous windows are one stretch of time; listed whole days stay options of their own.
  const excluded = mergeTouchingWindows(fold.excluded, { timeZone: options.timeZone, keepListedDays: false });
  const windows = mergeTouchingWindows(subtractWindows(fold.windows, excluded), {
    timeZone: options.timeZone,
    keepListedDays: true,
  });
  const confidence = fold.isSuperseded ? Math.min(fold.confidence, 0.72) : fold.confidence;
  const signals: WhenSignals = {
    mentionCount,
    contributingMessages: fold.contributors,
    isFromHistory: windows.length > 0 && !isNewestTimed,
    isReconciled: fold.isReconciled,
  };
  return { timeWindows: windows.map(toWire), excluded: excluded.map(toWire), confidence, signals };
}
