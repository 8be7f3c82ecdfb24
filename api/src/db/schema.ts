/**
 * The only database schema of Slash (STYLE.md §5). TS keys are camelCase; the database names are
 * snake_case through Drizzle's casing option. Every table that holds personal data is listed in the
 * PII registry (privacy issue); every row that belongs to a client carries `client_id` so every
 * query can be scoped to its tenant.
 *
 * Instants are `timestamptz` (UTC inside). Constraints Drizzle cannot express (the btree_gist
 * exclusion constraint on bookings) live in a hand-written migration.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const instant = () => timestamp({ withTimezone: true });

/** The account holders: busy professionals who let Slash organise their meetings. */
export const clients = pgTable('clients', {
  id: uuid().primaryKey().defaultRandom(),
  email: text().notNull(),
  name: text().notNull().default(''),
  timeZone: text().notNull().default('Europe/Paris'),
  language: text().notNull().default('fr'),
  /** `active`, or `pending_deletion` during the erasure grace period. */
  status: text().notNull().default('active'),
  deletionRequestedAt: instant(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** How a client signs in: keyed on the provider's stable subject, never on the email (S2, S3). */
export const identities = pgTable(
  'identities',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    issuer: text().notNull(),
    subject: text().notNull(),
    email: text().notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex().on(table.issuer, table.subject)],
);

/** Server-side sessions and add-in bearer sessions; only a SHA-256 hash of the token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    /** `web`, `addin` or `demo`. */
    kind: text().notNull(),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    revokedAt: instant(),
  },
  (table) => [uniqueIndex().on(table.tokenHash), index().on(table.clientId)],
);

/** A client's link to a calendar provider; tokens are AES-256-GCM ciphertexts with their key id. */
export const calendarConnections = pgTable(
  'calendar_connections',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** `google`, `microsoft`, `caldav` or `builtin`. */
    provider: text().notNull(),
    accountEmail: text().notNull().default(''),
    /** `active` or `needs_reconnect` (grant revoked). */
    status: text().notNull().default('active'),
    /** CalDAV server URL; provider base URLs for Google/Graph come from configuration. */
    serverUrl: text(),
    scopes: text().array().notNull().default(sql`'{}'::text[]`),
    accessTokenCiphertext: text(),
    refreshTokenCiphertext: text(),
    tokenKeyId: text(),
    accessTokenExpiresAt: instant(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index().on(table.clientId)],
);

/** Calendars of a connection: which ones block availability and which one receives new meetings. */
export const calendars = pgTable(
  'calendars',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    connectionId: uuid()
      .notNull()
      .references(() => calendarConnections.id, { onDelete: 'cascade' }),
    externalId: text().notNull(),
    name: text().notNull(),
    timeZone: text(),
    blocksAvailability: boolean().notNull().default(true),
    receivesNewMeetings: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex().on(table.connectionId, table.externalId), index().on(table.clientId)],
);

/** Events of the built-in calendar (self-hosting, demos, tests). */
export const builtinEvents = pgTable(
  'builtin_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    calendarId: uuid()
      .notNull()
      .references(() => calendars.id, { onDelete: 'cascade' }),
    /** RFC 5545 UID, stable across updates; unique per calendar so a retried create is a no-op. */
    uid: text().notNull(),
    title: text().notNull().default(''),
    location: text(),
    description: text(),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    isAllDay: boolean().notNull().default(false),
    /** `busy`, `free` or `tentative`. */
    availability: text().notNull().default('busy'),
    attendees: jsonb().$type<{ email: string; name?: string; optional?: boolean }[]>().notNull().default([]),
    sequence: integer().notNull().default(0),
    cancelledAt: instant(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex().on(table.calendarId, table.uid), index().on(table.clientId, table.startsAt)],
);

/** A client's preferences document, validated by the schema in `shared` before it is stored. */
export const preferences = pgTable('preferences', {
  clientId: uuid()
    .primaryKey()
    .references(() => clients.id, { onDelete: 'cascade' }),
  document: jsonb().$type<Record<string, unknown>>().notNull(),
  updatedAt: updatedAt(),
});

