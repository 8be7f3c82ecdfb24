/**
 * The lines mail clients write where quoted history or a forwarded message
 * begins, in English and French: Gmail, Outlook (desktop and web), Apple Mail,
 * Thunderbird. Every pattern lives here so that one test file covers them all.
 */

/** What kind of history starts at a boundary line. */
export type BoundaryKind = 'attribution' | 'header-block' | 'forward-marker' | 'separator';

/** A boundary found at `lineIndex`, spanning `lineCount` lines. */
export interface QuoteBoundary {
  readonly kind: BoundaryKind;
  readonly lineIndex: number;
  readonly lineCount: number;
  /** For attributions: the text naming the date and the author ("Tue, Mar 3, 2026 at 10:02 AM Ann <a@x>"). */
  readonly attribution?: string;
  readonly isForward: boolean;
}

// "On Tue, Mar 3, 2026 at 10:02 AM Ann <a@x> wrote:" (Gmail), "On 3 Mar 2026, at 10:02, Ann <a@x> wrote:" (Apple),
// "Le mar. 3 mars 2026 à 10:02, Ann <a@x> a écrit :" (Gmail FR, Apple FR), "Am ... schrieb ...:" is out of scope.
const ATTRIBUTION = /^\s*(?:On|Le)\s+(.{6,300}?)\s*(?:wrote|a écrit|a ecrit)\s*:?\s*$/i;
const FORWARD_MARKERS: readonly RegExp[] = [
  /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^\s*Begin forwarded message\s*:?\s*$/i,
  /^\s*Début du message (?:réexpédié|transféré)\s*:?\s*$/i,
  /^\s*-{2,}\s*Message transféré\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Forwarded Message\s*-{2,}\s*$/i,
];
const ORIGINAL_MARKERS: readonly RegExp[] = [
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Message d'origine\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Message original\s*-{2,}\s*$/i,
];
const SEPARATOR = /^\s*_{10,}\s*$/;
/** A header line of a quoted or forwarded block, in the languages mail clients print. */
export const QUOTED_HEADER_LINE =
  /^\s*\*?(From|De|Sent|Envoyé|Date|To|À|A|Pour|Cc|Copie à|Subject|Objet|Sujet|Reply-To|Répondre à)\*?\s*:\s*(.*)$/i;
const FROM_LINE = /^\s*\*?(From|De)\*?\s*:\s*\S/i;

function isHeaderBlockAt(lines: readonly string[], index: number): boolean {
  if (!FROM_LINE.test(lines[index] ?? '')) return false;
  let headerCount = 0;
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i++) {
    if (QUOTED_HEADER_LINE.test(lines[i] ?? '')) headerCount++;
  }
  return headerCount >= 2;
}

function attributionAt(lines: readonly string[], index: number): QuoteBoundary | undefined {
  for (const lineCount of [1, 2, 3]) {
    const parts = lines.slice(index, index + lineCount);
    // A client wraps a long attribution over adjacent lines; a blank line or a finished sentence ends it, so that
    // "Le jeudi me va." or "On Tuesday I can." written just above the real attribution stays the author's own.
    if (lineCount > 1 && parts.slice(0, -1).some((part) => part.trim() === '' || /[.!?]\s*$/.test(part))) break;
    const joined = parts.join(' ');
    const match = ATTRIBUTION.exec(joined);
    if (match?.[1] !== undefined && /\d/.test(match[1])) {
      return { kind: 'attribution', lineIndex: index, lineCount, attribution: match[1], isForward: false };
    }
  }
  return undefined;
}

/** The first boundary at or after `fromLine`, or undefined when the rest of the text is the author's own. */
export function findQuoteBoundary(lines: readonly string[], fromLine = 0): QuoteBoundary | undefined {
  for (let index = fromLine; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (FORWARD_MARKERS.some((pattern) => pattern.test(line))) {
      return { kind: 'forward-marker', lineIndex: index, lineCount: 1, isForward: true };
    }
    if (
      ORIGINAL_MARKERS.some((pattern) => pattern.test(line)) ||
      (SEPARATOR.test(line) && isHeaderBlockAt(lines, index + 1))
    ) {
      return { kind: 'separator', lineIndex: index, lineCount: 1, isForward: false };
    }
    if (isHeaderBlockAt(lines, index))
      return { kind: 'header-block', lineIndex: index, lineCount: 0, isForward: false };
    if (/^\s*(On|Le)\s/i.test(line)) {
      const attribution = attributionAt(lines, index);
      if (attribution) return attribution;
    }
  }
  return undefined;
}
