/** A loopback SMTP server that keeps every message it receives (Slash's outgoing mail in tests). */
import type { AddressInfo } from 'node:net';
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** A received message: envelope recipients and the parsed email. */
export interface SunkMessage {
  readonly recipients: string[];
  readonly raw: string;
  readonly email: Email;
}

/** A running sink. */
export interface SmtpSink {
  readonly url: string;
  readonly messages: SunkMessage[];
  close(): Promise<void>;
}

/** Starts a sink on 127.0.0.1 and any free port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        PostalMime.parse(raw)
          .then((email) => {
            messages.push({
              recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              raw,
              email,
            });
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}/?ignoreTLS=true`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
