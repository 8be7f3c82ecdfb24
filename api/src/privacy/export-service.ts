/**
 * Access and portability (G1, G2): a client downloads everything held about them — or about one of
 * their contacts — as a zip: `data.json` (every registered table's rows about the subject, secrets
 * and hashes left out), `meetings.ics`, `contacts.vcf` and `processing.json`. A job builds it; the
 * link is HMAC-signed, bound to the export and expires after EXPORT_TTL_HOURS.
 */
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import { NotFoundError } from '../errors/domain-error.js';
import type { JobQueue } from '../jobs/job-queue.js';
import {
  contactsToVcf,
  meetingsToIcs,
  zipArchive,
  type ExportedContact,
  type ExportedMeeting,
} from './export-archive.js';
import { exportedTables, type TableEntry } from './pii-registry.js';
import { processingRecord } from './processing-record.js';
import { signToken, verifyToken } from './signed-token.js';
import { contactNeedles } from './scrub.js';
import type {
  DataExport,
  JsonRow,
  PrivacyRepository,
  Proposal,
  SubjectRepository,
  SubjectScope,
} from './repository.js';

export const BUILD_EXPORT_JOB = 'privacy.build-export';
const DOWNLOAD_PURPOSE = 'export-download';
/** Version of the `data.json` layout. */
export const EXPORT_FORMAT_VERSION = 1;

/** What the client sees of an export. */
export interface ExportStatus {
  readonly id: string;
  readonly status: string;
  readonly expiresAt: string;
  readonly downloadUrl: string | null;
}

