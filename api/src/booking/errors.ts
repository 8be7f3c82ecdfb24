/** Errors of the booking domain that the shared classes do not cover. */
import { DomainError } from '../errors/domain-error.js';

/** 422: an Idempotency-Key reused with a different request (draft-ietf-httpapi-idempotency-key-header). */
export class IdempotencyMismatchError extends DomainError {
  readonly type = 'https://slash.example/errors/idempotency-key-reused';
  readonly status = 422;
  readonly title = 'Idempotency-Key reused';
  readonly code = 'idempotency_key_reused';
}

/**
 * 409: the booking behind a manage link was cancelled, so it cannot move (nor list times to move to).
 * A 409 rather than a 404: the manage link still works (GET shows the cancelled booking and the ICS
 * its CANCEL), only the state forbids the action (SECURITY.md S10), and the page can say so.
 */
export class BookingCancelledError extends DomainError {
  readonly type = 'https://slash.example/errors/booking-cancelled';
  readonly status = 409;
  readonly title = 'Booking cancelled';
  readonly code = 'booking_cancelled';
}

/**
 * 409: the link's meeting is already booked. One scheduling request is one meeting, so a second
 * contact (or a second tab) cannot book another; `bookedFor` says when it is, and the invitation's
 * manage link is the way to move it.
 */
export class AlreadyBookedError extends DomainError {
  readonly type = 'https://slash.example/errors/already-booked';
  readonly status = 409;
  readonly title = 'Already booked';
  readonly code = 'already_booked';
}
