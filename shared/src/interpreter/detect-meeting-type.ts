/**
 * Reads the kind of meeting from the words of the thread (EN/FR, Québec
 * French included). The newest message that names a kind decides; a kind
 * said to be replaced ("a call instead of lunch", "plutôt qu'un déjeuner")
 * does not count.
 */
import type { MeetingKind } from '../contracts/interpretation.js';

/** The meeting kind read from a thread and how sure the reading is. */
export interface MeetingKindReading {
  readonly type: MeetingKind;
  readonly confidence: number;
  /** True when the words said "call"/"video": the meeting has no physical place. */
  readonly isRemote: boolean;
}

type CueKind = Exclude<MeetingKind, 'meeting'> | 'meeting';

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}])';
function cue(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${L}(?:${source})${R}`, flags);
}

// Order matters only for the same position; kinds are otherwise picked by their first mention.
const SHARED_CUES: ReadonlyArray<readonly [CueKind, RegExp]> = [
  [
    'video',
    cue(
      'zoom|google meet|gmeet|meet\\.google\\.com|visio|visioconférence|visioconference|vidéo|video|videocall|webex|skype|facetime|whereby|jitsi|hangouts?',
    ),
  ],
  ['video', cue('Teams|MS Teams|Microsoft Teams|Meet link|lien Meet', 'gu')],
  ['breakfast', cue('breakfast|petit[- ]déjeuner|petit[- ]dejeuner|petit[- ]déj|petit[- ]dej')],
  [
    'drinks',
    cue('drinks?|a beer|beers|apéro|apero|apéritif|aperitif|un verre|a glass of wine|happy hour|cocktails?|un pot'),
  ],
  // "un cafe": hurried writers drop the accent.
  ['coffee', cue('coffee|coffees|cafés?|cafes?|un café|a café')],
  [
    'call',
    cue(
      // "call off" cancels, it is no phone call.
      "call(?! off)|calls|calling(?! off)|phone|phone call|ring|give you a ring|dial-in|dial in|appel|appels|appeler|s'appeler|t'appeler|vous appeler|téléphone|téléphonique|telephone|coup de fil|coup de téléphone|by phone|(?<=\\b(?:un|une|par|au|petit) )t[ée]l(?= |$|[,.?!])|(?<=\\b(?:un|a|quick) )tel(?= |$|[,.?!])",
    ),
  ],
  [
    'meeting',
    cue(
      'meeting|meet up|meet|in person|réunion|rencontrer|rencontre|rendez-vous|rdv|se voir|nous voir|vous voir|en personne|sur place|workshop|atelier',
    ),
  ],
];
const FRANCE_MEALS: ReadonlyArray<readonly [CueKind, RegExp]> = [
  ['lunch', cue('lunch|luncheon|déjeuner|dejeuner|déjeunons|déjeunez|déj|dej')],
  ['dinner', cue('dinner|dîner|diner|souper')],
];
// Québec French: déjeuner is breakfast, dîner is lunch, souper is dinner.
const QUEBEC_MEALS: ReadonlyArray<readonly [CueKind, RegExp]> = [
  ['lunch', cue('lunch|luncheon|dîner|diner')],
  ['dinner', cue('dinner|souper')],
  ['breakfast', cue('déjeuner|dejeuner|déjeunons|déjeunez')],
];
const REPLACED_BEFORE =
  /(instead of|rather than|not (?:a|an|the)|no need for (?:a|an)|no more|plutôt qu[e']|plutôt que de|au lieu d[e']|pas de|pas d'|pas un|pas une|pas besoin d[e']|sans)\s*(?:a |an |the |un |une |le |la |l'|de |d')?\s*$/i;
// "Swap the lunch for a call", "remplacer le déjeuner par une visio": the kind named first is given up.
const SWAPPED_BEFORE =
  /(?<![\p{L}])(?:swap|switch|change|trade|replace|turn|remplacer|remplace|transformer|transforme|changer|change|troquer)\s+(?:the|our|this|that|le|la|l'|notre|ce|cet|cette)\s*$/iu;
const SWAPPED_AFTER = /^[\p{L}-]+\s+(?:(?:for|to|with|into|par|pour|contre)\s+(?:a|an|un|une)|en)(?![\p{L}])/iu;
// "Un déjeuner sera compliqué", "lunch won't work this week": the kind named is ruled out.
const RULED_OUT_AFTER =
  /^[\p{L}-]+\s+(?:(?:this week|cette semaine|then|alors)\s+)?(?:sera|serait|est|is|will be|would be|seems|semble)\s+(?:(?:un peu|a bit|too|trop|très|very)\s+)?(?:compliqué|difficile|impossible|tricky|hard|difficult|not possible|out|tight|juste)|^[\p{L}-]+\s+(?:(?:this week|cette semaine)\s+)?(?:won't|will not|doesn't|does not|can't|cannot)\s+(?:work|happen|be)|^[\p{L}-]+\s+(?:ne (?:sera|va|marchera) pas)/iu;
// "Good to see you at the awards dinner last week": a kind that took place is not the one asked for.
const PAST_BEFORE =
  /(?:(?:good|great|nice|lovely) (?:to see|seeing) you at|merci pour|thanks for|thank you for)\s+(?:the|a|an|le|la|l'|ce|cet|cette|our|notre)?\s*(?:[\p{L}-]+\s+){0,2}$/iu;
const PAST_AFTER =
  /^[\p{L}-]+\s+(?:[\p{L}-]+\s+)?(?:last (?:week|night|month|time)|yesterday|hier|la semaine dernière|l'autre jour|the other day)(?![\p{L}])/iu;
// "Can't be a call: I'd rather meet" is rare; "the lunch is off" marks the kind as cancelled in that message.
const COFFEE_PLACE = /^Caf[ée]\s+(?:de\s+|du\s+|des\s+|\p{Lu})/u;

interface Mention {
  readonly kind: CueKind;
  readonly index: number;
  readonly isReplaced: boolean;
}

function mentionsIn(text: string, isQuebec: boolean): Mention[] {
  const mentions: Mention[] = [];
  for (const [kind, pattern] of [...SHARED_CUES, ...(isQuebec ? QUEBEC_MEALS : FRANCE_MEALS)]) {
    for (const match of text.matchAll(pattern)) {
      if (kind === 'coffee' && COFFEE_PLACE.test(text.slice(match.index))) continue;
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      const after = text.slice(match.index);
      const isSwapped = SWAPPED_BEFORE.test(before) && SWAPPED_AFTER.test(after);
      const isPast = PAST_BEFORE.test(before) || PAST_AFTER.test(after);
      const isReplaced = isSwapped || isPast || RULED_OUT_AFTER.test(after) || REPLACED_BEFORE.test(before);
      mentions.push({ kind, index: match.index, isReplaced });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** The kind one text decides on: a specific kind, a contrasted "meeting", or nothing. */
function kindOfText(text: string, isQuebec: boolean): { kind: CueKind | null; hasContrast: boolean } {
  const mentions = mentionsIn(text, isQuebec);
  const kept = mentions.filter((mention) => !mention.isReplaced);
  const hasContrast = kept.length < mentions.length;
  if (kept.some((mention) => mention.kind === 'video')) return { kind: 'video', hasContrast };
  const specific = kept.find((mention) => mention.kind !== 'meeting');
  if (specific) return { kind: specific.kind, hasContrast };
  const isMeeting = kept.some((mention) => mention.kind === 'meeting');
  return { kind: isMeeting && hasContrast ? 'meeting' : null, hasContrast };
}

/** The meeting kind of a thread: `texts` newest first, `subject` used when no message names a kind. */
export function detectMeetingType(
  texts: readonly string[],
  options: { subject: string; isQuebec: boolean },
): MeetingKindReading {
  for (const [position, text] of texts.entries()) {
    const { kind } = kindOfText(text, options.isQuebec);
    if (kind !== null) {
      return { type: kind, confidence: position === 0 ? 0.92 : 0.82, isRemote: kind === 'call' || kind === 'video' };
    }
  }
  const fromSubject = kindOfText(
    options.subject.replace(/^\s*((re|fw|fwd|tr|réf)\s*:\s*)+/i, ''),
    options.isQuebec,
  ).kind;
  if (fromSubject !== null) {
    return { type: fromSubject, confidence: 0.75, isRemote: fromSubject === 'call' || fromSubject === 'video' };
  }
  return { type: 'meeting', confidence: 0.62, isRemote: false };
}

// Words a France French writer would not use: Québec signals on their own.
const QUEBEC_WORDS =
  /(?<![\p{L}])(?:souper|courriel|allô|présentement|magasiner|icitte|cellulaire|dépanneur|à matin|ben là)(?![\p{L}])/iu;
const QUEBEC_PLACE =
  /\b(Montréal|Montreal|Québec|Quebec|Laval|Gatineau|Sherbrooke|Trois-Rivières|Longueuil)\b.*\b(QC|Qc)\b|\(Québec\)/u;

/**
 * True when a French thread is written in Québec French, where meal names shift by one
 * (déjeuner = breakfast, dîner = lunch, souper = dinner). The caller has already read the language as French,
 * so a Canadian zone or a Canadian address is enough.
 */
export function isQuebecFrench(input: { text: string; timeZone: string; addresses: readonly string[] }): boolean {
  if (QUEBEC_WORDS.test(input.text) || QUEBEC_PLACE.test(input.text)) return true;
  if (input.addresses.some((address) => /\.(qc\.ca|quebec|ca)$/i.test(address))) return true;
  return /^America\/(Montreal|Toronto|Moncton|Halifax)$/.test(input.timeZone);
}
