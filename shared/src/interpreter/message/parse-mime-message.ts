/**
 * Decodes one RFC 822 message with postal-mime (encodings, multipart, charsets;
 * attachments ignored) into headers and a plain-text body. HTML-only messages are
 * converted to text with their blockquotes kept as "> " quotes.
 */
import PostalMime, { type Address } from 'postal-mime';
import type { MailPerson } from '../thread-message.js';
import type { RawMailMessage } from './build-parsed-thread.js';
import { htmlToText } from './html-to-text.js';

/** The input is not an RFC 822 message (no header block the interpreter can read). */
export class NotAnEmailError extends Error {
  override readonly name = 'NotAnEmailError';
}

/** A decoded message: its subject and the newest message's headers and text. */
export interface DecodedMessage {
  readonly subject: string;
  readonly message: RawMailMessage;
}

const HEADER_NAME = /^[!-9;-~]+$/;
const KNOWN_HEADERS = new Set(['from', 'to', 'cc', 'date', 'subject', 'message-id', 'mime-version', 'content-type']);

function toPeople(addresses: readonly Address[] | undefined): MailPerson[] {
  const people: MailPerson[] = [];
  for (const address of addresses ?? []) {
    const members = 'group' in address && address.group ? address.group : [address];
    for (const member of members) {
      if ('address' in member && member.address) {
        people.push({ email: member.address.toLowerCase(), name: member.name?.trim() ? member.name.trim() : null });
      }
    }
  }
  return people;
}

function assertLooksLikeEmail(raw: string, headerKeys: readonly string[]): void {
  const firstLine = raw.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const firstName = /^([^:\s]+):/.exec(firstLine)?.[1];
  if (firstName === undefined || !HEADER_NAME.test(firstName))
    throw new NotAnEmailError('the input does not start with a mail header');
  if (!headerKeys.some((key) => KNOWN_HEADERS.has(key)))
    throw new NotAnEmailError('the input has none of From, To, Date or Subject');
}

/** Decodes `raw`; throws {@link NotAnEmailError} when it is not an email. */
export async function parseMimeMessage(raw: string): Promise<DecodedMessage> {
  if (raw.trim() === '') throw new NotAnEmailError('the input is empty');
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  assertLooksLikeEmail(
    raw,
    email.headers.map((header) => header.key),
  );
  const body = email.text !== undefined && email.text.trim() !== '' ? email.text : htmlToText(email.html ?? '');
  const dateMs = email.date !== undefined ? Date.parse(email.date) : Number.NaN;
  const from = toPeople(email.from ? [email.from] : [])[0] ?? null;
  return {
    subject: email.subject ?? '',
    message: {
      from,
      to: toPeople(email.to),
      cc: toPeople(email.cc),
      dateMs: Number.isNaN(dateMs) ? null : dateMs,
      body,
    },
  };
}