/** Requests, builds and serves data exports. */
export function createExportService(deps: {
  repository: PrivacyRepository;
  subjects: SubjectRepository;
  audit: AuditService;
  jobs: JobQueue;
  clock: Clock;
  config: AppConfig;
  signingSecret: string;
}) {
  const { repository, subjects, audit, jobs, clock, config, signingSecret } = deps;

  function statusOf(row: DataExport): ExportStatus {
    const isReady = row.status === 'ready' && row.expiresAt.getTime() > clock.nowMs();
    const token = signToken({ secret: signingSecret, purpose: DOWNLOAD_PURPOSE }, [row.id], row.expiresAt.getTime());
    return {
      id: row.id,
      status: row.expiresAt.getTime() <= clock.nowMs() ? 'expired' : row.status,
      expiresAt: row.expiresAt.toISOString(),
      downloadUrl: isReady ? `${config.publicBaseUrl}/v1/exports/${token}` : null,
    };
  }

  async function scopeOf(row: DataExport): Promise<SubjectScope | undefined> {
    if (row.contactId === null) return { clientId: row.clientId };
    const contact = await repository.findContact(row.clientId, row.contactId);
    return contact === undefined
      ? undefined
      : { clientId: row.clientId, contactId: contact.id, needles: contactNeedles(contact, []).strong };
  }

  return {
    /** Starts an export; `actor` is who asked (the client, or an admin key for a request). */
    async request(options: {
      clientId: string;
      contactId?: string;
      actor: { kind: 'client' | 'admin_key'; id: string };
    }): Promise<ExportStatus> {
      if (
        options.contactId !== undefined &&
        (await repository.findContact(options.clientId, options.contactId)) === undefined
      ) {
        throw new NotFoundError('No such contact.');
      }
      const nowMs = clock.nowMs();
      const row = await repository.insertExport({
        clientId: options.clientId,
        contactId: options.contactId ?? null,
        createdAt: new Date(nowMs),
        expiresAt: new Date(nowMs + config.exportTtlHours * 3_600_000),
      });
      await jobs.send(BUILD_EXPORT_JOB, { exportId: row.id }, { singletonKey: `export:${row.id}` });
      await audit.record({
        actorKind: options.actor.kind,
        actorId: options.actor.id,
        action: options.contactId === undefined ? 'export.requested' : 'contact.export_requested',
        subjectKind: options.contactId === undefined ? 'client' : 'contact',
        subjectId: options.contactId ?? options.clientId,
        details: { exportId: row.id, clientId: options.clientId },
      });
      return statusOf(row);
    },
    async status(clientId: string, exportId: string): Promise<ExportStatus> {
      const row = await repository.findExport(exportId);
      if (row === undefined || row.clientId !== clientId) throw new NotFoundError('No such export.');
      return statusOf(row);
    },
    /** Job handler: builds the archive once (a re-run after success does nothing). */
    async build(exportId: string): Promise<void> {
      const row = await repository.findExport(exportId);
      if (row === undefined || row.status === 'ready') return;
      const scope = await scopeOf(row);
      if (scope === undefined) {
        await repository.updateExport(exportId, { status: 'failed' });
        return;
      }
      const archive = zipArchive(await archiveFiles(scope), clock.nowMs());
      await repository.updateExport(exportId, {
        status: 'ready',
        archive,
        byteSize: archive.length,
        readyAt: new Date(clock.nowMs()),
      });
    },
    /** The archive behind a download link, or NotFoundError (bad, expired or foreign token). */
    async download(token: string): Promise<{ archive: Uint8Array; fileName: string }> {
      const [exportId] =
        verifyToken({ secret: signingSecret, purpose: DOWNLOAD_PURPOSE }, token, { nowMs: clock.nowMs(), count: 1 }) ??
        [];
      const row = exportId === undefined ? undefined : await repository.findExport(exportId);
      if (
        row === undefined ||
        row.status !== 'ready' ||
        row.archive === null ||
        row.expiresAt.getTime() <= clock.nowMs()
      ) {
        throw new NotFoundError('This download link is not valid or has expired.');
      }
      await audit.record({
        actorKind: 'client',
        actorId: row.clientId,
        action: 'export.downloaded',
        subjectKind: 'export',
        subjectId: row.id,
      });
      return { archive: row.archive, fileName: `slash-export-${row.createdAt.toISOString().slice(0, 10)}.zip` };
    },
  };

  async function archiveFiles(scope: SubjectScope): Promise<Record<string, string>> {
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const [key, entry] of exportedTables()) {
      tables[key] = (await subjects.listRows(entry, scope)).map((row) => exportRow(entry, row));
    }
    const contactRows = (tables.contacts ?? []) as unknown as ExportedContact[];
    const meetings = ((tables.bookings ?? []) as unknown as BookingJson[]).map((booking) =>
      toMeeting(booking, contactRows),
    );
    const isContactExport = 'contactId' in scope;
    const allProposals = await repository.listProposals(scope.clientId);
    const proposalIds = new Set((tables.proposals ?? []).map((proposal) => proposal.id));
    const proposals: Proposal[] = isContactExport
      ? allProposals.filter((proposal) => proposalIds.has(proposal.id))
      : allProposals;
    const nowMs = clock.nowMs();
    return {
      'data.json': JSON.stringify(
        {
          formatVersion: EXPORT_FORMAT_VERSION,
          generatedAt: new Date(nowMs).toISOString(),
          subject: subjectLabel(scope),
          tables,
        },
        null,
        2,
      ),
      'meetings.ics': meetingsToIcs(meetings, nowMs),
      'contacts.vcf': contactsToVcf(contactRows),
      'processing.json': JSON.stringify(processingRecord({ config, proposals, nowMs, isContactExport }), null, 2),
    };
  }
}

/** The export service's interface. */
export type ExportService = ReturnType<typeof createExportService>;

interface BookingJson {
  readonly icsUid: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly createdAt: string;
  readonly sequence: number;
  readonly status: string;
  readonly contactId: string | null;
}

/** A row with camelCase keys, without the columns the registry keeps out of exports. */
function exportRow(entry: TableEntry, row: JsonRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(entry.columns)) {
    if (column.export === 'omit') continue;
    out[key] = row[key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)] ?? null;
  }
  return out;
}

function toMeeting(booking: BookingJson, contacts: readonly ExportedContact[]): ExportedMeeting {
  const contact = contacts.find((candidate) => candidate.id === booking.contactId);
  const who = contact === undefined ? '' : contact.name !== '' ? contact.name : contact.email;
  return {
    uid: booking.icsUid,
    startMs: Date.parse(booking.startsAt),
    endMs: Date.parse(booking.endsAt),
    createdMs: Date.parse(booking.createdAt),
    sequence: booking.sequence,
    isCancelled: booking.status === 'cancelled',
    summary: who === '' ? 'Meeting' : `Meeting with ${who}`,
    attendee: contact === undefined ? undefined : { email: contact.email, name: contact.name },
  };
}

function subjectLabel(scope: SubjectScope): Record<string, string> {
  return 'contactId' in scope
    ? { kind: 'contact', clientId: scope.clientId, contactId: scope.contactId }
    : { kind: 'client', clientId: scope.clientId };
}
