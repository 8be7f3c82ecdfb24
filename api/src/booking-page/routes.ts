/**
 * Serves the built booking page (web-booking/dist): `index.html` at `/b/:token` (book) and
 * `/m/:manageToken` (manage), hashed assets under `/assets-booking/`. The page is static; it reads the
 * token from its own URL and calls the public API. Link pages send no-referrer / noindex / no-store
 * (SECURITY.md S13) so the capability in the path leaks neither to third parties, crawlers nor caches.
 * The page has no inline script, so it runs under the app's CSP (`script-src 'self'`).
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { DomainError, NotFoundError } from '../errors/domain-error.js';

/** Where the Vite build lands: api/{src,dist}/booking-page → ../../../web-booking/dist. */
export const DEFAULT_BOOKING_PAGE_DIR = fileURLToPath(new URL('../../../web-booking/dist/', import.meta.url));

/** URL prefix of the assets; must match `base` in web-booking/vite.config.ts. */
export const BOOKING_ASSETS_PREFIX = '/assets-booking';

/** 503 while web-booking has not been built (a fresh clone before `npm run build`). */
export class BookingPageNotBuiltError extends DomainError {
  readonly type = 'https://slash.example/errors/booking-page-not-built';
  readonly status = 503;
  readonly title = 'Booking page not built';
  readonly code = 'booking_page_not_built';
}

/** Options of bookingPageRoutes. */
export interface BookingPageOptions {
  /** The Vite output directory (default: web-booking/dist next to this package). */
  readonly distDir?: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

const TokenParamsSchema = Type.Object({ token: Type.String({ minLength: 1, maxLength: 512 }) });
// One path segment of a hashed file name: no slash, no leading dot, so nothing outside assets/ is reachable.
const AssetParamsSchema = Type.Object({
  file: Type.String({ pattern: '^[A-Za-z0-9_-][A-Za-z0-9._-]*$', maxLength: 200 }),
});

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/** Registers the booking page routes on `app`. */
export const bookingPageRoutes: FastifyPluginAsyncTypebox<BookingPageOptions> = async (app, options) => {
  const distDir = options.distDir ?? DEFAULT_BOOKING_PAGE_DIR;

  const sendIndex = async (reply: FastifyReply) => {
    reply
      .header('referrer-policy', 'no-referrer')
      .header('x-robots-tag', 'noindex, nofollow')
      .header('cache-control', 'no-store');
    let html: Buffer;
    try {
      html = await readFile(join(distDir, 'index.html'));
    } catch (error) {
      if (isMissingFile(error)) {
        throw new BookingPageNotBuiltError(
          'The booking page is not built: run `npm run build` (or `npm run build -w web-booking`).',
          { cause: error },
        );
      }
      throw error;
    }
    return reply.type('text/html; charset=utf-8').send(html);
  };

  const pageRoute = { config: { auth: 'public_link' as const }, schema: { hide: true, params: TokenParamsSchema } };
  app.get('/b/:token', pageRoute, async (_request, reply) => sendIndex(reply));
  app.get('/m/:token', pageRoute, async (_request, reply) => sendIndex(reply));

  app.get(
    `${BOOKING_ASSETS_PREFIX}/assets/:file`,
    { config: { auth: 'public' }, schema: { hide: true, params: AssetParamsSchema } },
    async (request, reply) => {
      const { file } = request.params;
      let body: Buffer;
      try {
        body = await readFile(join(distDir, 'assets', file));
      } catch (error) {
        if (isMissingFile(error)) throw new NotFoundError(`No booking page asset named ${file}.`);
        throw error;
      }
      // File names carry a content hash, so a copy never goes stale.
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
        .send(body);
    },
  );
};
