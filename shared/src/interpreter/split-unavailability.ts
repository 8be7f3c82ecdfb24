/**
 * Separates the clauses where a writer says when they are NOT available
 * ("Tuesday no longer works", "I'm away on Friday the 13th", "jeudi ne me
 * convient plus", "something came up Thursday") from the rest: the times those
 * clauses name are exclusions, not proposals.
 */
import { sentencesOf } from './mentions.js';

const UNAVAILABLE =
  /((?:is|are|'s|'re) (?:no good|out)\b|(?:don't|do not|doesn't|does not) work for me|not that day|pas ce jour-là|(?:je |il |elle |on |nous |ils |elles )?ne (?:pourrai|pourra|pourrons|pourront|pourrait|peut|peux|pouvons|peuvent)(?: \p{L}+)? pas|won't be able to|will not be able to|(?:is|am|are|will be) unable to|can't (?:attend|join)|cannot (?:attend|join)|je (?:suis|serai) (?:déjà )?prise?\b|ne (?:me )?va pas|no longer works|doesn't work|doesn't suit|does not suit|won't suit|does not work|won't work|not work for me|can't do|cannot do|can't make|can no longer|am not available|I'm not available|I'm away|I am away|I'm out|I'm travell?ing|I'm off|unavailable|is out for me|is out now|(?:something|a conflict|an emergency)(?: has|'s|’s)? c[ao]me up|won't be possible|(?:is|be) no longer possible|ne marche plus|ne marche pas|ne me convient plus|ne me convient pas|ne m'arrange (plus|pas)|je ne (suis|serai) (?:pas|plus) (disponible|dispo|libre|là)|(?:I have to|I need to|I must|I've got to) be (?:in|at) |je dois être (?:à|au|en) |pas dispo|je suis absente?|je serai absente?|je ne peux (plus|pas)|empêchement|(?:is|are|'s|will be|would be) (?:impossible|out of the question)|(?:c'est|est|sera|serait) (?:impossible|exclu)|(?:je suis|je serai|I'm|I am|I'll be) (?:coincée?|bloquée?|stuck|tied up)|en déplacement|en congés?|en vacances|on (?:holiday|vacation|leave)|(?:is|are|'s|looks) (?:tricky|difficult|busy|packed|full|chock-a-block|rammed|jam-packed)\b|(?:c'est|est|sera|s'annonce) (?:compliquée?|difficile|chargée?|bouclée?|complète?|plein)(?!\p{L})|(?:ne va|ne sera|n'est) (?:finalement |malheureusement )?(?:plus|pas) (?:être )?possible|ne (?:m'|nous |me |lui )(?:est|sera|serait) (?:malheureusement |finalement )?(?:pas|plus) possible|\b(?:slammed|swamped|snowed under|flat out) (?:this|next|that)\b)/iu;
// Adverbs said inside a negation: "je ne peux malheureusement pas", "ne m'arrange finalement plus du tout",
// "I sadly can't", "we really cannot". Up to two, so that the negation is still read as one.
const ADVERBS = String.raw`(?:\s+(?:\p{L}+ment|\p{L}+ly|hélas|helas|vraiment|plus|just|now|still|really))?(?:\s+(?:\p{L}+ment|\p{L}+ly|hélas|helas|just|now))?`;
// A writer who cannot make a time, with adverbs in between: the generic forms of the fixed phrases of UNAVAILABLE.
// "I can't wait", "I can't thank you enough" are no refusal.
const NEGATED_ABILITY = new RegExp(
  [
    String.raw`\b(?:je|nous|on)\s+ne\s+(?:peux|pourrai|pourrais|pourrons|pourrions|pourra|pourrait)${ADVERBS}\s+(?:pas|plus)(?![\p{L}])`,
    String.raw`\b(?:je|nous)\s+ne\s+(?:suis|serai|sommes|serons)${ADVERBS}\s+(?:pas|plus)\s+(?:disponibles?|dispos?|libres?|là)(?![\p{L}])`,
    String.raw`\bne\s+(?:me\s+|m'|nous\s+)?(?:convient|conviendra|conviendrait|va|ira|irait|arrange|arrangera|arrangerait|marche|marchera)${ADVERBS}\s+(?:pas|plus)(?![\p{L}])`,
    String.raw`\b(?:I|we)${ADVERBS}\s+(?:can['’]?t|cannot|can not|can no longer|won['’]?t be able to|will not be able to|am unable to|['’]m unable to|are unable to)(?!\s+(?:wait|thank|believe|agree|stress|imagine))\b`,
  ].join('|'),
  'iu',
);

