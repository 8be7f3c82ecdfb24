/**
 * A client asks Slash by email to move or cancel a meeting it organised (#9): "please reschedule my
 * 11am call with Helen to Thursday", "peux-tu annuler mon rendez-vous de mardi avec Paul ?". Only
 * an authenticated client's own message gets here (the service checks DKIM/SPF/DMARC and the
 * sender first), and only the client's own bookings are searched and changed.
 *
 * The meeting is the booking of the thread's request when the message answers a thread Slash
 * knows, else the one the message describes (find-meeting.ts). Exactly one → it is cancelled or
 * moved through the booking domain, as its manage link would do (the contacts get the CANCEL or the
 * updated REQUEST, the calendar follows), and the client gets a confirmation. Several → the client
 * is asked which one; none → the client is told, and support gets a ticket. Every reply is reserved
 * against the rate limits first; over a limit, nothing is changed.
 */
import { interpretMessage, type Interpretation } from '@slash/shared';
import type { Clock } from '../clock.js';
import { cancelledText, movedText, noFreeTimeText, noMeetingText, whichMeetingText } from './client-change-text.js';
import {
  AUTOMATIC_HEADERS,
  replySubject,
  threadingHeaders,
  type ReserveReply,
  type ThreadEmail,
  type ThreadLanguage,
} from './compose-reply.js';
import { describedClockTimes, findMeeting, type MeetingCandidate, type MeetingSearch } from './find-meeting.js';
import { pickNewTime, type FreeTime } from './pick-new-time.js';
import type { MessageFacts } from './read-message.js';

/** How many meetings a reply lists at most. */
const LISTED_MEETINGS = 10;

/** What the channel needs from the booking domain to change a client's meetings (client-scoped). */
export interface ClientBookingPort {
  upcomingForClient(clientId: string): Promise<MeetingCandidate[]>;
  cancelForClient(clientId: string, bookingId: string): Promise<unknown>;
  rescheduleSlotsForClient(
    clientId: string,
    bookingId: string,
    timeZone: string,
  ): Promise<{ readonly slots: readonly FreeTime[] }>;
  rescheduleForClient(clientId: string, bookingId: string, start: string): Promise<unknown>;
}

/** What the channel needs from the support domain: a ticket when Slash is stuck. */
export interface EmailSupportPort {
  open(ticket: {
    kind: 'email_stuck';
    clientId: string;
    summary: string;
    context: Record<string, unknown>;
    dedupeKey: string;
  }): Promise<unknown>;
}

/** What client changes need. */
export interface ClientChangeDeps {
  readonly bookings: ClientBookingPort;
  readonly support: EmailSupportPort | undefined;
  /** Reserves one reply against the rate limits (false: over a limit, or already reserved). */
  readonly reserve: ReserveReply;
  readonly enqueueMail: (email: ThreadEmail) => Promise<void>;
  /** The assistant's address: never a contact. */
  readonly assistantEmail: string;
  /** The instant a message without a readable Date header is read against. */
  readonly clock: Clock;
}

/** A client's message, before it is known to ask for a change. */
export interface ClientMessage {
  readonly messageId: string;
  readonly rawMessage: string;
  readonly facts: MessageFacts;
  readonly threadKey: string;
  readonly client: ClientChangeRequest['client'];
  readonly threadRequestId: string | undefined;
}

/** One client message asking for a change. */
export interface ClientChangeRequest {
  readonly messageId: string;
  readonly facts: MessageFacts;
  readonly threadKey: string;
  readonly client: { readonly id: string; readonly email: string; readonly timeZone: string };
  readonly interpretation: Interpretation & { readonly intent: 'reschedule' | 'cancel' };
  /** The request of the thread Slash knows this message belongs to, if any. */
  readonly threadRequestId: string | undefined;
  /** The instant relative words ("tomorrow") are read against: the message's date. */
  readonly nowMs: number;
}

