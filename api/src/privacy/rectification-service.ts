/**
 * Rectification (G3): the client corrects their own data or a contact's. A contact's change flows to
 * the future meetings Slash created with them (one calendar sync job per booking).
 */
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import { InvalidInputError, NotFoundError } from '../errors/domain-error.js';
import type { MeetingSync } from './meeting-sync.js';
import type { Client, Contact, PrivacyRepository } from './repository.js';

/** Fields of their own record a client may correct (the sign-in email belongs to the identity provider). */
export interface ClientCorrection {
  readonly name?: string;
  readonly timeZone?: string;
  readonly language?: 'fr' | 'en';
}

/** Fields of a contact a client may correct. */
export interface ContactCorrection {
  readonly email?: string;
  readonly name?: string;
  readonly firstName?: string | null;
  readonly lastName?: string | null;
  readonly contactMeans?: string | null;
  readonly company?: string | null;
  readonly role?: string | null;
  readonly timeZone?: string | null;
}

/** Applies corrections and propagates them. */
export function createRectificationService(deps: {
  repository: PrivacyRepository;
  meetings: MeetingSync;
  audit: AuditService;
  clock: Clock;
}) {
  const { repository, meetings, audit, clock } = deps;
  return {
    async rectifyClient(
      clientId: string,
      correction: ClientCorrection,
      actor: { kind: 'client' | 'admin_key'; id: string },
    ): Promise<Client> {
      if (correction.timeZone !== undefined) assertTimeZone(correction.timeZone);
      const row = await repository.updateClient(clientId, { ...correction, updatedAt: new Date(clock.nowMs()) });
      if (row === undefined) throw new NotFoundError('No such account.');
      await audit.record({
        actorKind: actor.kind,
        actorId: actor.id,
        action: 'client.rectified',
        subjectKind: 'client',
        subjectId: clientId,
        details: { fields: Object.keys(correction) },
      });
      return row;
    },
    async rectifyContact(options: {
      clientId: string;
      contactId: string;
      correction: ContactCorrection;
      actor: { kind: 'client' | 'admin_key'; id: string };
    }): Promise<{ contact: Contact; meetingsUpdated: number }> {
      const { clientId, contactId, correction } = options;
      if (correction.timeZone !== undefined && correction.timeZone !== null) assertTimeZone(correction.timeZone);
      const before = await repository.findContact(clientId, contactId);
      if (before === undefined) throw new NotFoundError('No such contact.');
      const nowMs = clock.nowMs();
      const contact = await repository.updateContact(clientId, contactId, {
        ...correction,
        updatedAt: new Date(nowMs),
      });
      if (contact === undefined) throw new NotFoundError('No such contact.');
      const future = await repository.listFutureBookings(clientId, contactId, nowMs);
      await meetings.contactChanged(future.map((booking) => booking.id));
      await repository.closeRequestsAboutContact({ clientId, contactId, kinds: ['rectification'], nowMs });
      await audit.record({
        actorKind: options.actor.kind,
        actorId: options.actor.id,
        action: 'contact.rectified',
        subjectKind: 'contact',
        subjectId: contactId,
        details: { clientId, fields: Object.keys(correction), meetingsUpdated: future.length },
      });
      return { contact, meetingsUpdated: future.length };
    },
  };
}

/** The rectification service's interface. */
export type RectificationService = ReturnType<typeof createRectificationService>;

function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    // An unknown zone is an input error, reported as such.
    throw new InvalidInputError('timeZone', 'must be an IANA time zone such as Europe/Paris');
  }
}
