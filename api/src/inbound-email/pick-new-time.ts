/**
 * The new time of a meeting the client asks to move by email (#9): among the times the booking can
 * move to, those inside the windows the client wrote ("to Thursday", "jeudi après-midi", "next
 * week"), outside the excluded ones; the same local time of day as the current meeting if one is
 * free, else the earliest. When none is free, the nearest free times instead.
 *
 * "Reschedule my 11am call with Helen to Thursday": the interpreter joins the meeting's own 11am to
 * the new day (an exact Thursday 11:00). An exact window at the very clock time the client used to
 * name the existing meeting means that day, so it is widened to the whole local day, and the same
 * time of day is still preferred.
 *
 * Zone semantics: windows are UTC instants; days and times of day are the client's, in `timeZone`.
 */
import { addCivilDays, localDateAt, startOfLocalDay, wallClockAt, type Interpretation } from '@slash/shared';

/** A free time `[start, end)`, ISO instants. */
export interface FreeTime {
  readonly start: string;
  readonly end: string;
}

/** The chosen time, or none with the nearest free times (at most `ALTERNATIVES`, chronological). */
export type NewTimeChoice =
  { readonly isFree: true; readonly time: FreeTime } | { readonly isFree: false; readonly alternatives: FreeTime[] };

const ALTERNATIVES = 3;

type Window = Interpretation['timeWindows'][number];

interface Range {
  readonly fromMs: number;
  readonly toMs: number;
}

function minutesOfDay(timeZone: string, instantMs: number): number {
  const wall = wallClockAt(timeZone, instantMs);
  return wall.hour * 60 + wall.minute;
}

/** Windows as ranges; an exact start is a one-minute range, an open end runs a year on. */
function rangesOf(windows: readonly Window[], input: { timeZone: string; namedTimes: readonly number[] }): Range[] {
  return windows.map((window) => {
    const fromMs = Date.parse(window.from);
    if (window.to === null) return { fromMs, toMs: fromMs + 366 * 86_400_000 };
    const toMs = Date.parse(window.to);
    if (toMs !== fromMs) return { fromMs, toMs };
    if (!input.namedTimes.includes(minutesOfDay(input.timeZone, fromMs))) return { fromMs, toMs: fromMs + 60_000 };
    const day = localDateAt(input.timeZone, fromMs);
    return {
      fromMs: startOfLocalDay(input.timeZone, day),
      toMs: startOfLocalDay(input.timeZone, addCivilDays(day, 1)),
    };
  });
}

const isInside = (startMs: number, ranges: readonly Range[]) =>
  ranges.some((range) => startMs >= range.fromMs && startMs < range.toMs);

const distanceTo = (startMs: number, ranges: readonly Range[]) =>
  Math.min(
    ...ranges.map((range) => (startMs < range.fromMs ? range.fromMs - startMs : Math.max(0, startMs - range.toMs))),
  );

/** The new time of the meeting; see the module comment. */
export function pickNewTime(input: {
  /** The times the booking can move to (the booking domain's reschedule slots). */
  readonly slots: readonly FreeTime[];
  readonly interpretation: Pick<Interpretation, 'timeWindows' | 'excluded'>;
  /** The meeting's current time. */
  readonly current: FreeTime;
  /** Clock times (minutes after local midnight) the client used to name the existing meeting. */
  readonly namedTimes: readonly number[];
  readonly timeZone: string;
}): NewTimeChoice {
  const { timeZone } = input;
  const currentMs = Date.parse(input.current.start);
  const excluded = rangesOf(input.interpretation.excluded, { timeZone, namedTimes: [] });
  const movable = input.slots.filter(
    (slot) => Date.parse(slot.start) !== currentMs && !isInside(Date.parse(slot.start), excluded),
  );
  const windows = rangesOf(input.interpretation.timeWindows, { timeZone, namedTimes: input.namedTimes });
  const inside = movable
    .filter((slot) => isInside(Date.parse(slot.start), windows))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const sameTime = inside.find(
    (slot) => minutesOfDay(timeZone, Date.parse(slot.start)) === minutesOfDay(timeZone, currentMs),
  );
  const chosen = sameTime ?? inside[0];
  if (chosen !== undefined) return { isFree: true, time: chosen };
  // Nearest to the windows asked for; with none, nearest to the meeting's current time.
  const anchors = windows.length > 0 ? windows : [{ fromMs: currentMs, toMs: currentMs }];
  const alternatives = [...movable]
    .sort((a, b) => distanceTo(Date.parse(a.start), anchors) - distanceTo(Date.parse(b.start), anchors))
    .slice(0, ALTERNATIVES)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { isFree: false, alternatives };
}
