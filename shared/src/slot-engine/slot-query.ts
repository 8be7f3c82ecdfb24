import type { Interval } from './intervals.js';

/**
 * A weekly working-hours rule read in the query's zone. Minutes since local midnight; an end at or
 * before the start is an overnight interval that continues into the next day (22:00–02:00 is
 * `{ startMinute: 1320, endMinute: 120 }`), and belongs to the day it starts on.
 */
export interface WeeklyHours {
  /** ISO weekdays, 1 = Monday .. 7 = Sunday. */
  readonly weekdays: readonly number[];
  readonly startMinute: number;
  /** 0..1440; 1440 is `24:00`. Equal to `startMinute` means an empty interval. */
  readonly endMinute: number;
}

/** A wall-clock interval on one local day (same minute conventions as `WeeklyHours`). */
export interface WallInterval {
  readonly startMinute: number;
  readonly endMinute: number;
}

/** Replaces one local date's weekly hours; `intervals: []` is a day off. */
export interface DayOverride {
  /** `YYYY-MM-DD`, a date on the query zone's calendar. */
  readonly date: string;
  readonly intervals: readonly WallInterval[];
}

/**
 * The slot engine's input, in the engine's own units (epoch ms, minutes): `parseSlotScenario` builds
 * it from the JSON of ../../../../shared/contracts/slots.md, and the product engine builds it directly.
 */
export interface SlotQuery {
  /** The clock, passed in: nothing starts before `nowMs + minimumNoticeMinutes`. */
  readonly nowMs: number;
  /** IANA zone in which working hours, overrides and the step grid are read. */
  readonly timeZone: string;
  readonly durationMinutes: number;
  /** Starts fall on wall-clock times that are multiples of this since local midnight. */
  readonly stepMinutes: number;
  /** A slot lies fully inside one of these instant ranges (any order, may overlap). The contract's `window`. */
  readonly allowedRanges: readonly Interval[];
  readonly minimumNoticeMinutes: number;
  /** Free time needed before the slot (the busy intervals are not allowed to come closer). */
  readonly bufferBeforeMinutes: number;
  readonly bufferAfterMinutes: number;
  readonly workingHours: readonly WeeklyHours[];
  readonly dateOverrides: readonly DayOverride[];
  /** Busy intervals, any order, may overlap. */
  readonly busy: readonly Interval[];
  /** 0 = all (still capped at `MAX_SLOT_RESULTS`). */
  readonly maxResults: number;
}

/** Longest span of `allowedRanges` the engine accepts, in days (ten years), as a bound on its loops. */
export const MAX_SLOT_WINDOW_DAYS = 3660;

/** Hard cap on the number of slots one query returns, whatever `maxResults` says. */
export const MAX_SLOT_RESULTS = 1_000_000;
