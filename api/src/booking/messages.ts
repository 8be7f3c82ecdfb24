/**
 * What a booking tells each person: the invitation to one contact (with an `.ics` naming only the
 * organizer and that contact, S7), the notice to the client (with the booker's form answers), and
 * the calendar event's description. Contact-supplied text is HTML-escaped in HTML bodies (C18);
 * ICS escaping is ical-generator's.
 */
import {
  escapeHtml,
  formatSlot,
  PRACTICAL_LABELS,
  type BookingForm,
  type EffectiveRequest,
  type Preferences,
} from '@slash/shared';
import { practicalLines } from '../scheduling/draft.js';

const TYPE_TITLES: Record<'en' | 'fr', Record<string, string>> = {
  en: {
    call: 'Call',
    video: 'Video call',
    meeting: 'Meeting',
    coffee: 'Coffee',
    breakfast: 'Breakfast',
    lunch: 'Lunch',
    dinner: 'Dinner',
    drinks: 'Drinks',
  },
  fr: {
    call: 'Appel',
    video: 'Visio',
    meeting: 'Rendez-vous',
    coffee: 'Café',
    breakfast: 'Petit-déjeuner',
    lunch: 'Déjeuner',
    dinner: 'Dîner',
    drinks: 'Verre',
  },
};

const FORM_LABELS: Record<'en' | 'fr', Record<keyof BookingForm, string>> = {
  en: {
    lastName: 'Last name',
    firstName: 'First name',
    email: 'Email',
    contactMeans: 'How to reach them',
    company: 'Company',
    role: 'Role',
  },
  fr: {
    lastName: 'Nom',
    firstName: 'Prénom',
    email: 'Email',
    contactMeans: 'Moyen de contact',
    company: 'Société',
    role: 'Fonction',
  },
};

/** The meeting's title: "Coffee with Camille Martin" / "Café avec Camille Martin". */
export function meetingTitle(type: string, withName: string, language: 'en' | 'fr'): string {
  return `${TYPE_TITLES[language][type] ?? type} ${language === 'fr' ? 'avec' : 'with'} ${withName}`;
}

/** The form answers as "Label: value" lines (only those given). */
export function formLines(form: BookingForm, language: 'en' | 'fr'): string[] {
  return (Object.keys(FORM_LABELS[language]) as (keyof BookingForm)[])
    .filter((key) => (form[key] ?? '').trim() !== '')
    .map((key) => `${FORM_LABELS[language][key]}: ${form[key] ?? ''}`);
}

/** A message with text and HTML bodies. */
export interface Message {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

function toHtml(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '<br>' : `<p>${escapeHtml(line)}</p>`)).join('\n');
}

/** What every booking message is built from. */
export interface BookingFacts {
  readonly language: 'en' | 'fr';
  readonly clientName: string;
  readonly effective: EffectiveRequest;
  readonly preferences: Preferences;
  readonly slot: { readonly startMs: number; readonly endMs: number };
  readonly manageUrl: string;
}

/** The invitation (or update, or cancellation) sent to one contact, worded in `timeZone`. */
export function contactMessage(
  facts: BookingFacts,
  options: { kind: 'invite' | 'update' | 'cancel'; timeZone: string },
): Message {
  const { language } = facts;
  const title = meetingTitle(facts.effective.type, facts.clientName, language);
  const when = `${formatSlot(facts.slot, options.timeZone, language)} (${options.timeZone})`;
  const fr = language === 'fr';
  const heads = {
    invite: fr ? 'Votre rendez-vous est confirmé' : 'Your meeting is confirmed',
    update: fr ? 'Votre rendez-vous a été déplacé' : 'Your meeting has been moved',
    cancel: fr ? 'Votre rendez-vous est annulé' : 'Your meeting has been cancelled',
  };
  const lines = [
    `${heads[options.kind]}: ${title}`,
    `${fr ? 'Quand' : 'When'}: ${when}`,
    ...(options.kind === 'cancel' ? [] : practicalLines(facts.effective, facts.preferences, language)),
    '',
    ...(options.kind === 'cancel'
      ? []
      : [`${fr ? 'Annuler ou choisir un autre horaire' : 'Cancel or pick another time'}: ${facts.manageUrl}`]),
  ];
  const prefix = {
    invite: fr ? 'Invitation' : 'Invitation',
    update: fr ? 'Mis à jour' : 'Updated',
    cancel: fr ? 'Annulé' : 'Cancelled',
  };
  return { subject: `${prefix[options.kind]}: ${title} — ${when}`, text: lines.join('\n'), html: toHtml(lines) };
}

/** The notice to the client, with the booker's answers, worded in the client's zone. */
export function clientMessage(
  facts: BookingFacts,
  options: { kind: 'invite' | 'update' | 'cancel'; bookerName: string; form: BookingForm },
): Message {
  const language = facts.language;
  const fr = language === 'fr';
  const zone = facts.preferences.timeZone;
  const title = meetingTitle(facts.effective.type, options.bookerName, language);
  const when = `${formatSlot(facts.slot, zone, language)} (${zone})`;
  const heads = {
    invite: fr ? 'Nouveau rendez-vous réservé' : 'New meeting booked',
    update: fr ? 'Rendez-vous déplacé' : 'Meeting moved',
    cancel: fr ? 'Rendez-vous annulé' : 'Meeting cancelled',
  };
  const answers = formLines(options.form, language);
  const lines = [
    `${heads[options.kind]}: ${title}`,
    `${fr ? 'Quand' : 'When'}: ${when}`,
    ...(facts.effective.location === null ? [] : [`${PRACTICAL_LABELS[language].place}: ${facts.effective.location}`]),
    ...(answers.length === 0 ? [] : ['', fr ? 'Réponses du formulaire :' : 'Form answers:', ...answers]),
  ];
  return { subject: `${heads[options.kind]}: ${title} — ${when}`, text: lines.join('\n'), html: toHtml(lines) };
}

/** The description of the event in the client's calendar: the booker's answers and the guest instructions. */
export function eventDescription(facts: BookingFacts, form: BookingForm): string {
  const answers = formLines(form, facts.language);
  return [
    ...answers,
    ...(answers.length > 0 ? [''] : []),
    ...practicalLines(facts.effective, facts.preferences, facts.language),
    '',
    'Slash',
  ].join('\n');
}
