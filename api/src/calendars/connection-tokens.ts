/**
 * Access tokens of calendar connections, read from and written to the vault (C9, C10).
 *
 * Refresh is single-flight (R4): within a process one promise per connection; across processes the
 * refresh runs inside a transaction holding `SELECT … FOR UPDATE` on the connection row, and the row
 * is re-read under the lock, so a sibling process that already refreshed is seen and no second call
 * reaches the token endpoint. Tokens are refreshed 5 minutes before they expire. `invalid_grant`
 * marks the connection `needs_reconnect` — unless the row changed meanwhile (a sibling won).
 */
import type { Clock } from '../clock.js';
import { ReconnectRequiredError } from '../errors/domain-error.js';
import type { TokenVault } from '../vault/token-vault.js';
import { InvalidGrantError, type TokenGrant } from './oauth-token-client.js';
import type { CalendarConnection, CalendarQueries, CalendarsRepository } from './repository.js';

/** Refresh this long before expiry. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** Calls the provider's token endpoint for a connection. */
export type Refresher = (provider: string, refreshToken: string) => Promise<TokenGrant>;

/** Column names, also the `field` of each ciphertext's AAD. */
export const ACCESS_TOKEN_FIELD = 'access_token_ciphertext';
export const REFRESH_TOKEN_FIELD = 'refresh_token_ciphertext';

/** Reads, stores and refreshes connection tokens. */
export function createConnectionTokens(deps: {
  repository: CalendarsRepository;
  vault: TokenVault;
  clock: Clock;
  refresh: Refresher;
}) {
  const { repository, vault, clock } = deps;
  const inFlight = new Map<string, Promise<string>>();
  const context = (row: CalendarConnection, field: string) => ({ clientId: row.clientId, connectionId: row.id, field });
  const openField = (row: CalendarConnection, field: string, ciphertext: string | null) =>
    ciphertext === null ? undefined : vault.open(ciphertext, context(row, field));

  const isFresh = (row: CalendarConnection) =>
    row.accessTokenCiphertext !== null &&
    row.accessTokenExpiresAt !== null &&
    row.accessTokenExpiresAt.getTime() - REFRESH_MARGIN_MS > clock.nowMs();

  /** Under the row lock: refresh unless the row already holds a usable token other than `rejected`. */
  const refreshLocked = async (
    tx: CalendarQueries,
    connectionId: string,
    rejected: string | undefined,
  ): Promise<string | InvalidGrantError> => {
    const row = await tx.lockConnection(connectionId);
    if (row === undefined) throw new ReconnectRequiredError('This calendar connection no longer exists.');
    if (row.status !== 'active') throw new ReconnectRequiredError('Reconnect this calendar to keep using it.');
    const current = openField(row, ACCESS_TOKEN_FIELD, row.accessTokenCiphertext);
    if (current !== undefined && current !== rejected && isFresh(row)) return current;
    const refreshToken = openField(row, REFRESH_TOKEN_FIELD, row.refreshTokenCiphertext);
    if (refreshToken === undefined) throw new ReconnectRequiredError('Reconnect this calendar to keep using it.');
    let grant: TokenGrant;
    try {
      grant = await deps.refresh(row.provider, refreshToken);
    } catch (error) {
      if (error instanceof InvalidGrantError) {
        // Returned, not thrown: the status change must commit with the transaction.
        await tx.updateConnectionTokens(
          row.id,
          {
            accessTokenCiphertext: null,
            refreshTokenCiphertext: row.refreshTokenCiphertext,
            tokenKeyId: row.tokenKeyId,
            status: 'needs_reconnect',
          },
          clock.nowMs(),
        );
        return error;
      }
      throw error;
    }
    await tx.updateConnectionTokens(row.id, sealGrant(row, grant, refreshToken), clock.nowMs());
    return grant.accessToken;
  };

  const sealGrant = (row: CalendarConnection, grant: TokenGrant, previousRefreshToken: string | undefined) => ({
    accessTokenCiphertext: vault.seal(grant.accessToken, context(row, ACCESS_TOKEN_FIELD)),
    refreshTokenCiphertext:
      (grant.refreshToken ?? previousRefreshToken) === undefined
        ? null
        : vault.seal((grant.refreshToken ?? previousRefreshToken) as string, context(row, REFRESH_TOKEN_FIELD)),
    tokenKeyId: vault.currentKeyId,
    accessTokenExpiresAt: new Date(clock.nowMs() + grant.expiresInSeconds * 1000),
    ...(grant.scopes === undefined ? {} : { scopes: grant.scopes }),
  });

  const singleFlight = (connectionId: string, rejected: string | undefined): Promise<string> => {
    const key = `${connectionId}:${rejected ?? ''}`;
    const running = inFlight.get(key);
    if (running !== undefined) return running;
    const promise = repository
      .transaction((tx) => refreshLocked(tx, connectionId, rejected))
      .then((outcome) => {
        if (outcome instanceof InvalidGrantError)
          throw new ReconnectRequiredError('Slash lost access to this calendar; reconnect it.', { cause: outcome });
        return outcome;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  };

  return {
    /** A usable access token, refreshed first when it expires within 5 minutes. */
    async accessToken(connection: CalendarConnection): Promise<string> {
      const row = (await repository.findConnection(connection.clientId, connection.id)) ?? connection;
      if (row.status !== 'active') throw new ReconnectRequiredError('Reconnect this calendar to keep using it.');
      if (isFresh(row)) return openField(row, ACCESS_TOKEN_FIELD, row.accessTokenCiphertext) as string;
      return singleFlight(row.id, undefined);
    },
    /** After a 401 with `rejected`: one refresh (shared with concurrent callers), then the new token. */
    async refreshAfterRejection(connection: CalendarConnection, rejected: string): Promise<string> {
      return singleFlight(connection.id, rejected);
    },
    /** Stores a new grant (sign-in, connect) on a connection, sealed. */
    async storeGrant(connection: CalendarConnection, grant: TokenGrant): Promise<void> {
      await repository.updateConnectionTokens(
        connection.id,
        { ...sealGrant(connection, grant, undefined), status: 'active' },
        clock.nowMs(),
      );
    },
    /**
     * Stores a static secret (CalDAV credentials as JSON) in the access-token column, sealed; the
     * connection is active again (a reconnect after the server refused the old credentials).
     */
    async storeSecret(connection: CalendarConnection, secret: string): Promise<void> {
      await repository.updateConnectionTokens(
        connection.id,
        {
          accessTokenCiphertext: vault.seal(secret, context(connection, ACCESS_TOKEN_FIELD)),
          refreshTokenCiphertext: null,
          tokenKeyId: vault.currentKeyId,
          status: 'active',
        },
        clock.nowMs(),
      );
    },
    /** The static secret of a connection (CalDAV credentials). */
    readSecret(connection: CalendarConnection): string | undefined {
      return openField(connection, ACCESS_TOKEN_FIELD, connection.accessTokenCiphertext);
    },
    /** The refresh token of a connection (to revoke the grant), if it has one. */
    readRefreshToken(connection: CalendarConnection): string | undefined {
      return openField(connection, REFRESH_TOKEN_FIELD, connection.refreshTokenCiphertext);
    },
  };
}

/** The connection tokens' interface. */
export type ConnectionTokens = ReturnType<typeof createConnectionTokens>;
