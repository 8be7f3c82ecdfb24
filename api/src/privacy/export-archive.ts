/**
 * The files of a data export, as pure functions: meetings as iCalendar (RFC 5545), contacts as
 * vCard 4.0 (RFC 6350), and the zip archive holding them with `data.json` and `processing.json`.
 *
 * Text escaping (RFC 5545 §3.3.11, RFC 6350 §3.4): backslash, semicolon, comma and newline are
 * escaped; lines are folded at 75 octets with CRLF + space (RFC 5545 §3.1, RFC 6350 §3.2).
 */
import { strToU8, zipSync } from 'fflate';

/** A meeting Slash made, as exported. Instants are UTC epoch ms. */
export interface ExportedMeeting {
  readonly uid: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly createdMs: number;
  readonly sequence: number;
  readonly isCancelled: boolean;
  readonly summary: string;
  readonly attendee?: { readonly email: string; readonly name: string } | undefined;
}

/** A contact, as exported. */
export interface ExportedContact {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly contactMeans: string | null;
  readonly company: string | null;
  readonly role: string | null;
  readonly timeZone: string | null;
}

/** RFC 5545 calendar of `meetings`; `nowMs` stamps DTSTAMP. */
export function meetingsToIcs(meetings: readonly ExportedMeeting[], nowMs: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Slash//Data export//EN', 'CALSCALE:GREGORIAN'];
  for (const meeting of meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(meeting.uid)}`,
      `DTSTAMP:${utcStamp(nowMs)}`,
      `CREATED:${utcStamp(meeting.createdMs)}`,
      `DTSTART:${utcStamp(meeting.startMs)}`,
      `DTEND:${utcStamp(meeting.endMs)}`,
      `SEQUENCE:${meeting.sequence}`,
      `STATUS:${meeting.isCancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      `SUMMARY:${escapeText(meeting.summary)}`,
    );
    if (meeting.attendee !== undefined) {
      const name = meeting.attendee.name === '' ? '' : `;CN="${meeting.attendee.name.replace(/["\r\n]/g, '')}"`;
      lines.push(`ATTENDEE${name}:mailto:${meeting.attendee.email}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** vCard 4.0 cards of `contacts`. */
export function contactsToVcf(contacts: readonly ExportedContact[]): string {
  const lines: string[] = [];
  for (const contact of contacts) {
    const fullName =
      contact.name !== ''
        ? contact.name
        : [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email;
    lines.push('BEGIN:VCARD', 'VERSION:4.0', `UID:urn:uuid:${contact.id}`, `FN:${escapeText(fullName)}`);
    lines.push(`N:${escapeText(contact.lastName ?? '')};${escapeText(contact.firstName ?? '')};;;`);
    lines.push(`EMAIL:${escapeText(contact.email)}`);
    if (contact.contactMeans !== null && contact.contactMeans !== '') {
      // A phone number becomes TEL; anything else (conference id, Skype handle) stays a note.
      lines.push(
        /^\+?[\d ().-]{6,}$/.test(contact.contactMeans)
          ? `TEL;VALUE=uri:tel:${contact.contactMeans.replace(/[^\d+]/g, '')}`
          : `NOTE:${escapeText(contact.contactMeans)}`,
      );
    }
    if (contact.company !== null && contact.company !== '') lines.push(`ORG:${escapeText(contact.company)}`);
    if (contact.role !== null && contact.role !== '') lines.push(`TITLE:${escapeText(contact.role)}`);
    if (contact.timeZone !== null && contact.timeZone !== '') lines.push(`TZ:${escapeText(contact.timeZone)}`);
    lines.push('END:VCARD');
  }
  return lines.map(fold).join('\r\n') + (lines.length === 0 ? '' : '\r\n');
}

/** A zip archive of `files` (name → UTF-8 text). */
export function zipArchive(files: Readonly<Record<string, string>>, nowMs: number): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { mtime: new Date(nowMs) }];
  return zipSync(entries, { level: 6 });
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** `YYYYMMDDTHHMMSSZ` (RFC 5545 form #2, UTC). */
function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current);
      current = '';
      limit = 74; // continuation lines start with one space
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
