/**
 * How far apart two places are, from free text only (no geocoding): enough to pick a travel time.
 *
 * Normaliser: lower case, accents removed, every run of non-letters/digits becomes one space.
 * - Same place: the normalised texts are equal, or their first comma-separated parts are
 *   ("Office" and "office, 3rd floor"; but "Paris" and "Café de Flore, Paris" are only the same city).
 * - City of a place: the text after its last comma, without postcode digits ("12 rue X, 75002 Paris"
 *   → "paris"); a text without a comma is its own city ("London").
 * - Same city: equal cities. Elsewhere: both cities known and different. Unknown: either text missing.
 */

/** Relation between where the client is and where the meeting is; each has a travel time. */
export type PlaceRelation = 'same-place' | 'same-city' | 'elsewhere' | 'unknown';

/** Default travel minutes per relation; a client preference. */
export const DEFAULT_TRAVEL_MINUTES: Readonly<Record<PlaceRelation, number>> = {
  'same-place': 0,
  'same-city': 30,
  elsewhere: 90,
  unknown: 15,
};

/** The normalised form of a place text (see the module comment); '' for blank text. */
export function normalisePlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalised city of a place text: the part after the last comma, without digits. */
export function cityOfPlace(text: string): string {
  const lastPart = text.slice(text.lastIndexOf(',') + 1);
  return normalisePlace(lastPart.replace(/\d+/g, ' '));
}

function firstPart(text: string): string {
  return normalisePlace(text.split(',')[0] ?? '');
}

/** How `a` relates to `b` (symmetric); `undefined` or blank text gives 'unknown'. */
export function placeRelation(a: string | undefined, b: string | undefined): PlaceRelation {
  const left = a === undefined ? '' : normalisePlace(a);
  const right = b === undefined ? '' : normalisePlace(b);
  if (left === '' || right === '') return 'unknown';
  if (left === right || firstPart(a as string) === firstPart(b as string)) return 'same-place';
  const leftCity = cityOfPlace(a as string);
  const rightCity = cityOfPlace(b as string);
  if (leftCity === '' || rightCity === '') return 'unknown';
  return leftCity === rightCity ? 'same-city' : 'elsewhere';
}
