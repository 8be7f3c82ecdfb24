import { describe, expect, it } from 'vitest';
import { slotsToMoveTo } from '../../../../web-booking/src/features/manage-booking/slots-to-move-to.js';

const slot = (start: string, end: string) => ({ start, end });
const API_SLOTS = [
  slot('2026-03-11T08:45:00.000Z', '2026-03-11T09:15:00.000Z'),
  slot('2026-03-11T09:00:00.000Z', '2026-03-11T09:30:00.000Z'),
  slot('2026-03-11T09:15:00.000Z', '2026-03-11T09:45:00.000Z'),
];

describe('slotsToMoveTo', () => {
  it('leaves out the current start and keeps the times that overlap it', () => {
    expect(slotsToMoveTo(API_SLOTS, '2026-03-11T09:00:00.000Z').map((s) => s.start)).toEqual([
      '2026-03-11T08:45:00.000Z',
      '2026-03-11T09:15:00.000Z',
    ]);
  });

  it('matches the current start as an instant, whatever its ISO spelling', () => {
    expect(slotsToMoveTo(API_SLOTS, '2026-03-11T10:00:00+01:00')).toHaveLength(2);
  });

  it('keeps every slot when the current start is not among them or unreadable, without mutating the input', () => {
    const input = Object.freeze([...API_SLOTS]);
    expect(slotsToMoveTo(input, '2026-03-12T09:00:00.000Z')).toEqual(API_SLOTS);
    expect(slotsToMoveTo(input, 'not a date')).toEqual(API_SLOTS);
    expect(slotsToMoveTo([], '2026-03-11T09:00:00.000Z')).toEqual([]);
  });
});
