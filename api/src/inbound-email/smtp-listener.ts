/**
 * The inbound SMTP listener for the assistant's domain (smtp-server). It accepts mail only for the
 * assistant's domain (never a relay), and answers 250 only once the message is stored; a storage
 * failure answers 451 so the sending server retries. With a key and certificate it offers STARTTLS
 * (RFC 3207) on the same port, as MX hosts do; senders that do not upgrade are still accepted
 * (opportunistic TLS between servers).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { InboundEmailService } from './service.js';

/** Largest message accepted, in bytes (also announced with the SIZE extension). */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** PEM key and certificate (chain) for STARTTLS. */
export interface SmtpTlsOptions {
  readonly key: string | Buffer;
  readonly cert: string | Buffer;
}

/** A running listener. */
export interface SmtpListener {
  readonly port: number;
  close(): Promise<void>;
}

class SmtpReplyError extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

async function readStream(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function envelopeOf(session: SMTPServerSession): { envelopeFrom: string; remoteIp: string; helo: string | null } {
  const mailFrom = session.envelope.mailFrom;
  return {
    // `false` is the null reverse-path `<>` of bounces and auto-replies.
    envelopeFrom: mailFrom === false ? '' : mailFrom.address,
    remoteIp: session.remoteAddress.replace(/^::ffff:/, ''),
    helo: session.hostNameAppearsAs === '' ? null : session.hostNameAppearsAs,
  };
}

/** Starts listening on `host:port` (port 0: any free port). */
export async function startSmtpListener(options: {
  readonly service: InboundEmailService;
  readonly assistantEmail: string;
  readonly host: string;
  readonly port: number;
  /** Offer STARTTLS with this key and certificate; without, plain SMTP only. */
  readonly tls?: SmtpTlsOptions;
  readonly onError?: (error: Error) => void;
}): Promise<SmtpListener> {
  const domain = options.assistantEmail.split('@')[1]?.toLowerCase() ?? '';
  const server = new SMTPServer({
    name: domain,
    banner: 'Slash assistant',
    authOptional: true,
    secure: false,
    ...(options.tls === undefined
      ? { disabledCommands: ['AUTH', 'STARTTLS'] }
      : { disabledCommands: ['AUTH'], key: options.tls.key, cert: options.tls.cert, minVersion: 'TLSv1.2' as const }),
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onRcptTo(address, _session, callback) {
      const isOurs = address.address.toLowerCase().split('@')[1] === domain;
      callback(isOurs ? undefined : new SmtpReplyError('Relay access denied', 550));
    },
    onData(stream, session, callback) {
      readStream(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) throw new SmtpReplyError('Message too large', 552);
          await options.service.receive(raw.toString('utf8'), { ...envelopeOf(session), source: 'smtp' });
          callback();
        })
        .catch((error: unknown) => {
          if (error instanceof SmtpReplyError) return callback(error);
          options.onError?.(error instanceof Error ? error : new Error(String(error)));
          callback(new SmtpReplyError('Temporary failure, try again later', 451));
        });
    },
  });
  server.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
