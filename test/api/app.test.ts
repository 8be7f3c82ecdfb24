import SwaggerParser from '@apidevtools/swagger-parser';
import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

function testRoutes(app: FastifyInstance): void {
  app.post(
    '/__test/echo',
    {
      config: { auth: 'public' },
      schema: { body: Type.Object({ durationMinutes: Type.Integer({ minimum: 5 }) }, { additionalProperties: false }) },
    },
    async (request) => request.body,
  );
  app.get('/__test/boom', { config: { auth: 'public' } }, async () => {
    throw new Error('relation missing: select * from secret_table');
  });
  app.get('/__test/mine', { config: { auth: 'client' } }, async () => ({ ok: true }));
}

describe('buildApp', () => {
  let subject: TestApp;
  beforeAll(async () => {
    subject = await createTestApp({ routes: testRoutes });
  });
  afterAll(async () => {
    await subject.close();
  });

  it('answers /healthz and /readyz once migrations are applied', async () => {
    expect((await subject.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await subject.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: true, migrations: true, dataRegion: 'eu' });
  });

  it('serves a valid OpenAPI 3 document', async () => {
    const document = (await subject.app.inject('/openapi.json')).json();
    expect(document.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
  });

  it('rejects an OpenAPI document that is not valid (the validator can fail)', async () => {
    const document = (await subject.app.inject('/openapi.json')).json();
    await expect(
      SwaggerParser.validate({ ...document, paths: { '/x': { get: { responses: 'nope' } } } }),
    ).rejects.toThrow();
  });

  it('serves the API docs UI at /docs', async () => {
    const response = await subject.app.inject('/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await subject.app.inject('/no/such/route');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, title: 'Not found', instance: '/no/such/route' });
  });

  it('sends security headers', async () => {
    const response = await subject.app.inject('/healthz');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('answers a client route without valid credentials with 401, and never logs the token', async () => {
    const response = await subject.app.inject({
      url: '/__test/mine',
      headers: { authorization: 'Bearer secret-token-value-123456' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(subject.logs.join('')).not.toContain('secret-token-value-123456');
  });

  it('rejects a body that fails its schema with 400 naming the field', async () => {
    const response = await subject.app.inject({
      method: 'POST',
      url: '/__test/echo',
      payload: { durationMinutes: 'long' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'body.durationMinutes' })]);
  });

  it('refuses an unknown field instead of silently dropping it', async () => {
    const response = await subject.app.inject({
      method: 'POST',
      url: '/__test/echo',
      payload: { durationMinutes: 30, clientId: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'body.clientId', message: 'is not an accepted field' }]);
  });

  it('rejects malformed JSON with a 400 problem', async () => {
    const response = await subject.app.inject({
      method: 'POST',
      url: '/__test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"durationMinutes":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a thrown error with 500, a request id and no internals', async () => {
    const response = await subject.app.inject({ method: 'GET', url: '/__test/boom' });
    expect(response.statusCode).toBe(500);
    const text = response.body;
    expect(response.json().requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(text).not.toContain('secret_table');
    expect(text).not.toContain('    at ');
    expect(subject.logs.join('')).toContain('secret_table');
  });
});

describe('auth classes', () => {
  it('refuses to start when a route declares no auth class', async () => {
    await expect(
      createTestApp({ routes: (app) => app.get('/__test/naked', async () => ({ ok: true })) }),
    ).rejects.toThrow(/declares no auth class/);
  });
});
