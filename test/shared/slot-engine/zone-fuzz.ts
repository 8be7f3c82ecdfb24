/**
 * Random scenarios around each zone's DST transitions (or fixed dates for zones without DST), for
 * comparing the engine with the brute-force reference. Small on purpose: 1–3 day windows, few rules.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { findFreeSlots } from '../../../shared/src/slot-engine/find-free-slots.js';
import {
  addCivilDays,
  formatCivilDate,
  wallClockAt,
  wallTimeToInstant,
  zoneOffsetMs,
} from '../../../shared/src/slot-engine/zoned-time.js';
import { referenceFreeStarts, type ScenarioJson } from './reference-free-slots.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Instants (rounded down to the hour) at which `zone` changes offset in 2025–2026; fixed dates if none. */
export function transitionAnchors(zone: string): number[] {
  const anchors: number[] = [];
  const start = Date.UTC(2025, 0, 1);
  let previous = zoneOffsetMs(zone, start);
  for (let t = start + HOUR; t < Date.UTC(2027, 0, 1); t += HOUR) {
    const offset = zoneOffsetMs(zone, t);
    if (offset !== previous) anchors.push(t - HOUR);
    previous = offset;
  }
  return anchors.length > 0 ? anchors : [Date.UTC(2025, 2, 30), Date.UTC(2025, 9, 26), Date.UTC(2026, 0, 1)];
}

const wallTimes = fc.oneof(
  fc.constantFrom(
    '00:00',
    '00:30',
    '01:00',
    '02:00',
    '02:30',
    '03:00',
    '09:00',
    '12:00',
    '17:00',
    '22:00',
    '23:00',
    '23:30',
  ),
  fc
    .integer({ min: 0, max: 287 })
    .map((five) => `${String(Math.floor(five / 12)).padStart(2, '0')}:${String((five % 12) * 5).padStart(2, '0')}`),
);
const endTimes = fc.oneof(wallTimes, fc.constant('24:00'));
const interval = fc.record({ start: wallTimes, end: endTimes });

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A scenario generator anchored near `anchors` in `zone`. */
export function scenarioArbitrary(zone: string, anchors: number[]): fc.Arbitrary<ScenarioJson> {
  return fc
    .record({
      anchor: fc.constantFrom(...anchors),
      dayShift: fc.integer({ min: -1, max: 1 }),
      snapToMidnight: fc.boolean(),
      fromJitter: fc.integer({ min: -720, max: 720 }),
      lengthMinutes: fc.integer({ min: 30, max: 3 * 1440 }),
      nowShift: fc.integer({ min: -1440, max: 1440 }),
      notice: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600 })),
      duration: fc.oneof(fc.constantFrom(15, 30, 45, 60, 90), fc.integer({ min: 1, max: 240 })),
      step: fc.constantFrom(5, 7, 10, 15, 20, 25, 30, 45, 60, 90),
      before: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 45 })),
      after: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 45 })),
      hours: fc.array(fc.record({ weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7]), start: wallTimes, end: endTimes }), {
        maxLength: 3,
      }),
      overrides: fc.array(
        fc.record({ dayOffset: fc.integer({ min: -1, max: 3 }), intervals: fc.array(interval, { maxLength: 2 }) }),
        { maxLength: 2 },
      ),
      busy: fc.array(
        fc.record({ at: fc.integer({ min: -1440, max: 4 * 1440 }), length: fc.integer({ min: 1, max: 240 }) }),
        { maxLength: 6 },
      ),
      maxResults: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })),
    })
    .map((g) => {
      const anchorDate = formatCivilDate(addCivilDays(formatCivilDate(wallClockAt(zone, g.anchor)), g.dayShift));
      const midnight = wallTimeToInstant(zone, anchorDate, 0);
      const from = g.snapToMidnight
        ? midnight
        : Math.floor((g.anchor + g.dayShift * 24 * HOUR) / MINUTE) * MINUTE + g.fromJitter * MINUTE;
      const to = from + g.lengthMinutes * MINUTE;
      return {
        now: iso(from + g.nowShift * MINUTE),
        timeZone: zone,
        durationMinutes: g.duration,
        stepMinutes: g.step,
        window: { from: iso(from), to: iso(to) },
        minimumNoticeMinutes: g.notice,
        bufferBeforeMinutes: g.before,
        bufferAfterMinutes: g.after,
        workingHours: g.hours.map((h) => ({ weekdays: h.weekdays, start: h.start, end: h.end })),
        dateOverrides: g.overrides.map((o) => ({
          date: formatCivilDate(addCivilDays(anchorDate, o.dayOffset)),
          intervals: o.intervals,
        })),
        busy: g.busy.map((b) => ({ start: iso(from + b.at * MINUTE), end: iso(from + (b.at + b.length) * MINUTE) })),
        maxResults: g.maxResults,
      };
    });
}

/** Runs `numRuns` random scenarios in `zone` and fails with the smallest differing scenario. */
export function compareWithReference(zone: string, numRuns: number, seed: number): void {
  const anchors = transitionAnchors(zone);
  fc.assert(
    fc.property(scenarioArbitrary(zone, anchors), (scenario) => {
      const engine = findFreeSlots(scenario).slots;
      const reference = referenceFreeStarts(scenario);
      expect(engine.map((slot) => slot.start)).toEqual(reference.map(iso));
      expect(
        engine.every((slot) => Date.parse(slot.end) - Date.parse(slot.start) === scenario.durationMinutes * MINUTE),
      ).toBe(true);
    }),
    { numRuns, seed },
  );
}
