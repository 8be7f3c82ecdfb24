/**
 * Wires the email channel into the app: the webhook route, the service and its jobs, and the SMTP
 * listener, which starts when the HTTP server listens (so `slash serve` runs it and `slash worker`
 * does not) and stops with the app.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { createSenderAuthenticator } from './authenticate-sender.js';
import { createInboundEmailRepository } from './repository.js';
import { inboundEmailRoutes } from './routes.js';
import { createInboundEmailService, type BookingPort, type MailPort, type SchedulingPort } from './service.js';
import { startSmtpListener, type SmtpListener } from './smtp-listener.js';

/** Registers the email channel on `app`. */
export async function registerInboundEmail(
  app: FastifyInstance,
  deps: {
    readonly config: AppConfig;
    readonly db: Database;
    readonly jobs: JobQueue;
    readonly clock: Clock;
    readonly scheduling?: SchedulingPort;
    readonly mail?: MailPort;
    readonly booking?: BookingPort;
  },
): Promise<void> {
  const { config } = deps;
  const inboundEmail = createInboundEmailService({
    repository: createInboundEmailRepository(deps.db),
    jobs: deps.jobs,
    clock: deps.clock,
    authenticateSender: createSenderAuthenticator({ mta: config.assistantEmail.split('@')[1] ?? 'localhost' }),
    scheduling: deps.scheduling,
    mail: deps.mail,
    ...(deps.booking === undefined ? {} : { booking: deps.booking }),
    assistantEmail: config.assistantEmail,
  });
  await app.register(inboundEmailRoutes, { inboundEmail, webhookSecret: config.inboundWebhookSecret });
  const port = config.inboundSmtpPort;
  if (port === undefined) return;
  let listener: SmtpListener | undefined;
  app.addHook('onListen', async () => {
    listener ??= await startSmtpListener({
      service: inboundEmail,
      assistantEmail: config.assistantEmail,
      host: config.host,
      port,
      onError: (error) => app.log.error({ err: error }, 'inbound smtp'),
    });
    app.log.info({ port: listener.port }, 'inbound SMTP listener started');
  });
  app.addHook('onClose', async () => {
    await listener?.close();
  });
}
