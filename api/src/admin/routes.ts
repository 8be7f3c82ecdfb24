/**
 * The admin API (`/v1/admin/...`, auth class `admin`). Each route names the weakest role allowed
 * (`config.adminRole`, default: `read_only` for GET, `admin` otherwise), and every call — allowed or
 * refused — leaves exactly one audit row naming the key, the action and the target id, never values.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AuditService } from '../audit/service.js';
import type { ConsentService } from '../consent/service.js';
import { ForbiddenError, NotFoundError } from '../errors/domain-error.js';
import type { ErasureService } from '../privacy/erasure-service.js';
import type { ExportService } from '../privacy/export-service.js';
import type { PrivacyRepository } from '../privacy/repository.js';
import { ContactSchema, ExportStatusSchema, PrivacyRequestSchema, toPrivacyRequestView } from '../privacy/schemas.js';
import { SupportTicketListSchema, SupportTicketSchema, toTicketView } from '../support/schemas.js';
import type { SupportService } from '../support/service.js';
import { ADMIN_ROLES, roleAllows, type AdminRole, type ApiKeyService } from './api-key-service.js';
import type { AdminService } from './service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Weakest admin role allowed on an admin route. */
    adminRole?: AdminRole;
    /** Audit action and which path parameter names the target. */
    audit?: {
      action: string;
      subjectKind?: 'client' | 'contact' | 'privacy_request' | 'support_ticket' | 'api_key';
      param?: string;
    };
  }
}

/** The services the admin routes call. */
export interface AdminRouteServices {
  readonly admin: AdminService;
  readonly keys: ApiKeyService;
  readonly audit: AuditService;
  readonly support: SupportService;
  readonly exports: ExportService;
  readonly erasure: ErasureService;
  readonly consent: ConsentService;
  readonly privacyRequests: Pick<PrivacyRepository, 'listPrivacyRequests' | 'updatePrivacyRequest'>;
  readonly mailFrom: string;
  readonly nowMs: () => number;
}

const tags = ['admin'];
const AccountSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  name: Type.String(),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
const ClientIdParams = Type.Object({ clientId: Type.String({ format: 'uuid' }) });
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const StatusQuery = Type.Object(
  { status: Type.Optional(Type.String({ maxLength: 40 })) },
  { additionalProperties: false },
);

