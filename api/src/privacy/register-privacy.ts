/**
 * Wires the privacy features into the app: services of the privacy, consent, audit, support,
 * retention and admin domains, their routes and their jobs. Called once from buildApp; the admin
 * key service is created first because the `admin` auth class needs it.
 */
import type { FastifyInstance } from 'fastify';
import { createApiKeyServiceFor, type ApiKeyService } from '../admin/api-key-service.js';
import { adminRoutes } from '../admin/routes.js';
import { createAdminServiceFor } from '../admin/service.js';
import { createAuditServiceFor } from '../audit/service.js';
import type { Clock } from '../clock.js';
import { ConfigError, type AppConfig } from '../config/config.js';
import { consentRoutes } from '../consent/routes.js';
import { createConsentServiceFor } from '../consent/service.js';
import type { Database } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { createRetentionServiceFor, RETENTION_JOB } from '../retention/service.js';
import { supportRoutes } from '../support/routes.js';
import { createSupportServiceFor } from '../support/service.js';
import { createContactRequestService } from './contact-request-service.js';
import { createErasureService, ERASE_ACCOUNT_JOB, type GrantRevoker } from './erasure-service.js';
import { BUILD_EXPORT_JOB, createExportService } from './export-service.js';
import { createMeetingSync } from './meeting-sync.js';
import { createRectificationService } from './rectification-service.js';
import { createPrivacyRepository, createSubjectRepository } from './repository.js';
import { privacyNoticeRoutes } from './notice-routes.js';
import { privacyRoutes } from './routes.js';

/** What the privacy features need from buildApp. */
export interface PrivacyDeps {
  readonly config: AppConfig;
  readonly db: Database;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  /** Revokes provider grants on account erasure, once the calendars domain offers it. */
  readonly grants?: GrantRevoker;
}

/** The admin key service (for the `admin` auth class), built before the auth classes are registered. */
export function createAdminKeys(deps: Pick<PrivacyDeps, 'db' | 'clock'>): ApiKeyService {
  return createApiKeyServiceFor(deps.db, deps.clock);
}

/** Builds every privacy service, defines their jobs and registers their routes. */
export async function registerPrivacy(
  app: FastifyInstance,
  deps: PrivacyDeps & { keys: ApiKeyService },
): Promise<void> {
  const { config, db, jobs, clock } = deps;
  const signingSecret = config.signingSecret;
  if (signingSecret === undefined) throw new ConfigError('SIGNING_SECRET: required for signed privacy links');
  const audit = createAuditServiceFor(db, clock);
  const support = createSupportServiceFor(db, clock);
  const repository = createPrivacyRepository(db);
  const subjects = createSubjectRepository(db);
  const meetings = createMeetingSync({ repository, jobs });
  const exports = createExportService({ repository, subjects, audit, jobs, clock, config, signingSecret });
  const erasure = createErasureService({
    repository,
    subjects,
    meetings,
    audit,
    jobs,
    clock,
    config,
    grants: deps.grants,
  });
  const rectification = createRectificationService({ repository, meetings, audit, clock });
  const contactRequests = createContactRequestService({ repository, audit, jobs, clock, config, signingSecret });
  const consent = createConsentServiceFor(db, {
    audit,
    jobs,
    clock,
    signingSecret,
    publicBaseUrl: config.publicBaseUrl,
  });
  const retention = createRetentionServiceFor(db, {
    clock,
    config,
    jobs,
    dailyChores: { accountsErased: () => erasure.eraseDueAccounts(), supportTicketsOpened: () => support.sweep() },
  });

  jobs.define<{ exportId: string }>(BUILD_EXPORT_JOB, async ({ exportId }) => exports.build(exportId), {
    retryLimit: 5,
  });
  jobs.define<{ clientId: string }>(ERASE_ACCOUNT_JOB, async ({ clientId }) => {
    await erasure.eraseAccountIfDue(clientId);
  });
  jobs.define(RETENTION_JOB, async () => {
    app.log.info({ purged: await retention.runDaily() }, 'retention purge done');
  });
  // The daily purge starts with the first listening process; each run enqueues the next.
  app.addHook('onListen', async () => {
    await retention.scheduleNext();
  });

  await app.register(privacyNoticeRoutes);
  await app.register(privacyRoutes, { exports, erasure, rectification, contactRequests, requests: repository });
  await app.register(consentRoutes, { consent });
  await app.register(supportRoutes, { support });
  await app.register(adminRoutes, {
    prefix: '/v1/admin',
    admin: createAdminServiceFor(db),
    keys: deps.keys,
    audit,
    support,
    exports,
    erasure,
    consent,
    privacyRequests: repository,
    mailFrom: config.mailFrom,
    nowMs: () => clock.nowMs(),
  });
}
