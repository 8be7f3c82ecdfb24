/**
 * Builds sign-in (Google, Microsoft) and add-in bearer verification from configuration. A provider
 * without a client id is simply not offered. Scopes are minimal (C8): OpenID + calendar events.
 */
import type { FastifyRequest } from 'fastify';
import type { ClientPrincipal } from '../auth/auth-class.js';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import { createTokenVerifier, type TokenVerifier } from './id-token-verifier.js';
import type { AccountsRepository } from './repository.js';
import {
  createSignInService,
  type SignInProvider,
  type SignInService,
  type StoreCalendarGrant,
} from './sign-in-service.js';

export const GOOGLE_CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';
export const MICROSOFT_CALENDAR_SCOPE = 'Calendars.ReadWrite';
/** The delegated scope add-ins request for our API (Nested App Authentication). */
export const ADDIN_API_SCOPE = 'access_as_user';

/** Sign-in and add-in token verification, wired. */
export interface AccountsDomain {
  readonly signIn: SignInService;
  /** The configured sign-in providers, Microsoft first. */
  readonly providerNames: readonly ('google' | 'microsoft')[];
  /** The client of a bearer JWT from an add-in (Outlook NAA access token, Gmail add-on ID token). */
  authenticateAddinToken(request: FastifyRequest): Promise<ClientPrincipal | undefined>;
}

/** Wires the accounts domain's sign-in. */
export function createAccountsDomain(deps: {
  config: AppConfig;
  accounts: AccountsRepository;
  clock: Clock;
  storeCalendarGrant?: StoreCalendarGrant;
  fetch?: typeof fetch;
}): AccountsDomain {
  const { config, clock } = deps;
  const providers = new Map<string, SignInProvider>();
  const addinVerifiers: TokenVerifier[] = [];
  if (config.googleClientId !== undefined) {
    const verifier = createTokenVerifier(
      {
        provider: 'google',
        jwksUrl: config.googleJwksUrl,
        issuer: config.googleIssuer,
        audience: config.googleClientId,
      },
      clock,
    );
    providers.set('google', {
      name: 'google',
      clientId: config.googleClientId,
      clientSecret: config.googleClientSecret ?? '',
      authorizeUrl: config.googleAuthorizeUrl,
      tokenUrl: config.googleTokenUrl,
      scopes: ['openid', 'email', 'profile', GOOGLE_CALENDAR_SCOPE],
      calendarScope: GOOGLE_CALENDAR_SCOPE,
      extraAuthorizeParams: { access_type: 'offline', prompt: 'consent' },
      verifier,
    });
    // The Gmail add-on's ID tokens name the add-on's own Apps Script client when it has one; sign-in
    // tokens keep the exact web client audience.
    addinVerifiers.push(
      config.gmailAddonClientId === undefined
        ? verifier
        : createTokenVerifier(
            {
              provider: 'google',
              jwksUrl: config.googleJwksUrl,
              issuer: config.googleIssuer,
              audience: [config.googleClientId, config.gmailAddonClientId],
            },
            clock,
          ),
    );
  }
  if (config.microsoftClientId !== undefined) {
    const verifier = createTokenVerifier(
      {
        provider: 'microsoft',
        jwksUrl: config.microsoftJwksUrl,
        issuer: config.microsoftIssuerTemplate,
        audience: config.microsoftClientId,
      },
      clock,
    );
    providers.set('microsoft', {
      name: 'microsoft',
      clientId: config.microsoftClientId,
      clientSecret: config.microsoftClientSecret ?? '',
      authorizeUrl: config.microsoftAuthorizeUrl,
      tokenUrl: config.microsoftTokenUrl,
      scopes: ['openid', 'email', 'profile', 'offline_access', MICROSOFT_CALENDAR_SCOPE],
      calendarScope: MICROSOFT_CALENDAR_SCOPE,
      verifier,
    });
  }
  const naaVerifier =
    config.microsoftClientId === undefined
      ? undefined
      : createTokenVerifier(
          {
            provider: 'microsoft',
            jwksUrl: config.microsoftJwksUrl,
            issuer: config.microsoftIssuerTemplate,
            audience: [config.microsoftApiAudience ?? config.microsoftClientId, config.microsoftClientId],
          },
          clock,
        );
  const signIn = createSignInService({
    accounts: deps.accounts,
    clock,
    providers,
    redirectUri: (provider) => `${config.publicBaseUrl}/v1/auth/${provider}/callback`,
    ...(deps.storeCalendarGrant === undefined ? {} : { storeCalendarGrant: deps.storeCalendarGrant }),
    ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
  });
  return {
    signIn,
    providerNames: (['microsoft', 'google'] as const).filter((name) => providers.has(name)),
    async authenticateAddinToken(request) {
      const token = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (token === undefined) return undefined;
      const attempts: Promise<{ issuer: string; subject: string } | undefined>[] = [
        ...(naaVerifier === undefined ? [] : [naaVerifier.verify(token, { requiredScope: ADDIN_API_SCOPE })]),
        ...addinVerifiers.map((verifier) => verifier.verify(token)),
      ].map((attempt) => attempt.catch(() => undefined));
      for (const identity of await Promise.all(attempts)) {
        if (identity === undefined) continue;
        const found = await deps.accounts.findIdentity(identity.issuer, identity.subject);
        if (found !== undefined) return { clientId: found.clientId, sessionId: `addin-jwt:${found.id}` };
      }
      return undefined;
    },
  };
}
