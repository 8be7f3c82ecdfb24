/**
 * Retries of provider calls (SECURITY.md §5.1, R3): 429, 500, 502, 503, 504 and Google's 403
 * rate-limit reasons are retried; `Retry-After` (delta-seconds or HTTP-date, RFC 9110 §10.2.3) is
 * honoured, otherwise exponential backoff with full jitter (base 1 s, cap 5 min); all of it bounded
 * by a deadline. A 401 is not retried here: the caller refreshes the token once and calls again.
 */
import type { Clock } from '../clock.js';
import { ProviderUnavailableError } from '../errors/domain-error.js';

/** An HTTP failure of a provider, normalised from googleapis, Graph, tsdav or fetch. */
export class ProviderHttpError extends Error {
  override readonly name = 'ProviderHttpError';
  readonly retryAfter: string | undefined;
  readonly reason: string | undefined;
  constructor(
    readonly status: number,
    message: string,
    details: { readonly retryAfter?: string | undefined; readonly reason?: string | undefined } = {},
  ) {
    super(message);
    this.retryAfter = details.retryAfter;
    this.reason = details.reason;
  }
}

/** How long to wait and for how long to keep trying. */
export interface RetryOptions {
  readonly clock: Clock;
  /** Waits `ms` (tests inject one that advances a fake clock). */
  readonly sleep: (ms: number) => Promise<void>;
  /** Total time budget from the first attempt. */
  readonly deadlineMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Uniform [0, 1) (tests make jitter deterministic). */
  readonly random?: () => number;
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** True when a provider error may succeed later. */
export function isRetryable(error: unknown): error is ProviderHttpError {
  if (!(error instanceof ProviderHttpError)) return false;
  return (
    RETRYABLE.has(error.status) ||
    (error.status === 403 && error.reason !== undefined && RATE_LIMIT_REASONS.has(error.reason))
  );
}

/** Milliseconds a `Retry-After` value asks to wait, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const dateMs = Date.parse(value);
  return Number.isNaN(dateMs) ? undefined : Math.max(0, dateMs - nowMs);
}

/** Runs `attempt` until it succeeds, fails permanently, or the deadline would be passed. */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const startMs = options.clock.nowMs();
  const deadlineMs = options.deadlineMs ?? 60_000;
  const base = options.baseDelayMs ?? 1000;
  const cap = options.maxDelayMs ?? 300_000;
  const random = options.random ?? Math.random;
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error)) throw error;
      const nowMs = options.clock.nowMs();
      const asked = parseRetryAfter(error.retryAfter, nowMs);
      const delayMs = asked ?? Math.floor(random() * Math.min(cap, base * 2 ** tries));
      if (nowMs + delayMs - startMs > deadlineMs) {
        throw new ProviderUnavailableError('The calendar provider is not answering; Slash will try again later.', {
          cause: error,
        });
      }
      await options.sleep(delayMs);
    }
  }
}
