/**
 * One authenticated provider call with the shared policy: retries (retry-policy.ts) around it, and
 * on a 401 exactly one token refresh (shared by concurrent callers) followed by one more attempt.
 */
import type { CalendarConnection } from './repository.js';
import type { ConnectionTokens } from './connection-tokens.js';
import { ProviderHttpError, withRetries, type RetryOptions } from './retry-policy.js';

/** What every token-based connector needs. */
export interface ProviderCallDeps {
  readonly connection: CalendarConnection;
  readonly tokens: ConnectionTokens;
  readonly retry: RetryOptions;
}

/** Runs `call(accessToken)` with retries; a 401 refreshes the token once and tries again. */
export async function callProvider<T>(deps: ProviderCallDeps, call: (accessToken: string) => Promise<T>): Promise<T> {
  let token = await deps.tokens.accessToken(deps.connection);
  let hasRefreshed = false;
  return withRetries(async () => {
    try {
      return await call(token);
    } catch (error) {
      if (error instanceof ProviderHttpError && error.status === 401 && !hasRefreshed) {
        hasRefreshed = true;
        token = await deps.tokens.refreshAfterRejection(deps.connection, token);
        return call(token);
      }
      throw error;
    }
  }, deps.retry);
}
