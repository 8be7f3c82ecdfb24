/**
 * Reads what a request asks for: schedule a new meeting, move one, cancel one,
 * or nothing scheduling-related. The newest message with a cue decides.
 */
import type { InterpretationIntent } from '../contracts/interpretation.js';
import { sentencesOf } from './mentions.js';

const L = '(?<![\\p{L}])';
const CANCEL = new RegExp(
  `${L}(cancel|cancelled|canceled|cancelling|call off|calling off|won't be able to make it|can no longer make it|can't make it anymore|no longer need|annuler|annule|annulons|annulé|annulée|annulation|contraint d'annuler|contrainte d'annuler|plus besoin|ne pourrai finalement pas)`,
  'iu',
);
const RESCHEDULE = new RegExp(
  `${L}(reschedule|rescheduling|re-schedule|move (?:our|the|my|this|that)|(?<!(?:being|been|was|were|is|are|get|got) )moved (?:our|the|my|this|that)|(?:won't be able to|will not be able to|can't|cannot|can no longer) (?:make|attend|do) (?:our|the|\\p{L}+'s) |ne (?:pourrai|pourra|pourrons|pourront) (?:finalement |malheureusement |plus )?pas (?:assister|venir|être présente?) (?:à|au|a) |moving (?:our|my|the)|push (?:it|our|my|the|back|\\p{L}+'s)|bump (?:it|our|the|\\p{L}+'s)|advance (?:the|our)|(?:instead of|au lieu de|au lieu du) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:instead of|au lieu de|au lieu du) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tomorrow|demain|the \\d)|postpone|another time|another day|different time|new time|change the time|bump|décaler|décalons|(?<!(?:\\bme|\\bse|\\bte|(?<!-)nous|(?<!-)vous) )déplacer|déplaçons|reporter|reportons|repousser|changer l'heure|un autre créneau|une autre date|un autre jour|un empêchement|avancer notre|avancer le|no longer works|doesn't work anymore|does not work anymore|won't work after all|ne marche plus|ne me convient plus|ne m'arrange plus|finalement pas possible|(?:ne va|ne sera|n'est) (?:finalement |malheureusement )*plus (?:être )?possible|is no longer possible|won't be possible after all|(?:the )?same time (?:a week later|next week|the week after|the following week)|(?:à la )?même heure,? la semaine (?:suivante|d'après|prochaine))`,
  'iu',
);
const SCHEDULE = new RegExp(
  `${L}(meet|meeting|schedule|book|set up|find a time|find time|time to(?![\\p{L}])|availability|available|free|slot|catch up|catch-up|get together|call|chat|coffee|lunch|dinner|breakfast|drinks|zoom|teams|visio|dispo(?!sition)|disponible|disponibilités|créneau|rendez-vous|rdv|réunion|rencontrer|se voir|caler|planifier|organiser|déjeuner|dîner|café|verre|appel|échanger|point|works for|would work|how about|what about|does .* work|convient|ça vous va|kick-?off|see you (?:on |at |next |this |then|there|tomorrow|mon|tue|wed|thu|fri|sat|sun)|à (?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\\p{L}]))`,
  'iu',
);
// A meeting that already took place ("the minutes of our meeting", "suite à notre réunion", an invoice
// "relative à notre rendez-vous du 12 mars") asks for nothing; its date, when given, goes with it.
const PAST_MEETING = new RegExp(
  `${L}(?:compte[- ]rendu|comptes[- ]rendus|notes|minutes|recap|summary|résumé|suite à|following|further to|as agreed (?:on|in|during)|as discussed (?:on|in|during)|comme convenu|comme discuté|comme évoqué|after|since|thanks for|thank you for|merci pour|merci de|(?:thanks|thank you) [\\p{L}-]+ for|merci [\\p{L}-]+ pour|depuis|relative à|relatif à|relatives à|relatifs à|afférente? à|related to|in respect of|invoice for|facture (?:pour|de)|(?:really |thoroughly |so )?(?:enjoyed|loved)|(?:j'ai )?(?:beaucoup |vraiment )?apprécié)\\s+(?:de |d'|of |from |du |au |lors de |lors du |par )?(?:notre|nos|our|la|le|l'|the|this|cette|ce|hier|yesterday's|today's)?\\s*(?:meeting|call|chat|conversation|talk|réunion|rendez-vous|rdv|appel|échange|point|visio|téléphone|phone)s?(?![\\p{L}])(?:\\s+(?:du|of|on|from|held on|le)\\s+[^.,;!?\\n]{1,30})?`,
  'giu',
);
// A meal or visit that took place, thanked for or invoiced ("thanks again for lunch yesterday", "merci pour ce
// déjeuner", "the invoice for last night's dinner"); "after lunch" and "thanks for the lunch invite" are not.
const PAST_MEAL = new RegExp(
  `${L}(?:thanks? (?:you )?(?:again )?for|merci (?:encore )?(?:pour|de)|un grand merci pour|invoice for|facture (?:pour|de|du))\\s+(?:de |d'|of |from |du )?(?:notre|nos|our|la|le|l'|the|this|cette|ce|cet|hier|yesterday's|today's|last night's|lovely|great|wonderful|délicieux|excellent|bon|beau)?\\s*(?:lunch|dinner|breakfast|coffee|drinks|déjeuner|dîner|souper|petit-déjeuner|café|verre|apéro|dining|visit|visite)s?(?![\\p{L}])(?!\\s+(?:invite|invitation|suggestion|proposal|offer|idea|proposition|request|demande))(?:\\s+(?:du|of|on|from|held on|le|hier|yesterday|last night)(?:\\s+[^.,;!?\\n]{1,30})?)?`,
  'giu',
);

