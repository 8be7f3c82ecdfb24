/**
 * Benchmark case (c): `proposeSlots` for a client plus three attendees (two required, one optional),
 * each with 5,000 busy events over 90 days, Europe/Paris, 30-minute meetings on a 15-minute grid.
 */
import type { AvailabilityRequest } from '../src/slot-engine/availability-request.js';
import { proposeSlots } from '../src/slot-engine/propose-slots.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

type Measure = (name: string, run: () => number, extra?: Record<string, unknown>) => void;

/** 5–40 minute events at random 5-minute marks: dense (55 a day) yet leaving free gaps. */
function busyEvents(fromMs: number, days: number, count: number, seed: number): { startMs: number; endMs: number }[] {
  let state = seed;
  const random = (): number => {
    // xorshift32: deterministic, so every run measures the same calendars.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const marks = (days * DAY) / (5 * MINUTE);
  return Array.from({ length: count }, () => {
    const startMs = fromMs + Math.floor(random() * marks) * 5 * MINUTE;
    return { startMs, endMs: startMs + (1 + Math.floor(random() * 8)) * 5 * MINUTE };
  });
}

function proposalsRequest(): AvailabilityRequest {
  const nowMs = Date.UTC(2026, 0, 5, 7);
  const days = 90;
  return {
    nowMs,
    client: {
      timeZone: 'Europe/Paris',
      workingHours: [{ weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '20:00' }],
      horizonDays: days,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 5,
      preferredPartsOfDay: ['morning'],
    },
    meeting: { kind: 'video', durationMinutes: 30 },
    windows: [{ startMs: nowMs, endMs: nowMs + days * DAY }],
    events: busyEvents(nowMs, days, 5_000, 11).map((event) => ({ ...event, location: 'Office, Paris' })),
    attendees: [
      { id: 'a@example.com', isRequired: true, busy: busyEvents(nowMs, days, 5_000, 22) },
      { id: 'b@example.com', isRequired: true, busy: busyEvents(nowMs, days, 5_000, 33) },
      { id: 'c@example.com', isRequired: false, busy: busyEvents(nowMs, days, 5_000, 44) },
    ],
  };
}

/** Adds case (c) to the benchmark output. */
export function benchProposals(measure: Measure): void {
  const request = proposalsRequest();
  measure('c-proposals-90d-3attendees-5000busy-each', () => proposeSlots(request).length, {
    days: 90,
    busyPerCalendar: 5_000,
    calendars: 4,
  });
}
