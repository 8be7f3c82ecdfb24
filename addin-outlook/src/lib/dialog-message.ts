/**
 * Checks what the sign-in dialog posts back (ADDINS.md §5 "Dialog hand-off"): same origin as the
 * pane, small, JSON `{ type: 'slash-token', token }` with a plausible token. Anything else is refused.
 */
export type DialogMessage = { ok: true; token: string } | { ok: false; reason: string };

const MAX_MESSAGE_CHARS = 4_096;

export function parseDialogMessage(
  message: unknown,
  origin: string | undefined,
  expectedOrigin: string,
): DialogMessage {
  // Older hosts omit `origin`; they only deliver messages from the dialog's own (our) domain.
  if (origin !== undefined && origin !== expectedOrigin)
    return { ok: false, reason: `message from unexpected origin ${origin}` };
  if (typeof message !== 'string' || message.length > MAX_MESSAGE_CHARS)
    return { ok: false, reason: 'malformed sign-in message' };
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return { ok: false, reason: 'malformed sign-in message' };
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (record.type === 'slash-error')
    return { ok: false, reason: typeof record.message === 'string' ? record.message.slice(0, 300) : 'sign-in failed' };
  if (
    record.type !== 'slash-token' ||
    typeof record.token !== 'string' ||
    !/^[\w.~+/=-]{20,2048}$/.test(record.token)
  ) {
    return { ok: false, reason: 'malformed sign-in message' };
  }
  return { ok: true, token: record.token };
}