/** True for a clause saying a time does not suit the writer, in a fixed phrase or a negation with adverbs. */
function isUnavailable(clause: string): boolean {
  return UNAVAILABLE.test(clause) || NEGATED_ABILITY.test(clause);
}

// A clause that also offers a time ("not Tuesday, but Thursday works") stays with the proposals.
const OFFER =
  /(if (?:that|this|it|neither|none)|failing that|otherwise|sinon|si (?:ça|cela|ce créneau)|à défaut|instead|rather|but|how about|what about|could we|can we|(?<!(?:no longer|n.t|not|never) )works for me|from the(?![^.;,]*\b(?:to|until|till|through)\b)|after the|so any|plutôt|mais|à la place|pourrait-on|pouvons-nous|peut-on|seriez-vous|serais-tu|pourriez-vous|pourrais-tu|est-ce que|(?:serait|est)-il possible|would it be possible|(?:ça|cela) (?:vous|te) (?:irait|dirait|conviendrait)|à partir|dès le|donc(?!\s+(?:pas|plus|surtout pas)\b))/i;

// "I need to cancel tomorrow's call. Could we do Friday instead?": the cancelled time is ruled out
// when another clause offers a new one; a bare cancellation keeps the time it names.
const CANCELLED = /(cancel|call off|\bscratch\b|annuler|annule|annulons)/i;
// "need to reschedule tomorrow's meeting" rules tomorrow out; "reschedule to Friday" names the new time.
const RESCHEDULED =
  /(reschedule|postpone|push back|push|bump|move|décaler|reporter|déplacer)(?![^]*\b(?:to|until|till|for|à|au|pour|jusqu)\s)/i;

const QUESTION = /\?\s*$/;

