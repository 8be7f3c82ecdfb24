/**
 * Wires the email channel into the app: the webhook route, the service and its jobs, and the SMTP
 * listener, which starts when the HTTP server listens (so `slash serve` runs it and `slash worker`
 * does not) and stops with the app.
 */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { DNSResolver } from 'mailauth';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { createSupportServiceFor } from '../support/service.js';
import { createSenderAuthenticator } from './authenticate-sender.js';
import { createInboundEmailRepository } from './repository.js';
import { inboundEmailRoutes } from './routes.js';
import {
  createInboundEmailService,
  type BookingPort,
  type ClientPort,
  type MailPort,
  type SchedulingPort,
} from './service.js';
import { startSmtpListener, type SmtpListener, type SmtpTlsOptions } from './smtp-listener.js';

/** The STARTTLS key and certificate files of the configuration, read once at start-up. */
async function readTls(config: AppConfig): Promise<SmtpTlsOptions | undefined> {
  const { inboundSmtpTlsKeyPath: keyPath, inboundSmtpTlsCertPath: certPath } = config;
  if (keyPath === undefined || certPath === undefined) return undefined;
  return { key: await readFile(keyPath), cert: await readFile(certPath) };
}

/** The conversation (subject, Message-IDs) a request came from, so the booking's emails answer in it. */
export function emailThreadLookup(db: Database) {
  const repository = createInboundEmailRepository(db);
  return async (clientId: string, requestId: string) => {
    const thread = await repository.findThreadOfRequest(clientId, requestId);
    return thread === undefined ? undefined : { subject: thread.subject, messageIds: thread.messageIds };
  };
}

/** Registers the email channel on `app`. */
export async function registerInboundEmail(
  app: FastifyInstance,
  deps: {
    readonly config: AppConfig;
    readonly db: Database;
    readonly jobs: JobQueue;
    readonly clock: Clock;
    /** The accounts domain's client lookups. */
    readonly clients: ClientPort;
    readonly scheduling?: SchedulingPort;
    readonly mail?: MailPort;
    readonly booking?: BookingPort;
    /** DNS for DKIM/SPF/DMARC checks (default: the system's); tests answer from a fixed zone. */
    readonly dnsResolver?: DNSResolver;
  },
): Promise<void> {
  const { config } = deps;
  const inboundEmail = createInboundEmailService({
    repository: createInboundEmailRepository(deps.db),
    clients: deps.clients,
    jobs: deps.jobs,
    clock: deps.clock,
    authenticateSender: createSenderAuthenticator({
      mta: config.assistantEmail.split('@')[1] ?? 'localhost',
      ...(deps.dnsResolver === undefined ? {} : { resolver: deps.dnsResolver }),
    }),
    scheduling: deps.scheduling,
    mail: deps.mail,
    ...(deps.booking === undefined ? {} : { booking: deps.booking }),
    // A client's change request that matches no meeting is a ticket for a human (privacy policy §4).
    support: createSupportServiceFor(deps.db, deps.clock),
    assistantEmail: config.assistantEmail,
  });
  await app.register(inboundEmailRoutes, { inboundEmail, webhookSecret: config.inboundWebhookSecret });
  const port = config.inboundSmtpPort;
  if (port === undefined) return;
  // Read now: a missing or unreadable file stops start-up instead of the first delivery.
  const tls = await readTls(config);
  let listener: SmtpListener | undefined;
  app.addHook('onListen', async () => {
    listener ??= await startSmtpListener({
      service: inboundEmail,
      assistantEmail: config.assistantEmail,
      host: config.host,
      port,
      ...(tls === undefined ? {} : { tls }),
      onError: (error) => app.log.error({ err: error }, 'inbound smtp'),
    });
    app.log.info({ port: listener.port, starttls: tls !== undefined }, 'inbound SMTP listener started');
  });
  app.addHook('onClose', async () => {
    await listener?.close();
  });
}
