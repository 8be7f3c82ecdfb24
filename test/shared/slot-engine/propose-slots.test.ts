import { describe, expect, it } from 'vitest';
import type { AvailabilityRequest } from '../../../shared/src/slot-engine/availability-request.js';
import { planAvailability } from '../../../shared/src/slot-engine/plan-availability.js';
import { placeRelation } from '../../../shared/src/slot-engine/place-relation.js';
import { proposeSlots } from '../../../shared/src/slot-engine/propose-slots.js';
import { wallClockAt } from '../../../shared/src/slot-engine/zoned-time.js';

const PARIS = 'Europe/Paris';
// Monday 2026-03-02 08:00 Paris; the default window starts Wednesday 2026-03-04.
const NOW = Date.parse('2026-03-02T07:00:00Z');

function request(
  overrides: Partial<AvailabilityRequest> = {},
  client: Partial<AvailabilityRequest['client']> = {},
): AvailabilityRequest {
  return {
    nowMs: NOW,
    client: { timeZone: PARIS, workingHours: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }], ...client },
    meeting: { kind: 'call' },
    events: [],
    ...overrides,
  };
}

function localText(zone: string, ms: number): string {
  const wall = wallClockAt(zone, ms);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

const at = (iso: string): number => Date.parse(iso);

describe('planAvailability', () => {
  it('starts the day after tomorrow and stops at the two-week horizon by default', () => {
    const slots = planAvailability(request()).slots;
    expect(localText(PARIS, slots[0]!.startMs)).toBe('2026-03-04 09:00');
    expect(slots.at(-1)!.endMs).toBeLessThanOrEqual(NOW + 14 * 86_400_000);
  });

  it('blocks on required attendees and reports which optional ones are free', () => {
    const window = { startMs: at('2026-03-04T08:00:00Z'), endMs: at('2026-03-04T10:00:00Z') };
    const plan = planAvailability(
      request({
        windows: [window],
        attendees: [
          {
            id: 'anna@example.com',
            isRequired: true,
            busy: [{ startMs: at('2026-03-04T08:00:00Z'), endMs: at('2026-03-04T09:00:00Z') }],
          },
          {
            id: 'paul@example.com',
            isRequired: false,
            busy: [{ startMs: at('2026-03-04T09:00:00Z'), endMs: at('2026-03-04T09:30:00Z') }],
          },
        ],
      }),
    );
    expect(
      plan.slots.map((slot) => [new Date(slot.startMs).toISOString().slice(11, 16), slot.optionalAttendeesFree]),
    ).toEqual([
      ['09:00', []],
      ['09:15', []],
      ['09:30', ['paul@example.com']],
    ]);
  });

  it('keeps lunch inside 12:00–14:30 in the client zone, whatever the working hours', () => {
    const slots = planAvailability(request({ meeting: { kind: 'lunch' } }, { workingHours: [] })).slots;
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(slot.localMinute).toBeGreaterThanOrEqual(720);
      expect(slot.localMinute + 90).toBeLessThanOrEqual(870);
    }
  });

  it('lets the client override a meeting type window', () => {
    const slots = planAvailability(
      request(
        { meeting: { kind: 'drinks' } },
        { meetingTypes: { drinks: { windows: [{ start: '17:00', end: '18:00' }] } } },
      ),
    ).slots;
    expect(new Set(slots.map((slot) => slot.localMinute))).toEqual(new Set([1020]));
  });

  it('leaves travel time before an in-person meeting after an event elsewhere in the city', () => {
    const windows = [{ startMs: at('2026-03-04T10:00:00Z'), endMs: at('2026-03-04T13:00:00Z') }];
    const events = [
      {
        startMs: at('2026-03-04T10:00:00Z'),
        endMs: at('2026-03-04T11:00:00Z'),
        location: 'Client office, 10 rue de Rivoli, 75001 Paris',
      },
    ];
    const inPerson = planAvailability(
      request({
        windows,
        events,
        meeting: { kind: 'meeting', durationMinutes: 30, location: 'Café de Flore, 75006 Paris' },
      }),
    );
    const video = planAvailability(request({ windows, events, meeting: { kind: 'video', durationMinutes: 30 } }));
    expect(new Date(inPerson.slots[0]!.startMs).toISOString()).toBe('2026-03-04T11:30:00.000Z');
    expect(new Date(video.slots[0]!.startMs).toISOString()).toBe('2026-03-04T11:00:00.000Z');
  });

  it('uses max(buffer, travel), not their sum', () => {
    const windows = [{ startMs: at('2026-03-04T10:00:00Z'), endMs: at('2026-03-04T13:00:00Z') }];
    const events = [
      { startMs: at('2026-03-04T10:00:00Z'), endMs: at('2026-03-04T11:00:00Z'), location: 'Louvre, Paris' },
    ];
    const plan = planAvailability(
      request(
        { windows, events, meeting: { kind: 'meeting', durationMinutes: 30, location: 'Opéra, Paris' } },
        { bufferBeforeMinutes: 20 },
      ),
    );
    expect(new Date(plan.slots[0]!.startMs).toISOString()).toBe('2026-03-04T11:30:00.000Z');
  });

  it('blocks a busy all-day event and a day spent in another city, not a free note', () => {
    const allDayEvents = [
      { startDate: '2026-03-04', showAs: 'busy' as const, title: 'Offsite' },
      { startDate: '2026-03-05', showAs: 'free' as const, title: 'London' },
      { startDate: '2026-03-06', showAs: 'free' as const, title: 'Quarterly planning week for the team' },
    ];
    const inParis = planAvailability(
      request({ allDayEvents, meeting: { kind: 'coffee', location: 'Café de Flore, Paris' } }),
    );
    const days = new Set(inParis.slots.map((slot) => localText(PARIS, slot.startMs).slice(0, 10)));
    expect(days.has('2026-03-04')).toBe(false);
    expect(days.has('2026-03-05')).toBe(false);
    expect(days.has('2026-03-06')).toBe(true);
    const inLondon = planAvailability(
      request({ allDayEvents, meeting: { kind: 'coffee', location: 'Soho House, London' } }),
    );
    expect(inLondon.slots.some((slot) => localText(PARIS, slot.startMs).startsWith('2026-03-05'))).toBe(true);
  });

  it('blocks on tentative events unless the client says otherwise', () => {
    const windows = [{ startMs: at('2026-03-04T08:00:00Z'), endMs: at('2026-03-04T09:00:00Z') }];
    const events = [
      { startMs: at('2026-03-04T08:00:00Z'), endMs: at('2026-03-04T09:00:00Z'), showAs: 'tentative' as const },
    ];
    expect(planAvailability(request({ windows, events })).slots).toHaveLength(0);
    expect(planAvailability(request({ windows, events }, { tentativeBlocks: false })).slots.length).toBeGreaterThan(0);
  });

  it('counts the daily cap on the client local day, existing meetings included (#15360, #24523)', () => {
    // Two events on Wednesday 4 March in Sydney (UTC+11) that fall on Tuesday 3 March in UTC.
    const events = [
      { startMs: at('2026-03-03T21:00:00Z'), endMs: at('2026-03-03T21:30:00Z') },
      { startMs: at('2026-03-03T22:00:00Z'), endMs: at('2026-03-03T22:30:00Z') },
    ];
    const client = { timeZone: 'Australia/Sydney', maxMeetingsPerDay: 2, minimumNoticeMinutes: 0 };
    const windows = [{ startMs: at('2026-03-03T00:00:00Z'), endMs: at('2026-03-06T00:00:00Z') }];
    const days = new Set(
      planAvailability(request({ events, windows }, client)).slots.map((slot) =>
        localText('Australia/Sydney', slot.startMs).slice(0, 10),
      ),
    );
    expect(days.has('2026-03-04')).toBe(false);
    expect(days.has('2026-03-05')).toBe(true);
  });

  it('honours overnight hours, notice and date overrides', () => {
    const client = {
      workingHours: [{ weekdays: [3], start: '22:00', end: '02:00' }],
      dateOverrides: [{ date: '2026-03-11', intervals: [] }],
    };
    const slots = planAvailability(request({ meeting: { kind: 'call', durationMinutes: 60 } }, client)).slots;
    const texts = slots.map((slot) => localText(PARIS, slot.startMs));
    expect(texts).toContain('2026-03-04 23:30');
    expect(texts).toContain('2026-03-05 01:00');
    expect(texts.some((text) => text.startsWith('2026-03-11'))).toBe(false);
  });

  it('keeps 13:00 lunch on both sides of the Paris spring-forward (29 March 2026)', () => {
    const plan = planAvailability(
      request(
        { nowMs: at('2026-03-25T08:00:00Z'), meeting: { kind: 'lunch' } },
        { meetingTypes: { lunch: { weekdays: [1, 2, 3, 4, 5, 6, 7] } } },
      ),
    );
    const thirteen = plan.slots
      .filter((slot) => slot.localMinute === 780)
      .map((slot) => new Date(slot.startMs).toISOString());
    expect(thirteen).toContain('2026-03-28T12:00:00.000Z');
    expect(thirteen).toContain('2026-03-30T11:00:00.000Z');
  });

  it('reads Kolkata and Kathmandu hours on their :30 and :45 offsets', () => {
    for (const [zone, firstUtc] of [
      ['Asia/Kolkata', '03:30'],
      ['Asia/Kathmandu', '03:15'],
    ] as const) {
      const slots = planAvailability(request({}, { timeZone: zone })).slots;
      expect(new Date(slots[0]!.startMs).toISOString().slice(11, 16)).toBe(firstUtc);
    }
  });
});

