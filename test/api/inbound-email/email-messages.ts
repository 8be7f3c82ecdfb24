/** Test messages of the email channel: raw RFC 822 messages to send, and the `.ics` of a sunk message. */
import ICAL from 'ical.js';
import type { SunkMessage } from './smtp-sink.js';

/** The `.ics` attached to a sunk message, parsed (RFC 5545). */
export function invitationOf(sunk: SunkMessage): ICAL.Component {
  const text = sunk.email.attachments
    .map((attachment) =>
      typeof attachment.content === 'string' ? attachment.content : new TextDecoder().decode(attachment.content),
    )
    .find((content) => content.includes('BEGIN:VCALENDAR'));
  if (text === undefined) throw new Error(`no invitation in "${sunk.email.subject ?? ''}"`);
  return new ICAL.Component(ICAL.parse(text));
}

/** A plain-text message; dated Monday 2 March 2026, 08:00 UTC unless `date` says otherwise. */
export function message(input: {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  body: string;
  id: string;
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  date?: string;
}): string {
  return [
    `From: ${input.from}`,
    `To: ${input.to}`,
    ...(input.cc === undefined ? [] : [`Cc: ${input.cc}`]),
    `Subject: ${input.subject}`,
    `Date: ${input.date ?? 'Mon, 02 Mar 2026 08:00:00 +0000'}`,
    `Message-ID: ${input.id}`,
    ...(input.inReplyTo === undefined ? [] : [`In-Reply-To: ${input.inReplyTo}`]),
    ...(input.references === undefined ? [] : [`References: ${input.references}`]),
    ...(input.extra ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    input.body,
    '',
  ].join('\r\n');
}
