/**
 * Chooses what a draft reply shares (privacy policy §4: only what the meeting needs) and words it
 * with the pure `draftReply`: the place and, at the client's own office or home, the guest
 * instructions for in-person meetings; the phone or conference number for calls; the video link
 * for video calls. Never anything from other events.
 */
import {
  PRACTICAL_LABELS,
  draftReply,
  type DraftReply,
  type EffectiveRequest,
  type Interpretation,
  type Preferences,
} from '@slash/shared';
import type { ClientProfile } from '../preferences/client-directory.js';

/** What the draft is built from. */
export interface DraftInput {
  readonly interpretation: Interpretation;
  readonly subject: string;
  readonly client: ClientProfile;
  readonly preferences: Preferences;
  readonly effective: EffectiveRequest;
  readonly proposals: readonly { startMs: number; endMs: number }[];
  readonly contactTimeZone: string | null;
  readonly bookingUrl: string;
}

/** The lines of practical information the meeting needs, in `language`. */
export function practicalLines(effective: EffectiveRequest, preferences: Preferences, language: 'en' | 'fr'): string[] {
  const labels = PRACTICAL_LABELS[language];
  const means = preferences.contactMeans;
  const lines: string[] = [];
  if (effective.type === 'call') {
    if (means.phone !== null) lines.push(`${labels.phone}: ${means.phone}`);
    else if (means.conferenceNumber !== null) lines.push(`${labels.conferenceNumber}: ${means.conferenceNumber}`);
  } else if (effective.type === 'video') {
    if (means.videoLink !== null) lines.push(`${labels.videoLink}: ${means.videoLink}`);
  } else if (effective.location !== null) {
    lines.push(`${labels.place}: ${effective.location}`);
    const isClientPremises = [preferences.addresses.office, preferences.addresses.home].includes(effective.location);
    const guest = preferences.guestInstructions;
    if (isClientPremises) {
      if (guest.floor !== null) lines.push(`${labels.floor}: ${guest.floor}`);
      if (guest.doorCode !== null) lines.push(`${labels.doorCode}: ${guest.doorCode}`);
      if (guest.notes !== null) lines.push(`${labels.notes}: ${guest.notes}`);
    }
  }
  return lines;
}

/** The draft reply of a request, in the thread's language, slots in the contact's zone when known. */
export function buildDraftReply(input: DraftInput): DraftReply {
  const language = input.interpretation.language;
  return draftReply({
    language,
    subject: input.subject,
    clientName: input.client.name,
    contactNames: input.effective.contacts
      .filter((contact) => !contact.optional)
      .map((contact) => contact.name ?? contact.email),
    meetingType: input.effective.type,
    durationMinutes: input.effective.durationMinutes,
    slots: input.proposals,
    timeZone: input.contactTimeZone ?? input.preferences.timeZone,
    bookingUrl: input.bookingUrl,
    practicalLines: practicalLines(input.effective, input.preferences, language),
  });
}
