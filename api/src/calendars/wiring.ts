/**
 * Builds the calendars domain from the app's dependencies: vault (fails closed without a key),
 * repository, connection tokens, the provider connectors and the service, plus the options of its
 * routes. app.ts calls this once; other domains receive `service`.
 */
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import { createTokenVault, type TokenVault } from '../vault/token-vault.js';
import { createConnectionTokens, type ConnectionTokens, type Refresher } from './connection-tokens.js';
import { createCaldavConnect, type CaldavConnect } from './caldav-connect.js';
import { caldavCredentialsOf, createCaldavConnector } from './caldav-connector.js';
import { createGoogleConnector } from './google-connector.js';
import { createGrantRevoker } from './grant-revoker.js';
import { createGraphConnector } from './graph-connector.js';
import { refreshAccessToken, type TokenEndpoint, type TokenGrant } from './oauth-token-client.js';
import { createCalendarsRepository, type CalendarsRepository } from './repository.js';
import type { RetryOptions } from './retry-policy.js';
import type { CalendarRoutesOptions } from './routes.js';
import { createCalendarService, type CalendarService, type ConnectorFactory } from './service.js';

/** The calendars domain, wired. */
export interface CalendarsDomain {
  readonly service: CalendarService;
  readonly tokens: ConnectionTokens;
  readonly repository: CalendarsRepository;
  readonly vault: TokenVault;
  readonly routeOptions: CalendarRoutesOptions;
  /** Stores the calendar grant of a sign-in (sealed) and syncs the account's calendars. */
  connectOAuth(input: {
    clientId: string;
    provider: 'google' | 'microsoft';
    accountEmail: string;
    grant: TokenGrant;
  }): Promise<string>;
}

/** Options tests (and the worker) may override. */
export interface CalendarsDomainDeps {
  readonly config: AppConfig;
  readonly db: Database;
  readonly clock: Clock;
  readonly connectorFor?: ConnectorFactory;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly fetch?: typeof fetch;
  /** Called once a connection is (again) usable: meetings waiting for it can be written now. */
  readonly onConnectionActive?: (clientId: string) => Promise<unknown>;
}

/** The token endpoint of a provider, from configuration. */
export function tokenEndpointOf(config: AppConfig, provider: string): TokenEndpoint | undefined {
  if (provider === 'google' && config.googleClientId !== undefined) {
    return {
      tokenUrl: config.googleTokenUrl,
      clientId: config.googleClientId,
      clientSecret: config.googleClientSecret ?? '',
    };
  }
  if (provider === 'microsoft' && config.microsoftClientId !== undefined) {
    return {
      tokenUrl: config.microsoftTokenUrl,
      clientId: config.microsoftClientId,
      clientSecret: config.microsoftClientSecret ?? '',
    };
  }
  return undefined;
}

/** Wires the calendars domain. Throws MissingEncryptionKeyError without ENCRYPTION_KEYS (C9d). */
export function createCalendarsDomain(deps: CalendarsDomainDeps): CalendarsDomain {
  const { config, clock } = deps;
  const vault = createTokenVault(config.encryptionKeys);
  const repository = createCalendarsRepository(deps.db);
  const fetchImpl = deps.fetch ?? fetch;
  const refresh: Refresher = async (provider, refreshToken) => {
    const endpoint = tokenEndpointOf(config, provider);
    if (endpoint === undefined) throw new Error(`no token endpoint configured for ${provider}`);
    return refreshAccessToken(endpoint, refreshToken, fetchImpl);
  };
  const tokens = createConnectionTokens({ repository, vault, clock, refresh });
  const retry: RetryOptions = {
    clock,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    deadlineMs: 60_000,
  };
  const connectorFor: ConnectorFactory =
    deps.connectorFor ??
    (({ connection, calendars }) => {
      if (connection.provider === 'google')
        return createGoogleConnector({ connection, tokens, retry, rootUrl: config.googleApiRootUrl });
      if (connection.provider === 'microsoft')
        return createGraphConnector({ connection, tokens, retry, baseUrl: config.microsoftGraphBaseUrl, calendars });
      if (connection.provider === 'caldav') {
        const credentials = caldavCredentialsOf(tokens.readSecret(connection));
        return createCaldavConnector({
          serverUrl: connection.serverUrl ?? '',
          credentials,
          calendars,
          retry,
          fetch: fetchImpl,
          // Refused credentials are not retried: the client is asked to reconnect (C10).
          onCredentialsRejected: () =>
            repository.updateConnectionStatus(connection.id, 'needs_reconnect', clock.nowMs()),
        });
      }
      throw new Error(`no connector for provider ${connection.provider}`);
    });
  const revokeGrant = createGrantRevoker({ tokens, googleRevokeUrl: config.googleRevokeUrl, fetch: fetchImpl });
  const service = createCalendarService({ repository, clock, connectorFor, revokeGrant });
  const connectCaldavOnly: CaldavConnect = createCaldavConnect({
    repository,
    tokens,
    service,
    retry,
    fetch: fetchImpl,
    allowedPrivateHosts: config.caldavAllowedPrivateHosts,
  });
  const connectCaldav: CaldavConnect = async (clientId, input) => {
    const connected = await connectCaldavOnly(clientId, input);
    await deps.onConnectionActive?.(clientId);
    return connected;
  };
  const connectOAuth: CalendarsDomain['connectOAuth'] = async (input) => {
    const existing = (await repository.listConnections(input.clientId)).find(
      (row) => row.provider === input.provider && row.accountEmail === input.accountEmail,
    );
    const connection =
      existing ??
      (await repository.insertConnection({
        clientId: input.clientId,
        provider: input.provider,
        accountEmail: input.accountEmail,
      }));
    await tokens.storeGrant(connection, input.grant);
    try {
      await service.syncCalendars(input.clientId, connection.id);
    } catch {
      // Sign-in must not fail because the calendar list is unavailable: start with the primary
      // calendar (an id both Google and Graph understand); the list is synced again later.
      await repository.insertCalendars([
        {
          clientId: input.clientId,
          connectionId: connection.id,
          externalId: 'primary',
          name: input.accountEmail,
          blocksAvailability: true,
        },
      ]);
    }
    await deps.onConnectionActive?.(input.clientId);
    return connection.id;
  };
  return {
    service,
    connectOAuth,
    tokens,
    repository,
    vault,
    routeOptions: {
      calendars: service,
      clock,
      signingSecret: config.signingSecret,
      publicBaseUrl: config.publicBaseUrl,
      connectCaldav,
    },
  };
}
