/**
 * Turns the messages of a thread (headers + plain-text body, newest first)
 * into the interpreter's view: every message reduced to its own words and
 * signature, with the history found inside the bodies appended.
 */
import type { MailPerson, ParsedThread, ThreadMessage } from '../thread-message.js';
import { splitQuotedHistory, type HistoryMessage } from './split-quoted-history.js';
import { splitSignature } from './split-signature.js';

/** One message as a mail client or MIME parser gives it. */
export interface RawMailMessage {
  readonly from: MailPerson | null;
  readonly to: readonly MailPerson[];
  readonly cc: readonly MailPerson[];
  readonly dateMs: number | null;
  readonly body: string;
}

function fromHistory(history: HistoryMessage): ThreadMessage {
  const { text, signature } = splitSignature(history.body);
  return {
    origin: history.origin,
    from: history.from,
    to: history.to,
    cc: history.cc,
    dateMs: history.dateMs,
    text,
    signature,
  };
}

/**
 * The parsed thread of `messages` (newest first). A message's quoted history is
 * read only for the oldest message, since the newer ones quote what the thread
 * already holds; forwarded parts are always read.
 */
export function buildParsedThread(
  input: { subject: string; messages: readonly RawMailMessage[] },
  timeZone: string,
): ParsedThread {
  const result: ThreadMessage[] = [];
  const last = input.messages.length - 1;
  for (const [index, raw] of input.messages.entries()) {
    const split = splitQuotedHistory(raw.body, timeZone);
    const { text, signature } = splitSignature(split.ownText);
    result.push({
      origin: index === 0 ? 'newest' : 'quoted',
      from: raw.from,
      to: raw.to,
      cc: raw.cc,
      dateMs: raw.dateMs,
      text,
      signature,
    });
    const history = index === last ? split.history : split.history.filter((h) => h.origin === 'forwarded');
    result.push(...history.map(fromHistory));
  }
  return { subject: input.subject, messages: fillMissingDates(result) };
}

// A history message without a readable date inherits the date of the message that quotes it:
// its relative words are then read against the closest known instant.
function fillMissingDates(messages: readonly ThreadMessage[]): ThreadMessage[] {
  let lastKnown: number | null = null;
  return messages.map((message) => {
    if (message.dateMs !== null) {
      lastKnown = message.dateMs;
      return message;
    }
    return { ...message, dateMs: lastKnown };
  });
}
