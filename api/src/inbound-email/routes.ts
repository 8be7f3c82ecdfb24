/**
 * `POST /v1/webhooks/inbound-email`: a mail provider posts one raw RFC 822 message
 * (`Content-Type: message/rfc822`), signed with `X-Slash-Signature: sha256=<hex HMAC-SHA256>` over
 * the body. A wrong or missing signature is refused (401) before anything is stored.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { UnauthorizedError } from '../errors/domain-error.js';
import { MAX_MESSAGE_BYTES } from './smtp-listener.js';
import type { InboundEmailService } from './service.js';
import { SIGNATURE_HEADER, isValidWebhookSignature } from './webhook-signature.js';

const AcceptedSchema = Type.Object({ id: Type.String() }, { additionalProperties: false });

/** The webhook route. */
export const inboundEmailRoutes: FastifyPluginAsyncTypebox<{
  inboundEmail: InboundEmailService;
  webhookSecret: string | undefined;
}> = async (app, options) => {
  app.addContentTypeParser(
    ['message/rfc822', 'application/octet-stream', 'text/plain'],
    { parseAs: 'buffer', bodyLimit: MAX_MESSAGE_BYTES },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/v1/webhooks/inbound-email',
    {
      config: { auth: 'webhook' },
      bodyLimit: MAX_MESSAGE_BYTES,
      schema: {
        headers: Type.Object({ [SIGNATURE_HEADER]: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 202: AcceptedSchema },
      },
    },
    async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const header = request.headers[SIGNATURE_HEADER];
      if (
        !isValidWebhookSignature({
          secret: options.webhookSecret,
          body,
          header: typeof header === 'string' ? header : undefined,
        })
      ) {
        throw new UnauthorizedError('Invalid webhook signature.');
      }
      const stored = await options.inboundEmail.receive(body.toString('utf8'), {
        envelopeFrom: null,
        remoteIp: null,
        helo: null,
        source: 'webhook',
      });
      return reply.code(202).send(stored);
    },
  );
};