/** Creates the handler of clients' change requests. */
export function createClientChanges(deps: ClientChangeDeps) {
  /** Reserves, then runs `change` and sends `text()` to the client; 'rate_limited' when over a limit. */
  async function answer(
    request: ClientChangeRequest,
    step: { outcome: string; change?: () => Promise<unknown>; text: () => string },
  ): Promise<string> {
    const isReserved = await deps.reserve({
      clientId: request.client.id,
      threadKey: request.threadKey,
      senderEmail: request.client.email.toLowerCase(),
      dedupeKey: `${request.messageId}:client-change`,
    });
    if (!isReserved) return 'rate_limited';
    await step.change?.();
    await deps.enqueueMail({
      clientId: request.client.id,
      dedupeKey: `inbound:${request.messageId}:client-change`,
      to: [request.client.email.toLowerCase()],
      subject: replySubject(request.facts.subject),
      textBody: step.text(),
      headers: { ...threadingHeaders(request.facts), ...AUTOMATIC_HEADERS },
    });
    return step.outcome;
  }

  /** The thread's booking, else the meeting the message describes; undefined for a thread not booked. */
  function search(
    request: ClientChangeRequest,
    upcoming: MeetingCandidate[],
  ): MeetingSearch<MeetingCandidate> | undefined {
    const ofThread = upcoming.filter((booking) => booking.requestId === request.threadRequestId);
    if (ofThread.length === 1) return { matches: ofThread, isIdentified: true };
    // A thread whose request is still open (or whose meeting is past or cancelled) has no meeting to change.
    if (request.threadRequestId !== undefined) return undefined;
    return findMeeting({
      text: request.facts.text,
      intent: request.interpretation.intent,
      interpretation: request.interpretation,
      bookings: upcoming,
      timeZone: request.client.timeZone,
      nowMs: request.nowMs,
    });
  }

  async function reschedule(request: ClientChangeRequest, meeting: MeetingCandidate): Promise<string> {
    const { client, interpretation } = request;
    const language = interpretation.language as ThreadLanguage;
    const { slots } = await deps.bookings.rescheduleSlotsForClient(client.id, meeting.bookingId, client.timeZone);
    const choice = pickNewTime({
      slots,
      interpretation,
      current: meeting,
      namedTimes: describedClockTimes(request.facts.text, 'reschedule'),
      timeZone: client.timeZone,
    });
    if (!choice.isFree) {
      return answer(request, {
        outcome: 'client_reschedule_no_free_time',
        text: () =>
          noFreeTimeText({
            meeting,
            alternatives: choice.alternatives,
            hasAskedTime: interpretation.timeWindows.length > 0,
            timeZone: client.timeZone,
            language,
          }),
      });
    }
    return answer(request, {
      outcome: 'client_rescheduled',
      change: () => deps.bookings.rescheduleForClient(client.id, meeting.bookingId, choice.time.start),
      text: () => movedText({ meeting, to: choice.time, timeZone: client.timeZone, language }),
    });
  }

  /**
   * The message read in the client's zone against its own date (the contract's `--now` default);
   * undefined when it is not an email the interpreter reads.
   */
  async function interpret(
    message: ClientMessage,
  ): Promise<{ interpretation: Interpretation; nowMs: number } | undefined> {
    const dateMs = Date.parse(message.facts.headers.get('date') ?? '');
    const nowMs = Number.isFinite(dateMs) ? dateMs : deps.clock.nowMs();
    try {
      const interpretation = await interpretMessage(message.rawMessage, {
        now: new Date(nowMs).toISOString(),
        timeZone: message.client.timeZone,
        self: [message.client.email.toLowerCase()],
        assistant: [deps.assistantEmail.toLowerCase()],
      });
      return { interpretation, nowMs };
    } catch (error) {
      // Not an email the interpreter can read: the autopilot path decides what happens to it.
      if (error instanceof Error && error.name === 'NotAnEmailError') return undefined;
      throw error;
    }
  }

  return {
    /**
     * A client's message asking to move or cancel a meeting (intent `reschedule` or `cancel`) is
     * handled; undefined for any other message, which the caller routes as before.
     */
    async fromClient(message: ClientMessage): Promise<string | undefined> {
      const read = await interpret(message);
      const intent = read?.interpretation.intent;
      if (read === undefined || (intent !== 'reschedule' && intent !== 'cancel')) return undefined;
      return this.handle({
        ...message,
        interpretation: { ...read.interpretation, intent },
        nowMs: read.nowMs,
      });
    },
    /**
     * Finds the meeting and cancels or moves it, or asks which one; resolves with the outcome, or
     * undefined when the message answers a thread Slash knows whose request has no upcoming booking.
     */
    async handle(request: ClientChangeRequest): Promise<string | undefined> {
      const { client, interpretation } = request;
      const language = interpretation.language as ThreadLanguage;
      const upcoming = await deps.bookings.upcomingForClient(client.id);
      const found = search(request, upcoming);
      if (found === undefined) return undefined;
      const { matches, isIdentified } = found;
      const [meeting] = matches;
      if (meeting === undefined) {
        await deps.support?.open({
          kind: 'email_stuck',
          clientId: client.id,
          summary: `A client asked by email to ${interpretation.intent} a meeting Slash could not find`,
          context: { inboundMessageId: request.messageId, intent: interpretation.intent, upcoming: upcoming.length },
          dedupeKey: `email-change:${request.messageId}`,
        });
        return answer(request, {
          outcome: 'client_change_no_meeting',
          text: () =>
            noMeetingText({ upcoming: upcoming.slice(0, LISTED_MEETINGS), timeZone: client.timeZone, language }),
        });
      }
      if (matches.length > 1 || !isIdentified) {
        return answer(request, {
          outcome: 'client_change_ambiguous',
          text: () =>
            whichMeetingText({ meetings: matches.slice(0, LISTED_MEETINGS), timeZone: client.timeZone, language }),
        });
      }
      if (interpretation.intent === 'reschedule') return reschedule(request, meeting);
      return answer(request, {
        outcome: 'client_cancelled',
        change: () => deps.bookings.cancelForClient(client.id, meeting.bookingId),
        text: () => cancelledText({ meeting, timeZone: client.timeZone, language }),
      });
    },
  };
}

/** The handler's interface. */
export type ClientChanges = ReturnType<typeof createClientChanges>;
