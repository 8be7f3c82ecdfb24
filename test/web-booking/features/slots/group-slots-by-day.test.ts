import { describe, expect, it } from 'vitest';
import { groupSlotsByDay } from '../../../../web-booking/src/features/slots/group-slots-by-day.js';

const slot = (start: string, minutes = 30) => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
});

const summary = (days: ReturnType<typeof groupSlotsByDay>) =>
  days.map((day) => [day.dayKey, day.slots.map((item) => item.start)]);

describe('groupSlotsByDay', () => {
  it('puts a 23:30 UTC slot on the next local day in Paris and the same day in New York', () => {
    const slots = [slot('2026-03-10T23:30:00Z')];
    expect(summary(groupSlotsByDay(slots, 'Europe/Paris'))).toEqual([['2026-03-11', ['2026-03-10T23:30:00Z']]]);
    expect(summary(groupSlotsByDay(slots, 'America/New_York'))).toEqual([['2026-03-10', ['2026-03-10T23:30:00Z']]]);
  });

  it('keeps local midnight boundaries on both sides of the Paris spring-forward (29 March 2026)', () => {
    // 22:30Z on the 28th is 23:30 CET (28th); 23:00Z is 00:00 CET (29th); 21:59Z on the 29th is 23:59 CEST (29th);
    // 22:00Z on the 29th is 00:00 CEST (30th): the day is 23 hours long in UTC.
    const slots = [
      slot('2026-03-29T22:00:00Z'),
      slot('2026-03-28T22:30:00Z'),
      slot('2026-03-28T23:00:00Z'),
      slot('2026-03-29T21:30:00Z'),
    ];
    expect(summary(groupSlotsByDay(slots, 'Europe/Paris'))).toEqual([
      ['2026-03-28', ['2026-03-28T22:30:00Z']],
      ['2026-03-29', ['2026-03-28T23:00:00Z', '2026-03-29T21:30:00Z']],
      ['2026-03-30', ['2026-03-29T22:00:00Z']],
    ]);
  });

  it('keeps local midnight boundaries across the New York fall-back (1 November 2026)', () => {
    // EDT (UTC-4) until 06:00Z on 1 Nov, EST (UTC-5) after: local midnight of the 2nd is 05:00Z.
    const slots = [
      slot('2026-11-01T03:59:00Z'),
      slot('2026-11-01T04:00:00Z'),
      slot('2026-11-02T04:30:00Z'),
      slot('2026-11-02T05:00:00Z'),
    ];
    expect(summary(groupSlotsByDay(slots, 'America/New_York'))).toEqual([
      ['2026-10-31', ['2026-11-01T03:59:00Z']],
      ['2026-11-01', ['2026-11-01T04:00:00Z', '2026-11-02T04:30:00Z']],
      ['2026-11-02', ['2026-11-02T05:00:00Z']],
    ]);
  });

  it('handles a southern-hemisphere DST end and a :45 offset', () => {
    // Sydney leaves DST on 5 April 2026 at 03:00 AEDT (16:00Z on the 4th); midnight of the 6th is 14:00Z.
    expect(
      summary(groupSlotsByDay([slot('2026-04-05T13:59:00Z'), slot('2026-04-05T14:00:00Z')], 'Australia/Sydney')),
    ).toEqual([
      ['2026-04-05', ['2026-04-05T13:59:00Z']],
      ['2026-04-06', ['2026-04-05T14:00:00Z']],
    ]);
    // Kathmandu is UTC+05:45: 18:15Z is local midnight.
    expect(
      summary(groupSlotsByDay([slot('2026-03-02T18:14:00Z'), slot('2026-03-02T18:15:00Z')], 'Asia/Kathmandu')),
    ).toEqual([
      ['2026-03-02', ['2026-03-02T18:14:00Z']],
      ['2026-03-03', ['2026-03-02T18:15:00Z']],
    ]);
  });

  it('sorts days and slots without mutating the input, and drops duplicates and unparsable slots', () => {
    const slots = [
      slot('2026-03-03T10:00:00Z'),
      slot('2026-03-02T09:00:00Z'),
      slot('2026-03-03T10:00:00Z'),
      { start: 'soon', end: 'later' },
    ];
    const copy = structuredClone(slots);
    const days = groupSlotsByDay(slots, 'UTC');
    expect(summary(days)).toEqual([
      ['2026-03-02', ['2026-03-02T09:00:00Z']],
      ['2026-03-03', ['2026-03-03T10:00:00Z']],
    ]);
    expect(days[0]?.slots[0]?.startMs).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(slots).toEqual(copy);
  });

  it('returns no days for no slots', () => {
    expect(groupSlotsByDay([], 'Europe/Paris')).toEqual([]);
  });
});
