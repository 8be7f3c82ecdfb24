/**
 * The token vault (SECURITY.md C9): OAuth tokens and CalDAV passwords are sealed with AES-256-GCM
 * (node:crypto) before they reach the database. Each ciphertext is bound, through GCM's additional
 * authenticated data, to the client, the connection and the column it lives in, so a ciphertext
 * copied to another row or column fails to decrypt. Every ciphertext names its key id, so keys
 * rotate (`slash keys rotate`) while old rows stay readable.
 *
 * Format: `v1.<keyId>.<iv b64url>.<tag b64url>.<ciphertext b64url>`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What a ciphertext is bound to (its AAD). */
export interface SealContext {
  readonly clientId: string;
  readonly connectionId: string;
  /** The column (or logical field) the ciphertext is stored in. */
  readonly field: string;
}

/** Raised when no key is configured where one is required (fail closed). */
export class MissingEncryptionKeyError extends Error {
  override readonly name = 'MissingEncryptionKeyError';
}

/** Raised when a ciphertext cannot be opened: altered, moved, or under an unknown key. */
export class VaultDecryptionError extends Error {
  override readonly name = 'VaultDecryptionError';
}

/** Seals and opens secrets. */
export interface TokenVault {
  /** The key new ciphertexts are sealed with (the first of ENCRYPTION_KEYS). */
  readonly currentKeyId: string;
  seal(plaintext: string, context: SealContext): string;
  open(ciphertext: string, context: SealContext): string;
  /** The key id a ciphertext names. */
  keyIdOf(ciphertext: string): string;
}

const VERSION = 'v1';

/** Parses `keyId:base64,...` (ENCRYPTION_KEYS); throws MissingEncryptionKeyError when empty. */
export function parseEncryptionKeys(encryptionKeys: string | undefined): Map<string, Buffer> {
  if (encryptionKeys === undefined || encryptionKeys.trim() === '') {
    throw new MissingEncryptionKeyError(
      'ENCRYPTION_KEYS is not set: refusing to handle calendar tokens without an encryption key',
    );
  }
  const keys = new Map<string, Buffer>();
  for (const entry of encryptionKeys.split(',')) {
    const [keyId, material] = entry.trim().split(':');
    const key = material === undefined ? undefined : Buffer.from(material, 'base64');
    if (keyId === undefined || key === undefined || key.length !== 32) {
      throw new MissingEncryptionKeyError('ENCRYPTION_KEYS must be keyId:base64 entries of 32-byte keys');
    }
    keys.set(keyId, key);
  }
  return keys;
}

/** A vault over `keyId:base64,...`; the first key encrypts, all of them decrypt. */
export function createTokenVault(encryptionKeys: string | undefined): TokenVault {
  const keys = parseEncryptionKeys(encryptionKeys);
  const [currentKeyId] = keys.keys();
  if (currentKeyId === undefined) throw new MissingEncryptionKeyError('ENCRYPTION_KEYS holds no key');
  const currentKey = keys.get(currentKeyId) as Buffer;
  return {
    currentKeyId,
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv).setAAD(aad(currentKeyId, context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        VERSION,
        currentKeyId,
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(ciphertext, context) {
      const [version, keyId, iv, tag, body, extra] = ciphertext.split('.');
      if (
        version !== VERSION ||
        keyId === undefined ||
        iv === undefined ||
        tag === undefined ||
        body === undefined ||
        extra !== undefined
      ) {
        throw new VaultDecryptionError('not a vault ciphertext');
      }
      const key = keys.get(keyId);
      if (key === undefined)
        throw new VaultDecryptionError(`ciphertext is under key "${keyId}", which is not configured`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(aad(keyId, context));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new VaultDecryptionError('ciphertext failed authentication (altered, or bound to another row)', {
          cause: error,
        });
      }
    },
    keyIdOf(ciphertext) {
      const keyId = ciphertext.split('.')[1];
      if (keyId === undefined) throw new VaultDecryptionError('not a vault ciphertext');
      return keyId;
    },
  };
}

/** AAD: version, key id and the row binding, length-prefixed so no two contexts collide. */
function aad(keyId: string, context: SealContext): Buffer {
  return Buffer.from(
    [VERSION, keyId, context.clientId, context.connectionId, context.field]
      .map((part) => `${part.length}:${part}`)
      .join('|'),
  );
}
