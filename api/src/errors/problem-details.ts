/**
 * The one error handler (STYLE.md §6): every error leaves as `application/problem+json` (RFC 9457)
 * with `{ type, title, status, detail, instance, code }`. Schema failures are 400 with an `errors`
 * array naming each field; unknown routes 404; a database out of reach 503 with Retry-After; anything
 * unexpected is 500 with the request id only, logged in full server-side, never a stack or SQL in the body.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/errors.js';
import { DomainError } from './domain-error.js';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const ERROR_BASE = 'https://slash.example/errors';

/** One field at fault in a request. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

function sendProblem(reply: FastifyReply, request: FastifyRequest, body: Record<string, unknown>): FastifyReply {
  return reply
    .code(body.status as number)
    .type(PROBLEM_TYPE)
    .send({ ...body, instance: request.url.split('?')[0], requestId: request.id });
}

/** Turns Fastify/AJV validation output into `{ field, message }` entries with dotted paths. */
function fieldProblems(error: FastifyError): FieldProblem[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const base = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const params = issue.params as { missingProperty?: string; additionalProperty?: string };
    const named = params.missingProperty ?? params.additionalProperty;
    const path = [context, base, named].filter((part) => part !== undefined && part !== '').join('.');
    const message =
      params.additionalProperty === undefined ? (issue.message ?? 'is invalid') : 'is not an accepted field';
    return { field: path, message };
  });
}

/** Registers the error and not-found handlers on `app`. */
export function registerProblemDetails(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, {
      type: `${ERROR_BASE}/not-found`,
      title: 'Not found',
      status: 404,
      code: 'not_found',
      detail: `No route for ${request.method} ${request.url.split('?')[0]}`,
    }),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      if (error.status >= 500) request.log.error({ err: error }, 'domain error');
      return sendProblem(reply, request, {
        type: error.type,
        title: error.title,
        status: error.status,
        code: error.code,
        detail: error.message,
        ...error.extensions,
      });
    }
    if (error.validation !== undefined) {
      const errors = fieldProblems(error);
      return sendProblem(reply, request, {
        type: `${ERROR_BASE}/invalid-input`,
        title: 'Invalid input',
        status: 400,
        code: 'invalid_input',
        detail: errors.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
        errors,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, body too large, rate limit, unsupported media type).
      if (status === 429 && reply.getHeader('retry-after') === undefined) reply.header('retry-after', '60');
      return sendProblem(reply, request, {
        type: `${ERROR_BASE}/${status === 429 ? 'rate-limited' : 'bad-request'}`,
        title: status === 429 ? 'Too many requests' : 'Bad request',
        status,
        code: error.code?.toLowerCase() ?? 'bad_request',
        detail: status === 429 ? 'Too many requests, retry later.' : error.message,
      });
    }
    if (isDatabaseUnavailable(error)) {
      // The database is out of reach (restarting, too many connections): nothing was half-done that a
      // retry would repeat, so the caller is told to come back rather than shown an internal error.
      request.log.error({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(reply, request, {
        type: `${ERROR_BASE}/unavailable`,
        title: 'Service unavailable',
        status: 503,
        code: 'unavailable',
        detail: 'The service is briefly unavailable; retry in a few seconds.',
      });
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, request, {
      type: `${ERROR_BASE}/internal`,
      title: 'Internal server error',
      status: 500,
      code: 'internal',
      detail: `Something went wrong on our side. Quote request id ${request.id} to support.`,
    });
  });
}
