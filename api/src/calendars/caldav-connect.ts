/**
 * Connecting a CalDAV account: the credentials are checked by listing the calendars before anything
 * is stored; then the connection (one per client, server and username) keeps the server URL in
 * clear and the username + password sealed by the vault (C9), and its calendars are synced.
 */
import { InvalidInputError, ProviderUnavailableError } from '../errors/domain-error.js';
import { createCaldavConnector, type CaldavCredentials } from './caldav-connector.js';
import { isReachableWithoutSsrf } from './private-address.js';
import type { ConnectionTokens } from './connection-tokens.js';
import type { CalendarsRepository } from './repository.js';
import { ProviderHttpError, type RetryOptions } from './retry-policy.js';
import type { CalendarService } from './service.js';

/** Connects a CalDAV account for a client; answers the connection id. */
export type CaldavConnect = (clientId: string, input: { url: string } & CaldavCredentials) => Promise<{ id: string }>;

/** What connecting needs. */
export interface CaldavConnectDeps {
  readonly repository: CalendarsRepository;
  readonly tokens: ConnectionTokens;
  readonly service: CalendarService;
  readonly retry: RetryOptions;
  readonly fetch?: typeof fetch;
  /** `host:port` of self-hosted servers on private addresses that may be connected (S11). */
  readonly allowedPrivateHosts: readonly string[];
}

/** Creates the CalDAV connect operation. */
export function createCaldavConnect(deps: CaldavConnectDeps): CaldavConnect {
  return async (clientId, input) => {
    const serverUrl = normalisedServerUrl(input.url);
    if (!(await isReachableWithoutSsrf(new URL(serverUrl), deps.allowedPrivateHosts))) {
      throw new InvalidInputError(
        'url',
        'This address points to a private network; Slash only connects to public servers.',
      );
    }
    const credentials = { username: input.username, password: input.password };
    await verifyCredentials(deps, serverUrl, credentials);
    const existing = (await deps.repository.listConnections(clientId)).find(
      (row) => row.provider === 'caldav' && row.serverUrl === serverUrl && row.accountEmail === input.username,
    );
    const connection =
      existing ??
      (await deps.repository.insertConnection({
        clientId,
        provider: 'caldav',
        accountEmail: input.username,
        serverUrl,
      }));
    await deps.tokens.storeSecret(connection, JSON.stringify(credentials));
    await deps.service.syncCalendars(clientId, connection.id);
    return { id: connection.id };
  };
}

/** Lists the calendars once; rejected credentials and unreachable servers become safe 4xx/5xx. */
async function verifyCredentials(
  deps: CaldavConnectDeps,
  serverUrl: string,
  credentials: CaldavCredentials,
): Promise<void> {
  const connector = createCaldavConnector({
    serverUrl,
    credentials,
    calendars: [],
    retry: { ...deps.retry, deadlineMs: 10_000 },
    ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
  });
  try {
    await connector.listCalendars();
  } catch (error) {
    if (error instanceof ProviderHttpError && (error.status === 401 || error.status === 403)) {
      throw new InvalidInputError('password', 'The CalDAV server rejected this username or password.');
    }
    if (error instanceof ProviderUnavailableError) throw error;
    throw new ProviderUnavailableError('Slash could not read calendars at this CalDAV address.', { cause: error });
  }
}

/** The server URL, checked to be http(s) without embedded credentials. */
function normalisedServerUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInputError('url', 'This is not a valid URL.');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    throw new InvalidInputError('url', 'Use an http(s) address without a username or password in it.');
  }
  return url.href;
}
