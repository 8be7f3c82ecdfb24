/**
 * The add-in sign-in hand-off (ADDINS.md §2, dialog fallback; §4 Gmail linking). A browser that
 * has — or gets, through the web sign-in — a Slash web session ends here:
 *
 * - Outlook: a fresh revocable session of kind `addin` whose token goes to the Office dialog page
 *   in the URL fragment (never sent to a server, never logged); the page hands it to the pane.
 * - Gmail: no token. The add-on authenticates with Google ID tokens mapped by (issuer, subject), so
 *   linking means this browser signed in with Google: that sign-in stored the very identity the
 *   add-on's token maps to (same configured issuer, Google's `sub` is the same for every client).
 *
 * The dialog page is the only place a token may be sent (an allowlist, not "any same-site path"):
 * a fragment survives redirects, so a same-site path that redirects elsewhere would carry the
 * token off-site (C6).
 */
import type { ClientPrincipal } from '../auth/auth-class.js';
import type { AccountsRepository } from './repository.js';
import type { SessionService } from './session-service.js';

/** The add-in asking for a sign-in. */
export type AddinClient = 'outlook' | 'gmail';
/** A web sign-in provider. */
export type SignInProviderName = 'google' | 'microsoft';

/** The Outlook dialog pages a token may be handed to; the first is the default. */
export const OUTLOOK_DIALOG_PATHS: readonly string[] = ['/addin/outlook/sign-in.html'];
/** Add-in sessions live 30 days unless revoked (logout, erasure). */
export const ADDIN_SESSION_TTL_DAYS = 30;

/** What the add-in asked for, as received (query of `/auth/addin/start` and `/finish`). */
export interface AddinSignInRequest {
  readonly client?: AddinClient | undefined;
  readonly provider?: SignInProviderName | undefined;
  readonly returnTo?: string | undefined;
}

/** A hand-off request after normalisation. */
export interface AddinHandoff {
  readonly client: AddinClient;
  /** The Outlook dialog page (always one of OUTLOOK_DIALOG_PATHS); unused for Gmail. */
  readonly returnTo: string;
}

/** What `/auth/addin/start` does next. */
export type StartStep =
  | {
      readonly kind: 'choose-provider';
      readonly handoff: AddinHandoff;
      readonly providers: readonly SignInProviderName[];
    }
  | { readonly kind: 'redirect'; readonly location: string };

/** What `/auth/addin/finish` does for a signed-in client. */
export type FinishStep =
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'gmail-linked'; readonly googleEmails: readonly string[]; readonly otherAccountPath: string };

/** What a signed-out `/auth/addin/finish` does. */
export type SignedOutStep =
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'failed'; readonly handoff: AddinHandoff; readonly retryPath: string };

/** Creates the hand-off service; `providers` are the configured sign-in providers. */
export function createAddinSignInService(deps: {
  accounts: AccountsRepository;
  sessions: SessionService;
  providers: readonly SignInProviderName[];
}) {
  const { accounts, sessions, providers } = deps;
  return {
    normalise,

    /**
     * Signed in already: straight to finish. Otherwise the web sign-in with the asked provider; for
     * Gmail always Google (only a Google identity links the add-on); when the add-in did not say
     * which add-in or provider it is (the Outlook dialog says neither) and both are offered, a choice.
     */
    start(request: AddinSignInRequest, isSignedIn: boolean): StartStep {
      const handoff = normalise(request);
      if (isSignedIn) return { kind: 'redirect', location: finishPath(handoff, false) };
      const provider = chooseProvider(request, handoff, providers);
      if (provider === undefined) return { kind: 'choose-provider', handoff, providers };
      return { kind: 'redirect', location: webSignInPath(provider, handoff) };
    },

    /** Hands the signed-in `principal` over to the add-in. */
    async finish(principal: ClientPrincipal, request: AddinSignInRequest): Promise<FinishStep> {
      const handoff = normalise(request);
      if (handoff.client === 'gmail') {
        const identities = await accounts.listIdentities(principal.clientId);
        const googleEmails = identities
          .filter((identity) => identity.provider === 'google')
          .map((identity) => identity.email);
        // A web session from a Microsoft sign-in links nothing the Gmail add-on can use.
        if (googleEmails.length === 0) return { kind: 'redirect', location: webSignInPath('google', handoff) };
        return { kind: 'gmail-linked', googleEmails, otherAccountPath: webSignInPath('google', handoff) };
      }
      const { token } = await sessions.open(principal.clientId, 'addin', ADDIN_SESSION_TTL_DAYS);
      return { kind: 'redirect', location: `${handoff.returnTo}#${new URLSearchParams({ token }).toString()}` };
    },

    /** Where a signed-out finish goes: back to start, unless it just came from a sign-in (no loop). */
    signedOut(request: AddinSignInRequest, afterSignIn: boolean): SignedOutStep {
      const handoff = normalise(request);
      // Just back from a sign-in without a session: the cookie did not stick (blocked cookies).
      // Going round again would loop through the provider, so the caller reports it instead.
      if (afterSignIn) return { kind: 'failed', handoff, retryPath: startPath(handoff, request.provider) };
      return { kind: 'redirect', location: startPath(handoff, request.provider) };
    },
  };
}

/** The hand-off service's interface. */
export type AddinSignInService = ReturnType<typeof createAddinSignInService>;

/** Gmail if it says so; anything else is the Outlook dialog, whose page must be on the allowlist. */
function normalise(request: AddinSignInRequest): AddinHandoff {
  const defaultPath = OUTLOOK_DIALOG_PATHS[0] ?? '/';
  if (request.client === 'gmail') return { client: 'gmail', returnTo: defaultPath };
  const returnTo =
    request.returnTo !== undefined && OUTLOOK_DIALOG_PATHS.includes(request.returnTo) ? request.returnTo : defaultPath;
  return { client: 'outlook', returnTo };
}

function chooseProvider(
  request: AddinSignInRequest,
  handoff: AddinHandoff,
  configured: readonly SignInProviderName[],
): SignInProviderName | undefined {
  if (handoff.client === 'gmail') return 'google';
  if (request.provider !== undefined) return request.provider;
  if (configured.length === 1) return configured[0];
  // An explicit Outlook client defaults to Microsoft; the dialog (no client) may be a Google user.
  return request.client === 'outlook' ? 'microsoft' : undefined;
}

function query(handoff: AddinHandoff, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ client: handoff.client });
  if (handoff.client === 'outlook') params.set('return_to', handoff.returnTo);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** `/auth/addin/start` for `handoff`, optionally with a provider. */
export function startPath(handoff: AddinHandoff, provider?: SignInProviderName): string {
  return `/auth/addin/start?${query(handoff, provider === undefined ? {} : { provider })}`;
}

function finishPath(handoff: AddinHandoff, afterSignIn: boolean): string {
  return `/auth/addin/finish?${query(handoff, afterSignIn ? { after: 'sign-in' } : {})}`;
}

function webSignInPath(provider: SignInProviderName, handoff: AddinHandoff): string {
  return `/v1/auth/${provider}/start?${new URLSearchParams({ returnTo: finishPath(handoff, true) }).toString()}`;
}