describe('proposeSlots', () => {
  it('proposes three lunches at 13:00 on three different days, with reasons in EN and FR', () => {
    const proposals = proposeSlots(request({ meeting: { kind: 'lunch' } }));
    expect(proposals).toHaveLength(3);
    expect(new Set(proposals.map((p) => localText(PARIS, p.startMs).slice(0, 10))).size).toBe(3);
    for (const proposal of proposals) {
      expect(localText(PARIS, proposal.startMs).slice(11)).toBe('13:00');
      expect(proposal.reasons[0]).toBe('preferred-time');
    }
    expect(proposals[0]!.reason).toEqual({
      en: 'Wednesday 4 March 13:00, your usual lunch time',
      fr: 'mercredi 4 mars 13:00, votre heure habituelle de déjeuner',
    });
  });

  it('prefers the client preferred part of the day', () => {
    const proposals = proposeSlots(request({}, { preferredPartsOfDay: ['afternoon'] }));
    for (const proposal of proposals) expect(wallClockAt(PARIS, proposal.startMs).hour).toBeGreaterThanOrEqual(12);
  });

  it('prefers a slot next to an existing meeting over one that splits the day', () => {
    const events = [{ startMs: at('2026-03-04T13:00:00Z'), endMs: at('2026-03-04T14:00:00Z') }];
    const windows = [{ startMs: at('2026-03-04T10:00:00Z'), endMs: at('2026-03-04T16:00:00Z') }];
    const [best] = proposeSlots(request({ events, windows }), { count: 1 });
    expect(best!.reasons).toContain('keeps-day-compact');
  });

  it('falls back to distinct times on one day when only one day is free', () => {
    const windows = [{ startMs: at('2026-03-04T08:00:00Z'), endMs: at('2026-03-04T17:00:00Z') }];
    const proposals = proposeSlots(request({ windows }));
    expect(proposals).toHaveLength(3);
    const starts = proposals.map((p) => p.startMs);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(7_200_000);
  });
});

describe('placeRelation', () => {
  it.each([
    ['Office', 'office, 3rd floor', 'same-place'],
    ['Café de Flore, 75006 Paris', '12 rue X, 75002 Paris', 'same-city'],
    ['London', 'Soho House, London', 'same-city'],
    ['Lyon', 'Paris', 'elsewhere'],
    [undefined, 'Paris', 'unknown'],
  ] as const)('relates %s and %s as %s', (a, b, relation) => {
    expect(placeRelation(a, b)).toBe(relation);
  });
});
