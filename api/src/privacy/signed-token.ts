/**
 * Signed and sealed link tokens. A signed token (HMAC-SHA-256 under SIGNING_SECRET, truncated to
 * 128 bits) carries ids and an expiry in clear and cannot be forged or altered; a sealed token (AES-256-GCM under a key derived
 * from the same secret) also hides its payload, for links that must carry an email address without
 * the database keeping it. Both are bound to a purpose, so a token of one kind never opens another.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a token carries: flat ids and short strings. */
export type TokenPayload = Record<string, string>;

interface Envelope {
  readonly p: string;
  readonly d: TokenPayload;
  /** Expiry, UTC epoch ms. */
  readonly e: number;
}

/** The secret and the purpose a token is bound to. */
export interface TokenKey {
  readonly secret: string;
  readonly purpose: string;
}

/**
 * A short token for `purpose` carrying `fields` (ids: letters, digits, `-`, `_`) until
 * `expiresAtMs`: `field.field.expiry36.signature`, with a 128-bit HMAC. Short enough for a URL
 * path segment (Fastify's parameters stop at 100 characters).
 */
export function signToken({ secret, purpose }: TokenKey, fields: readonly string[], expiresAtMs: number): string {
  if (fields.some((field) => !/^[\w-]+$/.test(field))) throw new RangeError('token fields must be ids');
  const body = [...fields, Math.ceil(expiresAtMs).toString(36)].join('.');
  return `${body}.${shortHmac(secret, purpose, body)}`;
}

/** The fields of a valid, unexpired token of `purpose` with `count` fields, else undefined. */
export function verifyToken(
  { secret, purpose }: TokenKey,
  token: string,
  options: { nowMs: number; count: number },
): string[] | undefined {
  const parts = token.split('.');
  if (parts.length !== options.count + 2) return undefined;
  const signature = parts.pop() ?? '';
  const body = parts.join('.');
  const expected = Buffer.from(shortHmac(secret, purpose, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const expiresAtMs = parseInt(parts.pop() ?? '', 36);
  if (!Number.isFinite(expiresAtMs) || expiresAtMs <= options.nowMs) return undefined;
  return parts;
}

/** Like signToken, but the payload is encrypted (AES-256-GCM, purpose as additional data). */
export function sealToken({ secret, purpose }: TokenKey, payload: TokenPayload, expiresAtMs: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv).setAAD(Buffer.from(purpose));
  const plain = Buffer.from(JSON.stringify({ p: purpose, d: payload, e: expiresAtMs } satisfies Envelope));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64url');
}

/** The payload of a valid, unexpired sealed token of `purpose`, else undefined. */
export function openToken({ secret, purpose }: TokenKey, token: string, nowMs: number): TokenPayload | undefined {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length < 12 + 16 + 2) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), raw.subarray(0, 12)).setAAD(Buffer.from(purpose));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const plain = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
    return readEnvelope(plain.toString('utf8'), purpose, nowMs);
  } catch {
    // A tampered or foreign token fails authentication: that is the "invalid" answer.
    return undefined;
  }
}

/** HMAC-SHA-256 of a lower-cased email address: lets us match a requester without storing the address. */
export function emailDigest(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`email:${email.trim().toLowerCase()}`).digest('hex');
}

function shortHmac(secret: string, purpose: string, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}|${body}`).digest().subarray(0, 16).toString('base64url');
}

function sealKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('slash-sealed-token-v1').digest();
}

function readEnvelope(json: string, purpose: string, nowMs: number): TokenPayload | undefined {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(json) as Envelope;
  } catch {
    // Not JSON: not one of our tokens.
    return undefined;
  }
  if (envelope.p !== purpose || typeof envelope.e !== 'number' || envelope.e <= nowMs) return undefined;
  return envelope.d;
}
