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
  bigint,
  boolean,
  customType,
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
    /** Last authenticated use (kept to the minute); a session idle longer than the limit is dead (C11). */
    lastSeenAt: instant(),
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
    scopes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
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
    // One meeting per scheduling request: a second contact on the same link cannot book another one.
    uniqueIndex('bookings_one_confirmed_per_request')
      .on(table.requestId)
      .where(sql`${table.status} = 'confirmed'`),
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

/** One ticket per cause (e.g. `job:<id>`), so sweeps that open tickets can run again safely. */
export const supportTicketKeys = pgTable('support_ticket_keys', {
  dedupeKey: text().primaryKey(),
  ticketId: uuid()
    .notNull()
    .references(() => supportTickets.id, { onDelete: 'cascade' }),
});

/**
 * Append-only consent ledger (G8, policy §7): the current state of a purpose is the latest event.
 * Holds ids only, never personal values; a trigger refuses UPDATE and DELETE (migration).
 */
export const consentEvents = pgTable(
  'consent_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Total order of events, even when two share the same instant. */
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    at: createdAt(),
    /** `client`. */
    subjectKind: text().notNull(),
    subjectId: text().notNull(),
    /** `newsletter`. */
    purpose: text().notNull(),
    /** `granted` or `withdrawn`. */
    action: text().notNull(),
    /** Version of the text the person agreed to or withdrew from. */
    textVersion: text().notNull(),
    /** `settings`, `one_click_unsubscribe`, `admin`. */
    source: text().notNull(),
  },
  (table) => [index().on(table.subjectId, table.purpose)],
);

/**
 * Privacy requests (policy §6, §9; G7): an intake row per form submission (no controller yet), then
 * one routed row per client holding the requester's data. The requester's address is only kept as
 * an HMAC, so the table cannot be read back into addresses.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** `access`, `erasure`, `rectification` or `portability`. */
    kind: text().notNull(),
    /** `contact_form`, `client` or `admin`. */
    origin: text().notNull(),
    /** The intake row a routed row came from. */
    intakeId: uuid(),
    /** The controller this row is routed to; null on intake rows. */
    clientId: uuid().references(() => clients.id, { onDelete: 'cascade' }),
    contactId: uuid().references(() => contacts.id, { onDelete: 'set null' }),
    /** HMAC-SHA-256 of the lower-cased address under the signing secret. */
    requesterEmailHash: text(),
    /** `awaiting_confirmation`, `forwarded`, `pending`, `completed`, `rejected`, `expired`. */
    status: text().notNull(),
    /** Answer due date (one month, GDPR Art. 12(3)). */
    dueAt: instant(),
    confirmedAt: instant(),
    closedAt: instant(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index().on(table.clientId, table.status), index().on(table.status, table.createdAt)],
);

/** Admin API keys (scoped by role); only a SHA-256 hash of the key is stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    label: text().notNull().default(''),
    /** `admin`, `support` or `read_only`. */
    role: text().notNull(),
    keyHash: text().notNull(),
    createdAt: createdAt(),
    revokedAt: instant(),
  },
  (table) => [uniqueIndex().on(table.keyHash)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Data exports (G1, G2): a zip archive built by a job, downloaded through a signed expiring link. */
export const dataExports = pgTable(
  'data_exports',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** Set when the export is about one contact of the client (a contact's access request). */
    contactId: uuid().references(() => contacts.id, { onDelete: 'cascade' }),
    /** `pending`, `ready` or `failed`. */
    status: text().notNull().default('pending'),
    archive: bytea(),
    byteSize: integer(),
    createdAt: createdAt(),
    readyAt: instant(),
    expiresAt: instant().notNull(),
  },
  (table) => [index().on(table.clientId)],
);

/**
 * Every email the assistant receives (SMTP listener or webhook), stored before it is acknowledged
 * and processed by a job (#9). The raw message is email content: short retention (policy §3).
 */
export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** `smtp` or `webhook`. */
    source: text().notNull(),
    rawMessage: text().notNull(),
    /** SMTP envelope: MAIL FROM (empty string = null sender), client IP and HELO, when known. */
    envelopeFrom: text(),
    remoteIp: text(),
    helo: text(),
    /** `received` until the job has handled it, then `processed`. */
    status: text().notNull().default('received'),
    /** What processing decided (`ignored_automatic`, `unauthenticated`, `proposals_sent`, ...). */
    outcome: text(),
    clientId: uuid().references(() => clients.id, { onDelete: 'cascade' }),
    receivedAt: instant().notNull(),
    processedAt: instant(),
    /**
     * SHA-256 of the authenticated sender and the Message-ID header, set when processing starts: a second
     * delivery of one message (an SMTP retry, the webhook and SMTP both) cannot claim it and does nothing.
     */
    deliveryKey: text(),
  },
  (table) => [index().on(table.status, table.receivedAt), uniqueIndex().on(table.deliveryKey)],
);

/** A thread the assistant takes part in, keyed by its root Message-ID, and its scheduling request. */
export const emailThreads = pgTable(
  'email_threads',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    threadKey: text().notNull(),
    requestId: uuid().references(() => schedulingRequests.id, { onDelete: 'cascade' }),
    /** `en` or `fr`: the language of the thread, used for every message Slash writes in it. */
    language: text().notNull(),
    subject: text().notNull(),
    /** Lower-cased addresses of the contacts in the thread. */
    contactEmails: text().array().notNull(),
    /** Message-IDs of the thread so far (oldest first), for `References`. */
    messageIds: text().array().notNull(),
    /** `waiting` for the contacts, `answered`, or `closed`. */
    status: text().notNull().default('waiting'),
    followUpsSent: integer().notNull().default(0),
    lastActivityAt: instant().notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex().on(table.clientId, table.threadKey), index().on(table.threadKey)],
);

/** Every email the assistant decided to send in reply, for per-thread and per-client rate limits. */
export const emailReplies = pgTable(
  'email_replies',
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: uuid().references(() => clients.id, { onDelete: 'cascade' }),
    threadKey: text().notNull(),
    /** Lower-cased address that triggered the reply (the unknown sender's, for the once-only reply). */
    senderEmail: text().notNull(),
    /** `proposals`, `unknown_sender`, `follow_up`, `forward` or `new_proposals`. */
    kind: text().notNull(),
    /** Idempotency: one reply per purpose (e.g. `<inbound id>:proposals`). */
    dedupeKey: text().notNull(),
    createdAt: instant().notNull(),
  },
  (table) => [
    uniqueIndex().on(table.dedupeKey),
    index().on(table.threadKey, table.createdAt),
    index().on(table.clientId, table.createdAt),
    index().on(table.senderEmail, table.kind),
  ],
);

/**
 * Pending OpenID Connect sign-ins (C1, C2): the `state` (only its hash), nonce and PKCE verifier,
 * kept server-side for 10 minutes and consumed once by the callback.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: uuid().primaryKey().defaultRandom(),
    stateHash: text().notNull(),
    provider: text().notNull(),
    nonce: text().notNull(),
    codeVerifier: text().notNull(),
    returnTo: text().notNull().default('/'),
    expiresAt: instant().notNull(),
    consumedAt: instant(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex().on(table.stateHash)],
);
