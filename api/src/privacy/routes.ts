/**
 * Privacy routes. Client (`/v1/me/privacy/...`): export, rectification, erasure, the requests routed
 * to them. Public: the export download link, and the contacts' request form (HTML + JSON) with its
 * confirmation link. Link pages are not indexed, not cached and send no referrer (S13); their GETs
 * change nothing (S12): confirming is a POST.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireClient } from '../auth/auth-class.js';
import { NotFoundError } from '../errors/domain-error.js';
import type { ContactRequestService } from './contact-request-service.js';
import type { ErasureService } from './erasure-service.js';
import type { ExportService } from './export-service.js';
import { registerFormBodyParsers } from './form-body.js';
import { escapeHtml, htmlPage } from './html-page.js';
import type { RectificationService } from './rectification-service.js';
import type { PrivacyRepository } from './repository.js';
import {
  ClientCorrectionSchema,
  ContactCorrectionSchema,
  ContactParamsSchema,
  ContactRequestAnswerSchema,
  ContactRequestBodySchema,
  ContactSchema,
  ExportStatusSchema,
  IdParamsSchema,
  PrivacyRequestSchema,
  ProfileSchema,
  TokenParamsSchema,
  TokenQuerySchema,
  toPrivacyRequestView,
} from './schemas.js';

/** The services the privacy routes call. */
export interface PrivacyRouteServices {
  readonly exports: ExportService;
  readonly erasure: ErasureService;
  readonly rectification: RectificationService;
  readonly contactRequests: ContactRequestService;
  readonly requests: Pick<PrivacyRepository, 'listPrivacyRequests'>;
}

