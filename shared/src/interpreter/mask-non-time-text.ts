/**
 * Blanks out the parts of a message that look like times but are not:
 * street addresses ("1-5 West Street", "8 avenue Montaigne, 75008 Paris") and
 * stated lengths ("pour 1h30", "30 minutes"). The time reader then never turns
 * a house number into "1–5 pm" or a length into a clock time.
 */
import { findLengthSpans } from './extract-duration.js';
import { STREET_LINE } from './message/split-signature.js';

// An address ends at punctuation or a closing parenthesis: "(93 Mont-Royal Ave W) early next week" keeps its time.
const ADDRESS = new RegExp(`${STREET_LINE.source}[^,.!?;)\\n]*(?:,\\s*\\d{5}[^,.!?;)\\n]*)?`, 'giu');
const BLANK = (text: string): string => ' '.repeat(text.length);

/** `text` with addresses and stated lengths replaced by spaces (same length, so positions are kept). */
export function maskNonTimeText(text: string): string {
  let masked = text.replace(ADDRESS, BLANK);
  // Only hour-shaped lengths ("1h30", "2 heures") can be misread as clock times.
  for (const span of findLengthSpans(masked).filter((s) =>
    /\d\s?h|hour|heure/i.test(masked.slice(s.index, s.index + s.length)),
  )) {
    masked = masked.slice(0, span.index) + ' '.repeat(span.length) + masked.slice(span.index + span.length);
  }
  return masked;
}
