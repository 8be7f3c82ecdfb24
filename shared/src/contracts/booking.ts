/**
 * Wire shapes of the public booking API used by the booking page (`/v1/public/...`). A contact has
 * no account: the unguessable link token in the path is the credential. Every response schema is
 * closed (`additionalProperties: false`) so only allow-listed fields ever leave (SECURITY.md S6).
 * Instants are ISO 8601 UTC strings.
 */
import Type, { type Static } from 'typebox';
import { MeetingKindSchema } from './interpretation.js';

/** The meeting as a contact may see it: no titles or other calendar data (privacy policy §4). */
export const PublicMeetingSchema = Type.Object(
  {
    type: MeetingKindSchema,
    durationMinutes: Type.Integer(),
    /** The place, for in-person meetings; null when remote or not yet known. */
    location: Type.Union([Type.String(), Type.Null()]),
    isRemote: Type.Boolean(),
  },
  { additionalProperties: false },
);
/** See {@link PublicMeetingSchema}. */
export type PublicMeeting = Static<typeof PublicMeetingSchema>;

/** A bookable slot. */
export const PublicSlotSchema = Type.Object(
  { start: Type.String(), end: Type.String() },
  { additionalProperties: false },
);

/** `GET /v1/public/links/:token`. */
export const PublicLinkViewSchema = Type.Object(
  {
    clientName: Type.String(),
    meeting: PublicMeetingSchema,
    language: Type.Union([Type.Literal('en'), Type.Literal('fr')]),
    /** The contact's zone when Slash knows it; the page otherwise uses the browser's. */
    contactTimeZone: Type.Union([Type.String(), Type.Null()]),
    privacyNoticeUrl: Type.String(),
    /** When the meeting is already booked (one meeting per link): its time; null while bookable. */
    bookedFor: Type.Union([PublicSlotSchema, Type.Null()]),
  },
  { additionalProperties: false },
);
/** See {@link PublicLinkViewSchema}. */
export type PublicLinkView = Static<typeof PublicLinkViewSchema>;

/** An IANA zone name as sent by a browser (validated against the zone database by the server). */
export const TimeZoneNameSchema = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+\\-/]+$' });

/** `GET /v1/public/links/:token/slots` query. */
export const PublicSlotsQuerySchema = Type.Object({ timeZone: TimeZoneNameSchema }, { additionalProperties: false });

/** `GET /v1/public/links/:token/slots`: every free slot, computed live. */
export const PublicSlotsViewSchema = Type.Object(
  { timeZone: Type.String(), slots: Type.Array(PublicSlotSchema) },
  { additionalProperties: false },
);
/** See {@link PublicSlotsViewSchema}. */
export type PublicSlotsView = Static<typeof PublicSlotsViewSchema>;

/** One optional form answer: at most 200 characters, no line breaks or control characters (C17). */
const FormText = Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' });

/** The optional contact form of the booking page (privacy policy §1). */
export const BookingFormSchema = Type.Object(
  {
    lastName: Type.Optional(FormText),
    firstName: Type.Optional(FormText),
    email: Type.Optional(Type.String({ maxLength: 200, pattern: '^[^\\s@<>,;"]+@[^\\s@<>,;"]+$' })),
    contactMeans: Type.Optional(FormText),
    company: Type.Optional(FormText),
    role: Type.Optional(FormText),
  },
  { additionalProperties: false },
);
/** See {@link BookingFormSchema}. */
export type BookingForm = Static<typeof BookingFormSchema>;

/** `POST /v1/public/links/:token/bookings` body (header `Idempotency-Key` required). */
export const CreateBookingBodySchema = Type.Object(
  {
    start: Type.String({ format: 'date-time', maxLength: 40 }),
    timeZone: TimeZoneNameSchema,
    form: Type.Optional(BookingFormSchema),
  },
  { additionalProperties: false },
);
/** See {@link CreateBookingBodySchema}. */
export type CreateBookingBody = Static<typeof CreateBookingBodySchema>;

/** `POST /v1/public/links/:token/bookings` 201 answer. */
export const BookingConfirmationSchema = Type.Object(
  {
    bookingId: Type.String(),
    start: Type.String(),
    end: Type.String(),
    manageUrl: Type.String(),
    icsUrl: Type.String(),
  },
  { additionalProperties: false },
);
/** See {@link BookingConfirmationSchema}. */
export type BookingConfirmation = Static<typeof BookingConfirmationSchema>;

/** `GET /v1/public/bookings/:manageToken`. */
export const ManagedBookingViewSchema = Type.Object(
  {
    start: Type.String(),
    end: Type.String(),
    status: Type.Union([Type.Literal('confirmed'), Type.Literal('cancelled')]),
    clientName: Type.String(),
    meeting: PublicMeetingSchema,
  },
  { additionalProperties: false },
);
/** See {@link ManagedBookingViewSchema}. */
export type ManagedBookingView = Static<typeof ManagedBookingViewSchema>;

/** `POST /v1/public/bookings/:manageToken/reschedule` body. */
export const RescheduleBookingBodySchema = Type.Object(
  { start: Type.String({ format: 'date-time', maxLength: 40 }), timeZone: TimeZoneNameSchema },
  { additionalProperties: false },
);
/** See {@link RescheduleBookingBodySchema}. */
export type RescheduleBookingBody = Static<typeof RescheduleBookingBodySchema>;

/** The 409 problem when a slot was taken meanwhile: `slots` are the fresh free slots. */
export const SlotTakenProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Literal(409),
    code: Type.String(),
    detail: Type.String(),
    instance: Type.String(),
    requestId: Type.String(),
    slots: Type.Array(PublicSlotSchema),
  },
  { additionalProperties: false },
);

/** The 409 problem when the link's meeting is already booked (one meeting per link): when it is. */
export const AlreadyBookedProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Literal(409),
    code: Type.Literal('already_booked'),
    detail: Type.String(),
    instance: Type.String(),
    requestId: Type.String(),
    bookedFor: PublicSlotSchema,
  },
  { additionalProperties: false },
);
