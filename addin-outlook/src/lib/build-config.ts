/**
 * Build-time configuration (Vite `VITE_*` variables, see README-snippet.md). Empty MSAL values mean
 * no Entra app is registered for this build: the pane signs in through the Office dialog only.
 */
const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};

export const BUILD_CONFIG = {
  /** Entra app (SPA) client id for nested app authentication. */
  msalClientId: env.VITE_MSAL_CLIENT_ID ?? '',
  /** Authority; `common` covers work, school and personal accounts. */
  msalAuthority: env.VITE_MSAL_AUTHORITY ?? 'https://login.microsoftonline.com/common',
  /** The Slash API scope, `api://<clientId>/Slash.Schedule`. */
  apiScope: env.VITE_API_SCOPE ?? '',
  /** API origin; empty = the pane's origin (the API serves the pane). */
  apiBaseUrl: env.VITE_API_BASE_URL ?? '',
  /** Slash's own sign-in page for the dialog fallback. */
  signInPath: env.VITE_SIGN_IN_PATH ?? '/addin/outlook/sign-in.html',
} as const;
