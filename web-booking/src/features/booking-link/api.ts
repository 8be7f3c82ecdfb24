/**
 * Calls of the public booking-link API (`/v1/public/links/:token`). Shapes mirror the booking
 * contract of issue #6 (shared/src/contracts/booking.ts once it lands); the token only ever travels in
 * the path (SECURITY.md C22).
 */
import { requestJson } from '../../lib/http.js';
import type { Language } from '../../lib/i18n/translate.js';
import type { Meeting } from '../meeting/meeting.js';
import type { Slot, SlotList } from '../slots/slot.js';

/** What a contact sees about a booking link. */
export interface BookingLink {
  readonly clientName: string;
  readonly meeting: Meeting;
  readonly language: Language;
  readonly contactTimeZone: string | null;
  readonly privacyNoticeUrl: string;
  /** The meeting's time once someone booked it: a link books one meeting (absent from older servers). */
  readonly bookedFor?: Slot | null;
}

/** The optional form of the booking page; empty fields are left out. */
export interface ContactDetails {
  readonly lastName?: string;
  readonly firstName?: string;
  readonly email?: string;
  readonly contactMeans?: string;
  readonly company?: string;
  readonly role?: string;
}

/** Body of POST /bookings. */
export interface CreateBookingBody {
  readonly start: string;
  readonly timeZone: string;
  readonly form?: ContactDetails;
}

/** A booking just made. `manageUrl` and `icsUrl` are links for the contact (absolute or same-origin). */
export interface CreatedBooking {
  readonly bookingId: string;
  readonly start: string;
  readonly end: string;
  readonly manageUrl: string;
  readonly icsUrl: string;
}

const linkPath = (token: string) => `/v1/public/links/${encodeURIComponent(token)}`;

/** GET the link; 404/410 when unknown or expired. */
export function fetchBookingLink(token: string, signal?: AbortSignal): Promise<BookingLink> {
  return requestJson<BookingLink>(linkPath(token), { signal });
}

/** GET every free slot of the link, live, for display in `timeZone`. */
export function fetchLinkSlots(token: string, timeZone: string, signal?: AbortSignal): Promise<SlotList> {
  return requestJson<SlotList>(`${linkPath(token)}/slots?timeZone=${encodeURIComponent(timeZone)}`, { signal });
}

/** POST a booking; retries with the same key and body are answered once (Idempotency-Key draft). */
export function createBooking(token: string, body: CreateBookingBody, idempotencyKey: string): Promise<CreatedBooking> {
  return requestJson<CreatedBooking>(`${linkPath(token)}/bookings`, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/** The fresh slots a 409 "slot taken" problem carries, or undefined when it carries none. */
export function freshSlotsOf(problemBody: Readonly<Record<string, unknown>>): Slot[] | undefined {
  const slots = problemBody.slots;
  if (!Array.isArray(slots)) return undefined;
  return slots.filter(
    (slot): slot is Slot =>
      typeof slot === 'object' &&
      slot !== null &&
      typeof (slot as Slot).start === 'string' &&
      typeof (slot as Slot).end === 'string',
  );
}

/** The form with blank fields dropped and the rest trimmed; undefined when nothing was entered. */
export function compactContactDetails(
  details: Readonly<Record<keyof ContactDetails, string>>,
): ContactDetails | undefined {
  const entries = Object.entries(details)
    .map(([field, value]) => [field, value.trim()] as const)
    .filter(([, value]) => value !== '');
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as ContactDetails);
}

/** True when a 409 problem says the link's meeting was booked meanwhile (not just this time taken). */
export function isAlreadyBooked(problemBody: Readonly<Record<string, unknown>>): boolean {
  return problemBody.code === 'already_booked';
}
