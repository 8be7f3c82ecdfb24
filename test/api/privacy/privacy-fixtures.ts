/**
 * Seeds for the privacy tests: a client with a session, and a contact whose values appear in every
 * kind of row (request thread and interpretation, proposal inputs, booking form, emails, calendar
 * event, support ticket, preferences, a queued job) — rows inserted directly, as the scheduling flow
 * would leave them.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createSessionService } from '@slash/api/accounts/session-service';
import * as schema from '@slash/api/db/schema';
import type { TestApp } from '../../support/test-app.js';

/** A seeded client and a bearer token for them. */
export interface SeededClient {
  readonly clientId: string;
  readonly email: string;
  readonly token: string;
}

/** The unique values of a canary contact. */
export interface Canary {
  readonly email: string;
  readonly phone: string;
  readonly name: string;
  readonly company: string;
  readonly role: string;
}

/** Fresh unique canary values (nothing else in the database can contain them by chance). */
export function newCanary(label: string): Canary {
  const tag = randomBytes(5).toString('hex');
  return {
    email: `canary.${label}.${tag}@contact.example`,
    phone: `+33 6 ${randomInt(10_000_000, 99_999_999)}`,
    name: `Zoltan ${label} Quixby${tag}`,
    company: `Frobnitz${tag} Industries`,
    role: `Chief Canary Officer ${tag}`,
  };
}

export async function seedClient(subject: TestApp, label: string): Promise<SeededClient> {
  const email = `${label}.${randomBytes(4).toString('hex')}@client.example`;
  const accounts = createAccountsRepository(subject.runtime.database.db);
  const client = await accounts.insertClient({ email, name: `Client ${label}` });
  const { token } = await createSessionService({ accounts, clock: subject.clock }).open(client.id, 'web');
  return { clientId: client.id, email, token };
}

/** Ids of the rows seeded about one contact. */
export interface ContactWorld {
  readonly contactId: string;
  readonly requestId: string;
  readonly bookingId: string;
  readonly pastBookingId: string;
}