const LINK_HEADERS = { 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex', 'cache-control': 'no-store' };
const tags = ['privacy'];

export const privacyRoutes: FastifyPluginAsyncTypebox<PrivacyRouteServices> = async (app, services) => {
  const { exports, erasure, rectification, contactRequests } = services;
  registerFormBodyParsers(app);

  app.post(
    '/v1/me/privacy/export',
    { config: { auth: 'client' }, schema: { tags, response: { 202: ExportStatusSchema } } },
    async (request, reply) => {
      const { clientId } = requireClient(request);
      return reply.code(202).send(await exports.request({ clientId, actor: { kind: 'client', id: clientId } }));
    },
  );

  app.post(
    '/v1/me/privacy/contacts/:contactId/export',
    {
      config: { auth: 'client' },
      schema: { tags, params: ContactParamsSchema, response: { 202: ExportStatusSchema } },
    },
    async (request, reply) => {
      const { clientId } = requireClient(request);
      return reply.code(202).send(
        await exports.request({
          clientId,
          contactId: request.params.contactId,
          actor: { kind: 'client', id: clientId },
        }),
      );
    },
  );

  app.get(
    '/v1/me/privacy/exports/:id',
    { config: { auth: 'client' }, schema: { tags, params: IdParamsSchema, response: { 200: ExportStatusSchema } } },
    async (request) => exports.status(requireClient(request).clientId, request.params.id),
  );

  app.get(
    '/v1/exports/:token',
    { config: { auth: 'public_link' }, schema: { tags, params: TokenParamsSchema } },
    async (request, reply) => {
      const { archive, fileName } = await exports.download(request.params.token);
      return reply
        .headers(LINK_HEADERS)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .type('application/zip')
        .send(Buffer.from(archive));
    },
  );

  app.patch(
    '/v1/me/privacy/profile',
    { config: { auth: 'client' }, schema: { tags, body: ClientCorrectionSchema, response: { 200: ProfileSchema } } },
    async (request) => {
      const { clientId } = requireClient(request);
      return rectification.rectifyClient(clientId, request.body, { kind: 'client', id: clientId });
    },
  );

  app.patch(
    '/v1/me/privacy/contacts/:contactId',
    {
      config: { auth: 'client' },
      schema: {
        tags,
        params: ContactParamsSchema,
        body: ContactCorrectionSchema,
        response: { 200: Type.Object({ contact: ContactSchema, meetingsUpdated: Type.Integer() }) },
      },
    },
    async (request) => {
      const { clientId } = requireClient(request);
      return rectification.rectifyContact({
        clientId,
        contactId: request.params.contactId,
        correction: request.body,
        actor: { kind: 'client', id: clientId },
      });
    },
  );

  app.post(
    '/v1/me/privacy/contacts/:contactId/erase',
    {
      config: { auth: 'client' },
      schema: {
        tags,
        params: ContactParamsSchema,
        response: { 200: Type.Object({ rowsScrubbed: Type.Integer(), meetingsCancelled: Type.Integer() }) },
      },
    },
    async (request) => {
      const { clientId } = requireClient(request);
      return erasure.eraseContact({
        clientId,
        contactId: request.params.contactId,
        actor: { kind: 'client', id: clientId },
      });
    },
  );

  app.post(
    '/v1/me/privacy/account/erase',
    {
      config: { auth: 'client' },
      schema: { tags, response: { 202: Type.Object({ erasesAt: Type.String({ format: 'date-time' }) }) } },
    },
    async (request, reply) => {
      const { clientId } = requireClient(request);
      return reply.code(202).send(await erasure.requestAccountErasure(clientId, { kind: 'client', id: clientId }));
    },
  );

  app.delete(
    '/v1/me/privacy/account/erase',
    { config: { auth: 'client' }, schema: { tags, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const { clientId } = requireClient(request);
      await erasure.cancelAccountErasure(clientId, { kind: 'client', id: clientId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/me/privacy/requests',
    {
      config: { auth: 'client' },
      schema: { tags, response: { 200: Type.Object({ requests: Type.Array(PrivacyRequestSchema) }) } },
    },
    async (request) => {
      const rows = await services.requests.listPrivacyRequests({
        clientId: requireClient(request).clientId,
        limit: 200,
      });
      return { requests: rows.map(toPrivacyRequestView) };
    },
  );

  app.get(
    '/privacy/request',
    { config: { auth: 'public' }, schema: { hide: true, response: { 200: Type.String() } } },
    async (_request, reply) => reply.headers(LINK_HEADERS).type('text/html; charset=utf-8').send(requestFormPage()),
  );

  app.post(
    '/v1/public/privacy-requests',
    {
      config: { auth: 'public', rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags,
        body: ContactRequestBodySchema,
        response: { 202: ContactRequestAnswerSchema, 200: Type.String() },
      },
    },
    async (request, reply) => {
      const answer = await contactRequests.submit(request.body);
      if (request.headers['content-type']?.startsWith('application/x-www-form-urlencoded') === true) {
        return reply
          .code(200)
          .headers(LINK_HEADERS)
          .type('text/html; charset=utf-8')
          .send(htmlPage({ title: 'Request received', body: `<p>${escapeHtml(answer.message)}</p>` }));
      }
      return reply.code(202).send(answer);
    },
  );

  app.get(
    '/privacy/confirm',
    {
      config: { auth: 'public_link' },
      schema: { hide: true, querystring: TokenQuerySchema, response: { 200: Type.String() } },
    },
    async (_request, reply) =>
      reply
        .headers(LINK_HEADERS)
        .type('text/html; charset=utf-8')
        .send(
          htmlPage({
            title: 'Confirm your privacy request',
            body: '<form method="post"><p>Confirm that you made this request about your personal data.</p><button type="submit">Confirm</button></form>',
          }),
        ),
  );

  app.post(
    '/privacy/confirm',
    {
      config: { auth: 'public_link' },
      schema: { tags, querystring: TokenQuerySchema, response: { 200: ContactRequestAnswerSchema } },
    },
    async (request, reply) => {
      const answer = await contactRequests.confirm(request.query.token);
      if (answer === 'invalid') throw new NotFoundError('This confirmation link is not valid or has expired.');
      return reply.headers(LINK_HEADERS).send(answer);
    },
  );
};

function requestFormPage(): string {
  return htmlPage({
    title: 'Your personal data / Vos données personnelles',
    body: [
      "<p>Ask for a copy of, a correction to, or the erasure of the personal data Slash holds about your email address. We will send a confirmation link to that address; the request then goes to each Slash client who organised meetings with you, as they decide on their contacts' data.</p>",
      '<form method="post" action="/v1/public/privacy-requests">',
      '<label for="email">Email address / Adresse email</label><input id="email" name="email" type="email" required autocomplete="email">',
      '<label for="kind">Request / Demande</label><select id="kind" name="kind"><option value="access">Access / Accès</option><option value="erasure">Erasure / Effacement</option><option value="rectification">Rectification</option></select>',
      '<button type="submit">Send / Envoyer</button></form>',
    ].join(''),
  });
}
