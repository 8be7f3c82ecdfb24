/**
 * The emails and ICS of a booking's current state. Deterministic in the booking row: the kind
 * (invite / update / cancel) follows from status and sequence, and each email's dedupeKey names the
 * booking, the sequence and the recipient, so queuing twice (a retried job, a repair pass) still
 * sends one email per purpose.
 */
import type { BookingForm } from '@slash/shared';
import { buildInvitationIcs, type IcsPerson } from '../notifications/ics.js';
import type { NotificationService } from '../notifications/service.js';
import type { LinkContext } from '../scheduling/service.js';
import { clientMessage, contactMessage, eventDescription, meetingTitle, type BookingFacts } from './messages.js';
import type { BookingRow } from './repository.js';

type RequestContext = Omit<LinkContext, 'link'>;

/** invite (first version), update (moved), cancel. */
export function kindOf(booking: BookingRow): 'invite' | 'update' | 'cancel' {
  if (booking.status === 'cancelled') return 'cancel';
  return booking.sequence === 0 ? 'invite' : 'update';
}

function languageOf(context: RequestContext): 'en' | 'fr' {
  return (context.request.interpretation as { language?: string }).language === 'en' ? 'en' : 'fr';
}

/** The booker's name as the form gave it, else the address. */
export function bookerName(booking: BookingRow, fallback: string): string {
  const form = booking.formAnswers as BookingForm;
  const name = [form.firstName, form.lastName].filter((part) => part !== undefined && part.trim() !== '').join(' ');
  return name === '' ? fallback : name;
}

/** Every contact of the meeting, plus the booker's form address when it is not one of them. */
export function recipientsOf(context: RequestContext, booking: BookingRow): IcsPerson[] {
  const people: IcsPerson[] = context.effective.contacts.map((contact) => ({
    email: contact.email,
    name: contact.name,
    isOptional: contact.optional,
  }));
  const formEmail = (booking.formAnswers as BookingForm).email?.toLowerCase();
  if (formEmail !== undefined && !people.some((person) => person.email === formEmail)) {
    people.push({ email: formEmail, name: bookerName(booking, formEmail) });
  }
  return people;
}

function facts(context: RequestContext, booking: BookingRow, manageUrl: string): BookingFacts {
  return {
    language: languageOf(context),
    clientName: context.client.name,
    effective: context.effective,
    preferences: context.preferences,
    slot: { startMs: booking.startsAt.getTime(), endMs: booking.endsAt.getTime() },
    manageUrl,
  };
}

/**
 * The ICS sent to `recipient`: organizer and that one attendee only (S7). The organizer's own copy
 * (`organizerCopy`) lists every attendee and is METHOD:PUBLISH: the client adds it, nobody replies.
 */
export function buildBookingIcs(input: {
  context: RequestContext;
  booking: BookingRow;
  recipient: IcsPerson | null;
  stampMs: number;
  organizerCopy?: boolean;
}): string {
  const { context, booking } = input;
  const language = languageOf(context);
  const cancelled = booking.status === 'cancelled';
  return buildInvitationIcs({
    method: cancelled ? 'CANCEL' : input.organizerCopy === true ? 'PUBLISH' : 'REQUEST',
    uid: booking.icsUid,
    sequence: booking.sequence,
    startMs: booking.startsAt.getTime(),
    endMs: booking.endsAt.getTime(),
    stampMs: input.stampMs,
    summary: meetingTitle(context.effective.type, context.client.name, language),
    description: facts(context, booking, '').effective.location ?? '',
    location: context.effective.location,
    organizer: { email: context.client.email, name: context.client.name },
    attendees:
      input.organizerCopy === true ? recipientsOf(context, booking) : input.recipient === null ? [] : [input.recipient],
  });
}

/** The email conversation a request came from (email channel, #9): its subject and Message-IDs, oldest first. */
export interface EmailThreadRef {
  readonly subject: string;
  readonly messageIds: readonly string[];
}

/** Finds the email conversation of a request, if it came by email. */
export type EmailThreadLookup = (clientId: string, requestId: string) => Promise<EmailThreadRef | undefined>;

/** Subject and headers that put a booking email in its conversation (Gmail also needs the subject). */
function inThread(thread: EmailThreadRef | undefined): { subject?: string; headers: Record<string, string> } {
  const last = thread?.messageIds.at(-1);
  if (thread === undefined || last === undefined) return { headers: {} };
  const chain =
    thread.messageIds.length > 20 ? [thread.messageIds[0]!, ...thread.messageIds.slice(-19)] : thread.messageIds;
  return {
    subject: /^(re|tr|fwd?)\s*:/i.test(thread.subject) ? thread.subject : `Re: ${thread.subject}`,
    headers: { 'In-Reply-To': last, References: chain.join(' ') },
  };
}

/** The calendar event of a booking in the client's calendar (all attendees, form answers, instructions). */
export function calendarEventOf(context: RequestContext, booking: BookingRow) {
  const recipients = recipientsOf(context, booking);
  const booker = bookerName(booking, recipients[0]?.email ?? '');
  return {
    uid: booking.icsUid,
    title: meetingTitle(context.effective.type, booker, context.preferences.language),
    startMs: booking.startsAt.getTime(),
    endMs: booking.endsAt.getTime(),
    location: context.effective.location,
    description: eventDescription(
      { ...facts(context, booking, ''), language: context.preferences.language },
      booking.formAnswers as BookingForm,
    ),
    attendees: recipients.map((person) => ({
      email: person.email,
      ...(person.name ? { name: person.name } : {}),
      optional: person.isOptional === true,
    })),
  };
}

/** Queues the emails of the booking's current state (no-op for those already queued). */
export async function queueBookingEmails(input: {
  notifications: NotificationService;
  context: RequestContext;
  booking: BookingRow;
  manageUrl: string;
  stampMs: number;
  /** The email conversation of the request: its emails then answer in it. */
  thread?: EmailThreadRef | undefined;
}): Promise<void> {
  const { context, booking, notifications } = input;
  const threading = inThread(input.thread);
  const kind = kindOf(booking);
  const bookingFacts = facts(context, booking, input.manageUrl);
  const recipients = recipientsOf(context, booking);
  const bookerEmail = (booking.formAnswers as BookingForm).email?.toLowerCase() ?? recipients[0]?.email;
  const key = `booking:${booking.id}:${booking.sequence}:${kind}`;
  for (const recipient of recipients) {
    const timeZone =
      recipient.email === bookerEmail
        ? (booking.contactTimeZone ?? context.preferences.timeZone)
        : context.preferences.timeZone;
    const message = contactMessage(bookingFacts, { kind, timeZone });
    await notifications.enqueue({
      clientId: booking.clientId,
      dedupeKey: `${key}:contact:${recipient.email}`,
      to: [recipient.email],
      subject: threading.subject ?? message.subject,
      textBody: message.text,
      htmlBody: message.html,
      icsContent: buildBookingIcs({ context, booking, recipient, stampMs: input.stampMs }),
      headers: threading.headers,
    });
  }
  const notice = clientMessage(
    { ...bookingFacts, language: context.preferences.language },
    { kind, bookerName: bookerName(booking, bookerEmail ?? ''), form: booking.formAnswers as BookingForm },
  );
  await notifications.enqueue({
    clientId: booking.clientId,
    dedupeKey: `${key}:client`,
    to: [context.client.email],
    subject: threading.subject ?? notice.subject,
    textBody: notice.text,
    htmlBody: notice.html,
    icsContent: buildBookingIcs({ context, booking, recipient: null, stampMs: input.stampMs, organizerCopy: true }),
    headers: threading.headers,
  });
}
