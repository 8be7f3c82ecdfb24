/**
 * The emails the assistant writes in a thread: subject, threading headers (RFC 5322 §3.6.4, so
 * Gmail and Outlook thread them) and the fixed texts (unknown sender, follow-up, forward) in EN/FR.
 * Contact-written text is only quoted in plain text to the client, never in HTML (C18).
 */
import type { MessageFacts } from './read-message.js';

/** Thread languages. */
export type ThreadLanguage = 'en' | 'fr';

/** One reply to reserve against the per-thread and per-client limits (`dedupeKey`: once per purpose). */
export interface ReplyReservation {
  readonly clientId: string;
  readonly threadKey: string;
  readonly senderEmail: string;
  readonly dedupeKey: string;
}

/** Reserves a reply: false when over a limit, or already reserved. */
export type ReserveReply = (reply: ReplyReservation) => Promise<boolean>;

/** An email the channel queues for a client's thread (the notifications domain delivers it). */
export interface ThreadEmail {
  readonly clientId: string;
  readonly dedupeKey: string;
  readonly to: string[];
  readonly subject: string;
  readonly textBody: string;
  readonly headers: Record<string, string>;
}

/** `Re: subject`, without stacking prefixes. */
export function replySubject(subject: string): string {
  const trimmed = subject.replace(/[\r\n]+/g, ' ').trim();
  return /^(re|tr|fwd?)\s*:/i.test(trimmed) ? trimmed : `Re: ${trimmed}`;
}

/** In-Reply-To and References of a reply to `facts` (References capped, newest kept). */
export function threadingHeaders(facts: Pick<MessageFacts, 'messageId' | 'references'>): Record<string, string> {
  if (facts.messageId === undefined) return {};
  const chain = [...facts.references, facts.messageId];
  const kept = chain.length > 20 ? [chain[0] as string, ...chain.slice(-19)] : chain;
  return { 'In-Reply-To': facts.messageId, References: kept.join(' ') };
}

/** Headers every assistant email carries: it is automatic, so well-behaved robots do not answer it. */
export const AUTOMATIC_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
};

/** The once-only answer to an unknown sender, in both languages. */
export function unknownSenderText(assistantEmail: string): string {
  return [
    'Bonjour,',
    '',
    `Cette adresse (${assistantEmail}) est celle d'un assistant de planification réservé aux clients de Slash. Nous n'avons pas pu associer votre adresse à un compte, votre message n'a donc pas été traité.`,
    '',
    '---',
    '',
    'Hello,',
    '',
    `This address (${assistantEmail}) belongs to a scheduling assistant for Slash clients. We could not match your address to an account, so your message was not processed.`,
    '',
    'Slash',
  ].join('\n');
}

/** A follow-up to contacts who have not answered yet. */
export function followUpText(input: {
  readonly language: ThreadLanguage;
  readonly clientName: string;
  readonly bookingUrl: string;
}): string {
  const link = input.bookingUrl === '' ? [] : ['', input.bookingUrl];
  if (input.language === 'fr') {
    return [
      'Bonjour,',
      '',
      `Je reviens vers vous au nom de ${input.clientName} : pouvez-vous choisir le créneau qui vous convient ?`,
      ...link,
      '',
      'Bien cordialement,',
      `L'assistant de ${input.clientName}`,
    ].join('\n');
  }
  return [
    'Hello,',
    '',
    `Following up on behalf of ${input.clientName}: could you pick the time that suits you?`,
    ...link,
    '',
    'Best regards,',
    `${input.clientName}'s assistant`,
  ].join('\n');
}

/** A contact's answer passed on to the client, quoted as plain text. */
export function forwardText(input: {
  readonly language: ThreadLanguage;
  readonly contactEmail: string;
  readonly text: string;
  readonly note?: string;
}): string {
  const quoted = input.text
    .slice(0, 20_000)
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
  const intro =
    input.language === 'fr'
      ? `${input.contactEmail} a répondu dans le fil, et je ne peux pas traiter cette réponse seul :`
      : `${input.contactEmail} answered in the thread, and I cannot handle this answer on my own:`;
  return [intro, ...(input.note === undefined ? [] : ['', input.note]), '', quoted, '', 'Slash'].join('\n');
}
