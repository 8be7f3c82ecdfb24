/**
 * The API's thread from what Office gives about the open message. Outlook's read surface exposes
 * one message; its text body carries the quoted history the interpreter reads. When the body could
 * not be read (ADDINS.md §6 #5) the subject and the people still go, so the API proposes from them.
 */
import type { Thread, ThreadPerson } from '@slash/shared';

export interface MessageFacts {
  subject: string;
  from: { email: string; name: string | null } | null;
  to: { email: string; name: string | null }[];
  cc: { email: string; name: string | null }[];
  dateIso: string;
  bodyText: string;
}

const person = (value: { email: string; name: string | null }): ThreadPerson =>
  value.name === null ? { email: value.email } : { email: value.email, name: value.name.slice(0, 200) };

/** `owner` (the signed-in mailbox) stands in as sender when Office reports none. */
export function threadFromMessage(message: MessageFacts, owner: string): Thread {
  const from = message.from ?? { email: owner, name: null };
  return {
    subject: message.subject.replace(/\p{Cc}/gu, ' ').slice(0, 500),
    messages: [
      {
        from: person(from),
        to: message.to.slice(0, 100).map(person),
        cc: message.cc.slice(0, 100).map(person),
        date: message.dateIso,
        body: message.bodyText,
      },
    ],
  };
}
