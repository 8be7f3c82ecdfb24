/**
 * Finds the people to meet (contract "Who" rules): the people of the newest
 * message and the addresses named in its text, minus the client and the
 * assistant, people copied "for information" and introducers who step out;
 * "X will join if they can" makes X optional; a forwarded thread brings in its
 * own people.
 */
import type { InterpretedContact } from '../contracts/interpretation.js';
import type { MailPerson, ThreadMessage } from './thread-message.js';
import { findPeopleInText } from './message/parse-people.js';
import { mentionIndex, sentencesOf } from './mentions.js';

/** The contacts of a thread and how sure the reading is. */
export interface ContactsReading {
  readonly contacts: InterpretedContact[];
  readonly confidence: number;
}

// "I'll let you know" and "je vous laisse me dire" are not steps out: the cue needs "you two" or a joint action.
const STEP_OUT =
  /\b(?:let|leave)\s+(?:the two of you|you two|you both|both of you|you all|y'all)\b|\b(?:let|leave)\s+you\s+(?:to\s+)?(?:take it from here|take over|find|connect|sort|set|arrange|coordinate|work out|schedule|pick)\b|\b(?:step(?:ping)? (?:out|aside|back)|drop(?:ping)? off (?:this|the) thread|moving (?:myself|me) to bcc)\b|je (?:vous|te) laisse (?!me |m')(?:\S+ ){0,3}?(?:ensemble|entre vous|voir|échanger|caler|trouver|organiser|convenir|fixer|prendre le relais|entre de bonnes mains)|je m'efface|je me retire|je sors de la boucle|je me mets en cci|je passe en cci/i;
