/**
 * HTTP client of the scheduling API: bearer token, problem+json errors parsed into ApiError, a
 * timeout so a slow answer never freezes the pane (ADDINS.md §6 #8).
 */
import type { MeView, Preferences, SchedulingRequestView, Thread, UpdateSchedulingRequestBody } from '@slash/shared';

/** One field problem of a 400, `field` as the API names it (`body.workingHours.1.0.start`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A failed call: `status` 0 means the API could not be reached (network or timeout). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly errors: readonly FieldProblem[];
  constructor(problem: { status: number; code: string; detail: string; errors?: readonly FieldProblem[] }) {
    super(problem.detail);
    this.status = problem.status;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
  }
}

export interface ApiClientOptions {
  /** API origin; '' = the pane's own origin (the API serves the pane). */
  readonly baseUrl: string;
  readonly getToken: () => Promise<string>;
  readonly timeoutMs?: number;
  readonly fetchImpl?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions) {
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 25_000;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await options.getToken();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await fetchImpl(options.baseUrl + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      const isTimeout = controller.signal.aborted;
      throw new ApiError({
        status: 0,
        code: isTimeout ? 'timeout' : 'network',
        detail: isTimeout ? 'timeout' : String(error),
      });
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const parsed = parseJson(text);
    if (!response.ok) throw toApiError(response.status, parsed);
    return parsed as T;
  }

  return {
    me: () => call<MeView>('GET', '/v1/me'),
    createRequest: (thread: Thread) => call<SchedulingRequestView>('POST', '/v1/scheduling-requests', { thread }),
    updateRequest: (id: string, update: UpdateSchedulingRequestBody) =>
      call<SchedulingRequestView>('PATCH', `/v1/scheduling-requests/${encodeURIComponent(id)}`, update),
    getPreferences: () => call<Preferences>('GET', '/v1/me/preferences'),
    putPreferences: (preferences: Preferences) => call<Preferences>('PUT', '/v1/me/preferences', preferences),
  };
}

/** The client's interface. */
export type ApiClient = ReturnType<typeof createApiClient>;

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // A proxy's HTML error page: the status alone says what happened.
    return undefined;
  }
}

/** problem+json → ApiError; tolerant of bodies that are not problems (proxies, gateways). */
export function toApiError(status: number, body: unknown): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code = typeof problem.code === 'string' ? problem.code : `http_${status}`;
  const detail =
    typeof problem.detail === 'string'
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : `HTTP ${status}`;
  const errors = Array.isArray(problem.errors)
    ? problem.errors
        .filter(
          (entry): entry is FieldProblem => typeof entry?.field === 'string' && typeof entry?.message === 'string',
        )
        .map(({ field, message }) => ({ field, message }))
    : [];
  return new ApiError({ status, code, detail, errors });
}
