/**
 * What Slash answers a client who asked by email to move or cancel a meeting (#9), in the client's
 * language (EN/FR): done, no free time (with the nearest free times), which meeting, or none found.
 * Only the client receives these; they list the client's own meetings and never quote contacts.
 *
 * Zone semantics: every time is worded in the client's zone, named after it.
 */
import { formatSlot } from '@slash/shared';
import { meetingTitle } from '../booking/messages.js';
import type { ThreadLanguage } from './compose-reply.js';
import type { MeetingCandidate } from './find-meeting.js';
import type { FreeTime } from './pick-new-time.js';

/** "Call with Helen Park" / "Appel avec Helen Park": the meeting's type and its contacts. */
function titleOf(meeting: MeetingCandidate, language: ThreadLanguage): string {
  const people = [...meeting.contacts]
    .sort((a, b) => Number(a.optional) - Number(b.optional))
    .map((contact) => contact.name ?? contact.email);
  return meetingTitle(meeting.type, people.join(', '), language);
}

function when(time: FreeTime, timeZone: string, language: ThreadLanguage): string {
  return `${formatSlot({ startMs: Date.parse(time.start), endMs: Date.parse(time.end) }, timeZone, language)} (${timeZone})`;
}

/** One line per meeting: "- Call with Helen Park — Tuesday 3 March, 11:00–11:30 (Europe/Paris)". */
function meetingLines(meetings: readonly MeetingCandidate[], timeZone: string, language: ThreadLanguage): string[] {
  return meetings.map((meeting) => `- ${titleOf(meeting, language)} — ${when(meeting, timeZone, language)}`);
}

function letter(language: ThreadLanguage, lines: readonly string[]): string {
  return [language === 'fr' ? 'Bonjour,' : 'Hello,', '', ...lines, '', 'Slash'].join('\n');
}

/** The meeting is cancelled; its contacts were sent the cancellation. */
export function cancelledText(input: {
  meeting: MeetingCandidate;
  timeZone: string;
  language: ThreadLanguage;
}): string {
  const { meeting, timeZone, language } = input;
  if (language === 'fr')
    return letter(language, [
      `C'est fait : j'ai annulé ${titleOf(meeting, language)}, prévu le ${when(meeting, timeZone, language)}.`,
      "L'annulation a été envoyée aux participants et votre agenda est mis à jour.",
    ]);
  return letter(language, [
    `Done: I cancelled ${titleOf(meeting, language)}, planned for ${when(meeting, timeZone, language)}.`,
    'The attendees were sent the cancellation and your calendar is updated.',
  ]);
}

/** The meeting moved; its contacts were sent the updated invitation. */
export function movedText(input: {
  meeting: MeetingCandidate;
  to: FreeTime;
  timeZone: string;
  language: ThreadLanguage;
}): string {
  const { meeting, to, timeZone, language } = input;
  if (language === 'fr')
    return letter(language, [
      `C'est fait : ${titleOf(meeting, language)} est déplacé au ${when(to, timeZone, language)} (au lieu du ${when(meeting, timeZone, language)}).`,
      "L'invitation mise à jour a été envoyée aux participants et votre agenda suit.",
    ]);
  return letter(language, [
    `Done: ${titleOf(meeting, language)} is moved to ${when(to, timeZone, language)} (instead of ${when(meeting, timeZone, language)}).`,
    'The attendees were sent the updated invitation and your calendar follows.',
  ]);
}

/** Nothing is free when the client asked (or they named no new time): nothing moved; the nearest free times. */
export function noFreeTimeText(input: {
  meeting: MeetingCandidate;
  alternatives: readonly FreeTime[];
  hasAskedTime: boolean;
  timeZone: string;
  language: ThreadLanguage;
}): string {
  const { meeting, timeZone, language } = input;
  const fr = language === 'fr';
  const why = input.hasAskedTime
    ? fr
      ? "rien n'est libre au moment demandé"
      : 'nothing is free at the time you asked for'
    : fr
      ? "je n'ai pas compris à quel moment le mettre"
      : 'I could not tell when to move it to';
  const head = fr
    ? `Je n'ai pas déplacé ${titleOf(meeting, language)} (${when(meeting, timeZone, language)}) : ${why}.`
    : `I have not moved ${titleOf(meeting, language)} (${when(meeting, timeZone, language)}): ${why}.`;
  const options =
    input.alternatives.length === 0
      ? [fr ? "Je n'ai trouvé aucun autre moment libre." : 'I found no other free time.']
      : [
          fr ? 'Les moments libres les plus proches :' : 'The nearest free times:',
          ...input.alternatives.map((time) => `- ${when(time, timeZone, language)}`),
          '',
          fr
            ? 'Écrivez-moi à nouveau en indiquant le nouveau moment souhaité.'
            : 'Write to me again with the new time you want.',
        ];
  return letter(language, [head, '', ...options]);
}

/** Several meetings (or none named clearly) fit: nothing changed; which one? */
export function whichMeetingText(input: {
  meetings: readonly MeetingCandidate[];
  timeZone: string;
  language: ThreadLanguage;
}): string {
  const fr = input.language === 'fr';
  return letter(input.language, [
    fr
      ? "Plusieurs rendez-vous peuvent correspondre à votre demande, je n'ai donc rien changé. Lequel voulez-vous dire ?"
      : 'Several meetings may match your request, so I have not changed anything. Which one do you mean?',
    '',
    ...meetingLines(input.meetings, input.timeZone, input.language),
    '',
    fr
      ? "Répondez en précisant la personne, le jour ou l'heure du rendez-vous."
      : 'Reply naming the person, the day or the time of the meeting.',
  ]);
}

/** No meeting organised by Slash fits: nothing changed; the client's upcoming ones, and support is told. */
export function noMeetingText(input: {
  upcoming: readonly MeetingCandidate[];
  timeZone: string;
  language: ThreadLanguage;
}): string {
  const fr = input.language === 'fr';
  const list =
    input.upcoming.length === 0
      ? [
          fr
            ? "Vous n'avez aucun rendez-vous à venir organisé par Slash."
            : 'You have no upcoming meeting organised by Slash.',
        ]
      : [
          fr ? 'Vos prochains rendez-vous organisés par Slash :' : 'Your upcoming meetings organised by Slash:',
          ...meetingLines(input.upcoming, input.timeZone, input.language),
        ];
  return letter(input.language, [
    fr
      ? "Je n'ai trouvé aucun rendez-vous organisé par Slash qui corresponde à votre demande, je n'ai donc rien changé. Notre équipe support en est informée."
      : 'I found no meeting organised by Slash that matches your request, so I have not changed anything. Our support team has been told.',
    '',
    ...list,
  ]);
}