const BCC_MOVE = /\b(bcc|cci)\b|copie cachée|en copie invisible/i;
const INFO_CUE =
  /\b(fyi|f\.y\.i\.|for info|for information|for your information|for visibility|for reference|in the loop|pour info|pour information|pour suivi|pour visibilité|dans la boucle)\b|à titre (d'information|informatif)/i;
const COPY_CUE = /\b(cc|cc'd|cc’d|cc'ing|cc’ing|copy|copied|copying|in copy|loop(ing)?|copie|copié|copiée|en copie)\b/i;
const ATTEND_CUE =
  /\b(join|attend|come|be there|participer|participera|se joindra|viendra|rejoindra|présent|présente)\b/i;
const OPTIONAL_CUE =
  /\b(if (he|she|they|s?he) can|if (he|she|they)('s| is| are) (free|available|around)|if (his|her|their) (schedule|calendar|agenda) allows|if available|optional|optionally|(may|might|could) (also )?join)\b|se joindr(a|ont) (à nous |à vous )?si|nous rejoindr(a|ont) (peut-être|si)|si (il|elle|ils|elles) (le )?(peut|peuvent|est dispo|est disponible|sont disponibles)|si possible|facultati(f|ve)|optionnel(le)?|si son agenda le permet/i;

interface Candidate {
  email: string;
  name: string | null;
  optional: boolean;
}

function addCandidate(candidates: Map<string, Candidate>, person: MailPerson | null): void {
  if (person === null) return;
  const existing = candidates.get(person.email);
  if (existing === undefined) candidates.set(person.email, { email: person.email, name: person.name, optional: false });
  else if (existing.name === null && person.name !== null) existing.name = person.name;
}

function peopleOf(message: ThreadMessage): MailPerson[] {
  return [...(message.from ? [message.from] : []), ...message.to, ...message.cc];
}

function gatherCandidates(thread: readonly ThreadMessage[], excluded: ReadonlySet<string>): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const newest = thread[0];
  if (newest === undefined) return candidates;
  for (const person of [...peopleOf(newest), ...findPeopleInText(newest.text)]) addCandidate(candidates, person);
  for (const message of thread.filter((m) => m.origin === 'forwarded')) {
    for (const person of [...peopleOf(message), ...findPeopleInText(message.text)]) addCandidate(candidates, person);
  }
  const hasContact = (): boolean => [...candidates.keys()].some((email) => !excluded.has(email));
  for (const message of thread.slice(1)) {
    if (hasContact()) break;
    for (const person of peopleOf(message)) addCandidate(candidates, person);
  }
  return candidates;
}

// "Ann, …" or "Ann Lee, …" addresses Ann; "Al est en copie pour info, …" is a clause about Al.
function isVocative(sentence: string, index: number): boolean {
  const beforeComma = /^([^,]{1,40}),/.exec(sentence)?.[1];
  return index === 0 && beforeComma !== undefined && beforeComma.trim().split(/\s+/).length <= 3;
}

function cueIndexes(sentence: string, pattern: RegExp): number[] {
  return [...sentence.matchAll(new RegExp(pattern.source, 'gi'))].map((match) => match.index);
}

function distanceTo(at: number, cues: readonly number[]): number {
  return Math.min(Infinity, ...cues.map((cue) => Math.abs(at - cue)));
}

// People copied "for information": the mentions close to the cue, not a greeting ("Ann, I copy Marie for info").
// An attend cue closer to a mention keeps it: "I copied Lisa, who will join, and Mike for info" drops Mike only.
function copiedForInformation(sentence: string, candidates: readonly Candidate[]): Candidate[] {
  if (!INFO_CUE.test(sentence)) return [];
  const infoCues = cueIndexes(sentence, INFO_CUE);
  const copyCues = [...infoCues, ...cueIndexes(sentence, COPY_CUE)];
  const attendCues = cueIndexes(sentence, ATTEND_CUE);
  const mentioned = candidates.filter((c) => mentionIndex(sentence, c) >= 0);
  return mentioned.filter((c) => {
    const at = mentionIndex(sentence, c);
    // "Ann, I copy Marie for info" greets Ann; "Rachel, FYI." alone is about Rachel.
    const isGreeting = mentioned.length > 1 && isVocative(sentence, at);
    const isNearCopy = distanceTo(at, copyCues) <= 40;
    return !isGreeting && isNearCopy && distanceTo(at, infoCues) < distanceTo(at, attendCues);
  });
}

/** Emails of people who are in the thread but said not to attend (stepped out, moved to Bcc, copied for information). */
function nonAttendees(thread: readonly ThreadMessage[], candidates: readonly Candidate[]): Set<string> {
  const removed = new Set<string>();
  for (const [position, message] of thread.entries()) {
    for (const sentence of sentencesOf(message.text)) {
      if (STEP_OUT.test(sentence) && message.from) removed.add(message.from.email);
      if (BCC_MOVE.test(sentence)) {
        const mentioned = candidates.filter((c) => mentionIndex(sentence, c) >= 0);
        mentioned.forEach((c) => removed.add(c.email));
        // "moving you to Bcc" speaks to the author of the message being answered.
        const answered = thread[position + 1]?.from;
        if (mentioned.length === 0 && /\byou\b|\bvous\b|\bte\b/i.test(sentence) && answered)
          removed.add(answered.email);
      }
      copiedForInformation(sentence, candidates).forEach((c) => removed.add(c.email));
    }
  }
  return removed;
}

function markOptional(thread: readonly ThreadMessage[], candidates: readonly Candidate[]): void {
  for (const message of thread) {
    for (const sentence of sentencesOf(message.text).filter((s) => OPTIONAL_CUE.test(s))) {
      candidates.filter((c) => mentionIndex(sentence, c) >= 0).forEach((c) => (c.optional = true));
    }
  }
}

/** The contacts of a thread (newest message first); `excluded` holds the client's and the assistant's addresses. */
export function extractContacts(thread: readonly ThreadMessage[], excluded: ReadonlySet<string>): ContactsReading {
  const all = [...gatherCandidates(thread, excluded).values()];
  const removed = nonAttendees(thread, all);
  const contacts = all.filter((c) => !excluded.has(c.email) && !removed.has(c.email));
  markOptional(thread, contacts);
  const usedRules = removed.size > 0 || contacts.some((c) => c.optional);
  const confidence = contacts.length === 0 ? 0.3 : usedRules ? 0.8 : 0.95;
  return { contacts: contacts.map((c) => ({ email: c.email, name: c.name, optional: c.optional })), confidence };
}
