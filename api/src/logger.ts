/**
 * Logger options: pino with redaction of credentials and personal data (SECURITY.md, policy §5).
 * Link tokens inside URLs (`/b/<token>`, `?token=`) are masked by the request serializer.
 */
import type { FastifyServerOptions } from 'fastify';
import type { AppConfig } from './config/config.js';

/** Paths pino replaces with `[redacted]` wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["idempotency-key"]',
  'res.headers["set-cookie"]',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.idToken',
  '*.password',
  '*.secret',
  '*.email',
  '*.phone',
  '*.name',
  '*.body',
];

/** Masks tokens carried in a URL path or query string. */
export function maskUrlTokens(url: string): string {
  return url
    .replace(/\/(b|m|manage|unsubscribe|privacy\/confirm|exports)\/[^/?#]+/g, '/$1/[token]')
    .replace(/([?&](token|code|state|sig|signature|id_token)=)[^&#]*/gi, '$1[redacted]');
}

/** Fastify logger options for `config`. */
export function loggerOptions(config: AppConfig): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        url: maskUrlTokens(request.url),
        id: request.id,
      }),
    },
  };
}
