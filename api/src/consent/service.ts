/**
 * Consent (privacy policy §7, G8): an append-only ledger of grants and withdrawals per purpose; the
 * current state is the latest event. The newsletter is the only consent-based purpose: every issue
 * carries a signed one-click unsubscribe link (RFC 8058), and withdrawing touches nothing else —
 * scheduling emails are sent under the contract, not under this consent.
 */
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { DELIVER_EMAILS_JOB } from '../notifications/service.js';
import { signToken, verifyToken } from '../privacy/signed-token.js';
import type { Database } from '../db/client.js';
import { createConsentRepository, type ConsentEvent, type ConsentRepository } from './repository.js';

/** Purposes that rest on consent. */
export type ConsentPurpose = 'newsletter';
/** Version of the newsletter opt-in text a grant refers to. */
export const NEWSLETTER_TEXT_VERSION = 'newsletter-2026-01';
const UNSUBSCRIBE_PURPOSE = 'unsubscribe';
/** Unsubscribe links must keep working long after the email was sent. */
const UNSUBSCRIBE_TTL_MS = 400 * 86_400_000;

/** Where a consent change came from. */
export type ConsentSource = 'settings' | 'one_click_unsubscribe' | 'admin';

/** One newsletter issue. */
export interface NewsletterIssue {
  /** Stable id of the issue: sending it twice queues each email once. */
  readonly issueId: string;
  readonly subject: string;
  readonly textBody: string;
}

/** Records consent, answers "may we send?", sends newsletters with one-click unsubscribe. */
export function createConsentService(deps: {
  repository: ConsentRepository;
  audit: AuditService;
  jobs: JobQueue;
  clock: Clock;
  signingSecret: string;
  publicBaseUrl: string;
}) {
  const { repository, audit, jobs, clock, signingSecret, publicBaseUrl } = deps;

  async function isGranted(clientId: string, purpose: ConsentPurpose): Promise<boolean> {
    return (await repository.findLatestEvent(clientId, purpose))?.action === 'granted';
  }

  /** Appends an event when the state changes; returns whether it changed. */
  async function set(options: {
    clientId: string;
    purpose: ConsentPurpose;
    isGranted: boolean;
    source: ConsentSource;
    actor: 'client' | 'admin_key';
    actorId: string;
  }): Promise<boolean> {
    if ((await isGranted(options.clientId, options.purpose)) === options.isGranted) return false;
    const action = options.isGranted ? 'granted' : 'withdrawn';
    await repository.insertEvent({
      at: new Date(clock.nowMs()),
      subjectKind: 'client',
      subjectId: options.clientId,
      purpose: options.purpose,
      action,
      textVersion: NEWSLETTER_TEXT_VERSION,
      source: options.source,
    });
    await audit.record({
      actorKind: options.actor,
      actorId: options.actorId,
      action: `consent.${action}`,
      subjectKind: 'client',
      subjectId: options.clientId,
      details: { purpose: options.purpose, source: options.source },
    });
    return true;
  }

  function unsubscribeUrl(clientId: string, purpose: ConsentPurpose): string {
    const token = signToken(
      { secret: signingSecret, purpose: UNSUBSCRIBE_PURPOSE },
      [clientId, purpose],
      clock.nowMs() + UNSUBSCRIBE_TTL_MS,
    );
    return `${publicBaseUrl}/unsubscribe/${token}`;
  }

  return {
    isGranted,
    set,
    unsubscribeUrl,
    async history(clientId: string): Promise<ConsentEvent[]> {
      return repository.listEvents(clientId);
    },
    /** RFC 8058 one-click: withdraws the purpose named by a valid signed token, without signing in. */
    async unsubscribe(token: string): Promise<'withdrawn' | 'invalid'> {
      const [clientId, purpose] =
        verifyToken({ secret: signingSecret, purpose: UNSUBSCRIBE_PURPOSE }, token, {
          nowMs: clock.nowMs(),
          count: 2,
        }) ?? [];
      if (clientId === undefined || purpose !== 'newsletter') return 'invalid';
      await set({
        clientId,
        purpose: 'newsletter',
        isGranted: false,
        source: 'one_click_unsubscribe',
        actor: 'client',
        actorId: clientId,
      });
      return 'withdrawn';
    },
    /** Queues one issue to every client whose newsletter consent stands; returns how many were queued. */
    async sendNewsletter(issue: NewsletterIssue, from: string): Promise<number> {
      const recipients = await repository.listGrantedClients('newsletter');
      const queued = await repository.insertEmails(
        recipients.map((recipient) => {
          const url = unsubscribeUrl(recipient.id, 'newsletter');
          return {
            clientId: recipient.id,
            dedupeKey: `newsletter:${issue.issueId}:${recipient.id}`,
            toAddresses: [recipient.email],
            subject: issue.subject,
            textBody: `${issue.textBody}\n\n--\nUnsubscribe: ${url}\n`,
            headers: {
              From: from,
              // RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to the URL.
              'List-Unsubscribe': `<${url}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
            status: 'pending',
            createdAt: new Date(clock.nowMs()),
          };
        }),
      );
      if (queued > 0) await jobs.send(DELIVER_EMAILS_JOB, { reason: `newsletter:${issue.issueId}` });
      return queued;
    },
  };
}

/** The consent service's interface. */
export type ConsentService = ReturnType<typeof createConsentService>;

/** The consent service over `db` (wiring). */
export function createConsentServiceFor(
  db: Database,
  deps: Omit<Parameters<typeof createConsentService>[0], 'repository'>,
): ConsentService {
  return createConsentService({ ...deps, repository: createConsentRepository(db) });
}
