/**
 * The email channel end to end over loopback SMTP, on a fresh database: the inbound listener with
 * the real scheduling, booking, calendars and notification services, a sink that receives Slash's
 * mail, and an offline DNS zone (DKIM key, DMARC policy, SPF) so mailauth verifies signed messages
 * offline. Calendars are the built-in (PostgreSQL) ones: a client given one by
 * `connectBuiltinCalendar` gets booked meetings written to it by the calendar sync, as in the app.
 */
import nodemailer from 'nodemailer';
import { createClientService } from '@slash/api/accounts/client-service';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createBookingRepository } from '@slash/api/booking/repository';
import { createCalendarSync } from '@slash/api/booking/calendar-sync';
import { emailThreadLookup } from '@slash/api/inbound-email/plugin';
import { CALENDAR_SYNC_JOB, createBookingService, type BookingService } from '@slash/api/booking/service';
import { createCalendarsRepository } from '@slash/api/calendars/repository';
import { createCalendarsDomain } from '@slash/api/calendars/wiring';
import { fixedClock } from '@slash/api/clock';
import { testConfig } from '@slash/api/config/config';
import { generateSecrets } from '@slash/api/config/local-secrets';
import { createSenderAuthenticator } from '@slash/api/inbound-email/authenticate-sender';
import { createInboundEmailRepository, type InboundEmailRepository } from '@slash/api/inbound-email/repository';
import {
  createInboundEmailService,
  type InboundEmailService,
  type ReplyLimitOptions,
} from '@slash/api/inbound-email/service';
import { startSmtpListener, type SmtpListener } from '@slash/api/inbound-email/smtp-listener';
import { createSmtpMailer } from '@slash/api/notifications/mailer';
import { createOutboxRepository } from '@slash/api/notifications/repository';
import { createNotificationService } from '@slash/api/notifications/service';
import type { ClientDirectory } from '@slash/api/preferences/client-directory';
import { createPreferencesRepository } from '@slash/api/preferences/repository';
import { createPreferencesService } from '@slash/api/preferences/service';
import { createSchedulingRepository } from '@slash/api/scheduling/repository';
import { createSchedulingService, type SchedulingService } from '@slash/api/scheduling/service';
import { createSupportServiceFor, type SupportService } from '@slash/api/support/service';
import { createTestRuntime, type TestRuntime } from '../../support/test-database.js';
import { dkimKeyPair, signMessage, zoneResolver } from './dkim-zone.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

export const ASSISTANT = 'slash@assistant.example';
export const CLIENT_DOMAIN = 'client.example';

/** Options of the world. */
export interface EmailWorldOptions {
  readonly limits?: ReplyLimitOptions;
  readonly nowMs?: number;
  /** Fault injection: the channel's first `n` mail enqueues fail (the outbox is briefly unreachable). */
  readonly failingMailEnqueues?: number;
}

/** The world as the tests see it. */
export interface EmailWorld {
  readonly runtime: TestRuntime;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly sink: SmtpSink;
  readonly accounts: ReturnType<typeof createAccountsRepository>;
  readonly inbound: InboundEmailService;
  readonly repository: InboundEmailRepository;
  readonly scheduling: SchedulingService;
  readonly booking: BookingService;
  /** The support queue the channel opens tickets in. */
  readonly support: SupportService;
  /** Puts a busy event `[startMs, endMs)` in the client's built-in calendar (connect it first). */
  addBusyEvent(clientId: string, range: { startMs: number; endMs: number }): Promise<void>;
  /** Gives the client a built-in calendar that receives new meetings; resolves with its id. */
  connectBuiltinCalendar(clientId: string): Promise<string>;
  /** The events of a built-in calendar over `[fromMs, toMs)` (cancelled ones with `cancelledAt`), as the calendars domain lists them. */
  calendarEvents(
    clientId: string,
    calendarId: string,
    range: { fromMs: number; toMs: number },
  ): Promise<{ uid: string; startsAt: Date; endsAt: Date; cancelledAt: Date | null; attendees: { email: string }[] }[]>;
  sign(raw: string, domain: string, forged?: boolean): Promise<string>;
  send(raw: string, envelope: { from: string; to: string[] }): Promise<void>;
  /** Processes stored messages, writes bookings to calendars, then delivers Slash's mail to the sink. */
  settle(): Promise<string[]>;
  close(): Promise<void>;
}

