/**
 * What a database error means, whichever driver raised it (postgres.js, PGlite) and however Drizzle
 * wrapped it: the SQLSTATE of a refused statement, and whether the database itself was out of reach.
 */

/** The errors below, walked through their `cause` chain (Drizzle wraps the driver's error). */
function* causeChain(error: unknown): Generator<object> {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

/** The SQLSTATE of a database error, whichever driver raised it (possibly wrapped by Drizzle). */
export function sqlStateOf(error: unknown): string | undefined {
  for (const link of causeChain(error)) {
    const code = (link as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** postgres.js and Node codes for a connection that could not be opened or was lost. */
const CONNECTION_CODES = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

/**
 * True when the statement failed because the database was out of reach rather than because of the
 * statement: connection refused or lost, too many connections (class 53), server shutting down or
 * starting (57P01–57P03), connection exceptions (class 08). Such a request may succeed if retried, so
 * it is answered 503 with Retry-After, not 500 (SECURITY.md R10).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of causeChain(error)) {
    const code = (link as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (CONNECTION_CODES.has(code)) return true;
    if (/^(08|53)[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code)) return true;
  }
  return false;
}
