/** `/v1/scheduling-requests` (signed-in client): create, read, correct, cancel. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateSchedulingRequestBodySchema,
  SchedulingRequestViewSchema,
  UpdateSchedulingRequestBodySchema,
} from '@slash/shared';
import Type from 'typebox';
import { requireClient } from '../auth/auth-class.js';
import type { SchedulingService } from './service.js';

const ParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** Routes of the scheduling domain. */
export const schedulingRoutes: FastifyPluginAsyncTypebox<{ scheduling: SchedulingService }> = async (
  app,
  { scheduling },
) => {
  app.post(
    '/v1/scheduling-requests',
    {
      config: { auth: 'client' },
      schema: { body: CreateSchedulingRequestBodySchema, response: { 201: SchedulingRequestViewSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await scheduling.create(requireClient(request).clientId, request.body)),
  );
  app.get(
    '/v1/scheduling-requests/:id',
    { config: { auth: 'client' }, schema: { params: ParamsSchema, response: { 200: SchedulingRequestViewSchema } } },
    async (request) => scheduling.get(requireClient(request).clientId, request.params.id),
  );
  app.patch(
    '/v1/scheduling-requests/:id',
    {
      config: { auth: 'client' },
      schema: {
        params: ParamsSchema,
        body: UpdateSchedulingRequestBodySchema,
        response: { 200: SchedulingRequestViewSchema },
      },
    },
    async (request) => scheduling.update(requireClient(request).clientId, request.params.id, request.body),
  );
  app.delete(
    '/v1/scheduling-requests/:id',
    { config: { auth: 'client' }, schema: { params: ParamsSchema, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await scheduling.cancel(requireClient(request).clientId, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
