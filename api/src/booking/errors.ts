/** Errors of the booking domain that the shared classes do not cover. */
import { DomainError } from '../errors/domain-error.js';

/** 422: an Idempotency-Key reused with a different request (draft-ietf-httpapi-idempotency-key-header). */
export class IdempotencyMismatchError extends DomainError {
  readonly type = 'https://slash.example/errors/idempotency-key-reused';
  readonly status = 422;
  readonly title = 'Idempotency-Key reused';
  readonly code = 'idempotency_key_reused';
}
