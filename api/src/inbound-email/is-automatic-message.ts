/**
 * Messages the assistant never answers (RFC 3834 §2, RFC 2919, RFC 3464): answering them makes
 * mail loops or spams lists. Pure: headers and envelope in, a reason (or undefined) out.
 */

/** Why a message is automatic, or undefined when a person wrote it. */
export function automaticReason(input: {
  readonly headers: ReadonlyMap<string, string>;
  readonly envelopeFrom: string | null;
}): string | undefined {
  const { headers, envelopeFrom } = input;
  // The null reverse-path `<>` marks bounces and auto-replies (RFC 5321 §4.5.5).
  if (envelopeFrom !== null && envelopeFrom.replace(/[<>\s]/g, '') === '') return 'null_sender';
  const returnPath = headers.get('return-path');
  if (returnPath !== undefined && returnPath.replace(/[<>\s]/g, '') === '') return 'null_sender';
  const autoSubmitted = headers.get('auto-submitted');
  if (autoSubmitted !== undefined && autoSubmitted.trim().toLowerCase().split(/[;\s]/)[0] !== 'no')
    return 'auto_submitted';
  const precedence = headers.get('precedence')?.trim().toLowerCase();
  if (precedence !== undefined && ['bulk', 'list', 'junk', 'auto_reply'].includes(precedence)) return 'precedence';
  if (headers.has('list-id') || headers.has('list-unsubscribe')) return 'mailing_list';
  // Microsoft and older autoresponders.
  if (
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    headers.get('x-auto-response-suppress')?.toLowerCase().includes('all') === true
  )
    return 'auto_reply';
  const contentType = headers.get('content-type')?.toLowerCase() ?? '';
  if (contentType.includes('multipart/report')) return 'delivery_report';
  return undefined;
}
