/**
 * Wire shapes of the client's scheduling API (`/v1/me`, `/v1/scheduling-requests`), used by the
 * Outlook and Gmail add-ins. Instants are ISO 8601 UTC strings; windows are half-open `[from, to)`.
 */
import Type, { type Static } from 'typebox';
import {
  InterpretationSchema,
  InterpretedContactSchema,
  InterpretedWindowSchema,
  MeetingKindSchema,
} from './interpretation.js';

/** `GET /v1/me`: who is signed in. */
export const MeViewSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    timeZone: Type.String(),
    language: Type.Union([Type.Literal('en'), Type.Literal('fr')]),
  },
  { additionalProperties: false },
);
/** See {@link MeViewSchema}. */
export type MeView = Static<typeof MeViewSchema>;

const NoControlText = (maxLength: number) => Type.String({ maxLength, pattern: '^[^\\u0000-\\u001f\\u007f]*$' });
const EmailSchema = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@<>,;"]+@[^\\s@<>,;"]+$' });

/** A person of a thread as the add-ins send them. */
export const ThreadPersonSchema = Type.Object(
  { email: EmailSchema, name: Type.Optional(Type.Union([NoControlText(200), Type.Null()])) },
  { additionalProperties: false },
);

/** One message of a thread: `date` ISO 8601, `body` plain text (it may quote history). */
export const ThreadMessageSchema = Type.Object(
  {
    from: ThreadPersonSchema,
    to: Type.Array(ThreadPersonSchema, { maxItems: 100 }),
    cc: Type.Optional(Type.Array(ThreadPersonSchema, { maxItems: 100 })),
    date: Type.String({ format: 'date-time' }),
    body: Type.String({ maxLength: 100_000 }),
  },
  { additionalProperties: false },
);

/** An email thread opened in an add-in. */
export const ThreadSchema = Type.Object(
  { subject: NoControlText(500), messages: Type.Array(ThreadMessageSchema, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);

/** `POST /v1/scheduling-requests` body: a thread (add-ins) or one raw RFC 822 message. */
export const CreateSchedulingRequestBodySchema = Type.Union([
  Type.Object({ thread: ThreadSchema }, { additionalProperties: false }),
  Type.Object({ rawMessage: Type.String({ minLength: 1, maxLength: 500_000 }) }, { additionalProperties: false }),
]);
/** See {@link CreateSchedulingRequestBodySchema}. */
export type CreateSchedulingRequestBody = Static<typeof CreateSchedulingRequestBodySchema>;
/** See {@link ThreadSchema}. */
export type Thread = Static<typeof ThreadSchema>;

/** `PATCH /v1/scheduling-requests/:id` body: the client's corrections; they win over the interpretation. */
export const UpdateSchedulingRequestBodySchema = Type.Object(
  {
    type: Type.Optional(MeetingKindSchema),
    durationMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 720 })),
    /** A place written out; null: no place (remote). */
    location: Type.Optional(Type.Union([NoControlText(300), Type.Null()])),
    timeWindows: Type.Optional(Type.Array(InterpretedWindowSchema, { maxItems: 50 })),
    contacts: Type.Optional(Type.Array(InterpretedContactSchema, { minItems: 1, maxItems: 50 })),
  },
  { additionalProperties: false },
);
/** See {@link UpdateSchedulingRequestBodySchema}. */
export type UpdateSchedulingRequestBody = Static<typeof UpdateSchedulingRequestBodySchema>;

/** What Slash will schedule: the interpretation with preferences and the client's overrides applied. */
export const EffectiveRequestSchema = Type.Object(
  {
    contacts: Type.Array(InterpretedContactSchema),
    type: MeetingKindSchema,
    durationMinutes: Type.Integer(),
    location: Type.Union([Type.String(), Type.Null()]),
    timeWindows: Type.Array(InterpretedWindowSchema),
    excluded: Type.Array(InterpretedWindowSchema),
  },
  { additionalProperties: false },
);
/** See {@link EffectiveRequestSchema}. */
export type EffectiveRequest = Static<typeof EffectiveRequestSchema>;

/** One proposed slot and why it was chosen (automated decision disclosure, privacy policy §2). */
export const ProposalViewSchema = Type.Object(
  {
    start: Type.String(),
    end: Type.String(),
    reasonCodes: Type.Array(Type.String()),
    reason: Type.Object({ en: Type.String(), fr: Type.String() }, { additionalProperties: false }),
    /** Emails of optional attendees free during the slot. */
    optionalAttendeesFree: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
/** See {@link ProposalViewSchema}. */
export type ProposalView = Static<typeof ProposalViewSchema>;

/** The reply the client can insert in the thread. */
export const DraftReplySchema = Type.Object(
  {
    language: Type.Union([Type.Literal('en'), Type.Literal('fr')]),
    subject: Type.String(),
    text: Type.String(),
    html: Type.String(),
  },
  { additionalProperties: false },
);
/** See {@link DraftReplySchema}. */
export type DraftReply = Static<typeof DraftReplySchema>;

/** A scheduling request as the client sees it. `bookingLink` is null once the request is cancelled. */
export const SchedulingRequestViewSchema = Type.Object(
  {
    id: Type.String(),
    status: Type.Union([Type.Literal('open'), Type.Literal('booked'), Type.Literal('cancelled')]),
    needsReview: Type.Boolean(),
    interpretation: InterpretationSchema,
    effective: EffectiveRequestSchema,
    proposals: Type.Array(ProposalViewSchema),
    bookingLink: Type.Union([
      Type.Object({ url: Type.String(), expiresAt: Type.String() }, { additionalProperties: false }),
      Type.Null(),
    ]),
    draftReply: DraftReplySchema,
  },
  { additionalProperties: false },
);
/** See {@link SchedulingRequestViewSchema}. */
export type SchedulingRequestView = Static<typeof SchedulingRequestViewSchema>;