/**
 * `text` with its mentions of past meetings blanked (same length, so positions are kept): only a request
 * for a new meeting then reads as scheduling, and the past meeting's kind and date are not proposals.
 */
export function maskPastMeetings(text: string): string {
  return text
    .replace(PAST_MEETING, (match) => ' '.repeat(match.length))
    .replace(PAST_MEAL, (match) => ' '.repeat(match.length));
}

// "Mon train est annulé", "my flight was cancelled": something else than the meeting was cancelled.
const OTHER_CANCELLED =
  /(?<![\p{L}])(\p{L}+)(?:\s+(?:pour|to|for|de|du|from)\s+[\p{L}-]+)?\s+(?:est|a été|was|has been|got|is|were|have been)\s+(?:annulée?s?|cancell?ed)/giu;
const MEETING_NOUN =
  /^(?:meeting|call|lunch|dinner|breakfast|coffee|drinks|chat|session|appointment|catch-up|sync|visit|interview|demo|review|workshop|seminar|presentation|réunion|rendez-vous|rdv|appel|déjeuner|dîner|souper|café|verre|apéro|visio|point|entretien|visite|démo|revue|atelier|séminaire|présentation|it|this|that|ça|cela)$/iu;
// "We had to call off the gala", "ils ont annulé le salon": an article and a noun that names no meeting.
const OTHER_CALLED_OFF =
  /(?<![\p{L}])(cancel(?:led|ed)?|call(?:ed)? off|annul(?:er|é|ée|ons))\s+(?:the|a|an|le|la|les|l')\s*(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)/giu;

// "No need to get together again", "pas besoin de se revoir": a meeting ruled out asks for nothing.
const NO_MEETING_NEEDED = new RegExp(
  `${L}(?:rien à prévoir|nothing to (?:plan|schedule|set up)|(?:no need (?:for us )?to|there's no need to|we don't need to|pas besoin de|inutile de)\\s+(?:(?:meet|get together|catch up|schedule|talk|speak|se voir|se revoir|nous voir|nous revoir|se rencontrer|nous rencontrer|caler|planifier|organiser)(?![\\p{L}])[^.;!?\\n]*))[^.;!?\\n]*`,
  'giu',
);

function withoutPastMeetings(text: string): string {
  return (
    maskPastMeetings(text)
      .replace(NO_MEETING_NEEDED, (match) => ' '.repeat(match.length))
      .replace(OTHER_CANCELLED, (match, noun: string) => (MEETING_NOUN.test(noun) ? match : ' '.repeat(match.length)))
      // "cancel the follow-up meeting": the noun may come second.
      .replace(OTHER_CALLED_OFF, (match, _verb: string, nouns: string) =>
        nouns.split(/\s+/).some((noun) => MEETING_NOUN.test(noun)) ? match : ' '.repeat(match.length),
      )
  );
}

// "Thank you for dining with us on 12 November", "merci pour ce déjeuner hier", "great catching up this morning",
// "ravi de notre échange de ce matin": the newest message only thanks for, looks back on or settles a meeting that
// took place (what the writer will send next is no request). With no question and no new cue it closes the thread.
const LOOKING_BACK =
  '(?:great|good|nice|lovely|wonderful|a pleasure|pleasure) (?:to )?(?:finally |properly |really )?(?:catch(?:ing)? up|see(?:ing)? you|meet(?:ing)? you|talk(?:ing)?|chat(?:ting)?|speak(?:ing)?)(?: with you| to you)?|ravie? de|contente? de|heureux de|heureuse de';
const CLOSING = new RegExp(
  `${L}(?:thanks? (?:you )?(?:again |[\\p{L}-]+ )?for|merci (?:encore |[\\p{L}-]+ )?(?:pour|de)|un grand merci pour|great to see you|ravie? (?:de vous avoir|d'avoir)|${LOOKING_BACK})(?:\\s+[\\p{L}']+){0,3}?\\s*(?:\\s|l'|d')(?:meeting|call|lunch|dinner|breakfast|coffee|drinks|dining|visit|session|discussion|conversation|talk|déjeuner|dîner|souper|café|verre|apéro|réunion|rendez-vous|échange|entretien|visite|hier|yesterday|last night|today|aujourd'hui|tout à l'heure|ce midi|earlier|this morning|this afternoon|ce matin|cet après-midi|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\\p{L}])|${L}(?:nothing (?:is )?(?:needed|required) from you|no action (?:is )?(?:needed|required)|just a (?:quick )?heads[- ]up|bien reçu|well received|rien (?:à faire|n'est nécessaire) de (?:votre|ton) côté)(?![\\p{L}])|${L}(?:invoice|facture)(?![\\p{L}])`,
  'iu',
);

// "It was great to finally catch up": a look back names no meeting to set up.
const LOOKED_BACK = new RegExp(`${L}(?:${LOOKING_BACK})`, 'giu');

function isClosing(original: string, masked: string): boolean {
  const asked = masked.replace(LOOKED_BACK, (match) => ' '.repeat(match.length));
  return CLOSING.test(original) && !original.includes('?') && !SCHEDULE.test(asked) && changeOf(masked) === undefined;
}

// A "cancel" that only proposes another time is a reschedule ("cancel Tuesday, can we do Thursday instead?").
const NEW_TIME_OFFERED =
  /(instead|plutôt|à la place|how about|what about|would .* (?:work|suit)|est-ce que .* (irait|convient)|can we do|pouvons-nous|pourrait-on|peut-on|on peut|let's do|faisons|que diriez-vous|qu'en dites-vous|(?:ça|cela) (?:vous|te) (?:irait|dirait|conviendrait))/i;

// "…la reporter à mercredi", "move it to Friday": a cancelled time taken to a new one ("let's find another time
// soon" names none, so the meeting is cancelled).
const MOVED_TO = new RegExp(
  `${L}(?:reporter|repousser|décaler|déplacer|move|push|postpone|reschedule)\\s+(?:[\\p{L}']+\\s+){0,3}?(?:à|au|to|until|till)\\s`,
  'iu',
);

function changeOf(text: string): InterpretationIntent | undefined {
  // "Je dois annuler jeudi. Peut-on la reporter à mercredi ?" cancels one time to ask for another.
  if (CANCEL.test(text)) return NEW_TIME_OFFERED.test(text) || MOVED_TO.test(text) ? 'reschedule' : 'cancel';
  return RESCHEDULE.test(text) ? 'reschedule' : undefined;
}

/**
 * Where the intent was read: the newest message's own words, older messages of the thread,
 * the subject, nowhere ('none': no cue at all), or a newest message that closes the thread ('closing').
 */
export type IntentSource = 'newest' | 'history' | 'subject' | 'none' | 'closing';

/** The intent of a thread, how sure the reading is and where its cue was found. */
export interface IntentReading {
  readonly intent: InterpretationIntent;
  readonly confidence: number;
  readonly source: IntentSource;
}

/**
 * The intent of a thread, `texts` newest first, with the subject as a last resort.
 * A move or cancellation asked anywhere in the thread frames the whole exchange;
 * a cancellation followed by a newer scheduling message is a reschedule.
 */
export function detectIntent(rawTexts: readonly string[], subject: string): IntentReading {
  const texts = rawTexts.map(withoutPastMeetings);
  if (isClosing(rawTexts[0] ?? '', texts[0] ?? '')) return { intent: 'other', confidence: 0.75, source: 'closing' };
  for (const [position, text] of texts.entries()) {
    const change = changeOf(text);
    if (change === undefined) continue;
    const isFollowedByScheduling = texts.slice(0, position).some((newer) => SCHEDULE.test(newer));
    const intent = change === 'cancel' && isFollowedByScheduling ? 'reschedule' : change;
    return position === 0
      ? { intent, confidence: 0.88, source: 'newest' }
      : { intent, confidence: 0.72, source: 'history' };
  }
  if (SCHEDULE.test(texts[0] ?? '')) return { intent: 'schedule', confidence: 0.88, source: 'newest' };
  if (texts.some((text) => SCHEDULE.test(text))) return { intent: 'schedule', confidence: 0.75, source: 'history' };
  const fromSubject = changeOf(subject) ?? (SCHEDULE.test(subject) ? 'schedule' : undefined);
  return fromSubject
    ? { intent: fromSubject, confidence: 0.6, source: 'subject' }
    : { intent: 'other', confidence: 0.55, source: 'none' };
}

/**
 * The clauses of `text` that cancel something ("I have to cancel our dinner this Friday at Carbone"):
 * a cancellation reports the cancelled meeting's time, not the times of its excuse ("my flight has been
 * pushed to Saturday", "je pars à Québec ce matin"). '' when no sentence cancels.
 */
export function cancellingClauses(text: string): string {
  return sentencesOf(text)
    .flatMap((sentence) => sentence.split(/\s+[-–—]\s+|;\s*|,\s*(?=(?:but|mais|because|as|car|parce que)(?![\p{L}]))/u))
    .filter((clause) => CANCEL.test(clause))
    .join('\n');
}
