/**
 * Calls of the public manage-booking API (`/v1/public/bookings/:manageToken`): read, cancel, and
 * reschedule. The manage token is a capability; it only travels in the path (SECURITY.md C22).
 */
import { ApiError, requestJson } from '../../lib/http.js';
import type { Meeting } from '../meeting/meeting.js';
import type { SlotList } from '../slots/slot.js';

/** A booking as its contact may see it. */
export interface ManagedBooking {
  readonly start: string;
  readonly end: string;
  /** `confirmed`, `cancelled`, … (unknown states are shown as sent). */
  readonly status: string;
  readonly clientName: string;
  readonly meeting: Meeting;
}

const bookingPath = (token: string) => `/v1/public/bookings/${encodeURIComponent(token)}`;

/** GET the booking; 404/410 when the manage link is unknown or expired. */
export function fetchManagedBooking(token: string, signal?: AbortSignal): Promise<ManagedBooking> {
  return requestJson<ManagedBooking>(bookingPath(token), { signal });
}

/**
 * GET the times the booking may move to, live (its own time counts as free, so overlapping times are
 * listed, and so is its current start). 409 `booking_cancelled` once it is cancelled.
 */
export function fetchRescheduleSlots(token: string, timeZone: string, signal?: AbortSignal): Promise<SlotList> {
  return requestJson<SlotList>(`${bookingPath(token)}/slots?timeZone=${encodeURIComponent(timeZone)}`, { signal });
}

/** POST cancel. */
export async function cancelBooking(token: string): Promise<void> {
  await requestJson<unknown>(`${bookingPath(token)}/cancel`, { method: 'POST', body: {} });
}

/** POST reschedule to `start`; 409 with fresh `slots` when that time was just taken. */
export async function rescheduleBooking(
  token: string,
  body: { readonly start: string; readonly timeZone: string },
  idempotencyKey: string,
): Promise<void> {
  await requestJson<unknown>(`${bookingPath(token)}/reschedule`, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/** True for the 409 the API sends when the booking was cancelled (it can no longer move). */
export function isBookingCancelledError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'booking_cancelled';
}
