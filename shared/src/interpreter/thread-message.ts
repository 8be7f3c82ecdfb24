/**
 * The interpreter's internal view of a request: one entry per message of the
 * thread, newest first, each reduced to the words its author wrote.
 */

/** An address as found in a header or in the text; `email` is lower-cased. */
export interface MailPerson {
  readonly email: string;
  readonly name: string | null;
}

/** Where a message of the thread came from: the top message, a reply's quoted history or a forwarded part. */
export type MessageOrigin = 'newest' | 'quoted' | 'forwarded';

/** One message of a thread, reduced to its own words. */
export interface ThreadMessage {
  readonly origin: MessageOrigin;
  readonly from: MailPerson | null;
  readonly to: readonly MailPerson[];
  readonly cc: readonly MailPerson[];
  /** The message's own `Date` (UTC epoch ms), the reference for its relative expressions; null when unknown. */
  readonly dateMs: number | null;
  /** What the author wrote: quoted history, forwarded parts and signature removed. */
  readonly text: string;
  /** The author's signature block ('' when none): the source of "our office" addresses. */
  readonly signature: string;
}

/** A whole request, newest message first. */
export interface ParsedThread {
  readonly subject: string;
  readonly messages: readonly ThreadMessage[];
}
