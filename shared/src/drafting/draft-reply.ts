/**
 * The reply a client inserts in a thread: the proposed slots in the contact's zone, the booking
 * link, and only what the meeting needs (privacy policy §4): the place and guest instructions for
 * in-person meetings, the phone or video link for remote ones. Never other events or their titles.
 * Pure: the caller chooses what to share; this only words it, in EN or FR, as text and HTML.
 */
import type { MeetingTypeName } from '../contracts/preferences.js';
import { formatSlot, type DraftLanguage } from './format-slot.js';

/** Everything a draft says; every string is shown as is (HTML-escaped in `html`). */
export interface DraftReplyInput {
  readonly language: DraftLanguage;
  /** The thread's subject ("" when none). */
  readonly subject: string;
  readonly clientName: string;
  /** Names (or addresses) of the people greeted. */
  readonly contactNames: readonly string[];
  readonly meetingType: MeetingTypeName;
  readonly durationMinutes: number;
  /** The proposed slots, UTC epoch ms, in the order to show them. */
  readonly slots: readonly { readonly startMs: number; readonly endMs: number }[];
  /** IANA zone the slots are worded in: the contact's when known, else the client's. */
  readonly timeZone: string;
  readonly bookingUrl: string;
  /** Lines the meeting needs ("Place: …", "Door code: …"), already chosen by the caller. */
  readonly practicalLines: readonly string[];
}

/** A ready-to-insert reply. */
export interface DraftReplyText {
  readonly language: DraftLanguage;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const TYPE_WORDS: Record<DraftLanguage, Record<MeetingTypeName, string>> = {
  en: {
    call: 'call',
    video: 'video call',
    meeting: 'meeting',
    coffee: 'coffee',
    breakfast: 'breakfast',
    lunch: 'lunch',
    dinner: 'dinner',
    drinks: 'drinks',
  },
  fr: {
    call: 'appel',
    video: 'visio',
    meeting: 'rendez-vous',
    coffee: 'café',
    breakfast: 'petit-déjeuner',
    lunch: 'déjeuner',
    dinner: 'dîner',
    drinks: 'verre',
  },
};

interface Wording {
  readonly greeting: string;
  readonly intro: string;
  readonly linkIntro: string;
  readonly noSlots: string;
  readonly closing: string;
}

function wording(input: DraftReplyInput): Wording {
  const names = input.contactNames.filter((name) => name.trim() !== '');
  const type = TYPE_WORDS[input.language][input.meetingType];
  if (input.language === 'fr') {
    return {
      greeting: names.length === 0 ? 'Bonjour,' : `Bonjour ${names.join(', ')},`,
      intro: `Voici quelques créneaux possibles pour ${input.meetingType === 'video' ? 'une' : 'un'} ${type} de ${input.durationMinutes} minutes (heure de ${input.timeZone}) :`,
      linkIntro: 'Choisissez celui qui vous convient, ou voyez toutes les disponibilités et réservez directement ici :',
      noSlots: 'Je n’ai pas trouvé de créneau libre dans la période demandée ; toutes les disponibilités sont ici :',
      closing: 'Bien cordialement,',
    };
  }
  return {
    greeting: names.length === 0 ? 'Hello,' : `Hello ${names.join(', ')},`,
    intro: `Here are a few times for a ${input.durationMinutes}-minute ${type} (${input.timeZone} time):`,
    linkIntro: 'Pick the one that suits you, or see every available time and book directly here:',
    noSlots: 'I could not find a free time in the period you asked for; every available time is here:',
    closing: 'Best regards,',
  };
}

/** `Re: subject`, keeping an existing `Re:`/`RE:`/`Réf :` prefix once. */
function replySubject(subject: string): string {
  const trimmed = subject.trim();
  if (trimmed === '') return 'Re:';
  return /^(re|ré|réf)\s*:/i.test(trimmed) ? trimmed : `Re: ${trimmed}`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Words the reply proposing `input.slots` and the booking link, as text and HTML. */
export function draftReply(input: DraftReplyInput): DraftReplyText {
  const words = wording(input);
  const slotLines = input.slots.map((slot) => formatSlot(slot, input.timeZone, input.language));
  const hasSlots = slotLines.length > 0;
  const textParts = [
    words.greeting,
    '',
    ...(hasSlots ? [words.intro, ...slotLines.map((line) => `- ${line}`), '', words.linkIntro] : [words.noSlots]),
    input.bookingUrl,
    ...(input.practicalLines.length > 0 ? ['', ...input.practicalLines] : []),
    '',
    words.closing,
    input.clientName,
  ];
  const e = escapeHtml;
  const htmlParts = [
    `<p>${e(words.greeting)}</p>`,
    ...(hasSlots
      ? [
          `<p>${e(words.intro)}</p>`,
          `<ul>${slotLines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`,
          `<p>${e(words.linkIntro)}<br>`,
        ]
      : [`<p>${e(words.noSlots)}<br>`]),
    `<a href="${e(input.bookingUrl)}">${e(input.bookingUrl)}</a></p>`,
    ...(input.practicalLines.length > 0 ? [`<p>${input.practicalLines.map(e).join('<br>')}</p>`] : []),
    `<p>${e(words.closing)}<br>${e(input.clientName)}</p>`,
  ];
  return {
    language: input.language,
    subject: replySubject(input.subject),
    text: textParts.join('\n'),
    html: htmlParts.join('\n'),
  };
}

/** Labels of the practical lines, so callers word them in the draft's language. */
export const PRACTICAL_LABELS: Record<
  DraftLanguage,
  Record<'place' | 'floor' | 'doorCode' | 'notes' | 'phone' | 'conferenceNumber' | 'videoLink', string>
> = {
  en: {
    place: 'Place',
    floor: 'Floor',
    doorCode: 'Door code',
    notes: 'Instructions',
    phone: 'Phone',
    conferenceNumber: 'Conference number',
    videoLink: 'Video link',
  },
  fr: {
    place: 'Lieu',
    floor: 'Étage',
    doorCode: 'Digicode',
    notes: 'Instructions',
    phone: 'Téléphone',
    conferenceNumber: 'Numéro de conférence',
    videoLink: 'Lien visio',
  },
};
