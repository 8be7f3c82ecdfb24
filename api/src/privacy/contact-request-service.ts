/**
 * Requests from contacts (policy §6, §9; G7). Anyone may ask, by email address, for access to or
 * erasure of their data. Nothing happens until they confirm through a link sent to that address;
 * then one request per client holding their data (each client is the controller) is opened and the
 * client notified. Every answer is the same whether or not the address is known, so the form
 * cannot be used to learn who uses Slash.
 *
 * The address itself is never stored with the request: the link carries it sealed (AES-GCM), the
 * request keeps an HMAC of it, and the confirmation email sits in the outbox with the email retention.
 * Emails go through the notifications outbox (rows in `outbox_emails`, delivered by its job).
 */
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { DELIVER_EMAILS_JOB } from '../notifications/service.js';
import type { PrivacyRepository } from './repository.js';
import { emailDigest, openToken, sealToken } from './signed-token.js';

/** What a person can ask for. */
export type ContactRequestKind = 'access' | 'erasure' | 'rectification';

const CONFIRM_PURPOSE = 'privacy-confirm';
const CONFIRM_TTL_MS = 48 * 3_600_000;
const ANSWER_DUE_MS = 30 * 86_400_000;

/** The one answer to a submission, whatever the address. */
export const SUBMITTED_ANSWER = {
  status: 'received',
  message: 'If this address is known to Slash, we sent it a link to confirm the request. Check your inbox.',
} as const;
/** The one answer to a confirmation, whatever was found. */
export const CONFIRMED_ANSWER = {
  status: 'confirmed',
  message: 'Your request was forwarded to the organisations concerned, who will answer within one month.',
} as const;

/** Receives, confirms and routes contacts' requests. */
export function createContactRequestService(deps: {
  repository: PrivacyRepository;
  audit: AuditService;
  jobs: JobQueue;
  clock: Clock;
  config: AppConfig;
  signingSecret: string;
}) {
  const { repository, audit, jobs, clock, config, signingSecret } = deps;
  return {
    async submit(options: { email: string; kind: ContactRequestKind }): Promise<typeof SUBMITTED_ANSWER> {
      const nowMs = clock.nowMs();
      const email = options.email.trim().toLowerCase();
      const intake = await repository.insertPrivacyRequest({
        kind: options.kind,
        origin: 'contact_form',
        requesterEmailHash: emailDigest(signingSecret, email),
        status: 'awaiting_confirmation',
        createdAt: new Date(nowMs),
        updatedAt: new Date(nowMs),
      });
      const token = sealToken(
        { secret: signingSecret, purpose: CONFIRM_PURPOSE },
        { r: intake.id, m: email },
        nowMs + CONFIRM_TTL_MS,
      );
      // The sealed token carries the address, too long for a path segment: it rides in the query (masked in logs).
      const link = `${config.publicBaseUrl}/privacy/confirm?token=${token}`;
      // Sent whether or not the address is known: the mailbox owner alone learns the outcome.
      await repository.insertEmail({
        clientId: null,
        dedupeKey: `privacy-confirm:${intake.id}`,
        toAddresses: [email],
        subject: 'Confirm your privacy request / Confirmez votre demande',
        textBody: `Someone (hopefully you) asked Slash for ${options.kind} of the personal data held about this address.\nConfirm within 48 hours: ${link}\nIf it was not you, ignore this email.\n\nQuelqu'un (vous, espérons-le) a demandé à Slash l'exercice d'un droit sur les données liées à cette adresse. Confirmez sous 48 heures : ${link}\n`,
        headers: { From: config.mailFrom },
        status: 'pending',
        createdAt: new Date(nowMs),
      });
      await jobs.send(DELIVER_EMAILS_JOB, { reason: `privacy-confirm:${intake.id}` });
      await audit.record({
        actorKind: 'contact',
        action: 'privacy_request.submitted',
        subjectKind: 'privacy_request',
        subjectId: intake.id,
        details: { kind: options.kind },
      });
      return SUBMITTED_ANSWER;
    },

    /** Confirms a request from its link and routes it to every client holding the address. */
    async confirm(token: string): Promise<typeof CONFIRMED_ANSWER | 'invalid'> {
      const nowMs = clock.nowMs();
      const payload = openToken({ secret: signingSecret, purpose: CONFIRM_PURPOSE }, token, nowMs);
      const intake = payload?.r === undefined ? undefined : await repository.findPrivacyRequest(payload.r);
      if (
        payload?.m === undefined ||
        intake === undefined ||
        intake.requesterEmailHash !== emailDigest(signingSecret, payload.m)
      )
        return 'invalid';
      if (intake.status !== 'awaiting_confirmation') return CONFIRMED_ANSWER;
      const contacts = await repository.listContactsByEmail(payload.m);
      for (const contact of contacts) {
        const routed = await repository.insertPrivacyRequest({
          kind: intake.kind,
          origin: 'contact_form',
          intakeId: intake.id,
          clientId: contact.clientId,
          contactId: contact.id,
          requesterEmailHash: intake.requesterEmailHash,
          status: 'pending',
          dueAt: new Date(nowMs + ANSWER_DUE_MS),
          confirmedAt: new Date(nowMs),
          createdAt: new Date(nowMs),
          updatedAt: new Date(nowMs),
        });
        await notifyController({ clientId: contact.clientId, requestId: routed.id, kind: intake.kind, nowMs });
      }
      await repository.updatePrivacyRequest(intake.id, {
        status: 'forwarded',
        confirmedAt: new Date(nowMs),
        updatedAt: new Date(nowMs),
      });
      await audit.record({
        actorKind: 'contact',
        action: 'privacy_request.confirmed',
        subjectKind: 'privacy_request',
        subjectId: intake.id,
        details: { controllers: contacts.length },
      });
      return CONFIRMED_ANSWER;
    },
  };

  /** Tells the client (the controller) a request awaits them; the email names no contact. */
  async function notifyController({
    clientId,
    requestId,
    kind,
    nowMs,
  }: {
    clientId: string;
    requestId: string;
    kind: string;
    nowMs: number;
  }): Promise<void> {
    const client = await repository.findClient(clientId);
    if (client === undefined) return;
    await repository.insertEmail({
      clientId,
      dedupeKey: `privacy-request:${requestId}`,
      toAddresses: [client.email],
      subject: "A contact exercised their privacy rights / Demande d'exercice de droits",
      textBody: `One of your contacts asked for ${kind} of their personal data. As the controller of your contacts' data, please answer within one month: ${config.publicBaseUrl}/v1/me/privacy/requests (request ${requestId}).\n`,
      headers: { From: config.mailFrom },
      status: 'pending',
      createdAt: new Date(nowMs),
    });
    await jobs.send(DELIVER_EMAILS_JOB, { reason: `privacy-request:${requestId}` });
  }
}

/** The contact request service's interface. */
export type ContactRequestService = ReturnType<typeof createContactRequestService>;
