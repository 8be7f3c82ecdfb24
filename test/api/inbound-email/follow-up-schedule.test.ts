import { describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import { followUpSpacingMs, nextFollowUpDueMs, requestWindowEndMs } from '@slash/api/inbound-email/follow-up-schedule';

const DAY_MS = 86_400_000;
/** Monday 2 March 2026, 09:00 in Paris: the proposals go out. */
const SENT_MS = Date.parse('2026-03-02T08:00:00Z');

const view = (
  timeWindows: { from: string; to: string | null }[],
  expiresAt: string | null = '2026-03-17T08:00:00.000Z',
): Pick<SchedulingRequestView, 'effective' | 'bookingLink'> => ({
  effective: { contacts: [], type: 'call', durationMinutes: 30, location: null, timeWindows, excluded: [] },
  bookingLink: expiresAt === null ? null : { url: 'https://slash.test/b/x', expiresAt },
});

describe('requestWindowEndMs', () => {
  it('is the latest end of the request’s windows, an open-ended one counting from its start', () => {
    expect(
      requestWindowEndMs(
        view([
          { from: '2026-03-09T00:00:00.000Z', to: '2026-03-14T00:00:00.000Z' },
          { from: '2026-04-20T07:00:00.000Z', to: null },
          { from: '2026-03-20T00:00:00.000Z', to: '2026-03-21T00:00:00.000Z' },
        ]),
      ),
    ).toBe(Date.parse('2026-04-20T07:00:00.000Z'));
  });

  it('is the end of the booking link’s validity when the request names no window, else unknown', () => {
    expect(requestWindowEndMs(view([]))).toBe(Date.parse('2026-03-17T08:00:00.000Z'));
    expect(requestWindowEndMs(view([], null))).toBeUndefined();
  });
});

describe('followUpSpacingMs', () => {
  const automatic = { count: 2 };
  it.each([
    ['no window known', undefined, 2],
    ['a window ending next week', SENT_MS + 7 * DAY_MS, 2],
    ['a window ending exactly 30 days out', SENT_MS + 30 * DAY_MS, 2],
    ['a window ending 30 days and a minute out', SENT_MS + 30 * DAY_MS + 60_000, 4],
    ['a window ending in two months', SENT_MS + 60 * DAY_MS, 4],
  ])('spaces reminders by default for %s: %i days', (_name, windowEndMs, days) => {
    expect(followUpSpacingMs({ preference: automatic, windowEndMs, scheduledAtMs: SENT_MS })).toBe(days * DAY_MS);
  });

  it('measures the window from when the reminder is scheduled, not from the request', () => {
    const windowEndMs = SENT_MS + 40 * DAY_MS;
    expect(followUpSpacingMs({ preference: automatic, windowEndMs, scheduledAtMs: SENT_MS })).toBe(4 * DAY_MS);
    // Twelve days later the same window ends 28 days out: back to 2 days.
    expect(followUpSpacingMs({ preference: automatic, windowEndMs, scheduledAtMs: SENT_MS + 12 * DAY_MS })).toBe(
      2 * DAY_MS,
    );
  });

  it('keeps the client’s own spacing whatever the window', () => {
    const preference = { count: 2, spacingDays: 3 };
    expect(followUpSpacingMs({ preference, windowEndMs: SENT_MS + 60 * DAY_MS, scheduledAtMs: SENT_MS })).toBe(
      3 * DAY_MS,
    );
    expect(followUpSpacingMs({ preference, windowEndMs: SENT_MS + DAY_MS, scheduledAtMs: SENT_MS })).toBe(3 * DAY_MS);
  });
});

describe('nextFollowUpDueMs', () => {
  it('schedules reminders up to the client’s count, one spacing after the previous message', () => {
    const preference = { count: 2, spacingDays: 5 };
    const input = { preference, windowEndMs: undefined, scheduledAtMs: SENT_MS };
    expect(nextFollowUpDueMs({ ...input, number: 1 })).toBe(SENT_MS + 5 * DAY_MS);
    expect(nextFollowUpDueMs({ ...input, number: 2 })).toBe(SENT_MS + 5 * DAY_MS);
    expect(nextFollowUpDueMs({ ...input, number: 3 })).toBeUndefined();
  });

  it('schedules none when the client wants none', () => {
    const input = { preference: { count: 0 }, windowEndMs: undefined, scheduledAtMs: SENT_MS, number: 1 };
    expect(nextFollowUpDueMs(input)).toBeUndefined();
  });
});
