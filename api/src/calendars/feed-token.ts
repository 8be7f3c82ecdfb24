/**
 * Tokens of ICS feed links: `<clientId>.<calendarId>.<expiresMs>.<HMAC-SHA-256>` under SIGNING_SECRET,
 * bound to the purpose "calendar-feed". Unforgeable and unalterable; nothing is stored.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'calendar-feed';

/** A feed token for one calendar of one client, valid until `expiresAtMs`. */
export function signFeedToken(
  secret: string,
  ids: { clientId: string; calendarId: string },
  expiresAtMs: number,
): string {
  const body = `${ids.clientId}.${ids.calendarId}.${expiresAtMs}`;
  return `${body}.${mac(secret, body)}`;
}

/** The ids a valid, unexpired feed token names, else undefined. */
export function verifyFeedToken(
  secret: string,
  token: string,
  nowMs: number,
): { clientId: string; calendarId: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 4) return undefined;
  const [clientId, calendarId, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(secret, `${clientId}.${calendarId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  if (!(Number(expires) > nowMs)) return undefined;
  return { clientId, calendarId };
}

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}|${body}`).digest('base64url');
}
