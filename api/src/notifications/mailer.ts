/**
 * Email transport: nodemailer over SMTP when `config.smtpUrl` is set; otherwise none, and emails
 * stay in the local outbox (status `kept`, viewable at /dev/outbox in demo mode). With a DKIM key
 * every message is signed (RFC 6376), so receivers' DMARC checks pass for the sending domain.
 */
import nodemailer from 'nodemailer';
import type { OutboxEmail } from './repository.js';

/** Sends one outbox email; resolves with the server's message id. */
export interface Mailer {
  send(email: OutboxEmail, from: string): Promise<{ messageId: string }>;
}

/** A DKIM signing key: `d=` domain, selector (`s=`) and PEM private key. */
export interface DkimKey {
  readonly domainName: string;
  readonly keySelector: string;
  readonly privateKey: string;
}

/** The DKIM key of a configuration, when all three DKIM variables are set. */
export function dkimKeyOf(config: {
  readonly dkimDomain: string | undefined;
  readonly dkimSelector: string | undefined;
  readonly dkimPrivateKey: string | undefined;
}): DkimKey | undefined {
  const { dkimDomain, dkimSelector, dkimPrivateKey } = config;
  if (dkimDomain === undefined || dkimSelector === undefined || dkimPrivateKey === undefined) return undefined;
  return { domainName: dkimDomain, keySelector: dkimSelector, privateKey: dkimPrivateKey };
}

/** A nodemailer SMTP mailer for `smtpUrl` (signing with `options.dkim`), or undefined without an SMTP server. */
export function createSmtpMailer(smtpUrl: string | undefined, options: { dkim?: DkimKey } = {}): Mailer | undefined {
  if (smtpUrl === undefined) return undefined;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    ...(options.dkim === undefined ? {} : { dkim: { ...options.dkim } }),
  });
  return {
    async send(email, from) {
      const ics = email.icsContent;
      const method = ics === null ? undefined : (/^METHOD:(\w+)/m.exec(ics)?.[1] ?? 'REQUEST');
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