/** Builds the world; `close()` tears it down. */
export async function createEmailWorld(options: EmailWorldOptions = {}): Promise<EmailWorld> {
  const runtime: TestRuntime = await createTestRuntime();
  const db = runtime.database.db;
  const clock = fixedClock(options.nowMs ?? Date.parse('2026-03-02T08:00:00Z'));
  const secrets = generateSecrets();
  const sink: SmtpSink = await startSmtpSink();
  const domainKey = dkimKeyPair();
  const attackerKey = dkimKeyPair();
  const resolver = zoneResolver(
    new Map([
      [CLIENT_DOMAIN, domainKey.publicKeyBase64],
      ['contact.example', domainKey.publicKeyBase64],
      ['stranger.example', domainKey.publicKeyBase64],
    ]),
  );
  const accounts = createAccountsRepository(db);
  const clients: ClientDirectory = {
    findClient: async (clientId) => accounts.findClient(clientId),
    findClientsByEmails: async (emails) => accounts.findClientsByEmails(emails),
  };
  const notifications = createNotificationService({
    outbox: createOutboxRepository(db),
    mailer: createSmtpMailer(sink.url),
    jobs: runtime.jobs,
    clock,
    mailFrom: `Slash <${ASSISTANT}>`,
  });
  const preferences = createPreferencesService({ repository: createPreferencesRepository(db), clients, clock });
  const bookingRepository = createBookingRepository(db);
  const calendars = createCalendarsDomain({ config: testConfig({ ...secrets }), db, clock });
  const scheduling = createSchedulingService({
    repository: createSchedulingRepository(db),
    preferences,
    clients,
    calendar: calendars.service,
    bookedTimes: bookingRepository,
    support: undefined,
    clock,
    publicBaseUrl: 'https://slash.test',
    signingSecret: secrets.signingSecret,
    assistantEmails: [ASSISTANT],
  });
  const booking = createBookingService({
    repository: bookingRepository,
    scheduling,
    notifications,
    jobs: runtime.jobs,
    clock,
    publicBaseUrl: 'https://slash.test',
    signingSecret: secrets.signingSecret,
    emailThreadOf: emailThreadLookup(db),
  });
  // The calendar write of a booking: the job settle() drains in place of a worker.
  const calendarSync = createCalendarSync({
    repository: bookingRepository,
    scheduling,
    calendar: calendars.service,
    notifications,
    clock,
    manageUrlOf: booking.manageUrlOf,
    emailThreadOf: emailThreadLookup(db),
  });
  runtime.jobs.define(CALENDAR_SYNC_JOB, async () => void (await calendarSync.drain()));
  const repository = createInboundEmailRepository(db);
  const support = createSupportServiceFor(db, clock);
  let failuresLeft = options.failingMailEnqueues ?? 0;
  const inbound = createInboundEmailService({
    repository,
    clients: createClientService({ accounts }),
    jobs: runtime.jobs,
    clock,
    authenticateSender: createSenderAuthenticator({ resolver, mta: 'assistant.example' }),
    scheduling,
    mail: {
      enqueue: (email) =>
        failuresLeft-- > 0 ? Promise.reject(new Error('outbox down')) : notifications.enqueue(email),
    },
    booking,
    support,
    assistantEmail: ASSISTANT,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  await runtime.jobs.start({ runWorkers: false });
  const listener: SmtpListener = await startSmtpListener({
    service: inbound,
    assistantEmail: ASSISTANT,
    host: '127.0.0.1',
    port: 0,
  });
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });

  /** Signs `raw` for `domain` with the published key (or the attacker's key when `forged`). */
  async function sign(raw: string, domain: string, forged = false): Promise<string> {
    const key = forged ? attackerKey : domainKey;
    return signMessage(raw, { domain, privateKeyPem: key.privateKeyPem });
  }

  /** Sends `raw` to the listener over SMTP (envelope sender `from`, '' for the null sender). */
  async function send(raw: string, envelope: { from: string; to: string[] }): Promise<void> {
    await transport.sendMail({ envelope, raw });
  }

  /** Processes stored messages, writes bookings to calendars, then delivers Slash's mail to the sink. */
  async function settle(): Promise<string[]> {
    const outcomes = await inbound.processPending();
    await calendarSync.drain();
    await notifications.deliverPending();
    return outcomes;
  }

  async function connectBuiltinCalendar(clientId: string): Promise<string> {
    const client = await accounts.findClient(clientId);
    const repository = createCalendarsRepository(db);
    const connection = await repository.insertConnection({
      clientId,
      provider: 'builtin',
      accountEmail: client?.email ?? '',
    });
    await repository.insertCalendars([
      {
        clientId,
        connectionId: connection.id,
        externalId: 'primary',
        name: 'Slash',
        blocksAvailability: true,
        receivesNewMeetings: true,
      },
    ]);
    const [calendar] = await repository.listCalendars(clientId);
    if (calendar === undefined) throw new Error('built-in calendar not created');
    return calendar.id;
  }

  return {
    runtime,
    clock,
    sink,
    accounts,
    inbound,
    repository,
    scheduling,
    booking,
    support,
    async addBusyEvent(clientId, range) {
      await calendars.service.createEvent(clientId, {
        uid: `busy-${range.startMs}@calendar.example`,
        title: 'Busy',
        ...range,
        location: null,
        description: '',
        attendees: [],
      });
    },
    connectBuiltinCalendar,
    calendarEvents: async (clientId, calendarId, range) =>
      (await calendars.service.listFeedEvents(clientId, calendarId, range)).events,
    sign,
    send,
    settle,
    async close() {
      transport.close();
      await listener.close();
      await sink.close();
      await runtime.dispose();
    },
  };
}
