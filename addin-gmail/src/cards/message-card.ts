/** The card for an open message: contacts, what was understood (editable), proposals, actions. */
import type { InterpretedContact, SchedulingRequestView, UpdateSchedulingRequestBody } from '@slash/shared';
import { clip, type CardModel, type Widget } from './card-model.js';
import { fill, words } from './i18n.js';
import { MEETING_TYPES } from './preference-keys.js';
import { formatSlot } from '../lib/format-datetime.js';

/** At most this many proposals on the card; the rest are in Slash (card limits, §6 #10). */
export const MAX_PROPOSALS = 10;

export interface MessageCardContext {
  language: string;
  timeZone: string;
  /** The user's UTC offset in ms now (event object), to turn edited dates into instants. */
  offsetMs: number;
}

const dateOf = (iso: string, offsetMs: number) => new Date(Date.parse(iso) + offsetMs).toISOString().slice(0, 10);

export function contactsText(contacts: InterpretedContact[]): string {
  return contacts.map((c) => (c.optional ? `${c.email} (optional)` : c.email)).join(', ');
}

export function buildMessageCard(view: SchedulingRequestView, context: MessageCardContext): CardModel {
  const w = words(context.language);
  const lang = context.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const { effective } = view;
  const first = effective.timeWindows[0];
  const last = effective.timeWindows[effective.timeWindows.length - 1];
  const from = first ? dateOf(first.from, context.offsetMs) : '';
  const to = last?.to ? dateOf(new Date(Date.parse(last.to) - 1).toISOString(), context.offsetMs) : '';
  const proposals: Widget[] = view.proposals.slice(0, MAX_PROPOSALS).map((p) => ({
    kind: 'text',
    text: `<b>${formatSlot(p, context.timeZone, lang)}</b><br>${clip(p.reason[lang], 300)}`,
  }));
  if (view.proposals.length > MAX_PROPOSALS)
    proposals.push({ kind: 'text', text: fill(w.more, { n: view.proposals.length - MAX_PROPOSALS }) });
  // What the card showed travels with the action (string parameters), so Refresh sends only edits.
  const shown = {
    requestId: view.id,
    shownType: effective.type,
    shownDuration: String(effective.durationMinutes),
    shownLocation: effective.location ?? '',
    shownContacts: contactsText(effective.contacts.slice(0, 50)),
    shownFrom: from,
    shownTo: to,
  };
  return {
    name: 'message',
    title: 'Slash',
    subtitle: clip(view.draftReply.subject, 100),
    sections: [
      ...(view.needsReview ? [{ widgets: [{ kind: 'text', text: w.needsReview } as Widget] }] : []),
      {
        header: w.contacts,
        widgets: [
          ...effective.contacts.slice(0, 50).map((c): Widget => ({
            kind: 'keyValue',
            label: c.optional ? 'optional' : '',
            value: clip(c.name ? `${c.name} <${c.email}>` : c.email, 200),
          })),
          {
            kind: 'input',
            name: 'contacts',
            label: w.contacts,
            value: contactsText(effective.contacts.slice(0, 50)),
            hint: w.contactsHint,
          },
        ],
      },
      {
        header: w.understood,
        widgets: [
          {
            kind: 'select',
            name: 'type',
            label: w.type,
            multi: false,
            options: MEETING_TYPES.map((t) => ({ text: t, value: t, selected: t === effective.type })),
          },
          { kind: 'input', name: 'durationMinutes', label: w.duration, value: String(effective.durationMinutes) },
          { kind: 'input', name: 'location', label: w.place, value: effective.location ?? '' },
          { kind: 'input', name: 'windowFrom', label: w.from, value: from },
          { kind: 'input', name: 'windowTo', label: w.to, value: to },
          {
            kind: 'buttons',
            buttons: [{ text: w.refresh, kind: 'action', action: { functionName: 'onRefresh', parameters: shown } }],
          },
        ],
      },
      {
        header: w.proposals,
        widgets: [
          ...(proposals.length > 0 ? proposals : [{ kind: 'text', text: w.noProposals } as Widget]),
          {
            kind: 'buttons',
            buttons: [
              {
                text: w.insertReply,
                kind: 'compose',
                action: { functionName: 'onInsertReply', parameters: { requestId: view.id } },
              },
              ...(view.bookingLink ? [{ text: w.openLink, kind: 'link', url: view.bookingLink.url } as const] : []),
            ],
          },
        ],
      },
    ],
  };
}

/** The PATCH for the submitted form: only what differs from what the card showed (`shown*` parameters). */
export function patchFromForm(
  form: Record<string, string | undefined>,
  shown: Record<string, string | undefined>,
  offsetMs: number,
): UpdateSchedulingRequestBody {
  const patch: UpdateSchedulingRequestBody = {};
  const type = form.type;
  if (type && type !== shown.shownType && (MEETING_TYPES as readonly string[]).includes(type))
    patch.type = type as UpdateSchedulingRequestBody['type'];
  const duration = (form.durationMinutes ?? '').trim();
  if (/^\d+$/.test(duration) && duration !== shown.shownDuration) patch.durationMinutes = Number(duration);
  const location = (form.location ?? '').trim();
  if (location !== (shown.shownLocation ?? '')) patch.location = location === '' ? null : location;
  const contacts = parseContacts(form.contacts ?? '');
  if (contacts.length > 0 && contactsText(contacts) !== shown.shownContacts) patch.contacts = contacts;
  const from = (form.windowFrom ?? '').trim();
  const to = (form.windowTo ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(from) && (from !== shown.shownFrom || to !== shown.shownTo)) {
    // Local midnight from the user's current offset (event object); exact except across a DST change.
    const midnight = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - offsetMs).toISOString();
    const dayAfter = (date: string) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    patch.timeWindows = [{ from: midnight(from), to: /^\d{4}-\d{2}-\d{2}$/.test(to) ? midnight(dayAfter(to)) : null }];
  }
  return patch;
}

/** "a@x.org, b@y.org (optional)" → contacts. */
export function parseContacts(text: string): InterpretedContact[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const optional = /\(optional\)$/i.test(part) || /\(facultatif\)$/i.test(part);
      const email = part
        .replace(/\((optional|facultatif)\)$/i, '')
        .trim()
        .toLowerCase();
      return { email, name: null, optional };
    })
    .filter((contact) => /^[^\s@]+@[^\s@]+$/.test(contact.email));
}
