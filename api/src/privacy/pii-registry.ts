/**
 * The PII registry (SECURITY.md G0): every table and every column of `db/schema.ts`, with whom it is
 * about, its category, legal basis, retention, and how it is exported and erased. Export (G1, G2)
 * and erasure (G4, G5) are driven by it, and a test fails when a column of the schema is missing
 * here, so no new column escapes access, portability or erasure.
 *
 * Roles (policy §9): Slash is controller for client account data and processor for contacts' data,
 * whose controller is the client.
 */

/** Whom a value is about. */
export type DataSubject = 'client' | 'contact' | 'client_and_contact' | 'none';

/** What kind of value a column holds. */
export type ColumnCategory =
  | 'identifier'
  | 'technical'
  | 'identity'
  | 'contact_details'
  | 'message_content'
  | 'calendar'
  | 'preferences'
  | 'scheduling'
  | 'automated_decision'
  | 'credential'
  | 'hash'
  | 'consent'
  | 'audit';

/**
 * How a column is erased when its row stays:
 * - `with_row`: the value goes when the row is deleted (no personal value kept on its own);
 * - `scrub`: on a contact's erasure, the contact's values inside it are replaced (free text, JSON);
 * - `keep_hash`: a keyed hash (HMAC/SHA-256) that cannot be read back into the value; kept;
 * - `keep`: not personal (ids, states, instants).
 */
export type ColumnErasure = 'with_row' | 'scrub' | 'keep_hash' | 'keep';

/** One column. `export: 'omit'` keeps secrets and hashes out of archives (G1 exclusion rule). */
export interface ColumnEntry {
  readonly category: ColumnCategory;
  readonly about: DataSubject;
  readonly export: 'json' | 'omit';
  readonly erase: ColumnErasure;
}

/** Legal basis (GDPR Art. 6(1)). */
export type LegalBasis = 'contract' | 'consent' | 'legal_obligation' | 'legitimate_interest';

/** One table. */
export interface TableEntry {
  /** The table's name in the database (its schema export is the registry key). */
  readonly tableName: string;
  readonly about: DataSubject;
  readonly legalBasis: LegalBasis;
  /** Human-readable retention and, when configurable, the configuration key enforcing it. */
  readonly retention: { readonly description: string; readonly configKey?: string };
  /** Which rows belong to a client's export: by `client_id`, by `id` (clients), by `subject_id`, or none. */
  readonly exportScope: 'client_id' | 'id' | 'subject_id' | 'none';
  /** Files of the archive that carry this table besides `data.json`. */
  readonly exportFiles: readonly ('meetings.ics' | 'contacts.vcf')[];
  /** What erasing the client's account does to the table's rows. */
  readonly onClientErasure: 'cascade' | 'keep_no_personal_values';
  /** What erasing one contact does to the table's rows of that client. */
  readonly onContactErasure: 'delete_row' | 'scrub' | 'none';
  readonly columns: Readonly<Record<string, ColumnEntry>>;
}

const id: ColumnEntry = { category: 'identifier', about: 'none', export: 'json', erase: 'keep' };
const technical: ColumnEntry = { category: 'technical', about: 'none', export: 'json', erase: 'keep' };
const secret: ColumnEntry = { category: 'credential', about: 'none', export: 'omit', erase: 'with_row' };
const digest = (about: DataSubject): ColumnEntry => ({ category: 'hash', about, export: 'omit', erase: 'keep_hash' });
const personal = (category: ColumnCategory, about: DataSubject): ColumnEntry => ({
  category,
  about,
  export: 'json',
  erase: 'with_row',
});
const scrubbed = (category: ColumnCategory, about: DataSubject): ColumnEntry => ({
  category,
  about,
  export: 'json',
  erase: 'scrub',
});

const EMAIL_RETENTION = {
  description: 'threads and email bodies: RETENTION_EMAIL_DAYS (30 by default)',
  configKey: 'retentionEmailDays',
};
const ACCOUNT_LIFETIME = { description: 'while the account exists; erased with it after the grace period' };

