/**
 * The facts of a raw RFC 822 message the email channel acts on: who wrote it, to whom, and where it
 * sits in its thread (RFC 5322 §3.6.4: Message-ID, In-Reply-To, References).
 */
import PostalMime, { type Address } from 'postal-mime';

/** What the channel reads from a message. Addresses are lower-cased. */
export interface MessageFacts {
  readonly from: string | undefined;
  readonly fromName: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  /** With angle brackets, e.g. `<abc@mail.example.com>`; undefined when missing. */
  readonly messageId: string | undefined;
  readonly inReplyTo: string | undefined;
  /** Oldest first. */
  readonly references: readonly string[];
  /** First value of each header, by lower-cased name. */
  readonly headers: ReadonlyMap<string, string>;
  readonly text: string;
}

const MESSAGE_ID = /<[^<>\s]{1,250}>/g;

function addresses(list: readonly Address[] | undefined): string[] {
  const result: string[] = [];
  for (const entry of list ?? []) {
    const mailboxes = 'group' in entry && Array.isArray(entry.group) ? entry.group : [entry];
    for (const mailbox of mailboxes) {
      if ('address' in mailbox && typeof mailbox.address === 'string' && mailbox.address !== '')
        result.push(mailbox.address.toLowerCase());
    }
  }
  return result;
}

function messageIds(value: string | undefined): string[] {
  return [...(value ?? '').matchAll(MESSAGE_ID)].map((match) => match[0]);
}

/** Reads the facts of `raw`; a message that cannot be parsed has no sender. */
export async function readMessage(raw: string): Promise<MessageFacts> {
  const email = await PostalMime.parse(raw);
  const headers = new Map<string, string>();
  for (const header of email.headers) {
    if (!headers.has(header.key)) headers.set(header.key.toLowerCase(), header.value);
  }
  const [from] = addresses(email.from === undefined ? [] : [email.from]);
  return {
    from,
    fromName: email.from !== undefined && 'name' in email.from ? email.from.name : '',
    to: addresses(email.to),
    cc: addresses(email.cc),
    subject: (email.subject ?? '').replace(/[\r\n]+/g, ' ').slice(0, 500),
    messageId: messageIds(email.messageId)[0],
    inReplyTo: messageIds(email.inReplyTo)[0],
    references: messageIds(email.references),
    headers,
    text: email.text ?? '',
  };
}

/**
 * The key of a message's thread: the root of its References, else what it replies to, else its
 * own Message-ID. Gmail and Outlook keep the root in References, so every reply finds the thread.
 */
export function threadKeyCandidates(facts: MessageFacts): string[] {
  return [
    ...new Set([
      ...facts.references,
      ...(facts.inReplyTo === undefined ? [] : [facts.inReplyTo]),
      ...(facts.messageId === undefined ? [] : [facts.messageId]),
    ]),
  ];
}
