/**
 * The iCalendar object (RFC 5545) Slash stores on a CalDAV server for one meeting. Times are UTC
 * (`...Z`), so no VTIMEZONE is needed. Attendees carry `SCHEDULE-AGENT=CLIENT` (RFC 6638 §7.1):
 * servers with implicit scheduling must not mail invitations, Slash sends its own. TEXT values
 * are escaped (§3.3.11) and lines folded at 75 octets (§3.1), as C18 asks.
 */
import type { CalendarEventInput } from './connector.js';

/** The VCALENDAR text of `event`; `stampMs` is DTSTAMP, `sequence` the revision (§3.8.7.4). */
export function buildEventIcs(event: CalendarEventInput, options: { stampMs: number; sequence: number }): string {
  const description =
    event.conference === undefined ? event.description : `${event.description}\n\n${event.conference.url}`.trim();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slash//Slash scheduling//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(options.stampMs)}`,
    `SEQUENCE:${options.sequence}`,
    `DTSTART:${utcStamp(event.startMs)}`,
    `DTEND:${utcStamp(event.endMs)}`,
    `SUMMARY:${escapeText(event.title)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    ...(description === '' ? [] : [`DESCRIPTION:${escapeText(description)}`]),
    ...(event.location === null ? [] : [`LOCATION:${escapeText(event.location)}`]),
    ...(event.conference === undefined ? [] : [`URL:${event.conference.url.replace(/[\r\n]/g, '')}`]),
    ...event.attendees.map((attendee) => {
      const name = attendee.name === undefined ? '' : `;CN=${quoteParam(attendee.name)}`;
      const role = attendee.optional === true ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT';
      return `ATTENDEE${name};ROLE=${role};PARTSTAT=NEEDS-ACTION;SCHEDULE-AGENT=CLIENT:mailto:${attendee.email.replace(/[\r\n]/g, '')}`;
    }),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** RFC 5545 UTC DATE-TIME: 20260304T090000Z. */
function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/** A parameter value: quoted, without the characters a quoted value cannot hold (§3.2). */
function quoteParam(text: string): string {
  return `"${text.replace(/["\r\n]/g, '')}"`;
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
function fold(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}
