/** Route-only schemas of the booking domain (the ones clients use live in shared/src/contracts/booking.ts). */
import { AlreadyBookedProblemSchema, SlotTakenProblemSchema } from '@slash/shared';
import Type from 'typebox';

/** A problem+json body (RFC 9457) without extensions, closed like every public answer (S6). */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    instance: Type.String(),
    requestId: Type.String(),
  },
  { additionalProperties: false },
);

/** A reschedule's 409: the time was taken meanwhile (with fresh `slots`), or the booking was cancelled (without). */
export const RescheduleConflictProblemSchema = Type.Union([SlotTakenProblemSchema, ProblemSchema]);

/** A booking's 409: the time was taken meanwhile (with fresh `slots`), or the link's meeting is already booked. */
export const BookingConflictProblemSchema = Type.Union([SlotTakenProblemSchema, AlreadyBookedProblemSchema]);
