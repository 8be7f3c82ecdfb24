/**
 * The email channel (#9): people put the assistant in Cc. Every message is stored before it is
 * acknowledged, then a job decides, in this order: automatic messages (bounces, auto-replies,
 * lists) are never answered; a sender that fails DKIM/SPF/DMARC alignment gets nothing (possible
 * spoofing); a client's request becomes a scheduling request whose proposals go to the contacts
 * (reply-all, client copied); a contact's answer books, re-proposes or is forwarded to the client;
 * a client's request to move or cancel a meeting Slash organised is applied to that booking
 * (client-changes.ts); an unknown sender gets one polite reply at most. Every reply is reserved against per-thread and
 * per-client limits first, so a mail loop cannot make the assistant write more than those limits.
 *
 * Email content is untrusted (C27): it only ever proposes a scheduling request of the sender's own
 * tenant; nothing in it picks recipients beyond the thread's participants and the client.
 */
import { createHash } from 'node:crypto';
import type { SchedulingRequestView, UpdateSchedulingRequestBody } from '@slash/shared';
import { analyzeMessage } from '@slash/shared';
import type { Clock } from '../clock.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { QueuedEmail } from '../notifications/service.js';
import { acceptedProposals, proposalByOrdinal, weekAfterProposals } from './answer-to-proposals.js';
import type { Envelope, SenderAuthenticator } from './authenticate-sender.js';
import { createClientChanges, type ClientBookingPort, type EmailSupportPort } from './client-changes.js';
import {
  AUTOMATIC_HEADERS,
  forwardText,
  replySubject,
  threadingHeaders,
  unknownSenderText,
  type ThreadLanguage,
} from './compose-reply.js';
import { createFollowUps, type FollowUpSchedulingPort } from './follow-ups.js';
import { automaticReason } from './is-automatic-message.js';
import { readMessage, threadKeyCandidates, type MessageFacts } from './read-message.js';
import type { EmailThread, InboundEmailRepository, InboundMessage } from './repository.js';

/** The job that processes one stored inbound message. */
export const PROCESS_INBOUND_EMAIL_JOB = 'inbound-email-process';
export { FOLLOW_UP_JOB } from './follow-ups.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** What the channel needs from the scheduling domain (its service). */
export interface SchedulingPort extends FollowUpSchedulingPort {
  create(clientId: string, body: { rawMessage: string }, source: 'email'): Promise<SchedulingRequestView>;
  update(clientId: string, requestId: string, patch: UpdateSchedulingRequestBody): Promise<SchedulingRequestView>;
}

/** What the channel needs from the notifications domain (its service). */
export interface MailPort {
  enqueue(email: QueuedEmail): Promise<void>;
}

/**
 * What the channel needs from the booking domain (its service): book a slot of a link, and change
 * a client's own bookings when the client asks by email.
 */
export interface BookingPort extends ClientBookingPort {
  book(
    token: string,
    body: { start: string; timeZone: string; form?: { email?: string } },
    idempotencyKey: string,
  ): Promise<{ bookingId: string }>;
}

/** What the channel needs from the accounts domain (its service): active clients only. */
export interface ClientPort {
  findActiveClient(clientId: string): Promise<Client | undefined>;
  findActiveClientByEmail(email: string): Promise<Client | undefined>;
}

/** Reply limits (defaults: 3 per thread per day, 20 per client per hour). */
export interface ReplyLimitOptions {
  readonly perThreadPerDay: number;
  readonly perClientPerHour: number;
}

/** What the service needs. Without `scheduling` or `mail` messages are stored and recorded only. */
export interface InboundEmailDeps {
  readonly repository: InboundEmailRepository;
  readonly clients: ClientPort;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  readonly authenticateSender: SenderAuthenticator;
  readonly scheduling: SchedulingPort | undefined;
  readonly mail: MailPort | undefined;
  readonly booking?: BookingPort;
  /**
   * The support queue: a client's change request Slash cannot place, or a contact's answer that
   * cannot be passed on to the client, opens a ticket.
   */
  readonly support?: EmailSupportPort;
  readonly assistantEmail: string;
  readonly limits?: ReplyLimitOptions;
}

interface Context {
  readonly message: InboundMessage;
  readonly facts: MessageFacts;
  readonly from: string;
  readonly threadKey: string;
}

