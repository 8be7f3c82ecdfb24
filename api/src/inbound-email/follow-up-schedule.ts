/**
 * When Slash reminds contacts who have not answered (#9): at most `followUps.count` reminders, each
 * `spacing` after the previous message (the proposals, then each reminder). The client's own
 * `followUps.spacingDays` wins; without it the spacing is 2 days, or 4 when the request's time
 * window ends more than 30 days after the moment the reminder is scheduled (a far window leaves the
 * contact more time, so Slash presses less).
 *
 * The request's window: the latest end of its time windows (an open-ended window counts from its
 * start), or, when it names none, the end of the booking link's validity (the client's horizon).
 */
import type { FollowUpsPreference, SchedulingRequestView } from '@slash/shared';

const DAY_MS = 86_400_000;
/** Days between messages by default, and when the window ends far away. */
export const DEFAULT_SPACING_DAYS = 2;
export const FAR_WINDOW_SPACING_DAYS = 4;
/** A window ending more than this many days after the reminder is scheduled is "far". */
export const FAR_WINDOW_DAYS = 30;

/** The instant the request's window ends (epoch ms), or undefined when it cannot be told. */
export function requestWindowEndMs(view: Pick<SchedulingRequestView, 'effective' | 'bookingLink'>): number | undefined {
  const ends = view.effective.timeWindows
    .map((window) => Date.parse(window.to ?? window.from))
    .filter((ms) => Number.isFinite(ms));
  if (ends.length > 0) return Math.max(...ends);
  const expiresMs = view.bookingLink === null ? Number.NaN : Date.parse(view.bookingLink.expiresAt);
  return Number.isFinite(expiresMs) ? expiresMs : undefined;
}

/** Milliseconds between the message sent at `scheduledAtMs` and the next reminder. */
export function followUpSpacingMs(input: {
  readonly preference: FollowUpsPreference;
  readonly windowEndMs: number | undefined;
  readonly scheduledAtMs: number;
}): number {
  if (input.preference.spacingDays !== undefined) return input.preference.spacingDays * DAY_MS;
  const isFar = input.windowEndMs !== undefined && input.windowEndMs - input.scheduledAtMs > FAR_WINDOW_DAYS * DAY_MS;
  return (isFar ? FAR_WINDOW_SPACING_DAYS : DEFAULT_SPACING_DAYS) * DAY_MS;
}

/**
 * The due instant of reminder `number` (1-based) when the previous message went out at
 * `scheduledAtMs`, or undefined when the client wants no more than `number - 1` reminders.
 */
export function nextFollowUpDueMs(input: {
  readonly number: number;
  readonly preference: FollowUpsPreference;
  readonly windowEndMs: number | undefined;
  readonly scheduledAtMs: number;
}): number | undefined {
  if (input.number > input.preference.count) return undefined;
  return input.scheduledAtMs + followUpSpacingMs(input);
}
