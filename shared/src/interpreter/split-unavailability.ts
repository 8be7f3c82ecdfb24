/**
 * Separates the sentences where a writer says when they are NOT available
 * ("Tuesday no longer works", "I'm away on Friday the 13th", "jeudi ne me
 * convient plus") from the rest: the times those sentences name are
 * exclusions, not proposals.
 */
import { sentencesOf } from './mentions.js';

const UNAVAILABLE =
  /(no longer works|doesn't work|does not work|won't work|not work for me|can't do|cannot do|can't make|can no longer|am not available|I'm not available|I'm away|I am away|I'm out|I'm travell?ing|I'm off|unavailable|is out for me|is out now|ne marche plus|ne marche pas|ne me convient plus|ne me convient pas|ne m'arrange (plus|pas)|je ne (suis|serai) pas (disponible|dispo|là)|pas dispo|je suis absente?|je serai absente?|je ne peux (plus|pas)|empêchement|en déplacement|en congés?)/i;
// A sentence that also offers a time ("not Tuesday, but Thursday works") stays with the proposals.
const OFFER = /(instead|rather|but|how about|what about|could we|can we|works for me|from the|after the|so any|plutôt|mais|à la place|pourrait-on|pouvons-nous|est-ce que|à partir|dès le|donc)/i;

// "I need to cancel tomorrow's call. Could we do Friday instead?": the cancelled time is ruled out
// when another sentence offers a new one; a bare cancellation keeps the time it names.
const CANCELLED = /(cancel|call off|annuler|annule|annulons)/i;

/** The text split into what states availability and what states unavailability. */
export function splitUnavailability(text: string): { available: string; unavailable: string } {
  const available: string[] = [];
  const unavailable: string[] = [];
  const sentences = sentencesOf(text);
  const hasOffer = sentences.some((sentence) => OFFER.test(sentence));
  for (const sentence of sentences) {
    const isCancelled = hasOffer && CANCELLED.test(sentence) && !OFFER.test(sentence);
    ((UNAVAILABLE.test(sentence) && !OFFER.test(sentence)) || isCancelled ? unavailable : available).push(sentence);
  }
  return { available: available.join('\n'), unavailable: unavailable.join('\n') };
}
