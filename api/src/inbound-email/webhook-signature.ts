/**
 * The inbound-email webhook's signature: `X-Slash-Signature: sha256=<hex HMAC-SHA256(secret, body)>`
 * over the exact body bytes, compared in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header carrying the signature. */
export const SIGNATURE_HEADER = 'x-slash-signature';

/** The header value a sender computes for `body`. */
export function signWebhookBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** True when `header` is the signature of `body` under `secret` (false when there is no secret). */
export function isValidWebhookSignature(input: {
  readonly secret: string | undefined;
  readonly body: Buffer;
  readonly header: string | undefined;
}): boolean {
  if (input.secret === undefined || input.header === undefined) return false;
  const expected = Buffer.from(signWebhookBody(input.secret, input.body));
  const given = Buffer.from(input.header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
