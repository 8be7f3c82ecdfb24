/**
 * The cal.com bugs of shared/design/SLOT-ANCHORS.md §3 that a pure engine can have, each as a test.
 * (Concurrency, listing-vs-booking and latency rows belong to the API and the benchmark.)
 */
import { describe, expect, it } from 'vitest';
import { findFreeSlots } from '../../../shared/src/slot-engine/find-free-slots.js';
import { wallClockAt } from '../../../shared/src/slot-engine/zoned-time.js';

interface Options {
  zone: string;
  from: string;
  to: string;
  hours: { weekdays: number[]; start: string; end: string }[];
  durationMinutes?: number;
  stepMinutes?: number;
  now?: string;
  notice?: number;
  extra?: Record<string, unknown>;
}

function slots(options: Options): { start: string; end: string }[] {
  return findFreeSlots({
    now: options.now ?? options.from,
    timeZone: options.zone,
    durationMinutes: options.durationMinutes ?? 60,
    stepMinutes: options.stepMinutes ?? 60,
    window: { from: options.from, to: options.to },
    minimumNoticeMinutes: options.notice ?? 0,
    workingHours: options.hours,
    busy: [],
    ...options.extra,
  }).slots;
}

/** Local `YYYY-MM-DD HH:MM` of each slot start, in `zone`. */
function local(zone: string, list: { start: string }[]): string[] {
  return list.map((slot) => {
    const wall = wallClockAt(zone, Date.parse(slot.start));
    const pad = (value: number): string => String(value).padStart(2, '0');
    return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
  });
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

describe('cal.com regressions', () => {
  it('keeps the same wall-clock slots across each DST edge (#6217, #6844, #10517)', () => {
    for (const [zone, from, to] of [
      ['Europe/Paris', '2025-03-28T00:00:00Z', '2025-04-01T00:00:00Z'],
      ['America/New_York', '2025-10-31T00:00:00Z', '2025-11-05T00:00:00Z'],
      ['Australia/Sydney', '2025-04-04T00:00:00Z', '2025-04-08T00:00:00Z'],
    ] as const) {
      const list = slots({ zone, from, to, hours: [{ weekdays: EVERY_DAY, start: '09:00', end: '13:00' }] });
      const times = new Set(local(zone, list).map((text) => text.slice(11)));
      expect([...times].sort()).toEqual(['09:00', '10:00', '11:00', '12:00']);
    }
  });

  it('measures minimum notice in real time on the transition day (#12137)', () => {
    // New York falls back on 2025-11-02 at 02:00; now = 00:30 EDT (04:30Z); 10 h notice → 14:30Z = 09:30 EST.
    const list = slots({
      zone: 'America/New_York',
      from: '2025-11-02T04:00:00Z',
      to: '2025-11-03T05:00:00Z',
      now: '2025-11-02T04:30:00Z',
      notice: 600,
      stepMinutes: 30,
      hours: [{ weekdays: EVERY_DAY, start: '09:00', end: '12:00' }],
    });
    expect(local('America/New_York', list)[0]).toBe('2025-11-02 09:30');
  });

  it('offers only 15:00 in a Sunday 15:00–16:30 window on spring-forward day (#19589)', () => {
    const list = slots({
      zone: 'America/New_York',
      from: '2025-03-09T05:00:00Z',
      to: '2025-03-10T04:00:00Z',
      hours: [{ weekdays: [7], start: '15:00', end: '16:30' }],
    });
    expect(local('America/New_York', list)).toEqual(['2025-03-09 15:00']);
  });

  it('aligns hourly slots to the local hour in +5:30, +5:45 and −3:30 zones (#10136)', () => {
    for (const zone of ['Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns']) {
      const list = slots({
        zone,
        from: '2025-01-06T00:00:00Z',
        to: '2025-01-08T00:00:00Z',
        hours: [{ weekdays: EVERY_DAY, start: '09:00', end: '12:00' }],
      });
      expect(new Set(local(zone, list).map((text) => text.slice(11)))).toEqual(new Set(['09:00', '10:00', '11:00']));
    }
  });

  it('applies a date override on its local date when UTC is on another day (#10200, #8833, #9964)', () => {
    // 2025-01-07 in Auckland (UTC+13) starts at 2025-01-06T11:00Z.
    const list = slots({
      zone: 'Pacific/Auckland',
      from: '2025-01-05T00:00:00Z',
      to: '2025-01-09T00:00:00Z',
      hours: [{ weekdays: EVERY_DAY, start: '09:00', end: '10:00' }],
      extra: { dateOverrides: [{ date: '2025-01-07', intervals: [{ start: '07:00', end: '08:00' }] }] },
    });
    expect(local('Pacific/Auckland', list).filter((text) => text.startsWith('2025-01-07'))).toEqual([
      '2025-01-07 07:00',
    ]);
  });

  it('returns every day of a month that contains a fall-back (#12082, #11990)', () => {
    for (const [zone, from, to, days] of [
      ['America/New_York', '2025-11-01T04:00:00Z', '2025-12-01T05:00:00Z', 30],
      ['Europe/Berlin', '2025-09-30T22:00:00Z', '2025-10-31T23:00:00Z', 31],
      ['Australia/Sydney', '2026-03-31T13:00:00Z', '2026-04-30T14:00:00Z', 30],
    ] as const) {
      const list = slots({ zone, from, to, hours: [{ weekdays: EVERY_DAY, start: '09:00', end: '10:00' }] });
      expect(new Set(local(zone, list).map((text) => text.slice(0, 10))).size).toBe(days);
    }
  });

  it('keeps a buffer clear of an external event at the window edge (#29532, #24253, #3662, #2078)', () => {
    const list = findFreeSlots({
      now: '2025-06-02T00:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      stepMinutes: 30,
      window: { from: '2025-06-02T09:30:00Z', to: '2025-06-02T11:00:00Z' },
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      workingHours: [{ weekdays: EVERY_DAY, start: '09:00', end: '17:00' }],
      busy: [{ start: '2025-06-02T09:00:00Z', end: '2025-06-02T09:30:00Z' }],
    }).slots;
    // 09:30 lies inside the event's after-buffer; 10:00 is clear on both sides.
    expect(list.map((slot) => slot.start.slice(11, 16))).toEqual(['10:00', '10:30']);
  });

  it('counts no slot inside minimum notice or a buffer (#14465, #14868)', () => {
    const list = findFreeSlots({
      now: '2025-06-02T09:10:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      stepMinutes: 15,
      minimumNoticeMinutes: 60,
      bufferAfterMinutes: 10,
      window: { from: '2025-06-02T09:00:00Z', to: '2025-06-02T12:00:00Z' },
      workingHours: [{ weekdays: EVERY_DAY, start: '09:00', end: '12:00' }],
      busy: [{ start: '2025-06-02T11:00:00Z', end: '2025-06-02T12:00:00Z' }],
    }).slots;
    expect(list.map((slot) => slot.start.slice(11, 16))).toEqual(['10:15']);
  });

  it('keeps 23:00 on Berlin spring-forward day in a 20:00–24:00 window (§4.3)', () => {
    const list = slots({
      zone: 'Europe/Berlin',
      from: '2025-03-29T00:00:00Z',
      to: '2025-03-31T00:00:00Z',
      hours: [{ weekdays: EVERY_DAY, start: '20:00', end: '24:00' }],
    });
    expect(local('Europe/Berlin', list).filter((text) => text.startsWith('2025-03-30'))).toEqual([
      '2025-03-30 20:00',
      '2025-03-30 21:00',
      '2025-03-30 22:00',
      '2025-03-30 23:00',
    ]);
  });

  it('does not offer Saturday 23:00 for New York 00:00–06:00 on spring-forward Sunday (§4.3)', () => {
    const list = slots({
      zone: 'America/New_York',
      from: '2025-03-08T05:00:00Z',
      to: '2025-03-10T04:00:00Z',
      hours: [{ weekdays: [7], start: '00:00', end: '06:00' }],
    });
    expect(local('America/New_York', list)).toEqual([
      '2025-03-09 00:00',
      '2025-03-09 01:00',
      '2025-03-09 03:00',
      '2025-03-09 04:00',
      '2025-03-09 05:00',
    ]);
  });

  it('keeps 09:00–17:00 on the transition day of midnight-switching zones (§4.3)', () => {
    for (const [zone, from, to, date] of [
      ['America/Santiago', '2025-09-06T00:00:00Z', '2025-09-09T00:00:00Z', '2025-09-07'],
      ['America/Havana', '2025-03-08T00:00:00Z', '2025-03-11T00:00:00Z', '2025-03-09'],
      ['Africa/Cairo', '2025-04-24T00:00:00Z', '2025-04-27T00:00:00Z', '2025-04-25'],
    ] as const) {
      const list = slots({ zone, from, to, hours: [{ weekdays: EVERY_DAY, start: '09:00', end: '17:00' }] });
      const day = local(zone, list)
        .filter((text) => text.startsWith(date))
        .map((text) => text.slice(11));
      expect(day).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
    }
  });

  it('offers both 01:30s of a fall-back night (New York 2025-11-02)', () => {
    const list = slots({
      zone: 'America/New_York',
      from: '2025-11-02T04:00:00Z',
      to: '2025-11-02T09:00:00Z',
      durationMinutes: 30,
      stepMinutes: 30,
      hours: [{ weekdays: [7], start: '01:00', end: '03:00' }],
    });
    expect(list.map((slot) => slot.start)).toEqual([
      '2025-11-02T05:00:00.000Z',
      '2025-11-02T05:30:00.000Z',
      '2025-11-02T06:00:00.000Z',
      '2025-11-02T06:30:00.000Z',
      '2025-11-02T07:00:00.000Z',
      '2025-11-02T07:30:00.000Z',
    ]);
  });
});
