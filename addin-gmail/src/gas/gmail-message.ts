/** Reads the open Gmail message with the per-message access token of the event, as the API's thread. */
import { parseAddressList } from '../cards/address-list.js';
import type { Thread } from '@slash/shared';

const MAX_BODY_CHARS = 50_000;

export function readOpenThread(event: GoogleAppsScript.Addons.EventObject): { thread: Thread; messageId: string } {
  const gmail = event.gmail as { messageId: string; accessToken: string };
  GmailApp.setCurrentMessageAccessToken(gmail.accessToken);
  const message = GmailApp.getMessageById(gmail.messageId);
  const from = parseAddressList(message.getFrom())[0] ?? { email: Session.getEffectiveUser().getEmail().toLowerCase() };
  return {
    messageId: gmail.messageId,
    thread: {
      subject: message
        .getSubject()
        .replace(/\p{Cc}/gu, ' ')
        .slice(0, 500),
      messages: [
        {
          from,
          to: parseAddressList(message.getTo()).slice(0, 100),
          cc: parseAddressList(message.getCc()).slice(0, 100),
          date: message.getDate().toISOString(),
          body: message.getPlainBody().slice(0, MAX_BODY_CHARS),
        },
      ],
    },
  };
}

/** A reply-all draft of the open message with `html` (and `text` for plain-text clients). */
export function draftReplyAll(
  event: GoogleAppsScript.Addons.EventObject,
  reply: { text: string; html: string },
): GoogleAppsScript.Gmail.GmailDraft {
  const gmail = event.gmail as { messageId: string; accessToken: string };
  GmailApp.setCurrentMessageAccessToken(gmail.accessToken);
  return GmailApp.getMessageById(gmail.messageId).createDraftReplyAll(reply.text, { htmlBody: reply.html });
}