/** The registry, keyed by the schema's export name. */
export const PII_REGISTRY: Readonly<Record<string, TableEntry>> = {
  clients: {
    tableName: 'clients',
    about: 'client',
    legalBasis: 'contract',
    retention: ACCOUNT_LIFETIME,
    exportScope: 'id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: {
      id,
      email: personal('identity', 'client'),
      name: personal('identity', 'client'),
      timeZone: personal('preferences', 'client'),
      language: personal('preferences', 'client'),
      status: technical,
      deletionRequestedAt: technical,
      createdAt: technical,
      updatedAt: technical,
    },
  },
  identities: {
    tableName: 'identities',
    about: 'client',
    legalBasis: 'contract',
    retention: ACCOUNT_LIFETIME,
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: {
      id,
      clientId: id,
      provider: technical,
      issuer: technical,
      subject: personal('identity', 'client'),
      email: personal('identity', 'client'),
      createdAt: technical,
    },
  },
  sessions: {
    tableName: 'sessions',
    about: 'client',
    legalBasis: 'contract',
    retention: {
      description: 'until expiry or revocation, then RETENTION_SESSION_DAYS',
      configKey: 'retentionSessionDays',
    },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: {
      id,
      clientId: id,
      tokenHash: secret,
      kind: technical,
      createdAt: technical,
      expiresAt: technical,
      revokedAt: technical,
      lastSeenAt: technical,
    },
  },
  calendarConnections: {
    tableName: 'calendar_connections',
    about: 'client',
    legalBasis: 'contract',
    retention: ACCOUNT_LIFETIME,
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: {
      id,
      clientId: id,
      provider: technical,
      accountEmail: personal('identity', 'client'),
      status: technical,
      serverUrl: technical,
      scopes: technical,
      accessTokenCiphertext: secret,
      refreshTokenCiphertext: secret,
      tokenKeyId: secret,
      accessTokenExpiresAt: technical,
      createdAt: technical,
      updatedAt: technical,
    },
  },
  calendars: {
    tableName: 'calendars',
    about: 'client',
    legalBasis: 'contract',
    retention: ACCOUNT_LIFETIME,
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: {
      id,
      clientId: id,
      connectionId: id,
      externalId: technical,
      name: personal('calendar', 'client'),
      timeZone: personal('preferences', 'client'),
      blocksAvailability: technical,
      receivesNewMeetings: technical,
      createdAt: technical,
    },
  },
  builtinEvents: {
    tableName: 'builtin_events',
    about: 'client_and_contact',
    legalBasis: 'contract',
    retention: ACCOUNT_LIFETIME,
    exportScope: 'client_id',
    exportFiles: ['meetings.ics'],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      calendarId: id,
      uid: technical,
      title: scrubbed('calendar', 'client_and_contact'),
      location: scrubbed('calendar', 'client_and_contact'),
      description: scrubbed('calendar', 'client_and_contact'),
      startsAt: personal('calendar', 'client'),
      endsAt: personal('calendar', 'client'),
      isAllDay: technical,
      availability: technical,
      attendees: scrubbed('contact_details', 'contact'),
      sequence: technical,
      cancelledAt: technical,
      createdAt: technical,
      updatedAt: technical,
    },
  },
  preferences: {
    tableName: 'preferences',
    about: 'client',
    legalBasis: 'contract',
    retention: ACCOUNT_LIFETIME,
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: { clientId: id, document: scrubbed('preferences', 'client'), updatedAt: technical },
  },
  contacts: {
    tableName: 'contacts',
    about: 'contact',
    legalBasis: 'contract',
    retention: ACCOUNT_LIFETIME,
    exportScope: 'client_id',
    exportFiles: ['contacts.vcf'],
    onClientErasure: 'cascade',
    onContactErasure: 'delete_row',
    columns: {
      id,
      clientId: id,
      email: personal('contact_details', 'contact'),
      name: personal('identity', 'contact'),
      firstName: personal('identity', 'contact'),
      lastName: personal('identity', 'contact'),
      contactMeans: personal('contact_details', 'contact'),
      company: personal('identity', 'contact'),
      role: personal('identity', 'contact'),
      timeZone: personal('preferences', 'contact'),
      createdAt: technical,
      updatedAt: technical,
    },
  },
  schedulingRequests: {
    tableName: 'scheduling_requests',
    about: 'client_and_contact',
    legalBasis: 'contract',
    retention: {
      description: 'thread: RETENTION_EMAIL_DAYS; request and interpretation: RETENTION_REQUEST_DAYS once closed',
      configKey: 'retentionRequestDays',
    },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      status: technical,
      source: technical,
      subject: scrubbed('message_content', 'client_and_contact'),
      thread: scrubbed('message_content', 'client_and_contact'),
      interpretation: scrubbed('scheduling', 'client_and_contact'),
      overrides: scrubbed('scheduling', 'client_and_contact'),
      needsReview: technical,
      createdAt: technical,
      updatedAt: technical,
    },
  },
  proposals: {
    tableName: 'proposals',
    about: 'client',
    legalBasis: 'contract',
    retention: { description: 'with their scheduling request', configKey: 'retentionRequestDays' },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      requestId: id,
      startsAt: personal('scheduling', 'client'),
      endsAt: personal('scheduling', 'client'),
      rank: technical,
      reasonCodes: { category: 'automated_decision', about: 'none', export: 'json', erase: 'keep' },
      inputsSummary: scrubbed('automated_decision', 'client_and_contact'),
      ruleVersion: { category: 'automated_decision', about: 'none', export: 'json', erase: 'keep' },
      createdAt: technical,
    },
  },
  bookingLinks: {
    tableName: 'booking_links',
    about: 'client',
    legalBasis: 'contract',
    retention: { description: 'with their scheduling request', configKey: 'retentionRequestDays' },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: {
      id,
      clientId: id,
      requestId: id,
      tokenHash: secret,
      expiresAt: technical,
      revokedAt: technical,
      createdAt: technical,
    },
  },
  bookings: {
    tableName: 'bookings',
    about: 'client_and_contact',
    legalBasis: 'contract',
    retention: { description: 'RETENTION_MEETING_DAYS after the meeting', configKey: 'retentionMeetingDays' },
    exportScope: 'client_id',
    exportFiles: ['meetings.ics'],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      requestId: id,
      contactId: id,
      startsAt: personal('scheduling', 'client_and_contact'),
      endsAt: personal('scheduling', 'client_and_contact'),
      blockedFrom: technical,
      blockedUntil: technical,
      status: technical,
      formAnswers: scrubbed('contact_details', 'contact'),
      contactTimeZone: scrubbed('preferences', 'contact'),
      manageTokenHash: secret,
      icsUid: technical,
      sequence: technical,
      idempotencyKey: secret,
      calendarEventId: technical,
      calendarSequence: technical,
      calendarLockedUntil: technical,
      createdAt: technical,
      updatedAt: technical,
    },
  },
  outboxEmails: {
    tableName: 'outbox_emails',
    about: 'client_and_contact',
    legalBasis: 'contract',
    retention: EMAIL_RETENTION,
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      dedupeKey: technical,
      toAddresses: scrubbed('contact_details', 'client_and_contact'),
      subject: scrubbed('message_content', 'client_and_contact'),
      textBody: scrubbed('message_content', 'client_and_contact'),
      htmlBody: scrubbed('message_content', 'client_and_contact'),
      icsContent: scrubbed('calendar', 'client_and_contact'),
      headers: scrubbed('message_content', 'client_and_contact'),
      status: technical,
      messageId: technical,
      attempts: technical,
      lockedUntil: technical,
      lastError: scrubbed('technical', 'none'),
      createdAt: technical,
      sentAt: technical,
    },
  },
  auditLog: {
    tableName: 'audit_log',
    about: 'none',
    legalBasis: 'legal_obligation',
    retention: { description: 'kept: append-only proof of accesses and privacy operations, ids only' },
    exportScope: 'subject_id',
    exportFiles: [],
    onClientErasure: 'keep_no_personal_values',
    onContactErasure: 'none',
    columns: {
      id,
      at: technical,
      actorKind: { ...technical, category: 'audit' },
      actorId: { ...id, category: 'audit' },
      action: { ...technical, category: 'audit' },
      subjectKind: { ...technical, category: 'audit' },
      subjectId: { ...id, category: 'audit' },
      details: { ...technical, category: 'audit' },
    },
  },
  supportTickets: {
    tableName: 'support_tickets',
    about: 'client',
    legalBasis: 'legitimate_interest',
    retention: { description: 'RETENTION_SUPPORT_DAYS after closing', configKey: 'retentionSupportDays' },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      kind: technical,
      status: technical,
      requestId: id,
      summary: scrubbed('technical', 'client'),
      context: scrubbed('technical', 'client_and_contact'),
      createdAt: technical,
      updatedAt: technical,
    },
  },
  supportTicketKeys: {
    tableName: 'support_ticket_keys',
    about: 'none',
    legalBasis: 'legitimate_interest',
    retention: { description: 'with its ticket' },
    exportScope: 'none',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: { dedupeKey: technical, ticketId: id },
  },
  consentEvents: {
    tableName: 'consent_events',
    about: 'client',
    legalBasis: 'legal_obligation',
    retention: { description: 'kept: append-only proof of consent and withdrawal (Art. 7(1)), ids only' },
    exportScope: 'subject_id',
    exportFiles: [],
    onClientErasure: 'keep_no_personal_values',
    onContactErasure: 'none',
    columns: {
      id,
      seq: technical,
      at: { ...technical, category: 'consent' },
      subjectKind: technical,
      subjectId: id,
      purpose: { ...technical, category: 'consent' },
      action: { ...technical, category: 'consent' },
      textVersion: { ...technical, category: 'consent' },
      source: { ...technical, category: 'consent' },
    },
  },
  privacyRequests: {
    tableName: 'privacy_requests',
    about: 'contact',
    legalBasis: 'legal_obligation',
    retention: {
      description: 'RETENTION_PRIVACY_REQUEST_DAYS after closing; unconfirmed intakes with the email retention',
      configKey: 'retentionPrivacyRequestDays',
    },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'none',
    columns: {
      id,
      kind: technical,
      origin: technical,
      intakeId: id,
      clientId: id,
      contactId: id,
      requesterEmailHash: digest('contact'),
      status: technical,
      dueAt: technical,
      confirmedAt: technical,
      closedAt: technical,
      createdAt: technical,
      updatedAt: technical,
    },
  },
  apiKeys: {
    tableName: 'api_keys',
    about: 'none',
    legalBasis: 'legitimate_interest',
    retention: { description: 'until revoked' },
    exportScope: 'none',
    exportFiles: [],
    onClientErasure: 'keep_no_personal_values',
    onContactErasure: 'none',
    columns: { id, label: technical, role: technical, keyHash: secret, createdAt: technical, revokedAt: technical },
  },
  inboundMessages: {
    tableName: 'inbound_messages',
    about: 'client_and_contact',
    legalBasis: 'contract',
    retention: EMAIL_RETENTION,
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      source: technical,
      rawMessage: scrubbed('message_content', 'client_and_contact'),
      envelopeFrom: scrubbed('contact_details', 'client_and_contact'),
      remoteIp: personal('technical', 'client_and_contact'),
      helo: technical,
      status: technical,
      outcome: technical,
      clientId: id,
      receivedAt: technical,
      processedAt: technical,
      // A hash of the sender's address and the Message-ID: pseudonymous, gone with the row.
      deliveryKey: personal('technical', 'client_and_contact'),
    },
  },
  emailThreads: {
    tableName: 'email_threads',
    about: 'client_and_contact',
    legalBasis: 'contract',
    retention: { description: 'with their scheduling request', configKey: 'retentionRequestDays' },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      threadKey: scrubbed('technical', 'client_and_contact'),
      requestId: id,
      language: technical,
      subject: scrubbed('message_content', 'client_and_contact'),
      contactEmails: scrubbed('contact_details', 'contact'),
      messageIds: scrubbed('technical', 'client_and_contact'),
      status: technical,
      followUpsSent: technical,
      lastActivityAt: technical,
      createdAt: technical,
    },
  },
  emailReplies: {
    tableName: 'email_replies',
    about: 'contact',
    legalBasis: 'contract',
    retention: EMAIL_RETENTION,
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'scrub',
    columns: {
      id,
      clientId: id,
      threadKey: scrubbed('technical', 'client_and_contact'),
      senderEmail: scrubbed('contact_details', 'contact'),
      kind: technical,
      dedupeKey: scrubbed('technical', 'none'),
      createdAt: technical,
    },
  },
  signInAttempts: {
    tableName: 'sign_in_attempts',
    about: 'none',
    legalBasis: 'contract',
    retention: { description: 'minutes: an OAuth state lives until the sign-in completes or expires' },
    exportScope: 'none',
    exportFiles: [],
    onClientErasure: 'keep_no_personal_values',
    onContactErasure: 'none',
    columns: {
      id,
      stateHash: secret,
      provider: technical,
      nonce: secret,
      codeVerifier: secret,
      returnTo: technical,
      expiresAt: technical,
      consumedAt: technical,
      createdAt: technical,
    },
  },
  dataExports: {
    tableName: 'data_exports',
    about: 'client_and_contact',
    legalBasis: 'legal_obligation',
    retention: {
      description: 'EXPORT_TTL_HOURS, then deleted; deleted on any erasure of the client or one of their contacts',
      configKey: 'exportTtlHours',
    },
    exportScope: 'client_id',
    exportFiles: [],
    onClientErasure: 'cascade',
    onContactErasure: 'delete_row',
    columns: {
      id,
      clientId: id,
      contactId: id,
      status: technical,
      archive: { category: 'message_content', about: 'client_and_contact', export: 'omit', erase: 'with_row' },
      byteSize: technical,
      createdAt: technical,
      readyAt: technical,
      expiresAt: technical,
    },
  },
};

/** Registry entries whose rows belong to a client's export, in a stable order. */
export function exportedTables(): [string, TableEntry][] {
  return Object.entries(PII_REGISTRY).filter(([, entry]) => entry.exportScope !== 'none');
}

/** The columns of `entry` that a contact's erasure scrubs in the rows that stay. */
export function scrubbedColumns(entry: TableEntry): string[] {
  return Object.entries(entry.columns)
    .filter(([, column]) => column.erase === 'scrub')
    .map(([key]) => key);
}
