/**
 * Calls the Slash API from Apps Script: bearer = the Google ID token of the user
 * (ScriptApp.getIdentityToken, verified by the API against Google's keys). One call per card.
 */

export interface ApiAnswer<T> {
  status: number;
  body: T | undefined;
  problem: { code: string; detail: string; errors: { field: string; message: string }[] } | undefined;
}

export function callApi<T>(method: 'get' | 'post' | 'put' | 'patch', path: string, payload?: unknown): ApiAnswer<T> {
  const options: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method,
    muteHttpExceptions: true,
    headers: { Authorization: `Bearer ${ScriptApp.getIdentityToken()}`, Accept: 'application/json' },
  };
  if (payload !== undefined) {
    options.contentType = 'application/json';
    options.payload = JSON.stringify(payload);
  }
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(SLASH_API_BASE_URL + path, options);
  } catch (error) {
    // Deadline or DNS failure: reported as "no answer" (status 0) with a retry button.
    return { status: 0, body: undefined, problem: { code: 'unreachable', detail: String(error), errors: [] } };
  }
  const status = response.getResponseCode();
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.getContentText() || 'null');
  } catch {
    parsed = undefined;
  }
  if (status >= 200 && status < 300) return { status, body: parsed as T, problem: undefined };
  const record = (parsed ?? {}) as {
    code?: string;
    detail?: string;
    title?: string;
    errors?: { field: string; message: string }[];
  };
  return {
    status,
    body: undefined,
    problem: {
      code: record.code ?? `http_${status}`,
      detail: record.detail ?? record.title ?? `HTTP ${status}`,
      errors: record.errors ?? [],
    },
  };
}

/** Where an unlinked user signs in to Slash (same origin as the API). */
export function signInUrl(): string {
  return `${SLASH_API_BASE_URL}/auth/addin/start?client=gmail`;
}