/** Puts `canary` in every kind of row of `clientId`: a meeting in 5 days and one 5 days ago (plus `shiftMs`). */
export async function seedContactWorld(
  subject: TestApp,
  clientId: string,
  canary: Canary,
  options: { shiftMs?: number } = {},
): Promise<ContactWorld> {
  const db = subject.runtime.database.db;
  // Bookings of one client may not overlap (exclusion constraint): a second contact shifts its meetings.
  const now = subject.clock.nowMs() + (options.shiftMs ?? 0);
  const [contact] = await db
    .insert(schema.contacts)
    .values({
      clientId,
      email: canary.email,
      name: canary.name,
      firstName: canary.name.split(' ')[0],
      lastName: canary.name.split(' ')[2],
      contactMeans: canary.phone,
      company: canary.company,
      role: canary.role,
      timeZone: 'Europe/London',
    })
    .returning();
  const insertRequest = async () =>
    (
      await db
        .insert(schema.schedulingRequests)
        .values({
          clientId,
          source: 'email',
          subject: `Coffee with ${canary.name}`,
          thread: {
            messages: [
              {
                from: canary.email,
                body: `Hi! ${canary.name}, ${canary.role} at ${canary.company}. Call me on ${canary.phone}.`,
              },
            ],
          },
          interpretation: { contacts: [{ email: canary.email, name: canary.name }], type: 'coffee' },
          overrides: { note: `bring ${canary.company} deck` },
        })
        .returning()
    )[0];
  const request = await insertRequest();
  // An earlier meeting with the same contact: its own request (a request books one meeting).
  const pastRequest = await insertRequest();
  await db.insert(schema.proposals).values({
    clientId,
    requestId: request!.id,
    startsAt: new Date(now + 3 * 86_400_000),
    endsAt: new Date(now + 3 * 86_400_000 + 1_800_000),
    rank: 1,
    reasonCodes: ['within_preferred_window', 'spread_over_days'],
    inputsSummary: { attendees: [canary.email], window: 'next week' },
    ruleVersion: 'rank-v1',
  });
  await db.insert(schema.bookingLinks).values({
    clientId,
    requestId: request!.id,
    tokenHash: randomBytes(32).toString('hex'),
    expiresAt: new Date(now + 14 * 86_400_000),
  });
  const booking = async (startMs: number, requestId: string) => {
    const [row] = await db
      .insert(schema.bookings)
      .values({
        clientId,
        requestId,
        contactId: contact!.id,
        startsAt: new Date(startMs),
        endsAt: new Date(startMs + 1_800_000),
        blockedFrom: new Date(startMs),
        blockedUntil: new Date(startMs + 1_800_000),
        formAnswers: { name: canary.name, contactMeans: canary.phone, company: canary.company, role: canary.role },
        contactTimeZone: 'Europe/London',
        manageTokenHash: randomBytes(32).toString('hex'),
        icsUid: `${randomUUID()}@slash.test`,
        idempotencyKey: randomUUID(),
      })
      .returning();
    return row!;
  };
  const future = await booking(now + 5 * 86_400_000, request!.id);
  const past = await booking(now - 5 * 86_400_000, pastRequest!.id);
  await db.insert(schema.outboxEmails).values([
    {
      clientId,
      dedupeKey: `test:invite:${future.id}`,
      toAddresses: [canary.email],
      subject: `Invitation: coffee with ${canary.name}`,
      textBody: `Dear ${canary.name}, see you soon.`,
      icsContent: `ATTENDEE;CN=${canary.name}:mailto:${canary.email}`,
    },
    {
      clientId,
      dedupeKey: `test:notify:${future.id}`,
      toAddresses: ['owner@client.example'],
      subject: 'New booking',
      textBody: `${canary.name} (${canary.company}, ${canary.role}) booked. Phone ${canary.phone}.`,
    },
  ]);
  const [connection] = await db
    .insert(schema.calendarConnections)
    .values({ clientId, provider: 'builtin' })
    .returning();
  const [calendar] = await db
    .insert(schema.calendars)
    .values({
      clientId,
      connectionId: connection!.id,
      externalId: `builtin-${randomUUID()}`,
      name: 'Main',
      receivesNewMeetings: true,
    })
    .returning();
  await db.insert(schema.builtinEvents).values({
    clientId,
    calendarId: calendar!.id,
    uid: future.icsUid,
    title: `Coffee with ${canary.name}`,
    description: `${canary.company} — ${canary.phone}`,
    startsAt: future.startsAt,
    endsAt: future.endsAt,
    attendees: [{ email: canary.email, name: canary.name }],
  });
  await db.insert(schema.supportTickets).values({
    clientId,
    kind: 'scheduling_error',
    requestId: request!.id,
    summary: `Could not reach ${canary.email}`,
    context: { contact: canary.email },
  });
  await db
    .insert(schema.preferences)
    .values({ clientId, document: { notes: `never before 9 with ${canary.name}` } })
    .onConflictDoNothing();
  return { contactId: contact!.id, requestId: request!.id, bookingId: future.id, pastBookingId: past.id };
}

/** Rows of a raw SQL query on either driver. */
export async function query<T extends Record<string, unknown>>(
  subject: TestApp,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return (await subject.runtime.database.executeSql(text, values)).rows as T[];
}

/** Every text-like column (text, varchar, jsonb, json, text[]) of every table outside the system schemas. */
export async function textColumns(subject: TestApp): Promise<{ schema: string; table: string; column: string }[]> {
  return query(
    subject,
    `select c.table_schema as schema, c.table_name as "table", c.column_name as "column"
       from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema not in ('pg_catalog', 'information_schema') and t.table_type = 'BASE TABLE'
        and (c.data_type in ('text', 'character varying', 'jsonb', 'json') or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))`,
  );
}

/** Where `needle` appears (case-insensitive) in any text-like column of any table: `schema.table.column` list. */
export async function scanDatabase(subject: TestApp, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const column of await textColumns(subject)) {
    const rows = await query<{ hits: number }>(
      subject,
      `select count(*)::int as hits from "${column.schema}"."${column.table}" where position(lower($1) in lower("${column.column}"::text)) > 0`,
      [needle],
    );
    if ((rows[0]?.hits ?? 0) > 0) hits.push(`${column.schema}.${column.table}.${column.column}`);
  }
  return hits;
}
