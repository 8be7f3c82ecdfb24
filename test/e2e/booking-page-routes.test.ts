/**
 * The page plugin on its own (app.inject, no browser): link-page headers, hashed assets, path
 * traversal refused, and a 503 problem telling to build when web-booking/dist is missing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingPageRoutes } from '@slash/api/booking-page/routes';
import { registerProblemDetails } from '@slash/api/errors/problem-details';

const built = mkdtempSync(join(tmpdir(), 'booking-page-'));
const missing = join(built, 'not-built');
let app: FastifyInstance;
let bare: FastifyInstance;

async function appOver(distDir: string): Promise<FastifyInstance> {
  const instance = Fastify();
  registerProblemDetails(instance);
  await instance.register(bookingPageRoutes, { distDir });
  await instance.ready();
  return instance;
}

beforeAll(async () => {
  mkdirSync(join(built, 'assets'));
  writeFileSync(
    join(built, 'index.html'),
    '<!doctype html><title>page</title><script type="module" src="/assets-booking/assets/index-abc.js"></script>',
  );
  writeFileSync(join(built, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(built, 'secret.txt'), 'not an asset');
  app = await appOver(built);
  bare = await appOver(missing);
});

afterAll(async () => {
  await app?.close();
  await bare?.close();
  rmSync(built, { recursive: true, force: true });
});

describe('bookingPageRoutes', () => {
  it('serves index.html at /b/:token and /m/:token with no-referrer, noindex and no-store', async () => {
    for (const url of ['/b/abc_DEF-123', '/m/xyz']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toContain('/assets-booking/assets/index-abc.js');
    }
  });

  it('serves hashed assets with a long cache and their type', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets-booking/assets/index-abc.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers 404 for unknown assets and never reaches outside assets/', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets-booking/assets/nope.js' })).statusCode).toBe(404);
    for (const url of [
      '/assets-booking/assets/..%2Fsecret.txt',
      '/assets-booking/assets/../secret.txt',
      '/assets-booking/assets/..',
      '/assets-booking/assets/.hidden',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.body).not.toContain('not an asset');
    }
  });

  it('answers 503 problem+json telling to build when the page is not built', async () => {
    const response = await bare.inject({ method: 'GET', url: '/b/abc' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 503, code: 'booking_page_not_built' });
    expect(response.json().detail).toContain('npm run build');
  });
});
