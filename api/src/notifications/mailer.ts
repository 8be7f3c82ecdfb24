/**
 * Email transport: nodemailer over SMTP when `config.smtpUrl` is set; otherwise none, and emails
 * stay in the local outbox (status `kept`, viewable at /dev/outbox in demo mode).
 */
import nodemailer from 'nodemailer';
import type { OutboxEmail } from './repository.js';

/** Sends one outbox email; resolves with the server's message id. */
export interface Mailer {
  send(email: OutboxEmail, from: string): Promise<{ messageId: string }>;
}

/** A nodemailer SMTP mailer for `smtpUrl`, or undefined when there is no SMTP server. */
export function createSmtpMailer(smtpUrl: string | undefined): Mailer | undefined {
  if (smtpUrl === undefined) return undefined;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(email, from) {
      const ics = email.icsContent;
      const method = ics === null ? undefined : /^METHOD:(\w+)/m.exec(ics)?.[1] ?? 'REQUEST';
      const info = await transport.sendMail({
        from,
        to: email.toAddresses,
        // Stable per outbox row: a resend after a crash between SMTP and our update is recognisable.
        messageId: `<${email.id}@slash.outbox>`,
        subject: email.subject,
        text: email.textBody,
        ...(email.htmlBody === null ? {} : { html: email.htmlBody }),
        headers: { ...email.headers, 'X-Slash-Outbox-Id': email.id },
        // The same ICS as the calendar alternative (inline invitation) and as an attachment (download).
        ...(ics === null || method === undefined
          ? {}
          : {
              icalEvent: { method, filename: 'invite.ics', content: ics },
              attachments: [{ filename: 'invite.ics', content: ics, contentType: `application/ics; method=${method}` }],
            }),
      });
      return { messageId: String(info.messageId) };
    },
  };
}
