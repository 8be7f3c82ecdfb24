/** Builds the notifications domain: outbox, SMTP mailer (or none) and the delivery job. */
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { createSmtpMailer, dkimKeyOf } from './mailer.js';
import { createOutboxRepository, type OutboxEmail } from './repository.js';
import { createNotificationService, type NotificationService } from './service.js';

/** The notification service over `db`; defines its job on `jobs`. */
export function createNotificationsDomain(deps: {
  db: Database;
  jobs: JobQueue;
  clock: Clock;
  config: AppConfig;
  retryDelaySeconds: number;
  onDeliveryError: (error: unknown, email: OutboxEmail) => void;
}): NotificationService {
  // Signed with DKIM when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY are set (#9).
  const dkim = dkimKeyOf(deps.config);
  return createNotificationService({
    outbox: createOutboxRepository(deps.db),
    mailer: createSmtpMailer(deps.config.smtpUrl, dkim === undefined ? {} : { dkim }),
    jobs: deps.jobs,
    clock: deps.clock,
    mailFrom: deps.config.mailFrom,
    retryDelaySeconds: deps.retryDelaySeconds,
    onDeliveryError: deps.onDeliveryError,
  });
}
