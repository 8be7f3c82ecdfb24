import type { MessageKey } from '../../lib/i18n/messages-en.js';

/** The meeting a booking link offers, as the API describes it to the contact. */
export interface Meeting {
  /** A meeting kind (`coffee`, `call`, …); unknown kinds are shown as sent. */
  readonly type: string;
  readonly durationMinutes: number;
  /** The place the contact may see (address or named place); null when remote or not decided. */
  readonly location: string | null;
  readonly isRemote: boolean;
}

const KINDS = ['breakfast', 'coffee', 'lunch', 'drinks', 'dinner', 'call', 'video', 'meeting'] as const;

/** The message key naming a meeting kind, or undefined for a kind this page does not know. */
export function meetingKindKey(type: string): MessageKey | undefined {
  return (KINDS as readonly string[]).includes(type) ? (`meeting.kind.${type}` as MessageKey) : undefined;
}

/** "45 min", "1 h", "1 h 30 min" as a message key and its parameters. */
export function durationMessage(durationMinutes: number): {
  key: MessageKey;
  params: Record<string, number>;
} {
  const hours = Math.floor(durationMinutes / 60);
  const minutes = durationMinutes % 60;
  if (hours === 0) return { key: 'meeting.durationMinutes', params: { minutes } };
  if (minutes === 0) return { key: 'meeting.durationHours', params: { hours } };
  return { key: 'meeting.durationHoursMinutes', params: { hours, minutes } };
}
