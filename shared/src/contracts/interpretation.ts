/**
 * Wire shape of what the interpreter understood from a scheduling request
 * (the output of `slash interpret`, see ../../../../shared/contracts/interpret.md).
 *
 * Instants are ISO 8601 UTC strings; windows are half-open `[from, to)`;
 * `from == to` is an exact start and `to: null` an open end.
 */
import Type, { type Static } from 'typebox';

/** The language of the newest message of the request. */
export const InterpretationLanguageSchema = Type.Union([Type.Literal('en'), Type.Literal('fr')]);

/** What the request asks for: a new meeting, moving one, cancelling one, or nothing scheduling-related. */
export const InterpretationIntentSchema = Type.Union([
  Type.Literal('schedule'),
  Type.Literal('reschedule'),
  Type.Literal('cancel'),
  Type.Literal('other'),
]);

/** The kind of meeting; `null` only when the message is not a scheduling request. */
export const MeetingKindSchema = Type.Union([
  Type.Literal('call'),
  Type.Literal('video'),
  Type.Literal('meeting'),
  Type.Literal('coffee'),
  Type.Literal('breakfast'),
  Type.Literal('lunch'),
  Type.Literal('dinner'),
  Type.Literal('drinks'),
]);

/** A person to meet: a lower-cased address, the display name from the headers (null when unknown). */
export const InterpretedContactSchema = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@A-Z]+@[^\\s@A-Z]+$' }),
    name: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
    optional: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** A half-open UTC window `[from, to)`; `to: null` is open-ended, `to == from` an exact start. */
export const InterpretedWindowSchema = Type.Object(
  {
    from: Type.String({ format: 'date-time' }),
    to: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { additionalProperties: false },
);

/** The physical place of the meeting as written (or resolved from a signature). */
export const InterpretedLocationSchema = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);

/** The whole reading of one request, exactly the contract's output object. */
export const InterpretationSchema = Type.Object(
  {
    language: InterpretationLanguageSchema,
    intent: InterpretationIntentSchema,
    contacts: Type.Array(InterpretedContactSchema, { maxItems: 100 }),
    type: Type.Union([MeetingKindSchema, Type.Null()]),
    durationMinutes: Type.Union([Type.Integer({ minimum: 1, maximum: 1440 }), Type.Null()]),
    location: Type.Union([InterpretedLocationSchema, Type.Null()]),
    timeWindows: Type.Array(InterpretedWindowSchema, { maxItems: 200 }),
    excluded: Type.Array(InterpretedWindowSchema, { maxItems: 200 }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);

/** See {@link InterpretationSchema}. */
export type Interpretation = Static<typeof InterpretationSchema>;
/** See {@link InterpretedContactSchema}. */
export type InterpretedContact = Static<typeof InterpretedContactSchema>;
/** See {@link InterpretedWindowSchema}. */
export type InterpretedWindow = Static<typeof InterpretedWindowSchema>;
/** See {@link MeetingKindSchema}. */
export type MeetingKind = Static<typeof MeetingKindSchema>;
/** See {@link InterpretationIntentSchema}. */
export type InterpretationIntent = Static<typeof InterpretationIntentSchema>;
