/**
 * Body parsers for plain HTML forms and RFC 8058 one-click POSTs (`application/x-www-form-urlencoded`
 * or `multipart/form-data`), scoped to the plugin that registers them. Multipart bodies are not read:
 * no route here needs a field from one.
 */
import type { FastifyInstance } from 'fastify';

/** Adds form parsers to `app`'s encapsulation context. */
export function registerFormBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8192 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
  app.addContentTypeParser('multipart/form-data', { bodyLimit: 8192 }, (_request, payload, done) => {
    payload.resume();
    payload.on('end', () => done(null, {}));
    payload.on('error', (error) => done(error, undefined));
  });
}
