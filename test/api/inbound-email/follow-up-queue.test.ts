/**
 * Follow-ups through the real job queue (#9): the running app with its pg-boss workers, an injected
 * clock, and Slash's mail captured by an SMTP sink. Nothing here calls the follow-up code directly:
 * a client's message goes in through the SMTP listener, the proposals and every reminder come out
 * at the sink, and the test only moves the clock.
 *
 * The clock starts in the past (Monday 2 March 2026), so pg-boss, which compares `startAfter` with
 * the database's clock, hands every reminder job to a worker at once; whether the reminder goes out
 * is then decided against the injected clock alone, as in production where both clocks agree.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInboundEmailRepository } from '@slash/api/inbound-email/repository';
import { FOLLOW_UP_JOB } from '@slash/api/inbound-email/service';
import { APP_ASSISTANT, createEmailApp, threadMessage, type EmailApp } from './email-app.js';

/** Mondays 09:00 in Paris, each after the previous scenario's last move of the clock. */
const FIRST_MONDAY_MS = Date.parse('2026-03-02T08:00:00Z');
const SECOND_MONDAY_MS = Date.parse('2026-05-04T07:00:00Z');
const THIRD_MONDAY_MS = Date.parse('2026-07-06T07:00:00Z');
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const REMINDER = /Following up on behalf of|Je reviens vers vous/;

let world: EmailApp;
beforeAll(async () => {
  world = await createEmailApp({ nowMs: FIRST_MONDAY_MS });
});
afterAll(async () => world?.close());

/** A client with `preferences` set through the API, as the add-ins would set them. */
async function clientWith(email: string, preferences: Record<string, unknown>): Promise<void> {
  const { token } = await world.insertClient({
    email,
    name: 'Camille Martin',
    timeZone: 'Europe/Paris',
    language: 'en',
  });
  const put = await world.app.inject({
    method: 'PUT',
    url: '/v1/me/preferences',
    headers: { authorization: `Bearer ${token}` },
    payload: preferences,
  });
  expect(put.statusCode, put.body).toBe(200);
}

/**
 * A new client with `preferences` asks Slash (in Cc), at `atMs`, to find a time with `contact`;
 * resolves once the proposals reached the sink, with the thread and when they were sent.
 */
async function startThread(input: {
  client: string;
  contact: string;
  preferences: Record<string, unknown>;
  atMs: number;
  rootId: string;
  body: string;
}) {
  await clientWith(input.client, input.preferences);
  world.clock.set(input.atMs);
  await world.send(
    threadMessage({
      from: `Camille Martin <${input.client}>`,
      to: input.contact,
      cc: APP_ASSISTANT,
      subject: 'Budget review',
      id: input.rootId,
      body: input.body,
    }),
    input.client,
  );
  await vi.waitFor(
    () => {
      if (!world.sink.messages.some((sunk) => sunk.recipients.includes(input.contact)))
        throw new Error('no proposals yet');
    },
    { timeout: 20_000, interval: 100 },
  );
  const thread = await threadOf(input.rootId);
  expect(thread?.status).toBe('waiting');
  return { thread: thread!, sentMs: input.atMs };
}

const threadOf = (rootId: string) => createInboundEmailRepository(world.runtime.database.db).findThreadByKeys([rootId]);
const remindersTo = (contact: string) =>
  world.sink.messages.filter((sunk) => sunk.recipients.includes(contact) && REMINDER.test(sunk.email.text ?? ''));

/** Rows of the thread's reminder job in the queue (each run that finds it not due adds one). */
async function followUpJobs(threadId: string, only: 'all' | 'pending' = 'all'): Promise<number> {
  const pending = only === 'pending' ? " and state in ('created', 'retry', 'active')" : '';
  const result = await world.runtime.database.executeSql(
    `select count(*)::int as n from pgboss.job where name = $1 and data->>'threadId' = $2${pending}`,
    [FOLLOW_UP_JOB, threadId],
  );
  return Number((result.rows[0] as { n: number }).n);
}

/**
 * Waits until a worker has run the thread's reminder job against the current clock: each run that
 * finds it not due queues it again, so two new rows mean at least one whole run after the move.
 */
async function checkedAtCurrentTime(threadId: string): Promise<void> {
  const before = await followUpJobs(threadId);
  await vi.waitFor(
    async () => {
      if ((await followUpJobs(threadId)) < before + 2) throw new Error('reminder job not re-run yet');
    },
    { timeout: 20_000, interval: 100 },
  );
}

/**
 * Reminder number `count` goes out at `dueMs` by the injected clock, not a minute before: one
 * minute early a worker runs the job and sends nothing; at `dueMs` the reminder reaches the sink.
 */
