/**
 * Wires the scheduling domains (preferences, scheduling, booking, notifications) into the app:
 * services, their jobs and their routes. One call from `buildApp`, so the composition of these four
 * domains stays in one place. Other domains arrive as services (calendars, support) or, for the
 * client directory, as the accounts repository app.ts already holds.
 */
import { createLlmInterpreter, type LlmFetch, type LlmInterpreter } from '@slash/shared';
import type { FastifyInstance } from 'fastify';
import type { AccountsRepository } from '../accounts/repository.js';
import { bookingRoutes } from '../booking/routes.js';
import type { BookingService } from '../booking/service.js';
import type { EmailThreadLookup } from '../booking/booking-emails.js';
import { createBookedTimes, createBookingDomain } from '../booking/wiring.js';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { notificationRoutes } from '../notifications/routes.js';
import type { NotificationService } from '../notifications/service.js';
import { createNotificationsDomain } from '../notifications/wiring.js';
import type { ClientDirectory } from '../preferences/client-directory.js';
import { preferencesRoutes } from '../preferences/routes.js';
import type { PreferencesService } from '../preferences/service.js';
import { createPreferencesDomain } from '../preferences/wiring.js';
import type { CalendarPort } from './availability.js';
import { schedulingRoutes } from './routes.js';
import type { SchedulingService, SupportPort } from './service.js';
import { createSchedulingDomain } from './wiring.js';

/** Test and operations hooks of the scheduling domains. */
export interface SchedulingOptions {
  /** Wraps the calendar port (fault injection in tests, R2). */
  readonly wrapCalendar?: (calendar: CalendarPort) => CalendarPort;
  /** Retry delay of the calendar and email jobs, in seconds (default 10; tests use 1). */
  readonly jobRetryDelaySeconds?: number;
}

/** What the wiring needs from buildApp. */
export interface SchedulingWiring {
  readonly config: AppConfig;
  readonly database: DatabaseHandle;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  /** The calendars domain's service. */
  readonly calendar: CalendarPort;
  /** The accounts repository (client lookups by id and by email). */
  readonly accounts: Pick<AccountsRepository, 'findClient' | 'findClientsByEmails'>;
  /** The support domain's service (low-confidence requests); optional. */
  readonly support?: SupportPort;
  /** The email conversation of a request (email channel), so booking emails answer in it. */
  readonly emailThreadOf?: EmailThreadLookup;
  readonly options?: SchedulingOptions;
}

/** The services other domains may call (inbound email). */
export interface SchedulingDomains {
  readonly scheduling: SchedulingService;
  /** Books a link's slot (the email channel books a slot a contact accepts in a thread, #9). */
  readonly booking: BookingService;
  readonly notifications: NotificationService;
  readonly preferences: PreferencesService;
}

/** Registers preferences, scheduling, booking and notifications on `app`; returns their services. */
export async function registerSchedulingDomains(
  app: FastifyInstance,
  wiring: SchedulingWiring,
): Promise<SchedulingDomains> {
  const { config, jobs, clock } = wiring;
  const db = wiring.database.db;
  const clients: ClientDirectory = {
    findClient: async (clientId) => wiring.accounts.findClient(clientId),
    findClientsByEmails: async (emails) => wiring.accounts.findClientsByEmails(emails),
  };
  const calendar: CalendarPort = wiring.options?.wrapCalendar?.(wiring.calendar) ?? wiring.calendar;
  const retryDelaySeconds = wiring.options?.jobRetryDelaySeconds ?? 10;

  const notifications = createNotificationsDomain({
    db,
    jobs,
    clock,
    config,
    retryDelaySeconds,
    onDeliveryError: (error, email) =>
      app.log.warn({ err: error, outboxId: email.id }, 'email delivery failed; will retry'),
  });
  const preferences = createPreferencesDomain({ db, clients, clock });
  const scheduling = createSchedulingDomain({
    db,
    preferences,
    clients,
    calendar,
    bookedTimes: createBookedTimes(db),
    support: wiring.support,
    clock,
    publicBaseUrl: config.publicBaseUrl,
    signingSecret: config.signingSecret,
    assistantEmails: [config.assistantEmail],
    ...(config.llmBaseUrl === undefined ? {} : { llm: llmInterpreterOf(config, config.llmBaseUrl) }),
  });
  const bookings = createBookingDomain({
    db,
    scheduling,
    notifications,
    calendar,
    jobs,
    clock,
    config,
    retryDelaySeconds,
    onCalendarError: (error, bookingId) => app.log.warn({ err: error, bookingId }, 'calendar write failed; will retry'),
    emailThreadOf: wiring.emailThreadOf,
  });

  await app.register(preferencesRoutes, { preferences, clients });
  await app.register(schedulingRoutes, { scheduling });
  await app.register(bookingRoutes, { bookings });
  await app.register(notificationRoutes, { notifications, isEnabled: config.isDemo || config.nodeEnv === 'test' });
  return { scheduling, booking: bookings, notifications, preferences };
}

/** The optional LLM interpreter over the real `fetch` (shared has no I/O; the shell passes it in). */
function llmInterpreterOf(config: AppConfig, baseUrl: string): LlmInterpreter {
  return createLlmInterpreter({
    baseUrl,
    model: config.llmModel,
    ...(config.llmApiKey === undefined ? {} : { apiKey: config.llmApiKey }),
    timeoutMs: config.llmTimeoutMs,
    mode: config.llmMode,
    fetch: globalThis.fetch as unknown as LlmFetch,
  });
}
