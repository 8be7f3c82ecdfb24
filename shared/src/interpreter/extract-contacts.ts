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
  /\b(?:let|leave)\s+(?:the two of you|you two|you both|both of you|you all|y'all)\b|\bleave it (?:up )?to (?:the two of you|you two|you both|both of you)\b|\bleave you (?:two |both )?to it\b|\b(?:let|leave)\s+you\s+(?:to\s+)?(?:take it from (?:here|there)|take over|find|connect|sort|set|arrange|coordinate|work out|schedule|pick)\b|\b(?:step(?:ping)? (?:out|aside|back)|bow(?:ing)? out|drop(?:ping)? off (?:this|the) thread|drop(?:ping)? (?:off|out) (?:here|now)|over to you (?:two|both|all)|moving (?:myself|me) to bcc)\b|je (?:vous|te) laisse (?!me |m')(?:\S+ ){0,3}?(?:ensemble|entre vous|voir|échanger|caler|trouver|organiser|convenir|fixer|poursuivre|continuer|discuter|prendre le relais|entre de bonnes mains|en direct)|je m'efface|je me retire|je sors de la boucle|je me mets en cci|je passe en cci/i;
// The writer says they will not be at the meeting ("I won't attend myself", "je ne serai pas présente"); a
// time after the cue makes it an unavailability instead ("I can't join on Tuesday").
const WRITER_ABSENT =
  /\bI(?: will|'ll)? (?:won't|will not|shan't|can't|cannot|am not able to|'m not able to|am not going to|'m not going to) (?:attend|join|be (?:attending|joining|there|present|on the call|in the meeting|at the meeting|part of (?:it|the meeting)))\b|(?<![\p{L}])je (?:ne (?:participerai pas|serai pas (?:présente?|de la partie|des vôtres|avec vous)|viendrai pas|assisterai pas|pourrai pas (?:être présente?|participer|assister|venir|être des vôtres))|n'(?:assisterai|y assisterai|y participerai|y serai) pas)(?![\p{L}])/iu;
const TIME_AFTER =
  /(?<![\p{L}])(?:on|this|next|until|before|after|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|week|at \d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|matin|après-midi|soir|semaine|avant|après|le \d|à \d)(?![\p{L}])/iu;
// Someone told they need not stay: "no need for you to stay on this thread", "je te libère de cet échange".
const DISMISSED =
  /\b(?:bcc|cci)\b|copie cachée|en copie invisible|\bno need (?:for you )?to (?:stay|remain|keep)\b|\byou can (?:drop off|step out|bow out|leave (?:the|this) thread)\b|\b(?:releasing|freeing) you\b|\b(?:let|letting) you (?:drop off|step out|bow out|go)\b|(?<![\p{L}])je (?:te|vous) libère(?![\p{L}])|(?:tu peux|vous pouvez) (?:sortir de|quitter) (?:la boucle|l'échange|cet échange|la conversation)|pas besoin de (?:rester|vous garder|te garder) en copie|je (?:te|vous) (?:retire|sors) de (?:la boucle|la copie|l'échange|cet échange)/iu;
const INFO_CUE =
  /\b(fyi|f\.y\.i\.|for info|for information|for your information|for visibility|for reference|in the loop|pour info|pour information|pour suivi|pour visibilité|dans la boucle)\b|à titre (d'information|informatif)/i;
const COPY_CUE = /\b(cc|cc'd|cc’d|cc'ing|cc’ing|copy|copied|copying|in copy|loop(ing)?|copie|copié|copiée|en copie)\b/i;
const ATTEND_CUE =
  /\b(join|attend|come|be there|participer|participera|se joindra|viendra|rejoindra|présent|présente)\b/i;
const OPTIONAL_CUE =
  /\b(if (he|she|they|s?he) can|if (he|she|they)('s| is| are) (free|available|around)|if (his|her|their) (schedule|calendar|agenda) allows|if available|optional|optionally|(may|might|could) (also )?join)\b|se joindr(a|ont) (à nous |à vous )?si|s'ils? (le )?(peut|peuvent|est dispo|est disponible|est libre|sont disponibles)|\bjoin us if you can\b|\b(feel free|you're welcome|you are welcome|welcome) to join\b|(rejoins|joins-toi à)(-nous| nous)? si tu (le )?peux|(rejoignez|joignez-vous à)(-nous| nous)? si vous (le )?pouvez|nous rejoindr(a|ont) (peut-être|si)|si (il|elle|ils|elles) (le )?(peut|peuvent|est dispo|est disponible|sont disponibles)|(joindr|viendr|participer|rejoindr|passer)[a-zàâçéèêëîïôûùüÿ]*(\s+[a-zàâçéèêëîïôûùüÿ]+){0,3}? si possible|facultati(f|ve)|optionnel(le)?|si son agenda le permet/i;

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

/**
 * Emails of people who are in the thread but said not to attend: stepped out, said they will not be there,
 * moved to Bcc or told they need not stay, copied for information.
 */
function nonAttendees(thread: readonly ThreadMessage[], candidates: readonly Candidate[]): Set<string> {
  const removed = new Set<string>();
  for (const [position, message] of thread.entries()) {
    for (const sentence of sentencesOf(message.text)) {
      if (STEP_OUT.test(sentence) && message.from) removed.add(message.from.email);
      const absent = WRITER_ABSENT.exec(sentence);
      if (absent && message.from && !TIME_AFTER.test(sentence.slice(absent.index + absent[0].length)))
        removed.add(message.from.email);
      if (DISMISSED.test(sentence)) {
        const mentioned = candidates.filter((c) => mentionIndex(sentence, c) >= 0);
        mentioned.forEach((c) => removed.add(c.email));
        // "moving you to Bcc", "no need for you to stay" speak to the author of the message being answered.
        const answered = thread[position + 1]?.from;
        if (mentioned.length === 0 && /\byou\b|\bvous\b|\bte\b/i.test(sentence) && answered)
          removed.add(answered.email);
      }
      copiedForInformation(sentence, candidates).forEach((c) => removed.add(c.email));
    }
  }
  return removed;
}

// "Priyanka will come with me, and Tom will join if he can": the cue is about its own clause only.
const clausesOf = (sentence: string): string[] => sentence.split(/,\s*(?:and|et|but|mais|while|whereas)\s+|;\s*/i);

// "… our GC, Dana Ruiz. She'll join if she can.": a pronoun opening the cue's sentence names the one person of the
// sentence before.
const PRONOUN_SUBJECT = /^(?:she|he|they|il|elle|ils|elles)\b/i;

function markOptional(thread: readonly ThreadMessage[], candidates: readonly Candidate[]): void {
  for (const message of thread) {
    const clauses = sentencesOf(message.text).flatMap(clausesOf);
    clauses.forEach((sentence, index) => {
      if (!OPTIONAL_CUE.test(sentence)) return;
      const named = candidates.filter((c) => mentionIndex(sentence, c) >= 0);
      const before = candidates.filter((c) => mentionIndex(clauses[index - 1] ?? '', c) >= 0);
      const meant = named.length > 0 || !PRONOUN_SUBJECT.test(sentence) || before.length !== 1 ? named : before;
      meant.forEach((c) => (c.optional = true));
    });
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