async function expectReminderAt(input: { threadId: string; contact: string; dueMs: number; count: number }) {
  world.clock.set(input.dueMs - MINUTE_MS);
  await checkedAtCurrentTime(input.threadId);
  expect(remindersTo(input.contact)).toHaveLength(input.count - 1);
  world.clock.set(input.dueMs);
  return vi.waitFor(
    () => {
      const reminders = remindersTo(input.contact);
      if (reminders.length < input.count) throw new Error(`${reminders.length} reminder(s) so far`);
      expect(reminders).toHaveLength(input.count);
      return reminders[input.count - 1]!;
    },
    { timeout: 20_000, interval: 100 },
  );
}

/** No reminder job is left waiting for the thread; a while later, still no new reminder. */
async function expectNoMoreReminders(input: {
  thread: { id: string; threadKey: string };
  contact: string;
  sent: number;
}): Promise<void> {
  await vi.waitFor(
    async () => {
      if ((await followUpJobs(input.thread.id, 'pending')) > 0) throw new Error('reminder job pending');
    },
    { timeout: 20_000, interval: 100 },
  );
  world.clock.advance(30 * DAY_MS);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(remindersTo(input.contact)).toHaveLength(input.sent);
  expect((await threadOf(input.thread.threadKey))?.followUpsSent).toBe(input.sent);
}

describe('follow-ups through the job queue (#9)', () => {
  it('sends exactly two reminders at the client’s configured spacing, even for a far window, then nothing', async () => {
    const client = 'camille@client.example';
    const contact = 'bob@contact.example';
    // Three days apart, although the window (April) ends more than 30 days out: the client's choice wins.
    const { thread, sentMs } = await startThread({
      client,
      contact,
      preferences: { horizonDays: 60, followUps: { count: 2, spacingDays: 3 } },
      atMs: FIRST_MONDAY_MS,
      rootId: '<budget-1@client.example>',
      body: 'Hi Bob,\r\n\r\nCould we meet for 30 minutes sometime in April about the budget?\r\n\r\nCamille',
    });

    const first = await expectReminderAt({ threadId: thread.id, contact, dueMs: sentMs + 3 * DAY_MS, count: 1 });
    expect(first.recipients.sort()).toEqual([client, contact].sort());
    expect(first.email.subject).toBe('Re: Budget review');
    expect(first.email.inReplyTo).toBe('<budget-1@client.example>');
    expect(first.email.text).toMatch(/\/b\/[\w-]+/);

    const second = await expectReminderAt({ threadId: thread.id, contact, dueMs: sentMs + 6 * DAY_MS, count: 2 });
    expect(second.email.references).toContain('<budget-1@client.example>');
    expect((await threadOf('<budget-1@client.example>'))?.followUpsSent).toBe(2);

    await expectNoMoreReminders({ thread, contact, sent: 2 });
  });

  it('sends no second reminder once the contact has answered the first', async () => {
    const client = 'dana@client.example';
    const contact = 'carol@contact.example';
    const { thread, sentMs } = await startThread({
      client,
      contact,
      preferences: {},
      atMs: SECOND_MONDAY_MS,
      rootId: '<roadmap-1@client.example>',
      body: 'Hi Carol,\r\n\r\nLet us meet for 30 minutes next week about the roadmap.\r\n\r\nDana',
    });

    // Default spacing for a window that ends within 30 days: 2 days.
    await expectReminderAt({ threadId: thread.id, contact, dueMs: sentMs + 2 * DAY_MS, count: 1 });

    world.clock.advance(DAY_MS);
    await world.send(
      threadMessage({
        from: contact,
        to: client,
        cc: APP_ASSISTANT,
        subject: 'Re: Budget review',
        id: '<roadmap-2@contact.example>',
        references: '<roadmap-1@client.example>',
        body: 'Thanks, let me check with my team first.',
      }),
      contact,
    );
    await vi.waitFor(
      async () => {
        if ((await threadOf('<roadmap-1@client.example>'))?.status !== 'answered') throw new Error('not answered yet');
      },
      { timeout: 20_000, interval: 100 },
    );
    await expectNoMoreReminders({ thread, contact, sent: 1 });
  });

  it('spaces reminders 4 days apart by default when the request’s window ends more than 30 days out', async () => {
    const client = 'eli@client.example';
    const contact = 'dan@contact.example';
    const { thread, sentMs } = await startThread({
      client,
      contact,
      preferences: { horizonDays: 60 },
      atMs: THIRD_MONDAY_MS,
      rootId: '<offsite-1@client.example>',
      body: 'Hi Dan,\r\n\r\nLet us have a 30-minute call in August about the offsite.\r\n\r\nEli',
    });

    // Past the 2 days a near window would wait, still short of 4: no reminder.
    await expectReminderAt({ threadId: thread.id, contact, dueMs: sentMs + 4 * DAY_MS, count: 1 });
  });
});
