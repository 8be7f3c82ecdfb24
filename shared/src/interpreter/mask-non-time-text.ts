/**
 * Blanks out the parts of a message that look like times but are not:
 * street addresses ("1-5 West Street", "8 avenue Montaigne, 75008 Paris"),
 * numbered streets and floors ("on East 18th", "38th Floor") and stated
 * lengths ("pour 1h30", "30 minutes"). The time reader then never turns a
 * house number into "1–5 pm", a street into a date or a length into a clock time.
 */
import { findLengthSpans } from './extract-duration.js';
import { STREET_LINE } from './message/split-signature.js';

// An address ends at punctuation or a closing parenthesis (the street line grouped: it has alternatives): "(93 Mont-Royal Ave W) early next week" keeps its time.
// "12 Elm Ave. We'd like…": a street abbreviation's dot before a new sentence ends the address.
const ADDRESS = new RegExp(
  `(?:${STREET_LINE.source})(?:(?<=\\.)(?=\\s+\\p{Lu})|[^,.!?;)\\n]*)(?:,\\s*\\d{5}[^,.!?;)\\n]*)?`,
  'giu',
);
// Numbered streets and floors are ordinals, not days: "Old Town Bar on East 18th", "W 57th St", "5th Avenue",
// "38th Floor", "3e étage".
const NUMBERED_PLACE =
  /\b(?:East|West|North|South|[EWNS]\.?)\s+\d{1,3}(?:st|nd|rd|th)\b|(?<=\b(?:corner of|junction of)\s+)\d{1,3}(?:st|nd|rd|th)\b|\b\d{1,3}(?:st|nd|rd|th|e|ème|er)\s+(?:Street|St\b|Avenue|Ave\b|Av\b|Road|Rd\b|Place|Pl\b|Floor|floor|étage|etage)/gu;
// A part of day that points back to a day said before ("my delivery got moved to that morning", "ce matin-là")
// names no time of its own; a Paris or Lyon district ("dans le 11e", "le 8e arrondissement") is no day of the month.
const BACK_REFERENCE =
  /\b(?:that|the same) (?:morning|afternoon|evening|night)\b|\b(?:ce|cet|cette) (?:matin|après-midi|soir|soirée|matinée|semaine)-là|\bthat (?:same )?week\b|(?<=\b(?:dans|vers) le )\d{1,2}(?:e|ème)\b|\b\d{1,2}(?:e|ème) arrondissement/giu;
// A commitment the writer or someone already holds ("he has a standing 10am", "my regular 9:30 call", "notre point
// hebdomadaire de 9h") is why a time is out, not a time offered: the time reader never turns it into a window.
const STANDING_COMMITMENT =
  /(?<=\b(?:has|have|'ve got|got|his|her|my|our|their) (?:an? )?(?:standing|recurring|regular|weekly|daily) )\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|(?<=\b(?:mon|ma|son|sa|notre|leur) (?:réunion|point|rendez-vous|call) (?:récurrente?|hebdomadaire|quotidienne?|fixe) (?:de|à) )\d{1,2}\s?h(?:\d{2})?/giu;
// Postcodes (UK "N1 7GR", "EC1V 0BX"; Canada "H2T 1S6") and numbered parts of a building ("Unit 4", "Suite 200",
// "Room 12", "salle 3", "Buzz 4") are no times.
const POSTCODE_OR_UNIT =
  /\b(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b|\b(?:Unit|Suite|Room|Apt|Apartment|Gate|Door|Buzz|Building|Bldg|Studio|Salle|Bureau|Bâtiment|Porte|Local)\s+\d+[A-Za-z]?\b/gu;
// A closing wish ("Belle soirée,", "Bonne fin de journée", "Have a great weekend!") names no time offered.
const CLOSING_WISH =
  /\b(?:(?:bonne|belle|excellente|très bonne|bon)\s+(?:fin de )?(?:journée|soirée|semaine|week-end|weekend|matinée|après-midi|fin de semaine)|(?:have|enjoy)\s+(?:a|an|the|your)?\s*(?:good|great|nice|lovely|wonderful|relaxing)?\s*(?:rest of (?:the|your) )?(?:day|evening|weekend|week-end|week|afternoon|morning)|(?:good|nice|lovely)\s+(?:weekend|evening)\s*!)(?=\s*[,.!\n]|\s*$)/giu;
// A habit that explains the times offered ("My mornings are taken up with partner meetings, so after 2pm works",
// "mes matinées sont prises par les cours") is the reason for them, not a time offered or ruled out by itself.
const HABITUAL_BUSY =
  /\b(?:my|our|mes|nos) (?:mornings|afternoons|evenings|matinées|matins|après-midis|soirées|soirs)(?= (?:are|tend to be|sont) (?:usually |generally |mostly |souvent |généralement )?(?:taken up|booked|blocked|full|busy|packed|prises|pris|bloquées|bloqués|chargées|chargés)\b)/giu;
const BLANK = (text: string): string => ' '.repeat(text.length);

/** `text` with addresses and stated lengths replaced by spaces (same length, so positions are kept). */
export function maskNonTimeText(text: string): string {
  let masked = text
    .replace(ADDRESS, BLANK)
    .replace(NUMBERED_PLACE, BLANK)
    .replace(BACK_REFERENCE, BLANK)
    .replace(STANDING_COMMITMENT, BLANK)
    .replace(CLOSING_WISH, BLANK)
    .replace(POSTCODE_OR_UNIT, BLANK)
    .replace(HABITUAL_BUSY, BLANK);
  // Only hour-shaped lengths ("1h30", "2 heures") can be misread as clock times.
  for (const span of findLengthSpans(masked).filter((s) =>
    /\d\s?h|hour|heure/i.test(masked.slice(s.index, s.index + s.length)),
  )) {
    masked = masked.slice(0, span.index) + ' '.repeat(span.length) + masked.slice(span.index + span.length);
  }
  return masked;
}
