/**
 * Getting a bearer token for the Slash API (ADDINS.md §2): a token kept for this pane session,
 * else MSAL nested app authentication (silent, then popup on a click), else — when NAA is missing
 * or fails (§6 #2, #3) — the Office dialog with Slash's own sign-in. Never an ID token, never a
 * cookie, never an Exchange token (§6 #1).
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import { BUILD_CONFIG } from './build-config.js';

const STORAGE_KEY = 'slash.addin.token';

/** What sign-in needs from the host; injected so tests (and the Office adapter) stay apart. */
export interface AuthHost {
  isNestedAppAuthSupported(): boolean;
  signInWithDialog(url: string): Promise<string>;
}

/** A sign-in that failed; `code` is MSAL's or Office's error code, shown to the user for support. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function createAuth(host: AuthHost) {
  let memoryToken: string | null = readStored();
  let msal: Promise<IPublicClientApplication> | null = null;
  const scopes = BUILD_CONFIG.apiScope === '' ? [] : [BUILD_CONFIG.apiScope];
  const canUseNaa = () => BUILD_CONFIG.msalClientId !== '' && scopes.length > 0 && host.isNestedAppAuthSupported();

  function nestedApp(): Promise<IPublicClientApplication> {
    // Loaded on demand: MSAL is most of the bundle and hosts without NAA never need it.
    msal ??= import('@azure/msal-browser').then(({ createNestablePublicClientApplication }) =>
      createNestablePublicClientApplication({
        auth: { clientId: BUILD_CONFIG.msalClientId, authority: BUILD_CONFIG.msalAuthority },
      }),
    );
    return msal;
  }

  function remember(token: string): string {
    memoryToken = token;
    try {
      sessionStorage.setItem(STORAGE_KEY, token);
    } catch {
      // Storage can be blocked in third-party frames; the in-memory copy still works.
    }
    return token;
  }

  return {
    /** A token without any user interaction, or null. */
    async silentToken(): Promise<string | null> {
      if (memoryToken !== null) return memoryToken;
      if (!canUseNaa()) return null;
      try {
        const result = await (await nestedApp()).acquireTokenSilent({ scopes });
        return remember(result.accessToken);
      } catch {
        // Interaction needed (or NAA broken): the pane shows the Sign in button.
        return null;
      }
    },
    /** Interactive sign-in; call only from a click (pop-up rules). */
    async signIn(): Promise<string> {
      let naaError: unknown;
      if (canUseNaa()) {
        try {
          const result = await (await nestedApp()).acquireTokenPopup({ scopes });
          return remember(result.accessToken);
        } catch (error) {
          // NAA popup failures are known on some hosts (ADDINS.md §6 #2): fall back to the dialog.
          naaError = error;
        }
      }
      try {
        const url = new URL(BUILD_CONFIG.signInPath, window.location.href).toString();
        return remember(await host.signInWithDialog(url));
      } catch (error) {
        const code = String(
          (error as { code?: unknown }).code ??
            (naaError as { errorCode?: unknown } | undefined)?.errorCode ??
            'unknown',
        );
        throw new SignInError(code, (error as Error).message, { cause: error });
      }
    },
    /** Forgets the token (after a 401). */
    forget(): void {
      memoryToken = null;
      try {
        sessionStorage.removeItem(STORAGE_KEY);
      } catch {
        // Nothing stored when storage is blocked.
      }
    },
    currentToken(): string | null {
      return memoryToken;
    },
  };
}

/** The pane's sign-in service. */
export type Auth = ReturnType<typeof createAuth>;

function readStored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
