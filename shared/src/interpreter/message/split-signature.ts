/**
 * Separates a message's own words from its signature ("-- ", "Best,",
 * "Cordialement", "Bien à vous", a trailing phone/address block). The
 * signature is kept: "at our office" / "chez nous" resolves to its address.
 */

const DELIMITER = /^\s*(--|—|__)\s*$/;
const CLOSING =
  /^\s*(best|best regards|best wishes|regards|kind regards|warm regards|warmly|cheers|thanks|thanks again|thank you|many thanks|thx|sincerely|all the best|talk soon|speak soon|see you|see you soon|cordialement|bien cordialement|très cordialement|bien à (vous|toi)|belle journée|bonne journée|bonne soirée|bonne fin de journée|à bientôt|a bientot|à très vite|merci|merci beaucoup|merci d'avance|merci par avance|amitiés|bises|salutations|sincères salutations|meilleures salutations|au plaisir)[\s,.!]*$/i;
const DEVICE_FOOTER =
  /^\s*(sent from my|envoy[ée] de mon|envoy[ée] depuis mon|get outlook for|obtenir outlook pour)(?![\p{L}])/iu;
const PHONE = /(?:\+\d[\d .()-]{7,}|\b0\d(?:[ .]?\d{2}){4}\b|\(\d{3}\)\s*\d{3}[ -]\d{4}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b)/;
/** A street line of an address in French, English or Québec style ("172 bd Saint-Germain", "81 Great Eastern St"). */
// A number then the street ("172 bd Saint-Germain", "1 Canada Square"), or, in Belgium and Switzerland,
// the street then its number ("Rue de la Loi 81", "Place de Longemalle 1").
export const STREET_LINE =
  /\b\d{1,5}(?:\s?(?:bis|ter|[a-c]))?,?\s+(?:(?:[\p{L}'.-]+|\d{1,3}(?:st|nd|rd|th))\s+){0,4}?(?:rue|avenue|av\.|bd|boulevard|boul\.?|blvd|place|pl\.|quai|allée|chemin|impasse|cours|route|street|st\.?|road|rd\.?|ave\.?|lane|square|way|drive|dr\.?|court|row|terrace|plaza|parkway|pkwy|highway|hwy|circle|crescent|close|mews|gardens|green|walk|wharf|quay|marg|nagar)(?![\p{L}])|(?<![\p{L}])(?:rue|avenue|boulevard|place|quai|chemin|chaussée|route|allée|square|passage|quartier)\s+(?:\p{L}[\p{L}'’.-]*\s+){1,5}(?<!\b(?:le|the|du|au|et|entre|and|on)\s+)\d{1,4}[a-z]?(?!\d)/iu;
// Postal codes: FR/US 5 digits, Indian PIN 6 digits, Canadian, UK, "NY 10118".
// Belgian and Swiss codes are 4 digits before the town ("1040 Bruxelles", "CH-1204 Genève").
const POSTAL_LINE =
  /\b(\d{5}|\d{6}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5})\b|\b(?:[A-Z]{1,2}-)?\d{4} (?=[A-ZÀ-Ý][a-zà-ÿ])/;
const CONTACTISH =
  /(https?:\/\/|www\.|[\w.+-]+@[\w-]+\.[\w.]+|(?<![\p{L}])(tel|tél|phone|mobile|mob|portable|fax)(?![\p{L}]))/iu;

/** A message's own words and its signature block ('' when none was found). */
export interface SignatureSplit {
  readonly text: string;
  readonly signature: string;
}

// A legal footer ("CONFIDENTIALITY NOTICE: …", "Ce message … est confidentiel") follows the signature block.
const DISCLAIMER =
  /\b(confidential(?:ity)?|intended recipient|received (?:it|this) in error|may contain|privileged|disclaimer)\b|confidentiel|destinataire|pièces jointes/i;
// "Vasudha Infra Pvt. Ltd.", "Acme Inc.": a company name may end in an abbreviation's dot.
const ABBREVIATION_END = /(?:^|\s)[\p{L}.]{1,4}\.$/u;

// A " | " separated line ("Castellan Group | 1 Vanderbilt Ave, …") holds several short fields.
function wordCount(line: string): number {
  return line.split(/\s+/).filter((word) => !/^[|–—·•-]$/.test(word)).length;
}

// A signature line is short and is not a sentence: "Let's meet at 8 rue X, Paris." is a message line.
function isContactLine(line: string): boolean {
  const trimmed = line.trim();
  // "Delmas Industrie – 27 rue du Faubourg Saint-Antoine, 75011 Paris": separated fields, like " | ".
  const isFullAddress = STREET_LINE.test(trimmed) && POSTAL_LINE.test(trimmed);
  const limit = /\s[|–—·•-]\s/.test(trimmed) || isFullAddress ? 12 : 9;
  if (wordCount(trimmed) > limit || (/[.?!]$/.test(trimmed) && !PHONE.test(trimmed))) return false;
  return PHONE.test(trimmed) || STREET_LINE.test(trimmed) || POSTAL_LINE.test(trimmed) || CONTACTISH.test(trimmed);
}

function isNameOrTitleLine(line: string): boolean {
  const trimmed = line.trim();
  const endsLikeSentence = /[?!:]$/.test(trimmed) || (trimmed.endsWith('.') && !ABBREVIATION_END.test(trimmed));
  return trimmed !== '' && wordCount(trimmed) <= 6 && !endsLikeSentence;
}

// Where a trailing legal footer starts (a paragraph of its own), or lines.length when there is none.
function disclaimerStart(lines: readonly string[]): number {
  for (let i = 1; i < lines.length; i++) {
    const isParagraphStart = (lines[i - 1] ?? '').trim() === '';
    if (isParagraphStart && DISCLAIMER.test(lines[i] ?? '') && wordCount(lines.slice(i).join(' ')) >= 10) return i;
  }
  return lines.length;
}

function trailingContactBlockStart(lines: readonly string[]): number {
  let start = lines.length;
  let hasContact = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      if (hasContact) break;
      continue;
    }
    if (isContactLine(line)) hasContact = true;
    else if (!isNameOrTitleLine(line)) break;
    start = i;
  }
  return hasContact ? start : lines.length;
}

