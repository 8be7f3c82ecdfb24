/**
 * Typed domain errors (STYLE.md §6). Each maps to an RFC 9457 problem: `type`, `title`, `status`;
 * `detail` is safe to show to users, internal context goes to the log through `cause`.
 */
export abstract class DomainError extends Error {
  abstract readonly type: string;
  abstract readonly status: number;
  abstract readonly title: string;
  /** A stable machine-readable code clients can switch on. */
  abstract readonly code: string;
  /** Extra members of the problem body (e.g. fresh slots on a 409), all safe to show. */
  readonly extensions: Record<string, unknown>;

  constructor(detail: string, options: { cause?: unknown; extensions?: Record<string, unknown> } = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.extensions = options.extensions ?? {};
  }
}

const ERROR_BASE = 'https://slash.example/errors';

/** 404: the thing does not exist for this caller (also used across tenants, S5: never 403). */
export class NotFoundError extends DomainError {
  readonly type = `${ERROR_BASE}/not-found`;
  readonly status = 404;
  readonly title = 'Not found';
  readonly code = 'not_found';
}

/** 400: input that passed the schema but breaks a rule; `field` names the culprit. */
export class InvalidInputError extends DomainError {
  readonly type = `${ERROR_BASE}/invalid-input`;
  readonly status = 400;
  readonly title = 'Invalid input';
  readonly code = 'invalid_input';
  constructor(field: string, detail: string) {
    super(`${field}: ${detail}`, { extensions: { errors: [{ field, message: detail }] } });
  }
}

/** 401: no valid credentials. */
export class UnauthorizedError extends DomainError {
  readonly type = `${ERROR_BASE}/unauthorized`;
  readonly status = 401;
  readonly title = 'Authentication required';
  readonly code = 'unauthorized';
}

/** 403: authenticated but not allowed (e.g. a read-only admin key writing). */
export class ForbiddenError extends DomainError {
  readonly type = `${ERROR_BASE}/forbidden`;
  readonly status = 403;
  readonly title = 'Forbidden';
  readonly code = 'forbidden';
}

/** 409: the state changed under the caller (a slot taken by someone else). */
export class ConflictError extends DomainError {
  readonly type = `${ERROR_BASE}/conflict`;
  readonly status = 409;
  readonly title = 'Conflict';
  readonly code = 'conflict';
}

/** 503: the server is shutting down or not ready. */
export class UnavailableError extends DomainError {
  readonly type = `${ERROR_BASE}/unavailable`;
  readonly status = 503;
  readonly title = 'Service unavailable';
  readonly code = 'unavailable';
}

/** 409: a calendar connection lost its grant (revoked, expired); the client must reconnect it. */
export class ReconnectRequiredError extends DomainError {
  readonly type = `${ERROR_BASE}/reconnect-required`;
  readonly status = 409;
  readonly title = 'Calendar connection needs to be reconnected';
  readonly code = 'reconnect_required';
}

/** 502: a calendar provider kept failing (after retries) or answered something unusable. */
export class ProviderUnavailableError extends DomainError {
  readonly type = `${ERROR_BASE}/provider-unavailable`;
  readonly status = 502;
  readonly title = 'Calendar provider unavailable';
  readonly code = 'provider_unavailable';
}