// Being somewhere else ("I'm in Boston on Monday", "je suis au salon à Milan") rules a time out only when
// the writer regrets it or sets another time against it ("…, mais la semaine suivante"): "I'm in Paris the
// week of the 16th, could we meet?" offers that week.
const AWAY =
  /\b(?:I'm|I am|I'll be|I will be|we're|we are|we'll be|je suis|je serai|nous sommes|nous serons|on est|on sera) (?:\p{L}+ing )?(?:in|at|au|aux|à|en) (?!(?:votre|ta|your|la|l'|the|tout|toute) ?(?:disposal|disposition|service|écoute|ecoute|office|bureau|dispo))/iu;
const REGRET = /\b(?:unfortunately|sadly|regrettably|I'm afraid|sorry|malheureusement|hélas|helas|désolée?)\b/iu;
// "…, but the week after" sets another time against it; "…, but only on Tuesday" narrows it.
const CONTRAST = /^\s*(?:but|mais|however|par contre|cependant)\b(?!\s+(?:only|just|seulement|uniquement)\b)/i;

// After a semicolon ("Thursday suits me; Tuesday I'm in Lyon") being elsewhere is set against the time offered.
const SET_AGAINST = /;\s*$/;

function isAwayWithRegret(clause: string): boolean {
  return AWAY.test(clause) && REGRET.test(clause);
}

function isWithdrawal(clause: string): boolean {
  return isUnavailable(clause) || CANCELLED.test(clause) || RESCHEDULED.test(clause) || isAwayWithRegret(clause);
}

// What ends a clause after a withdrawal: a dash, a semicolon, or a comma before a question offering another time
// ("Tuesday no longer suits me at all, que diriez-vous de mercredi ?", "Thursday I sadly can't, how about Friday?").
const CLAUSE_BREAK =
  /(\s+[-–—]\s+|;\s*|,\s*(?=(?:how about|what about|would|could|can we|shall we|que diriez-vous|que dites-vous|pourriez-vous|pourrait-on|peut-on|pouvons-nous|est-ce que|serait-il)(?![\p{L}])))/iu;

// Clauses of a sentence: "Tuesday doesn't suit me, but Monday works" has two. A dash or semicolon ends a
// clause only after a withdrawal ("Something came up Thursday - can we…"): "Monday - Wednesday" is a range.
function clausesOf(sentence: string): string[] {
  const clauses: string[] = [];
  for (const part of sentence.split(
    // "…, so not that day" points back to the clause before it: not a clause of its own. "Monday works for
    // me, I'm away Thursday": being away after a comma is a clause of its own.
    /,\s*(?=(?:but|though|although|so|mais|however|cependant|par contre|sauf que|donc|alors|otherwise|sinon|apart from that|other than that|à part ça|à part cela)\b(?!.*\b(?:that day|those days|ce jour|ces jours)))|,\s*(?=(?:I'm|I am|I'll be|je suis|je serai) (?:away|out|off|travell?ing|absente?|en déplacement|en congés?|en vacances)\b)/iu,
  )) {
    const pieces = part.split(CLAUSE_BREAK);
    let current = pieces[0] ?? '';
    for (let i = 1; i < pieces.length; i += 2) {
      if (isWithdrawal(current)) {
        clauses.push(current);
        current = pieces[i + 1] ?? '';
      } else current += `${pieces[i] ?? ''}${pieces[i + 1] ?? ''}`;
    }
    clauses.push(current);
  }
  return clauses.filter((clause) => clause.trim() !== '');
}

// "Je rentre de vacances fin juillet : je pourrais…", "I'm on the road until mid-month, so any time after…":
// where the writer comes back from is the reason for the times that follow; it names no window of its own.
const RETURN_REASON =
  /^\s*(?:je rentre|je reviens|je serai de retour|je suis de retour|I'm back|I'll be back|I get back|I'm on the road|I'll be on the road|I'm travell?ing until|I'll be travell?ing until|I am travell?ing until)\b/i;
const THEN_OFFER = /^\s*(?:so|donc|alors)\b/i;

function withoutReturnReasons(clauses: readonly string[]): string[] {
  return clauses.flatMap((clause, index) => {
    if (!RETURN_REASON.test(clause)) return [clause];
    const colon = clause.indexOf(' : ') >= 0 ? clause.indexOf(' : ') : clause.indexOf(': ');
    if (colon >= 0) return [clause.slice(colon).replace(/^\s*:\s*/, '')];
    return THEN_OFFER.test(clauses[index + 1] ?? '') ? [] : [clause];
  });
}

/** The text split into what states availability and what states unavailability. */
export function splitUnavailability(text: string): { available: string; unavailable: string } {
  const available: string[] = [];
  const unavailable: string[] = [];
  const clauses = withoutReturnReasons(sentencesOf(text).flatMap(clausesOf));
  const hasOffer = clauses.some((clause) => OFFER.test(clause));
  clauses.forEach((clause, index) => {
    // "I have to move Thursday's call. The following week, any afternoon?": a question elsewhere offers the new time.
    const isAskedElsewhere = clauses.some((other, at) => at !== index && QUESTION.test(other));
    const isWithdrawn =
      ((hasOffer && CANCELLED.test(clause)) || ((hasOffer || isAskedElsewhere) && RESCHEDULED.test(clause))) &&
      !OFFER.test(clause);
    const isAway =
      AWAY.test(clause) &&
      (REGRET.test(clause) || CONTRAST.test(clauses[index + 1] ?? '') || SET_AGAINST.test(clauses[index - 1] ?? '')) &&
      !OFFER.test(clause);
    ((isUnavailable(clause) && !OFFER.test(clause)) || isWithdrawn || isAway ? unavailable : available).push(clause);
  });
  return { available: available.join('\n'), unavailable: unavailable.join('\n') };
}

/**
 * The clauses of `text` that only say where the writer is ("I'm in Paris all week", "je serai à Lyon toute la
 * semaine"), neither ruling a time out nor offering one: context for the times offered elsewhere in the message.
 */
export function whereaboutsOf(text: string): string {
  return splitUnavailability(text)
    .available.split(
      /\n|[:;]\s+|,\s*(?=(?:on|nous|je|vous|tu|we|you|I|let's|could|can|would|shall|how|what|que|pourrait|pouvons|peut)\s)/u,
    )
    .filter((clause) => AWAY.test(clause) && !OFFER.test(clause))
    .join('\n');
}
