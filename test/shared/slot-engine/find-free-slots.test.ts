import { describe, expect, it } from 'vitest';
import { findFreeSlots } from '../../../shared/src/slot-engine/find-free-slots.js';
import { parseSlotScenario } from '../../../shared/src/slot-engine/parse-slot-scenario.js';

/** A Paris scenario with one working day, overridable field by field. */
function scenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    now: '2026-03-02T00:00:00Z',
    timeZone: 'Europe/Paris',
    durationMinutes: 60,
    stepMinutes: 60,
    window: { from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' },
    workingHours: [{ weekdays: [1], start: '09:00', end: '12:00' }],
    busy: [],
    ...overrides,
  };
}

const starts = (input: Record<string, unknown>): string[] =>
  findFreeSlots(input).slots.map((slot) => slot.start.slice(11, 16));

describe('findFreeSlots', () => {
  const cases: { name: string; input: Record<string, unknown>; expected: string[] }[] = [
    {
      name: 'lists every hour of working hours (Paris, UTC+1)',
      input: scenario(),
      expected: ['08:00', '09:00', '10:00'],
    },
    {
      name: 'skips slots that overlap a busy interval',
      input: scenario({ busy: [{ start: '2026-03-02T09:30:00Z', end: '2026-03-02T09:45:00Z' }] }),
      expected: ['08:00', '10:00'],
    },
    {
      name: 'keeps buffers clear of busy time',
      input: scenario({
        bufferAfterMinutes: 15,
        busy: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:30:00Z' }],
      }),
      expected: ['08:00'],
    },
    {
      name: 'lets a buffer reach outside working hours',
      input: scenario({ bufferBeforeMinutes: 30 }),
      expected: ['08:00', '09:00', '10:00'],
    },
    {
      name: 'applies minimum notice from now',
      input: scenario({ now: '2026-03-02T07:30:00Z', minimumNoticeMinutes: 60 }),
      expected: ['09:00', '10:00'],
    },
    {
      name: 'keeps slots fully inside the window',
      input: scenario({ window: { from: '2026-03-02T08:30:00Z', to: '2026-03-02T10:30:00Z' } }),
      expected: ['09:00'],
    },
    {
      name: 'returns nothing for an empty window',
      input: scenario({ window: { from: '2026-03-02T09:00:00Z', to: '2026-03-02T09:00:00Z' } }),
      expected: [],
    },
    {
      name: 'replaces a date with its override',
      input: scenario({ dateOverrides: [{ date: '2026-03-02', intervals: [{ start: '14:00', end: '15:00' }] }] }),
      expected: ['13:00'],
    },
    {
      name: 'treats an empty override as a day off',
      input: scenario({ dateOverrides: [{ date: '2026-03-02', intervals: [] }] }),
      expected: [],
    },
    {
      name: 'merges working intervals that touch',
      input: scenario({
        stepMinutes: 30,
        workingHours: [
          { weekdays: [1], start: '09:00', end: '09:30' },
          { weekdays: [1], start: '09:30', end: '10:00' },
        ],
      }),
      expected: ['08:00'],
    },
    { name: 'caps the list at maxResults', input: scenario({ maxResults: 2 }), expected: ['08:00', '09:00'] },
    {
      name: 'aligns starts to the local grid, not to the window start',
      input: scenario({
        stepMinutes: 45,
        durationMinutes: 30,
        workingHours: [{ weekdays: [1], start: '09:10', end: '11:00' }],
      }),
      expected: ['08:45', '09:30'],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      expect(starts(testCase.input)).toEqual(testCase.expected);
    });
  }

  it('prints UTC instants with milliseconds and ends duration later', () => {
    expect(findFreeSlots(scenario({ maxResults: 1 })).slots).toEqual([
      { start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T09:00:00.000Z' },
    ]);
  });

  it('offers an overnight interval past midnight (#6323, #5587, #17347)', () => {
    const input = scenario({
      stepMinutes: 30,
      window: { from: '2026-03-02T00:00:00Z', to: '2026-03-04T00:00:00Z' },
      workingHours: [{ weekdays: [1], start: '22:30', end: '02:00' }],
    });
    expect(findFreeSlots(input).slots.map((slot) => slot.start)).toContain('2026-03-02T22:30:00.000Z');
    expect(starts(input)).toEqual(['21:30', '22:00', '22:30', '23:00', '23:30', '00:00']);
  });
});

describe('parseSlotScenario', () => {
  const invalid: [string, Record<string, unknown>, string][] = [
    [
      'a time past 24:00',
      scenario({ workingHours: [{ weekdays: [1], start: '09:00', end: '25:00' }] }),
      'workingHours[0].end: "25:00" is not a time',
    ],
    [
      '24:00 as a start',
      scenario({ workingHours: [{ weekdays: [1], start: '24:00', end: '24:00' }] }),
      'workingHours[0].start: "24:00" is only allowed as an end',
    ],
    [
      'a weekday 0',
      scenario({ workingHours: [{ weekdays: [0], start: '09:00', end: '10:00' }] }),
      'workingHours[0].weekdays[0]: 0 is not an integer in 1..7',
    ],
    ['a missing now', scenario({ now: undefined }), 'now: is missing'],
    [
      'an instant without zone',
      scenario({ now: '2026-03-02T08:00:00' }),
      'now: "2026-03-02T08:00:00" is not an ISO 8601 instant',
    ],
    ['an unknown zone', scenario({ timeZone: 'Mars/Olympus' }), 'timeZone: "Mars/Olympus" is not an IANA time zone'],
    ['a zero duration', scenario({ durationMinutes: 0 }), 'durationMinutes: 0 is not an integer in 1..527040'],
    [
      'a busy interval ending before it starts',
      scenario({ busy: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' }] }),
      'busy[0].end: "2026-03-02T09:00:00Z" is not after start',
    ],
    [
      'a reversed window',
      scenario({ window: { from: '2026-03-03T00:00:00Z', to: '2026-03-02T00:00:00Z' } }),
      'window.to: "2026-03-02T00:00:00Z" is before window.from',
    ],
    [
      'a window over ten years',
      scenario({ window: { from: '2026-03-02T00:00:00Z', to: '2036-12-31T00:00:00Z' } }),
      'window.to: "2036-12-31T00:00:00Z" is more than 3660 days after window.from',
    ],
    [
      'a bad override date',
      scenario({ dateOverrides: [{ date: '2026-02-30', intervals: [] }] }),
      'dateOverrides[0].date: "2026-02-30" is not a YYYY-MM-DD date',
    ],
    ['a missing busy list', scenario({ busy: undefined }), 'busy: is missing'],
  ];
  for (const [name, input, error] of invalid) {
    it(`rejects ${name}, naming the field`, () => {
      expect(parseSlotScenario(input)).toEqual({ ok: false, error });
    });
  }

  it('rejects a scenario that is not an object', () => {
    expect(parseSlotScenario([])).toEqual({ ok: false, error: 'scenario: [] is not an object' });
  });
});
