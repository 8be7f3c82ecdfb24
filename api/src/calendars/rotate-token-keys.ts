/**
 * Key rotation (C9e): re-seals every connection secret under the vault's current key, in batches,
 * each batch in one transaction holding its rows (`FOR UPDATE`) so a concurrent refresh cannot be
 * overwritten with an older token. A row that cannot be opened stops the rotation (nothing is lost:
 * rows already rotated stay readable, the rest keep their old key), and the command can run again.
 */
import type { TokenVault } from '../vault/token-vault.js';
import { ACCESS_TOKEN_FIELD, REFRESH_TOKEN_FIELD } from './connection-tokens.js';
import type { CalendarConnection, CalendarsRepository } from './repository.js';

/** What a rotation did. */
export interface RotationReport {
  readonly rotated: number;
  readonly alreadyCurrent: number;
  /** Rows still sealed under another key after the run (0 on success). */
  readonly remaining: number;
}

/** Re-seals every secret under `vault.currentKeyId`. */
export async function rotateTokenKeys(deps: {
  repository: CalendarsRepository;
  vault: TokenVault;
  batchSize?: number;
}): Promise<RotationReport> {
  const { repository, vault } = deps;
  const batchSize = deps.batchSize ?? 500;
  let afterId: string | null = null;
  let rotated = 0;
  let alreadyCurrent = 0;
  for (;;) {
    const page: { count: number; lastId: string | null; rotated: number } = await repository.transaction(async (tx) => {
      const rows = await tx.listConnectionsWithTokensAfter(afterId, batchSize);
      const stale = rows.filter((row) => row.tokenKeyId !== vault.currentKeyId);
      await tx.updateCiphertexts(stale.map((row) => reseal(vault, row)));
      return { count: rows.length, lastId: rows.at(-1)?.id ?? null, rotated: stale.length };
    });
    rotated += page.rotated;
    alreadyCurrent += page.count - page.rotated;
    if (page.count < batchSize || page.lastId === null) break;
    afterId = page.lastId;
  }
  return { rotated, alreadyCurrent, remaining: await repository.countConnectionsNotUnderKey(vault.currentKeyId) };
}

function reseal(vault: TokenVault, row: CalendarConnection) {
  const move = (field: string, ciphertext: string | null) => {
    if (ciphertext === null) return null;
    const context = { clientId: row.clientId, connectionId: row.id, field };
    return vault.seal(vault.open(ciphertext, context), context);
  };
  return {
    id: row.id,
    access: move(ACCESS_TOKEN_FIELD, row.accessTokenCiphertext),
    refresh: move(REFRESH_TOKEN_FIELD, row.refreshTokenCiphertext),
    keyId: vault.currentKeyId,
  };
}
