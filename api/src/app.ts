/**
 * buildApp: registers every plugin and route, never listens (server.ts does). Used by the server,
 * the worker and the tests. Registration order (STYLE.md §4): ecosystem plugins → cross-cutting
 * (auth classes, errors) → domain routes.
 */
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DNSResolver } from 'mailauth';
import { createClientService } from './accounts/client-service.js';
import { createAccountsRepository } from './accounts/repository.js';
import { createSessionService } from './accounts/session-service.js';
import { authRoutes } from './accounts/routes.js';
import { addinSignInRoutes } from './accounts/addin-sign-in-routes.js';
import { createAddinSignInService } from './accounts/addin-sign-in-service.js';
import { createAccountsDomain } from './accounts/wiring.js';
import { registerAuthClasses } from './auth/auth-class.js';
import { bookingPageRoutes } from './booking-page/routes.js';
import { calendarRoutes } from './calendars/routes.js';
import { CALENDAR_SYNC_JOB } from './booking/service.js';
import { createCalendarsDomain } from './calendars/wiring.js';
import type { Clock } from './clock.js';
import type { AppConfig } from './config/config.js';
import type { DatabaseHandle } from './db/client.js';
import { areMigrationsApplied } from './db/migrate.js';
import { registerProblemDetails } from './errors/problem-details.js';
import { assertDataRegion } from './privacy/data-region.js';
import { createAdminKeys, registerPrivacy } from './privacy/register-privacy.js';
import { addinRoutes } from './addins/routes.js';
import { healthRoutes } from './health/routes.js';
import { useStrictBodyValidation } from './http/validator-compiler.js';
import { emailThreadLookup, registerInboundEmail } from './inbound-email/plugin.js';
import type { JobQueue } from './jobs/job-queue.js';
import { loggerOptions } from './logger.js';
import { registerSchedulingDomains, type SchedulingOptions } from './scheduling/register-scheduling.js';
import { createSupportRepository } from './support/repository.js';
import { createSupportService } from './support/service.js';
import { sql } from 'drizzle-orm';

/** Everything the app needs from the outside world; tests pass their own. */
export interface AppDeps {
  readonly config: AppConfig;
  readonly database: DatabaseHandle;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  /** Where logs go (tests capture them to prove redaction); default stdout. */
  readonly logStream?: NodeJS.WritableStream;
  /** Set by the server on SIGTERM. */
  readonly isShuttingDown?: () => boolean;
  /** Hooks of the scheduling domains (fault injection, short job retries in tests). */
  readonly scheduling?: SchedulingOptions;
  /** DNS of the email channel's sender checks (tests answer from a fixed zone); default the system's. */
  readonly dnsResolver?: DNSResolver;
}

/** Builds the Fastify app with every domain registered. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, clock } = deps;
  assertDataRegion(config);
  const logger = loggerOptions(config);
  const app = Fastify({
    logger: deps.logStream === undefined ? logger : { ...(logger as object), stream: deps.logStream },
    trustProxy: false,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    // Unknown fields are refused (400 naming them) rather than silently dropped: a client that sends
    // `clientId` or a misspelt preference must learn it was not taken (SECURITY.md C16).
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  useStrictBodyValidation(app);

  // During a graceful shutdown, responses close their connection so keep-alive sockets do not hold
  // the server open after the in-flight requests are answered.
  app.addHook('onSend', async (_request, reply) => {
    if (deps.isShuttingDown?.() === true) reply.header('connection', 'close');
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", 'https://appsforoffice.microsoft.com'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'", 'https://*.office.com', 'https://*.office365.com', 'https://*.outlook.com'],
      },
    },
  });
  await app.register(cors, {
    origin: config.corsOrigins.length === 0 ? false : [...config.corsOrigins],
    credentials: true,
  });
  await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: 60_000 });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Slash API',
        version: '0.1.0',
        description: 'AI scheduling assistant: scheduling requests, booking links, privacy.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          adminKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const accounts = createAccountsRepository(database.db);
  const sessions = createSessionService({ accounts, clock, idleHours: config.sessionIdleHours });
  const calendarsDomain = createCalendarsDomain({
    config,
    db: database.db,
    clock,
    // Meetings booked while a calendar awaited its reconnect are written once it is back.
    onConnectionActive: () => deps.jobs.send(CALENDAR_SYNC_JOB, {}),
  });
  const accountsDomain = createAccountsDomain({
    config,
    accounts,
    clock,
    storeCalendarGrant: async (input) => void (await calendarsDomain.connectOAuth(input)),
  });
  const adminKeys = createAdminKeys({ db: database.db, clock });
  registerAuthClasses(app, {
    client: async (request) => (await sessions.authenticate(request)) ?? accountsDomain.authenticateAddinToken(request),
    admin: (request) => adminKeys.authenticate(request),
  });
  registerProblemDetails(app);
  await registerPrivacy(app, {
    config,
    db: database.db,
    jobs: deps.jobs,
    clock,
    keys: adminKeys,
    grants: { revokeGrants: (clientId) => calendarsDomain.service.revokeGrants(clientId) },
  });

  app.get('/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, {
    probe: {
      dataRegion: config.dataRegion,
      isShuttingDown: deps.isShuttingDown ?? (() => false),
      isDatabaseReachable: async () => {
        try {
          await database.db.execute(sql`select 1`);
          return true;
        } catch {
          // Unreachable is the answer readiness reports, not an error to raise.
          return false;
        }
      },
      areMigrationsApplied: () => areMigrationsApplied(database),
    },
  });
  await app.register(addinRoutes, { publicBaseUrl: config.publicBaseUrl, outlookAddinId: config.outlookAddinId });
  await app.register(bookingPageRoutes);
  await app.register(calendarRoutes, calendarsDomain.routeOptions);
  await app.register(authRoutes, { signIn: accountsDomain.signIn, sessions });
  await app.register(addinSignInRoutes, {
    sessions,
    handoff: createAddinSignInService({ accounts, sessions, providers: accountsDomain.providerNames }),
  });
  const schedulingDomains = await registerSchedulingDomains(app, {
    config,
    database,
    jobs: deps.jobs,
    clock,
    calendar: calendarsDomain.service,
    accounts,
    support: createSupportService({ repository: createSupportRepository(database.db), clock }),
    emailThreadOf: emailThreadLookup(database.db),
    ...(deps.scheduling === undefined ? {} : { options: deps.scheduling }),
  });
  // The email channel (#9) creates requests and sends mail through these domains' services.
  await registerInboundEmail(app, {
    config,
    db: database.db,
    jobs: deps.jobs,
    clock,
    clients: createClientService({ accounts }),
    scheduling: schedulingDomains.scheduling,
    mail: schedulingDomains.notifications,
    booking: schedulingDomains.booking,
    ...(deps.dnsResolver === undefined ? {} : { dnsResolver: deps.dnsResolver }),
  });
  return app;
}