/** A client as the channel sees them. */
export interface Client {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly timeZone: string;
}

/** The same email delivered twice has the same key: its authenticated sender and its Message-ID. */
function deliveryKeyOf(from: string, messageId: string): string {
  return createHash('sha256').update(`${from.toLowerCase()}\n${messageId}`).digest('hex');
}

/** Creates the inbound email service and defines its jobs on `deps.jobs`. */
export function createInboundEmailService(deps: InboundEmailDeps) {
  const { repository, clock } = deps;
  const limits = deps.limits ?? { perThreadPerDay: 3, perClientPerHour: 20 };
  const assistant = deps.assistantEmail.toLowerCase();

  async function reserve(reply: {
    clientId: string | null;
    threadKey: string;
    senderEmail: string;
    kind: string;
    dedupeKey: string;
  }): Promise<boolean> {
    // A retried job finds the reservation of its failed first attempt: the mail it guards is enqueued under
    // a dedupe key, so going on sends it at most once, where stopping would never send it. (The one reply an
    // unknown address ever gets is keyed by the address, not the message: that one stays refused.)
    if (reply.kind !== 'unknown_sender' && (await repository.hasReply(reply.dedupeKey))) return true;
    const nowMs = clock.nowMs();
    return repository.reserveReply(
      { ...reply, createdAt: new Date(nowMs) },
      {
        sinceThread: new Date(nowMs - DAY_MS),
        perThread: limits.perThreadPerDay,
        sinceClient: new Date(nowMs - HOUR_MS),
        perClient: limits.perClientPerHour,
      },
    );
  }

  const { scheduling, mail } = deps;
  // Reminders need the scheduling and mail domains; without them messages are only recorded.
  const followUps =
    scheduling === undefined || mail === undefined
      ? undefined
      : createFollowUps({
          repository,
          jobs: deps.jobs,
          clock,
          scheduling,
          findClient: (clientId) => deps.clients.findActiveClient(clientId),
          reserve: (reply) => reserve({ ...reply, kind: 'follow_up' }),
          enqueueMail: (email) => mail.enqueue(email),
        });

  const { booking } = deps;
  const clientChanges =
    booking === undefined || mail === undefined
      ? undefined
      : createClientChanges({
          bookings: booking,
          support: deps.support,
          reserve: (reply) => reserve({ ...reply, kind: 'client_change' }),
          enqueueMail: (email) => mail.enqueue(email),
          assistantEmail: assistant,
          clock,
        });

  /** A client's message: a new scheduling request, proposals to the contacts, client copied. */
  async function autopilot(context: Context, client: Client): Promise<string> {
    if (deps.scheduling === undefined || deps.mail === undefined) return 'channel_not_wired';
    const view = await deps.scheduling.create(client.id, { rawMessage: context.message.rawMessage }, 'email');
    const contacts = [...new Set(view.effective.contacts.map((contact) => contact.email.toLowerCase()))].filter(
      (email) => email !== client.email.toLowerCase() && email !== assistant,
    );
    if (view.interpretation.intent !== 'schedule' || contacts.length === 0 || view.proposals.length === 0)
      return 'not_a_request';
    const { facts } = context;
    const thread = await repository.insertThread({
      clientId: client.id,
      threadKey: context.threadKey,
      requestId: view.id,
      language: view.draftReply.language,
      subject: facts.subject,
      contactEmails: contacts,
      messageIds: [...facts.references, ...(facts.messageId === undefined ? [] : [facts.messageId])],
      lastActivityAt: new Date(clock.nowMs()),
    });
    if (thread === undefined) return 'thread_exists';
    return sendProposals(context, client, { thread, view, contacts });
  }

  /** The proposals of a new request to its contacts, client copied; again after a failed attempt. */
  async function sendProposals(
    context: Context,
    client: Client,
    input: { thread: EmailThread; view: SchedulingRequestView; contacts: readonly string[] },
  ): Promise<string> {
    if (deps.mail === undefined) return 'channel_not_wired';
    const { thread, view, contacts } = input;
    const { facts } = context;
    const isReserved = await reserve({
      clientId: client.id,
      threadKey: context.threadKey,
      senderEmail: context.from,
      kind: 'proposals',
      dedupeKey: `${context.message.id}:proposals`,
    });
    if (!isReserved) return 'rate_limited';
    await deps.mail.enqueue({
      clientId: client.id,
      dedupeKey: `inbound:${context.message.id}:proposals`,
      to: [...contacts, client.email.toLowerCase()],
      subject: replySubject(facts.subject),
      textBody: view.draftReply.text,
      htmlBody: view.draftReply.html,
      headers: { ...threadingHeaders(facts), ...AUTOMATIC_HEADERS },
    });
    await followUps?.schedule({ thread, view, number: 1 });
    return 'proposals_sent';
  }

  async function forwardToClient(
    context: Context,
    input: { thread: EmailThread; client: Client; note?: string },
  ): Promise<string> {
    if (deps.mail === undefined) return 'channel_not_wired';
    const isReserved = await reserve({
      clientId: input.client.id,
      threadKey: context.threadKey,
      senderEmail: context.from,
      kind: 'forward',
      dedupeKey: `${context.message.id}:forward`,
    });
    if (!isReserved) {
      // The contact's answer cannot reach the client: the thread is stuck, a human looks (one ticket per thread).
      await deps.support?.open({
        kind: 'email_stuck',
        clientId: input.client.id,
        summary: "A contact's answer could not be passed on to the client (reply limit reached)",
        context: { threadId: input.thread.id, inboundMessageId: context.message.id },
        dedupeKey: `email-forward:${input.thread.id}`,
      });
      return 'rate_limited';
    }
    await deps.mail.enqueue({
      clientId: input.client.id,
      dedupeKey: `inbound:${context.message.id}:forward`,
      to: [input.client.email],
      subject: replySubject(context.facts.subject),
      textBody: forwardText({
        language: input.thread.language as ThreadLanguage,
        contactEmail: context.from,
        text: context.facts.text,
        ...(input.note === undefined ? {} : { note: input.note }),
      }),
      headers: { ...threadingHeaders(context.facts), ...AUTOMATIC_HEADERS },
    });
    return 'forwarded_to_client';
  }

  /** Books the slot a contact accepted through the booking link; the booking domain sends the invitations. */
  async function acceptSlot(
    context: Context,
    input: { thread: EmailThread; client: Client; view: SchedulingRequestView; start: string },
  ): Promise<string> {
    const token = input.view.bookingLink?.url.split('/').pop();
    if (deps.booking === undefined || token === undefined || input.view.status !== 'open') {
      return forwardToClient(context, {
        thread: input.thread,
        client: input.client,
        note: `Accepted slot / créneau accepté : ${input.start}`,
      });
    }
    await deps.booking.book(
      token,
      { start: input.start, timeZone: input.client.timeZone, form: { email: context.from } },
      `email:${context.message.id}`,
    );
    await repository.updateThread(input.thread.id, { status: 'closed', lastActivityAt: new Date(clock.nowMs()) });
    return 'booked';
  }

  /** A message of a thread read for its client: now, in their zone, them and the assistant left out. */
  async function readInThread(context: Context, client: Client) {
    return analyzeMessage(context.message.rawMessage, {
      now: new Date(clock.nowMs()).toISOString(),
      timeZone: client.timeZone,
      self: [client.email.toLowerCase()],
      assistant: [assistant],
    });
  }

  /** A contact's answer in a thread: it stops the follow-ups, then re-proposes or goes to the client. */
  async function contactReply(context: Context, thread: EmailThread): Promise<string> {
    await repository.updateThread(thread.id, { status: 'answered', lastActivityAt: new Date(clock.nowMs()) });
    const client = await deps.clients.findActiveClient(thread.clientId);
    if (client === undefined) return 'client_gone';
    if (deps.scheduling === undefined || deps.mail === undefined || thread.requestId === null)
      return forwardToClient(context, { thread, client });
    const { interpretation } = await readInThread(context, client);
    const view = await deps.scheduling.get(client.id, thread.requestId);
    // "None of these work, the week after?" is relative to the proposals, not to today.
    const weekAfter = weekAfterProposals({
      text: context.facts.text,
      proposals: view.proposals,
      timeZone: client.timeZone,
    });
    let accepted: SchedulingRequestView['proposals'] = [];
    if (weekAfter === undefined) {
      // "The second one works" names a proposal by its place in the list Slash sent; else by its time.
      const named = proposalByOrdinal(context.facts.text, view.proposals);
      accepted = named === undefined ? acceptedProposals(view.proposals, interpretation) : [named];
    }
    const [slot] = accepted;
    if (accepted.length === 1 && slot !== undefined)
      return acceptSlot(context, { thread, client, view, start: slot.start });
    const timeWindows = weekAfter === undefined ? interpretation.timeWindows : [weekAfter];
    if (timeWindows.length === 0) return forwardToClient(context, { thread, client });
    const updated = await deps.scheduling.update(client.id, thread.requestId, { timeWindows });
    if (updated.proposals.length === 0) return forwardToClient(context, { thread, client });
    return sendNewProposals(context, { thread, client, updated });
  }

  /** New proposals after new constraints, to everyone in the thread (the client copied). */
  async function sendNewProposals(
    context: Context,
    input: { thread: EmailThread; client: Client; updated: SchedulingRequestView },
  ): Promise<string> {
    if (deps.mail === undefined) return 'channel_not_wired';
    const { thread, client, updated } = input;
    const isReserved = await reserve({
      clientId: client.id,
      threadKey: context.threadKey,
      senderEmail: context.from,
      kind: 'new_proposals',
      dedupeKey: `${context.message.id}:new-proposals`,
    });
    if (!isReserved) return 'rate_limited';
    await deps.mail.enqueue({
      clientId: client.id,
      dedupeKey: `inbound:${context.message.id}:new-proposals`,
      to: [...new Set([...thread.contactEmails, context.from, client.email.toLowerCase()])],
      subject: replySubject(context.facts.subject),
      textBody: updated.draftReply.text,
      htmlBody: updated.draftReply.html,
      headers: { ...threadingHeaders(context.facts), ...AUTOMATIC_HEADERS },
    });
    return 'new_proposals_sent';
  }

  /**
   * The client writes again in a thread still waiting for the contacts: new times in their own words
   * ("actually, make it the week after") bring new proposals; anything else is left to the humans.
   */
  async function clientInThread(context: Context, thread: EmailThread, client: Client): Promise<string> {
    const status = thread.status === 'closed' ? 'closed' : 'answered';
    await repository.updateThread(thread.id, { status, lastActivityAt: new Date(clock.nowMs()) });
    if (scheduling === undefined || thread.requestId === null || thread.status === 'closed')
      return 'client_in_known_thread';
    const view = await scheduling.get(client.id, thread.requestId);
    if (view.status !== 'open') return 'client_in_known_thread';
    const { interpretation, confidenceFeatures } = await readInThread(context, client);
    // Times read from the quoted history are the request's own: only the client's new words change it.
    const { timeWindows } = interpretation;
    if (timeWindows.length === 0 || confidenceFeatures.when.isFromHistory) return 'client_in_known_thread';
    const updated = await scheduling.update(client.id, thread.requestId, { timeWindows });
    if (updated.proposals.length === 0) return 'client_in_known_thread';
    return sendNewProposals(context, { thread, client, updated });
  }

  async function unknownSender(context: Context): Promise<string> {
    if (deps.mail === undefined) return 'channel_not_wired';
    // One polite reply per address, ever: the dedupe key is the address itself.
    const isReserved = await reserve({
      clientId: null,
      threadKey: context.threadKey,
      senderEmail: context.from,
      kind: 'unknown_sender',
      dedupeKey: `unknown-sender:${context.from}`,
    });
    if (!isReserved) return 'unknown_sender_already_answered';
    await deps.mail.enqueue({
      clientId: null,
      dedupeKey: `inbound:unknown-sender:${context.from}`,
      to: [context.from],
      subject: replySubject(context.facts.subject),
      textBody: unknownSenderText(assistant),
      headers: { ...threadingHeaders(context.facts), ...AUTOMATIC_HEADERS },
    });
    return 'unknown_sender_answered';
  }

  async function route(message: InboundMessage): Promise<{ outcome: string; clientId: string | null }> {
    const facts = await readMessage(message.rawMessage);
    const from = facts.from;
    if (from === undefined) return { outcome: 'no_sender', clientId: null };
    if (from === assistant) return { outcome: 'own_message', clientId: null };
    const automatic = automaticReason({ headers: facts.headers, envelopeFrom: message.envelopeFrom });
    if (automatic !== undefined) return { outcome: `ignored_automatic:${automatic}`, clientId: null };
    const envelope: Envelope = { envelopeFrom: message.envelopeFrom, remoteIp: message.remoteIp, helo: message.helo };
    const verdict = await deps.authenticateSender(message.rawMessage, envelope);
    if (!verdict.isAuthentic) return { outcome: 'unauthenticated', clientId: null };
    // Claimed only once authenticated, so a forged copy cannot shadow the real message.
    if (
      facts.messageId !== undefined &&
      !(await repository.claimDelivery(message.id, deliveryKeyOf(from, facts.messageId)))
    )
      return { outcome: 'duplicate_delivery', clientId: null };
    const keys = threadKeyCandidates(facts);
    const context: Context = { message, facts, from, threadKey: keys[0] ?? `<inbound-${message.id}>` };
    const client = await deps.clients.findActiveClientByEmail(from);
    const thread = await repository.findThreadByKeys(keys);
    if (client !== undefined) {
      const ownThread = thread?.clientId === client.id ? thread : undefined;
      const change = await clientChanges?.fromClient({
        messageId: context.message.id,
        rawMessage: context.message.rawMessage,
        facts: context.facts,
        threadKey: context.threadKey,
        client,
        threadRequestId: ownThread?.requestId ?? undefined,
      });
      if (change !== undefined) return { outcome: change, clientId: client.id };
      const opened = ownThread?.messageIds.at(-1) === facts.messageId ? ownThread : undefined;
      if (opened?.requestId && scheduling !== undefined) {
        // This very message opened the thread, and an earlier attempt failed before its proposals went out.
        const view = await scheduling.get(client.id, opened.requestId);
        const outcome = await sendProposals(context, client, { thread: opened, view, contacts: opened.contactEmails });
        return { outcome, clientId: client.id };
      }
      if (ownThread !== undefined)
        return { outcome: await clientInThread(context, ownThread, client), clientId: client.id };
      return { outcome: await autopilot(context, client), clientId: client.id };
    }
    if (thread !== undefined && thread.contactEmails.includes(from)) {
      return {
        outcome: await contactReply({ ...context, threadKey: thread.threadKey }, thread),
        clientId: thread.clientId,
      };
    }
    return { outcome: await unknownSender(context), clientId: null };
  }

  /** Processes one stored message (idempotent: a processed message is left alone). */
  async function processMessage(id: string): Promise<string | undefined> {
    const message = await repository.findMessage(id);
    if (message === undefined || message.status === 'processed') return message?.outcome ?? undefined;
    const { outcome, clientId } = await route(message);
    await repository.markProcessed(id, { outcome, clientId, at: new Date(clock.nowMs()) });
    return outcome;
  }

  deps.jobs.define<{ inboundMessageId: string }>(
    PROCESS_INBOUND_EMAIL_JOB,
    async (data) => {
      await processMessage(data.inboundMessageId);
    },
    { retryLimit: 10, retryDelaySeconds: 30 },
  );

  return {
    /** Stores `raw` durably, then queues its processing; resolves once stored (acknowledge after). */
    async receive(raw: string, input: Envelope & { source: 'smtp' | 'webhook' }): Promise<{ id: string }> {
      const row = await repository.insertMessage({
        source: input.source,
        rawMessage: raw,
        envelopeFrom: input.envelopeFrom,
        remoteIp: input.remoteIp,
        helo: input.helo,
        receivedAt: new Date(clock.nowMs()),
      });
      await deps.jobs.send(PROCESS_INBOUND_EMAIL_JOB, { inboundMessageId: row.id }, { singletonKey: row.id });
      return { id: row.id };
    },
    processMessage,
    /** Processes every stored, unprocessed message (bounded); the job does the same one by one. */
    async processPending(limit = 500): Promise<string[]> {
      const outcomes: string[] = [];
      for (const id of await repository.listUnprocessedIds(limit))
        outcomes.push((await processMessage(id)) ?? 'missing');
      return outcomes;
    },
    /** Sends reminder `number` of a thread now if it is still wanted (the job calls it once due). */
    followUp: async (threadId: string, number: number) => followUps?.send(threadId, number),
    countMessages: () => repository.countMessages(),
  };
}

/** The inbound email service's interface. */
export type InboundEmailService = ReturnType<typeof createInboundEmailService>;