/** The people a client meets. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    name: text().notNull().default(''),
    firstName: text(),
    lastName: text(),
    contactMeans: text(),
    company: text(),
    role: text(),
    timeZone: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex().on(table.clientId, table.email)],
);

/** A request to schedule one meeting, from an add-in, the API or an email. */
export const schedulingRequests = pgTable(
  'scheduling_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** `open`, `booked` or `cancelled`. */
    status: text().notNull().default('open'),
    /** `addin`, `api` or `email`. */
    source: text().notNull(),
    subject: text().notNull().default(''),
    /** The thread as received; short retention (privacy policy §3). */
    thread: jsonb().$type<unknown>(),
    interpretation: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Fields the client edited; they win over the interpretation. */
    overrides: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    needsReview: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index().on(table.clientId, table.createdAt)],
);

/** The slots Slash proposed for a request, with why (automated decision, policy §2). */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    requestId: uuid()
      .notNull()
      .references(() => schedulingRequests.id, { onDelete: 'cascade' }),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    rank: integer().notNull(),
    reasonCodes: text().array().notNull(),
    inputsSummary: jsonb().$type<Record<string, unknown>>().notNull(),
    ruleVersion: text().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index().on(table.requestId)],
);

/** Unguessable booking links; only a hash of the token is stored. */
export const bookingLinks = pgTable(
  'booking_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    requestId: uuid()
      .notNull()
      .references(() => schedulingRequests.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    expiresAt: instant().notNull(),
    /** Set when the request is cancelled or superseded: the link stops working. */
    revokedAt: instant(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex().on(table.tokenHash)],
);

/**
 * Booked meetings. `blockedFrom`/`blockedUntil` include buffers; a btree_gist exclusion constraint
 * (migration) forbids two confirmed bookings of one client whose blocked ranges overlap (D2, D3).
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    requestId: uuid()
      .notNull()
      .references(() => schedulingRequests.id, { onDelete: 'cascade' }),
    contactId: uuid().references(() => contacts.id, { onDelete: 'set null' }),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    blockedFrom: instant().notNull(),
    blockedUntil: instant().notNull(),
    /** `confirmed` or `cancelled`. */
    status: text().notNull().default('confirmed'),
    formAnswers: jsonb().$type<Record<string, string>>().notNull().default({}),
    contactTimeZone: text(),
    manageTokenHash: text().notNull(),
    /** RFC 5545 UID of the invitation, stable across reschedules; SEQUENCE grows on each change. */
    icsUid: text().notNull(),
    sequence: integer().notNull().default(0),
    idempotencyKey: text(),
    calendarEventId: text(),
    /** The `sequence` last written to the client's calendar (null: not yet); the outbox sync closes the gap. */
    calendarSequence: integer(),
    /** Lease of the worker writing this booking to the calendar (at-least-once, idempotent by UID). */
    calendarLockedUntil: instant(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex().on(table.manageTokenHash),
    uniqueIndex().on(table.clientId, table.idempotencyKey),
    index().on(table.clientId, table.startsAt),
  ],
);

/** Every email Slash sends, kept as the local outbox in demo mode and as the delivery record. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid().references(() => clients.id, { onDelete: 'cascade' }),
    /** Idempotency key: one email per purpose, however often a job retries. */
    dedupeKey: text().notNull(),
    toAddresses: text().array().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    icsContent: text(),
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** `pending`, `sent` or `kept` (demo outbox). */
    status: text().notNull().default('pending'),
    messageId: text(),
    /** Delivery attempts so far, and the lease of the worker currently sending it. */
    attempts: integer().notNull().default(0),
    lockedUntil: instant(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: instant(),
  },
  (table) => [uniqueIndex().on(table.dedupeKey)],
);

/** Append-only audit trail (G10): who did what to whose data, never the personal values. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    at: createdAt(),
    actorKind: text().notNull(),
    actorId: text(),
    action: text().notNull(),
    subjectKind: text(),
    subjectId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index().on(table.at)],
);

/** Errors, stuck jobs and low-confidence requests that a human must look at. */
export const supportTickets = pgTable(
  'support_tickets',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid().references(() => clients.id, { onDelete: 'cascade' }),
    /** `interpretation_uncertain`, `scheduling_error`, `job_failed`, `email_stuck`. */
    kind: text().notNull(),
    /** `open` or `closed`. */
    status: text().notNull().default('open'),
    requestId: uuid().references(() => schedulingRequests.id, { onDelete: 'set null' }),
    summary: text().notNull(),
    context: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index().on(table.status, table.createdAt)],
);
