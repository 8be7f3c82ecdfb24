/**
 * Calendar invitations (RFC 5545 / iTIP RFC 5546) built with ical-generator: METHOD:REQUEST for a
 * new or moved meeting, METHOD:CANCEL when cancelled. The UID is stable across the meeting's life
 * and SEQUENCE grows on every change, so calendar apps update the event instead of adding a second.
 * ical-generator does the TEXT escaping and line folding (C18).
 */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** A person on an invitation. */
export interface IcsPerson {
  readonly email: string;
  readonly name?: string | null;
  readonly isOptional?: boolean;
}

/** One invitation. Instants are UTC epoch ms. */
export interface InvitationIcs {
  /** REQUEST to attendees, PUBLISH for the organizer's own copy (no replies expected), CANCEL. */
  readonly method: 'REQUEST' | 'PUBLISH' | 'CANCEL';
  readonly uid: string;
  readonly sequence: number;
  readonly startMs: number;
  readonly endMs: number;
  /** DTSTAMP: when this version was made. */
  readonly stampMs: number;
  readonly summary: string;
  readonly description: string;
  readonly location: string | null;
  readonly organizer: IcsPerson;
  readonly attendees: readonly IcsPerson[];
}

/** The `.ics` text of an invitation. */
export function buildInvitationIcs(invitation: InvitationIcs): string {
  const calendar = ical({
    prodId: { company: 'Slash', product: 'Slash scheduling assistant', language: 'EN' },
    method: ICalCalendarMethod[invitation.method],
  });
  calendar.createEvent({
    id: invitation.uid,
    sequence: invitation.sequence,
    start: new Date(invitation.startMs),
    end: new Date(invitation.endMs),
    stamp: new Date(invitation.stampMs),
    summary: invitation.summary,
    description: invitation.description,
    location: invitation.location,
    status: invitation.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: invitation.organizer.name ?? invitation.organizer.email, email: invitation.organizer.email },
    attendees: invitation.attendees.map((person) => ({
      email: person.email,
      name: person.name ?? null,
      role: person.isOptional === true ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
  });
  return calendar.toString();
}
