/**
 * Request validation. Fastify's Ajv coerces types everywhere (`coerceTypes: 'array'`), which a
 * querystring or a path parameter needs ("?days=7" is a string) but a JSON body must not get: in a
 * `integer | null` field, 0 fails the integer branch and is then coerced to null, so "at most 0" would
 * silently become "no limit". Bodies are therefore checked as sent; the other parts keep coercion.
 * Unknown fields are refused everywhere (`removeAdditional: false`, SECURITY.md C16).
 */
import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyInstance } from 'fastify';

/** Makes `app` validate bodies without type coercion (call before any route is registered). */
export function useStrictBodyValidation(app: FastifyInstance): void {
  const factory = AjvCompiler();
  const strict = factory({}, { customOptions: { removeAdditional: false, coerceTypes: false } });
  const coercing = factory({}, { customOptions: { removeAdditional: false } });
  app.setValidatorCompiler((route) => (route.httpPart === 'body' ? strict(route) : coercing(route)));
}
