/**
 * Erasure (G4, G5). A contact's erasure (on their request, decided by the client who is their
 * controller) deletes the contact, empties their booking-form answers, deletes emails to them,
 * scrubs their values from every registered free-text and JSON column of the client's rows, deletes
 * queued jobs mentioning them, and cancels future meetings with them (calendar events through the
 * job queue). An account erasure waits a grace period, then revokes sessions and deletes the client,
 * whose rows cascade. The audit log and consent ledger keep ids only, so they survive both.
 *
 * Each step can run again: the contact row goes last, so an interrupted erasure is redone whole.
 */
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import { ConflictError, NotFoundError } from '../errors/domain-error.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { MeetingSync } from './meeting-sync.js';
import { PII_REGISTRY, scrubbedColumns } from './pii-registry.js';
import { contactNeedles, scrubber } from './scrub.js';
import type { PrivacyRepository, SubjectRepository } from './repository.js';

export const ERASE_ACCOUNT_JOB = 'privacy.erase-account';
const DAY_MS = 86_400_000;

/** Who asked for an erasure. */
export interface Actor {
  readonly kind: 'client' | 'admin_key' | 'system';
  readonly id?: string;
}

/** Provider-side clean-up of an account, when the calendars domain is wired in. */
export interface GrantRevoker {
  revokeGrants(clientId: string): Promise<void>;
}

/** Erases contacts and accounts. */
export function createErasureService(deps: {
  repository: PrivacyRepository;
  subjects: SubjectRepository;
  meetings: MeetingSync;
  audit: AuditService;
  jobs: JobQueue;
  clock: Clock;
  config: AppConfig;
  grants?: GrantRevoker | undefined;
}) {
  const { repository, subjects, meetings, audit, jobs, clock, config } = deps;

  async function eraseAccountNow(clientId: string, actor: Actor): Promise<void> {
    const client = await repository.findClient(clientId);
    if (client === undefined) return;
    await deps.grants?.revokeGrants(clientId);
    await repository.revokeSessions(clientId, clock.nowMs());
    const contacts = await repository.listContacts(clientId);
    const needles = [client.id, client.email, ...contacts.map((contact) => contact.email)].filter(
      (value) => value.length >= 3,
    );
    const jobsDeleted = await subjects.deleteJobsMentioning(needles);
    await repository.deleteEmailsTo(clientId, client.email);
    await repository.deleteClient(clientId);
    await audit.record({
      actorKind: actor.kind,
      actorId: actor.id,
      action: 'account.erased',
      subjectKind: 'client',
      subjectId: clientId,
      details: { contacts: contacts.length, jobsDeleted },
    });
  }

  return {
    async eraseContact(options: {
      clientId: string;
      contactId: string;
      actor: Actor;
    }): Promise<{ rowsScrubbed: number; meetingsCancelled: number }> {
      const { clientId, contactId } = options;
      const contact = await repository.findContact(clientId, contactId);
      if (contact === undefined) throw new NotFoundError('No such contact.');
      const nowMs = clock.nowMs();
      const theirBookings = await repository.listBookings(clientId, contactId);
      const needles = contactNeedles(
        contact,
        theirBookings.map((booking) => booking.formAnswers),
      );
      const scrub = scrubber(needles.all);

      const future = theirBookings.filter(
        (booking) => booking.status === 'confirmed' && booking.startsAt.getTime() > nowMs,
      );
      await repository.cancelBookings(
        future.map((booking) => booking.id),
        nowMs,
      );
      await repository.deleteEmailsTo(clientId, contact.email);
      await repository.deleteExports(clientId);
      let rowsScrubbed = 0;
      for (const entry of Object.values(PII_REGISTRY)) {
        if (entry.onContactErasure !== 'scrub') continue;
        rowsScrubbed += await subjects.scrubRows(entry, {
          clientId,
          columns: scrubbedColumns(entry),
          matching: needles.strong,
          scrub,
        });
      }
      // Form answers and the contact's zone are theirs alone: emptied even where no needle matched.
      for (const booking of theirBookings) await repository.updateBookingContactData(booking.id);
      const jobsDeleted = await subjects.deleteJobsMentioning(needles.strong);
      await repository.closeRequestsAboutContact({ clientId, contactId, kinds: ['erasure'], nowMs });
      await repository.deleteContact(clientId, contactId);
      await meetings.cancelled(future.map((booking) => booking.id));
      await audit.record({
        actorKind: options.actor.kind,
        actorId: options.actor.id,
        action: 'contact.erased',
        subjectKind: 'contact',
        subjectId: contactId,
        details: { clientId, rowsScrubbed, meetingsCancelled: future.length, jobsDeleted },
      });
      return { rowsScrubbed, meetingsCancelled: future.length };
    },

    /** Starts the grace period; the erasure job runs when it ends. */
    async requestAccountErasure(clientId: string, actor: Actor): Promise<{ erasesAt: string }> {
      const client = await repository.findClient(clientId);
      if (client === undefined) throw new NotFoundError('No such account.');
      const requestedMs =
        client.status === 'pending_deletion' && client.deletionRequestedAt !== null
          ? client.deletionRequestedAt.getTime()
          : clock.nowMs();
      const erasesAtMs = requestedMs + config.accountErasureGraceDays * DAY_MS;
      if (client.status !== 'pending_deletion') {
        await repository.updateClient(clientId, {
          status: 'pending_deletion',
          deletionRequestedAt: new Date(requestedMs),
          updatedAt: new Date(clock.nowMs()),
        });
        await audit.record({
          actorKind: actor.kind,
          actorId: actor.id,
          action: 'account.erasure_requested',
          subjectKind: 'client',
          subjectId: clientId,
          details: { graceDays: config.accountErasureGraceDays },
        });
      }
      await jobs.send(
        ERASE_ACCOUNT_JOB,
        { clientId },
        { singletonKey: `erase:${clientId}`, startAfter: new Date(erasesAtMs) },
      );
      return { erasesAt: new Date(erasesAtMs).toISOString() };
    },

    async cancelAccountErasure(clientId: string, actor: Actor): Promise<void> {
      const client = await repository.findClient(clientId);
      if (client === undefined) throw new NotFoundError('No such account.');
      if (client.status !== 'pending_deletion') throw new ConflictError('No erasure is pending for this account.');
      await repository.updateClient(clientId, {
        status: 'active',
        deletionRequestedAt: null,
        updatedAt: new Date(clock.nowMs()),
      });
      await audit.record({
        actorKind: actor.kind,
        actorId: actor.id,
        action: 'account.erasure_cancelled',
        subjectKind: 'client',
        subjectId: clientId,
      });
    },

    /** Job handler: erases the account if its grace period is over and it was not cancelled. */
    async eraseAccountIfDue(clientId: string): Promise<boolean> {
      const client = await repository.findClient(clientId);
      if (client?.status !== 'pending_deletion' || client.deletionRequestedAt === null) return false;
      if (client.deletionRequestedAt.getTime() + config.accountErasureGraceDays * DAY_MS > clock.nowMs()) return false;
      await eraseAccountNow(clientId, { kind: 'system' });
      return true;
    },

    /** Every account whose grace period is over (the daily sweep, in case a job was lost). */
    async eraseDueAccounts(): Promise<number> {
      const due = await repository.listClientsDueForErasure(clock.nowMs() - config.accountErasureGraceDays * DAY_MS);
      for (const clientId of due) await eraseAccountNow(clientId, { kind: 'system' });
      return due.length;
    },
  };
}

/** The erasure service's interface. */
export type ErasureService = ReturnType<typeof createErasureService>;
