/**
 * A brute-force reading of ../../../../shared/contracts/slots.md, written without looking at the
 * engine: it walks the window minute by minute and checks every rule literally. Zone math comes from
 * the lead's `zoned-time.ts` primitives (`zoneOffsetMs`, `wallTimeToInstant`), called directly, never
 * through the engine's offset timeline. Instants in scenarios must be whole minutes.
 */
import {
  addCivilDays,
  formatCivilDate,
  isoWeekday,
  wallClockAt,
  wallTimeToInstant,
  zoneOffsetMs,
} from '../../../shared/src/slot-engine/zoned-time.js';

const MINUTE = 60_000;
const offsetCache = new Map<string, Map<number, number>>();
const wallCache = new Map<string, number>();

/** The JSON scenario shape the contract defines (all optional fields present or absent). */
export interface ScenarioJson {
  now: string;
  timeZone: string;
  durationMinutes: number;
  stepMinutes: number;
  window: { from: string; to: string };
  minimumNoticeMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  workingHours: { weekdays: number[]; start: string; end: string }[];
  dateOverrides?: { date: string; intervals: { start: string; end: string }[] }[];
  busy: { start: string; end: string }[];
  maxResults?: number;
}

function offsetAtMinute(zone: string, minute: number): number {
  let byMinute = offsetCache.get(zone);
  if (byMinute === undefined) {
    byMinute = new Map();
    offsetCache.set(zone, byMinute);
  }
  let offset = byMinute.get(minute);
  if (offset === undefined) {
    offset = zoneOffsetMs(zone, minute * MINUTE);
    byMinute.set(minute, offset);
  }
  return offset;
}

function wallToMinute(zone: string, date: string, minutes: number): number {
  const key = `${zone}|${date}|${minutes}`;
  let instant = wallCache.get(key);
  if (instant === undefined) {
    instant = wallTimeToInstant(zone, date, minutes);
    wallCache.set(key, instant);
  }
  return instant / MINUTE;
}

function hhmm(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return (hours as number) * 60 + (minutes as number);
}

/** A set of epoch minutes near the window, as flags (`has(m)` is `flags[m - base] === 1`). */
class MinuteSet {
  private readonly flags: Uint8Array;
  constructor(
    private readonly base: number,
    size: number,
  ) {
    this.flags = new Uint8Array(size);
  }
  add(minute: number): void {
    if (minute >= this.base && minute < this.base + this.flags.length) this.flags[minute - this.base] = 1;
  }
  has(minute: number): boolean {
    return this.flags[minute - this.base] === 1;
  }
}

const SPAN_MARGIN = 4 * 1440;

/** The set of epoch minutes covered by each local day's working intervals, keyed by date. */
function workingMinuteSets(s: ScenarioJson, firstDate: string, lastDate: string, span: [number, number]): MinuteSet[] {
  const sets: MinuteSet[] = [];
  for (let date = firstDate; date <= lastDate; date = formatCivilDate(addCivilDays(date, 1))) {
    const overrides = (s.dateOverrides ?? []).filter((o) => o.date === date);
    const intervals =
      overrides.length > 0
        ? overrides.flatMap((o) => o.intervals)
        : s.workingHours.filter((rule) => rule.weekdays.includes(isoWeekday(date)));
    const minutes = new MinuteSet(span[0], span[1] - span[0]);
    for (const interval of intervals) {
      const start = hhmm(interval.start);
      const end = hhmm(interval.end);
      if (start === end) continue;
      const from = wallToMinute(s.timeZone, date, start);
      const to =
        end > start
          ? wallToMinute(s.timeZone, date, end)
          : wallToMinute(s.timeZone, formatCivilDate(addCivilDays(date, 1)), end);
      for (let minute = from; minute < to; minute++) minutes.add(minute);
    }
    sets.push(minutes);
  }
  return sets;
}

/** Start instants (epoch ms) of every free slot, by checking each minute of the window. */
export function referenceFreeStarts(s: ScenarioJson): number[] {
  const from = Date.parse(s.window.from) / MINUTE;
  const to = Date.parse(s.window.to) / MINUTE;
  const earliest = Date.parse(s.now) / MINUTE + (s.minimumNoticeMinutes ?? 0);
  const before = s.bufferBeforeMinutes ?? 0;
  const after = s.bufferAfterMinutes ?? 0;
  const span: [number, number] = [from - SPAN_MARGIN, to + SPAN_MARGIN];
  const busy = new MinuteSet(span[0], span[1] - span[0]);
  for (const b of s.busy) for (let m = Date.parse(b.start) / MINUTE; m < Date.parse(b.end) / MINUTE; m++) busy.add(m);
  const firstDate = formatCivilDate(addCivilDays(formatCivilDate(wallClockAt(s.timeZone, from * MINUTE)), -1));
  const lastDate = formatCivilDate(wallClockAt(s.timeZone, to * MINUTE));
  const days = workingMinuteSets(s, firstDate, lastDate, span);
  const starts: number[] = [];
  for (let t = from; t + s.durationMinutes <= to; t++) {
    if (t < earliest) continue;
    const localMinute = Math.floor(
      ((((t * MINUTE + offsetAtMinute(s.timeZone, t)) % 86_400_000) + 86_400_000) % 86_400_000) / MINUTE,
    );
    if (localMinute % s.stepMinutes !== 0) continue;
    if (!days.some((day) => everyMinute(t, t + s.durationMinutes, (m) => day.has(m)))) continue;
    if (!everyMinute(t - before, t + s.durationMinutes + after, (m) => !busy.has(m))) continue;
    starts.push(t * MINUTE);
    if (s.maxResults !== undefined && s.maxResults > 0 && starts.length === s.maxResults) break;
  }
  return starts;
}

function everyMinute(from: number, to: number, test: (minute: number) => boolean): boolean {
  for (let m = from; m < to; m++) if (!test(m)) return false;
  return true;
}