export const adminRoutes: FastifyPluginAsyncTypebox<AdminRouteServices> = async (app, services) => {
  const { admin, keys, audit, support } = services;

  app.addHook('preHandler', async (request) => {
    const principal = request.admin;
    if (principal === undefined) return;
    const required = request.routeOptions.config.adminRole ?? (request.method === 'GET' ? 'read_only' : 'admin');
    if (!roleAllows(principal.role, required))
      throw new ForbiddenError(`This key's role (${principal.role}) cannot do this.`);
  });
  app.addHook('onSend', async (request, reply) => {
    await auditCall(audit, request, reply.statusCode);
  });

  app.get(
    '/accounts',
    {
      config: { auth: 'admin', adminRole: 'support', audit: { action: 'accounts.search' } },
      schema: {
        tags,
        querystring: Type.Object({ q: Type.String({ minLength: 2, maxLength: 200 }) }),
        response: { 200: Type.Object({ accounts: Type.Array(AccountSchema) }) },
      },
    },
    async (request) => ({ accounts: (await admin.searchAccounts(request.query.q)).map(toAccountView) }),
  );

  app.get(
    '/accounts/:clientId',
    {
      config: {
        auth: 'admin',
        adminRole: 'support',
        audit: { action: 'account.read', subjectKind: 'client', param: 'clientId' },
      },
      schema: { tags, params: ClientIdParams, response: { 200: AccountSchema } },
    },
    async (request) => toAccountView(await admin.getAccount(request.params.clientId)),
  );

  app.post(
    '/accounts/:clientId/export',
    {
      config: { auth: 'admin', audit: { action: 'account.export', subjectKind: 'client', param: 'clientId' } },
      schema: { tags, params: ClientIdParams, response: { 202: ExportStatusSchema } },
    },
    async (request, reply) => {
      await admin.getAccount(request.params.clientId);
      return reply.code(202).send(
        await services.exports.request({
          clientId: request.params.clientId,
          actor: { kind: 'admin_key', id: keyIdOf(request) },
        }),
      );
    },
  );

  app.post(
    '/accounts/:clientId/erase',
    {
      config: { auth: 'admin', audit: { action: 'account.erase', subjectKind: 'client', param: 'clientId' } },
      schema: { tags, params: ClientIdParams, response: { 202: Type.Object({ erasesAt: Type.String() }) } },
    },
    async (request, reply) =>
      reply.code(202).send(
        await services.erasure.requestAccountErasure(request.params.clientId, {
          kind: 'admin_key',
          id: keyIdOf(request),
        }),
      ),
  );

  app.get(
    '/contacts/:id',
    {
      config: {
        auth: 'admin',
        adminRole: 'support',
        audit: { action: 'contact.read', subjectKind: 'contact', param: 'id' },
      },
      schema: {
        tags,
        params: IdParams,
        response: { 200: Type.Intersect([ContactSchema, Type.Object({ clientId: Type.String() })]) },
      },
    },
    async (request) => admin.getContact(request.params.id),
  );

  app.get(
    '/privacy-requests',
    {
      config: { auth: 'admin', audit: { action: 'privacy_requests.list' } },
      schema: {
        tags,
        querystring: StatusQuery,
        response: { 200: Type.Object({ requests: Type.Array(PrivacyRequestSchema) }) },
      },
    },
    async (request) => {
      const rows = await services.privacyRequests.listPrivacyRequests({
        ...(request.query.status === undefined ? {} : { status: request.query.status }),
        limit: 500,
      });
      return { requests: rows.map(toPrivacyRequestView) };
    },
  );

  app.patch(
    '/privacy-requests/:id',
    {
      config: {
        auth: 'admin',
        adminRole: 'support',
        audit: { action: 'privacy_request.update', subjectKind: 'privacy_request', param: 'id' },
      },
      schema: {
        tags,
        params: IdParams,
        body: Type.Object(
          { status: Type.Union([Type.Literal('pending'), Type.Literal('completed'), Type.Literal('rejected')]) },
          { additionalProperties: false },
        ),
        response: { 200: PrivacyRequestSchema },
      },
    },
    async (request) => {
      const row = await services.privacyRequests.updatePrivacyRequest(request.params.id, {
        status: request.body.status,
        updatedAt: new Date(services.nowMs()),
      });
      if (row === undefined) throw new NotFoundError('No such privacy request.');
      return toPrivacyRequestView(row);
    },
  );

  app.get(
    '/support-tickets',
    {
      config: { auth: 'admin', audit: { action: 'support_tickets.list' } },
      schema: { tags, querystring: StatusQuery, response: { 200: SupportTicketListSchema } },
    },
    async (request) => {
      const status =
        request.query.status === 'open' || request.query.status === 'closed' ? request.query.status : undefined;
      return {
        tickets: (await support.list({ ...(status === undefined ? {} : { status }), limit: 500 })).map(toTicketView),
      };
    },
  );

  app.patch(
    '/support-tickets/:id',
    {
      config: {
        auth: 'admin',
        adminRole: 'support',
        audit: { action: 'support_ticket.update', subjectKind: 'support_ticket', param: 'id' },
      },
      schema: {
        tags,
        params: IdParams,
        body: Type.Object(
          { status: Type.Union([Type.Literal('open'), Type.Literal('closed')]) },
          { additionalProperties: false },
        ),
        response: { 200: SupportTicketSchema },
      },
    },
    async (request) => toTicketView(await support.setStatus(request.params.id, request.body.status)),
  );

  app.get(
    '/stats',
    {
      config: { auth: 'admin', audit: { action: 'stats.read' } },
      schema: { tags, response: { 200: Type.Record(Type.String(), Type.Integer()) } },
    },
    async () => admin.statistics(),
  );

  app.get(
    '/audit-log',
    {
      config: { auth: 'admin', adminRole: 'admin', audit: { action: 'audit_log.read' } },
      schema: {
        tags,
        querystring: Type.Object(
          {
            subjectId: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            entries: Type.Array(
              Type.Object({
                id: Type.String(),
                at: Type.String(),
                actorKind: Type.String(),
                actorId: Type.Union([Type.String(), Type.Null()]),
                action: Type.String(),
                subjectKind: Type.Union([Type.String(), Type.Null()]),
                subjectId: Type.Union([Type.String(), Type.Null()]),
                details: Type.Record(Type.String(), Type.Unknown()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const entries = await audit.list({
        limit: request.query.limit ?? 100,
        ...(request.query.subjectId === undefined ? {} : { subjectId: request.query.subjectId }),
      });
      return { entries: entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })) };
    },
  );

  app.get(
    '/api-keys',
    {
      config: { auth: 'admin', adminRole: 'admin', audit: { action: 'api_keys.list' } },
      schema: {
        tags,
        response: {
          200: Type.Object({
            keys: Type.Array(
              Type.Object({
                id: Type.String(),
                role: Type.String(),
                label: Type.String(),
                createdAt: Type.String(),
                revokedAt: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ keys: await keys.list() }),
  );

  app.post(
    '/api-keys',
    {
      config: { auth: 'admin', audit: { action: 'api_key.create' } },
      schema: {
        tags,
        body: Type.Object(
          {
            role: Type.Union(ADMIN_ROLES.map((role) => Type.Literal(role))),
            label: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String(), role: Type.String(), key: Type.String() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await keys.create({
          role: request.body.role as AdminRole,
          ...(request.body.label === undefined ? {} : { label: request.body.label }),
        }),
      ),
  );

  app.delete(
    '/api-keys/:id',
    {
      config: { auth: 'admin', audit: { action: 'api_key.revoke', subjectKind: 'api_key', param: 'id' } },
      schema: { tags, params: IdParams, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await keys.revoke(request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/newsletter',
    {
      config: { auth: 'admin', audit: { action: 'newsletter.send' } },
      schema: {
        tags,
        body: Type.Object(
          {
            issueId: Type.String({ minLength: 1, maxLength: 100 }),
            subject: Type.String({ minLength: 1, maxLength: 200 }),
            textBody: Type.String({ minLength: 1, maxLength: 100_000 }),
          },
          { additionalProperties: false },
        ),
        response: { 202: Type.Object({ queued: Type.Integer() }) },
      },
    },
    async (request, reply) =>
      reply.code(202).send({ queued: await services.consent.sendNewsletter(request.body, services.mailFrom) }),
  );
};

function keyIdOf(request: FastifyRequest): string {
  return request.admin?.keyId ?? 'unknown';
}

function toAccountView(row: { id: string; email: string; name: string; status: string; createdAt: Date }) {
  return { id: row.id, email: row.email, name: row.name, status: row.status, createdAt: row.createdAt.toISOString() };
}

/** One audit row per admin call: the key, the action, the target id and the outcome status. */
async function auditCall(audit: AuditService, request: FastifyRequest, statusCode: number): Promise<void> {
  const spec = request.routeOptions.config.audit;
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  const isAllowed = statusCode !== 401 && statusCode !== 403;
  await audit.record({
    actorKind: 'admin_key',
    actorId: request.admin?.keyId,
    action: isAllowed ? `admin.${spec?.action ?? 'call'}` : `admin.denied.${spec?.action ?? 'call'}`,
    subjectKind: spec?.subjectKind,
    subjectId: spec?.param === undefined ? undefined : params[spec.param],
    details: {
      method: request.method,
      route: request.routeOptions.url ?? '',
      status: statusCode,
      requestId: request.id,
      role: request.admin?.role ?? null,
    },
  });
}
