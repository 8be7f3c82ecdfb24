/**
 * The only module (with sign-in-dialog.ts) that touches Office.js: reads the open message, opens
 * the reply-all form, follows the selection of a pinned pane. Host callbacks become promises that
 * reject with Error (STYLE.md §6). Field problems this guards against: ADDINS.md §6 #5, #6, #11.
 */

/** A person as Office reports them. */
export interface MailPerson {
  email: string;
  name: string | null;
}

/** The open message, read once. `bodyStatus` says whether the body could be read (§6 #5). */
export interface OpenMessage {
  itemId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: MailPerson | null;
  to: MailPerson[];
  cc: MailPerson[];
  dateIso: string;
  bodyText: string;
  bodyStatus: 'ok' | 'empty' | 'failed';
}

/** Longest body sent to the API; longer ones are cut (mobile truncates at 50k anyway). */
export const MAX_BODY_CHARS = 50_000;

function mailbox(): Office.Mailbox {
  return Office.context.mailbox;
}

function toPerson(details: Office.EmailAddressDetails | undefined | null): MailPerson | null {
  if (details === undefined || details === null || !details.emailAddress) return null;
  return { email: details.emailAddress.toLowerCase(), name: details.displayName || null };
}

function readBodyOnce(item: Office.MessageRead): Promise<string> {
  return new Promise((resolve, reject) => {
    item.body.getAsync(Office.CoercionType.Text, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value ?? '');
      else reject(new Error(`body.getAsync failed: ${result.error?.code ?? '?'} ${result.error?.message ?? ''}`));
    });
  });
}

/** The body as text; one retry (9020 GenericResponseError is often transient); never throws. */
async function readBody(item: Office.MessageRead): Promise<{ text: string; status: OpenMessage['bodyStatus'] }> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const text = (await readBodyOnce(item)).slice(0, MAX_BODY_CHARS);
      return { text, status: text.trim() === '' ? 'empty' : 'ok' };
    } catch {
      // Retried once, then reported as 'failed' so the pane can fall back to subject + people.
    }
  }
  return { text: '', status: 'failed' };
}

/** The message open in the reading pane, or null when none is selected (§6 #6: item may be null). */
export async function readOpenMessage(): Promise<OpenMessage | null> {
  const item = mailbox().item as Office.MessageRead | null | undefined;
  if (item === null || item === undefined || item.itemType !== Office.MailboxEnums.ItemType.Message) return null;
  const body = await readBody(item);
  const created = item.dateTimeCreated instanceof Date ? item.dateTimeCreated : new Date(String(item.dateTimeCreated));
  return {
    itemId: item.itemId ?? '',
    conversationId: item.conversationId ?? '',
    internetMessageId: item.internetMessageId ?? '',
    subject: item.subject ?? '',
    from: toPerson(item.from) ?? toPerson(item.sender),
    to: (item.to ?? []).map(toPerson).filter((person): person is MailPerson => person !== null),
    cc: (item.cc ?? []).map(toPerson).filter((person): person is MailPerson => person !== null),
    dateIso: Number.isNaN(created.getTime()) ? new Date(0).toISOString() : created.toISOString(),
    bodyText: body.text,
    bodyStatus: body.status,
  };
}

/** The id of the selected item without reading it (cheap; used to detect a changed selection). */
export function currentItemId(): string | null {
  const item = mailbox().item as Office.MessageRead | null | undefined;
  return item?.itemId ?? null;
}

/** The signed-in mailbox address (to leave the client out of the contacts). */
export function mailboxOwner(): string {
  return (mailbox().userProfile?.emailAddress ?? '').toLowerCase();
}

/**
 * Opens a reply-all form with `html`. `unsupported` on hosts without the form (Outlook mobile), so
 * the pane can offer Copy instead.
 */
export async function replyAllWith(html: string): Promise<'opened' | 'unsupported'> {
  const item = mailbox().item as Office.MessageRead | null | undefined;
  if (item === null || item === undefined) throw new Error('No message is selected.');
  if (
    Office.context.requirements.isSetSupported('Mailbox', '1.9') &&
    typeof item.displayReplyAllFormAsync === 'function'
  ) {
    return new Promise((resolve, reject) => {
      item.displayReplyAllFormAsync({ htmlBody: html }, (result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve('opened');
        else reject(new Error(`displayReplyAllFormAsync failed: ${result.error?.message ?? ''}`));
      });
    });
  }
  if (typeof item.displayReplyAllForm !== 'function') return 'unsupported';
  item.displayReplyAllForm(html);
  return 'opened';
}

/**
 * Calls `listener` whenever the selection may have changed: Office's ItemChanged (pinned pane) and,
 * because that event is unreliable on some hosts (§6 #6), when the pane becomes visible or focused.
 * The listener compares item ids itself. Returns an unsubscribe function.
 */
export function onSelectionChange(listener: () => void): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') listener();
  };
  window.addEventListener('focus', listener);
  document.addEventListener('visibilitychange', onVisible);
  if (Office.context.requirements.isSetSupported('Mailbox', '1.5')) {
    mailbox().addHandlerAsync(Office.EventType.ItemChanged, listener);
  }
  return () => {
    window.removeEventListener('focus', listener);
    document.removeEventListener('visibilitychange', onVisible);
    if (Office.context.requirements.isSetSupported('Mailbox', '1.5')) {
      mailbox().removeHandlerAsync(Office.EventType.ItemChanged);
    }
  };
}

/** Office's display language reduced to the two Slash speaks. */
export function displayLanguage(): 'en' | 'fr' {
  return (Office.context.displayLanguage ?? 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Whether the host brokers MSAL nested app authentication (ADDINS.md §2). */
export function isNestedAppAuthSupported(): boolean {
  return Office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
}

/** Resolves once Office.js has initialised the pane. */
export function whenOfficeReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}
