/**
 * Wires the scheduling domains (preferences, scheduling, booking, notifications) into the app:
 * services, their jobs and their routes. One call from `buildApp`, so the composition of these four
 * domains stays in one place. Other domains are reached through their services (calendars, support)
 * or, for the client directory, through the accounts repository the brief designates.
 */
import type { FastifyInstance } from 'fastify';
import { createAccountsRepository } from '../accounts/repository.js';
import { bookingRoutes } from '../booking/routes.js';
import { createCalendarSync } from '../booking/calendar-sync.js';
import { createBookingRepository } from '../booking/repository.js';
import { CALENDAR_SYNC_JOB, createBookingService } from '../booking/service.js';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { createSmtpMailer } from '../notifications/mailer.js';
import { createOutboxRepository } from '../notifications/repository.js';
import { notificationRoutes } from '../notifications/routes.js';
import { createNotificationService, type NotificationService } from '../notifications/service.js';
import type { ClientDirectory } from '../preferences/client-directory.js';
import { createPreferencesRepository } from '../preferences/repository.js';
import { preferencesRoutes } from '../preferences/routes.js';
import { createPreferencesService, type PreferencesService } from '../preferences/service.js';
import { createSupportRepository } from '../support/repository.js';
import { createSupportService } from '../support/service.js';
import type { CalendarPort } from './availability.js';
import { createSchedulingRepository } from './repository.js';
import { schedulingRoutes } from './routes.js';
import { createSchedulingService, type SchedulingService } from './service.js';

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
  readonly options?: SchedulingOptions;
}

/** The services other domains may call (inbound email). */
export interface SchedulingDomains {
  readonly scheduling: SchedulingService;
  readonly notifications: NotificationService;
  readonly preferences: PreferencesService;
}

/** Registers preferences, scheduling, booking and notifications on `app`; returns their services. */
export async function registerSchedulingDomains(app: FastifyInstance, wiring: SchedulingWiring): Promise<SchedulingDomains> {
  const { config, database, jobs, clock } = wiring;
  const db = database.db;
  const accounts = createAccountsRepository(db);
  const clients: ClientDirectory = {
    findClient: async (clientId) => accounts.findClient(clientId),
    findClientsByEmails: async (emails) => accounts.findClientsByEmails(emails),
  };
  const calendar: CalendarPort = wiring.options?.wrapCalendar?.(wiring.calendar) ?? wiring.calendar;
  const support = createSupportService({ repository: createSupportRepository(db), clock });
  const retryDelaySeconds = wiring.options?.jobRetryDelaySeconds ?? 10;

  const notifications = createNotificationService({
    outbox: createOutboxRepository(db),
    mailer: createSmtpMailer(config.smtpUrl),
    jobs,
    clock,
    mailFrom: config.mailFrom,
    retryDelaySeconds,
    onDeliveryError: (error, email) => app.log.warn({ err: error, outboxId: email.id }, 'email delivery failed; will retry'),
  });
  const preferences = createPreferencesService({ repository: createPreferencesRepository(db), clients, clock });
  const bookingRepository = createBookingRepository(db);
  const scheduling = createSchedulingService({
    repository: createSchedulingRepository(db),
    preferences,
    clients,
    calendar,
    bookedTimes: { listBlockedRanges: (clientId, fromMs, toMs, except) => bookingRepository.listBlockedRanges(clientId, fromMs, toMs, except) },
    support,
    clock,
    publicBaseUrl: config.publicBaseUrl,
    signingSecret: config.signingSecret,
  });
  const bookings = createBookingService({
    repository: bookingRepository,
    scheduling,
    notifications,
    jobs,
    clock,
    publicBaseUrl: config.publicBaseUrl,
    signingSecret: config.signingSecret,
  });
  const calendarSync = createCalendarSync({
    repository: bookingRepository,
    scheduling,
    calendar,
    notifications,
    clock,
    manageUrlOf: bookings.manageUrlOf,
    onError: (error, bookingId) => app.log.warn({ err: error, bookingId }, 'calendar write failed; will retry'),
  });
  jobs.define(CALENDAR_SYNC_JOB, async () => {
    await calendarSync.drain();
  }, { retryLimit: 20, retryDelaySeconds });

  await app.register(preferencesRoutes, { preferences, clients });
  await app.register(schedulingRoutes, { scheduling });
  await app.register(bookingRoutes, { bookings });
  await app.register(notificationRoutes, { notifications, isEnabled: config.isDemo || config.nodeEnv === 'test' });
  return { scheduling, notifications, preferences };
}