// A closing word starts the signature only after some text and when only names, titles
// and contact lines follow it ("Merci !" on the first line is a message, not a sign-off).
function isSignOff(lines: readonly string[], index: number): boolean {
  const hasTextBefore = lines.slice(0, index).some((line) => line.trim() !== '');
  const rest = lines.slice(index + 1).filter((line) => line.trim() !== '');
  return hasTextBefore && rest.length <= 12 && rest.every((line) => isContactLine(line) || isNameOrTitleLine(line));
}

function signatureStart(allLines: readonly string[]): number {
  const footer = disclaimerStart(allLines);
  const lines = allLines.slice(0, footer);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (DELIMITER.test(line) || DEVICE_FOOTER.test(line)) return i;
    if (CLOSING.test(line) && isSignOff(lines, i)) return i;
  }
  const start = trailingContactBlockStart(lines);
  return start === lines.length ? footer : start;
}

/** Splits `text` (one message's own words, history already removed) into body and signature. */
export function splitSignature(text: string): SignatureSplit {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = signatureStart(lines);
  return { text: lines.slice(0, start).join('\n').trim(), signature: lines.slice(start).join('\n').trim() };
}

// A street line, or else a one-line address with no street word and number: a postal code after a comma
// ("4th Floor, Tower B, DLF Cyber City, Gurugram 122002", "Kamaladi, Kathmandu 44600", "Lazimpat Road,
// Kathmandu 44600").
function addressLineIndex(lines: readonly string[]): number {
  const street = lines.findIndex((line) => STREET_LINE.test(line) && !PHONE.test(line));
  if (street >= 0) return street;
  const isOneLineAddress = (line: string): boolean =>
    /,[^,]*\d/.test(line) && POSTAL_LINE.test(line) && !PHONE.test(line) && !CONTACTISH.test(line);
  return lines.findIndex(isOneLineAddress);
}

const BUILDING =
  /(?<![\p{L}])(?:floor|suite|level|unit|building|tower|centre|center|house|plaza|étage|etage|bâtiment|batiment|immeuble|tour)(?![\p{L}])/iu;

/** The postal address of a signature ("172 bd Saint-Germain, 75006 Paris"), or null when it has none. */
export function findSignatureAddress(signature: string): string | null {
  const lines = signature.split('\n').map((line) => line.trim());
  const index = addressLineIndex(lines);
  if (index < 0) return null;
  // "Castellan Group | 1 Vanderbilt Ave, …": keep the field that holds the street.
  const fields = (lines[index] ?? '').split(/\s+\|\s+/);
  const street = (fields.find((field) => STREET_LINE.test(field)) ?? fields.at(-1) ?? '').replace(
    /^(address|adresse)\s*:\s*/i,
    '',
  );
  const next = lines[index + 1] ?? '';
  const hasCityLine = next !== '' && POSTAL_LINE.test(next) && !PHONE.test(next) && !CONTACTISH.test(next);
  const address = hasCityLine && !POSTAL_LINE.test(street) ? `${street}, ${next}` : street;
  // "7th Floor, Chatterjee International Centre" above the street belongs to the address.
  const previous = lines[index - 1] ?? '';
  const isBuildingLine = BUILDING.test(previous) && !PHONE.test(previous) && !CONTACTISH.test(previous);
  return isBuildingLine && fields.length === 1 ? `${previous}, ${address}` : address;
}
