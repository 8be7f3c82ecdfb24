/**
 * Scheduling requests: interpret a thread, lay the client's preferences and corrections over it,
 * propose the best slots (with why, recorded as an automated decision), create the booking link and
 * draft the reply. Also resolves booking-link tokens for the booking domain.
 *
 * Link tokens: `HMAC-SHA256(signingSecret, "booking-link:" + linkId)`, 256 bits, base64url. Only the
 * SHA-256 of the token is stored; deriving it lets the client's view show the same URL again
 * without keeping the token. Links expire (horizon + 1 day) and are revoked with their request.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import {
  LOW_CONFIDENCE_THRESHOLD,
  formatIsoInstant,
  interpretMessage,
  type LlmInterpreter,
  interpretThread,
  planAvailability,
  proposeSlots,
  type CreateSchedulingRequestBody,
  type EffectiveRequest,
  type Interpretation,
  type PlannedSlot,
  type Preferences,
  type SchedulingRequestView,
  type UpdateSchedulingRequestBody,
} from '@slash/shared';
import type { Clock } from '../clock.js';
import { InvalidInputError, NotFoundError } from '../errors/domain-error.js';
import type { ClientDirectory, ClientProfile } from '../preferences/client-directory.js';
import type { PreferencesService } from '../preferences/service.js';
import { RULE_VERSION, buildAvailabilityRequest, type AvailabilityDeps } from './availability.js';
import { buildDraftReply } from './draft.js';
import { effectiveRequest } from './effective-request.js';
import type { BookingLinkRow, SchedulingRequestRow, SchedulingRepository } from './repository.js';

const DAY_MS = 86_400_000;

/** Opens support tickets (the support domain's service). */
export interface SupportPort {
  open(ticket: {
    kind: 'interpretation_uncertain';
    clientId: string;
    requestId: string;
    summary: string;
    context: Record<string, unknown>;
    dedupeKey: string;
  }): Promise<unknown>;
}

/** What the service needs. */
export interface SchedulingDeps extends AvailabilityDeps {
  readonly repository: SchedulingRepository;
  readonly preferences: PreferencesService;
  readonly clients: ClientDirectory;
  readonly support: SupportPort | undefined;
  readonly clock: Clock;
  readonly publicBaseUrl: string;
  readonly signingSecret: string | undefined;
  /** The assistant's own addresses (people put it in Cc): never contacts, never greeted (#9). */
  readonly assistantEmails?: readonly string[];
  /**
   * The optional LLM interpreter (when an OpenAI-compatible endpoint is configured): same output,
   * asked only when the offline reading is unsure by default, falling back to it on any failure.
   */
  readonly llm?: LlmInterpreter;
}

/** A valid booking link and everything needed to offer its slots. */
export interface LinkContext {
  readonly link: BookingLinkRow;
  readonly request: SchedulingRequestRow;
  readonly client: ClientProfile;
  readonly preferences: Preferences;
  readonly effective: EffectiveRequest;
}

/** SHA-256 of a link or manage token, hex: what the database keeps. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates the scheduling service. */
export function createSchedulingService(deps: SchedulingDeps) {
  const { repository, clock } = deps;

  function linkToken(linkId: string): string {
    if (deps.signingSecret === undefined) throw new Error('SIGNING_SECRET is required to issue booking links');
    return createHmac('sha256', deps.signingSecret).update(`booking-link:${linkId}`).digest('base64url');
  }

  async function clientOf(clientId: string): Promise<ClientProfile> {
    const client = await deps.clients.findClient(clientId);
    if (client === undefined) throw new NotFoundError('No such client.');
    return client;
  }

  async function interpret(
    body: CreateSchedulingRequestBody,
    client: ClientProfile,
    timeZone: string,
  ): Promise<Interpretation> {
    const assistant = (deps.assistantEmails ?? []).map((email) => email.toLowerCase());
    const options = { timeZone, self: [client.email.toLowerCase()], assistant };
    if ('thread' in body) {
      return deps.llm === undefined
        ? interpretThread(body.thread, options)
        : deps.llm.interpretThread(body.thread, options);
    }
    try {
      return await (deps.llm ?? { interpretMessage }).interpretMessage(body.rawMessage, options);
    } catch (error) {
      if (error instanceof Error && error.name === 'NotAnEmailError')
        throw new InvalidInputError('body.rawMessage', 'is not an email message');
      throw error;
    }
  }

  /** Proposes slots for `request` and stores them with their decision record. */
  async function propose(
    request: SchedulingRequestRow,
    client: ClientProfile,
    preferences: Preferences,
  ): Promise<void> {
    const effective = effectiveRequest(request, preferences);
    const nowMs = clock.nowMs();
    const availability = await buildAvailabilityRequest(deps, {
      clientId: client.id,
      clientEmail: client.email,
      preferences,
      effective,
      nowMs,
    });
    const proposals = proposeSlots(availability, { count: preferences.proposalCount });
    const inputsSummary = {
      now: formatIsoInstant(nowMs),
      timeZone: preferences.timeZone,
      type: effective.type,
      durationMinutes: effective.durationMinutes,
      windows: effective.timeWindows,
      excludedCount: effective.excluded.length,
      busyEventCount: availability.events.length,
      allDayEventCount: availability.allDayEvents?.length ?? 0,
      otherClientAttendees: availability.attendees?.length ?? 0,
      horizonDays: preferences.horizonDays,
      minimumNoticeMinutes: preferences.minimumNoticeMinutes,
    };
    await repository.replaceProposals(
      client.id,
      request.id,
      proposals.map((proposal, rank) => ({
        clientId: client.id,
        requestId: request.id,
        startsAt: new Date(proposal.startMs),
        endsAt: new Date(proposal.endMs),
        rank,
        reasonCodes: [...proposal.reasons],
        inputsSummary: {
          ...inputsSummary,
          outcome: {
            reason: proposal.reason,
            optionalAttendeesFree: proposal.optionalAttendeesFree,
            score: proposal.score,
          },
        },
        ruleVersion: RULE_VERSION,
      })),
    );
  }

  async function view(request: SchedulingRequestRow, client: ClientProfile): Promise<SchedulingRequestView> {
    const preferences = await deps.preferences.get(client.id);
    const effective = effectiveRequest(request, preferences);
    const rows = await repository.listProposals(client.id, request.id);
    const proposals = rows.map((row) => {
      const outcome = (row.inputsSummary.outcome ?? {}) as {
        reason?: { en: string; fr: string };
        optionalAttendeesFree?: string[];
      };
      return {
        start: row.startsAt.toISOString(),
        end: row.endsAt.toISOString(),
        reasonCodes: row.reasonCodes,
        reason: outcome.reason ?? { en: '', fr: '' },
        optionalAttendeesFree: outcome.optionalAttendeesFree ?? [],
      };
    });
    const link = await repository.findLatestLink(client.id, request.id);
    const isLive = link !== undefined && link.revokedAt === null;
    const bookingUrl = isLive ? `${deps.publicBaseUrl}/b/${linkToken(link.id)}` : '';
    const contactRows = await repository.findContactsByEmails(
      client.id,
      effective.contacts.map((contact) => contact.email),
    );
    const draftReply = buildDraftReply({
      interpretation: request.interpretation as Interpretation,
      subject: request.subject,
      client,
      preferences,
      effective,
      proposals: rows.map((row) => ({ startMs: row.startsAt.getTime(), endMs: row.endsAt.getTime() })),
      contactTimeZone: contactRows.find((row) => row.timeZone !== null)?.timeZone ?? null,
      bookingUrl,
    });
    return {
      id: request.id,
      status: request.status as SchedulingRequestView['status'],
      needsReview: request.needsReview,
      interpretation: request.interpretation as Interpretation,
      effective,
      proposals,
      bookingLink: isLive ? { url: bookingUrl, expiresAt: link.expiresAt.toISOString() } : null,
      draftReply,
    };
  }

  async function requestOf(clientId: string, requestId: string): Promise<SchedulingRequestRow> {
    const request = await repository.findRequest(clientId, requestId);
    if (request === undefined) throw new NotFoundError('No such scheduling request.');
    return request;
  }

  return {
    /** Interprets, proposes, links and drafts; `needsReview` and a support ticket below the confidence threshold. */
    async create(
      clientId: string,
      body: CreateSchedulingRequestBody,
      source: 'addin' | 'api' | 'email' = 'addin',
    ): Promise<SchedulingRequestView> {
      const client = await clientOf(clientId);
      const preferences = await deps.preferences.get(clientId);
      const interpretation = await interpret(body, client, preferences.timeZone);
      const needsReview = interpretation.confidence < LOW_CONFIDENCE_THRESHOLD;
      const nowMs = clock.nowMs();
      const request = await repository.insertRequest({
        clientId,
        source,
        subject: 'thread' in body ? body.thread.subject : '',
        thread: 'thread' in body ? body.thread : { rawMessage: body.rawMessage },
        interpretation: interpretation as unknown as Record<string, unknown>,
        needsReview,
        createdAt: new Date(nowMs),
        updatedAt: new Date(nowMs),
      });
      await repository.upsertContacts(
        clientId,
        interpretation.contacts.map((contact) => ({ email: contact.email, name: contact.name })),
      );
      const linkId = randomUUID();
      await repository.insertLink({
        id: linkId,
        clientId,
        requestId: request.id,
        tokenHash: hashLinkToken(linkToken(linkId)),
        expiresAt: new Date(nowMs + (preferences.horizonDays + 1) * DAY_MS),
      });
      await propose(request, client, preferences);
      if (needsReview) {
        await deps.support?.open({
          kind: 'interpretation_uncertain',
          clientId,
          requestId: request.id,
          summary: 'The interpreter was not confident about this request',
          context: { requestId: request.id, confidence: interpretation.confidence },
          dedupeKey: `review:${request.id}`,
        });
      }
      return view(request, client);
    },
    async get(clientId: string, requestId: string): Promise<SchedulingRequestView> {
      return view(await requestOf(clientId, requestId), await clientOf(clientId));
    },
    /** Applies the client's corrections and proposes afresh. */
    async update(
      clientId: string,
      requestId: string,
      patch: UpdateSchedulingRequestBody,
    ): Promise<SchedulingRequestView> {
      const request = await requestOf(clientId, requestId);
      const client = await clientOf(clientId);
      const overrides = { ...request.overrides, ...patch };
      const updated = { ...request, overrides, updatedAt: new Date(clock.nowMs()) };
      await repository.updateRequest(clientId, requestId, { overrides, updatedAt: updated.updatedAt });
      await propose(updated, client, await deps.preferences.get(clientId));
      return view(updated, client);
    },
    /** Cancels the request and revokes its link. */
    async cancel(clientId: string, requestId: string): Promise<void> {
      await requestOf(clientId, requestId);
      const at = new Date(clock.nowMs());
      await repository.updateRequest(clientId, requestId, { status: 'cancelled', updatedAt: at });
      await repository.revokeLinks(clientId, requestId, at);
    },
    /** The context of a live link token; NotFoundError for unknown, expired, revoked or cancelled. */
    async openLink(token: string): Promise<LinkContext> {
      if (token.length < 20 || token.length > 100)
        throw new NotFoundError('This booking link does not exist or has expired.');
      const link = await repository.findLinkByTokenHash(hashLinkToken(token));
      const nowMs = clock.nowMs();
      if (link === undefined || link.revokedAt !== null || link.expiresAt.getTime() <= nowMs) {
        throw new NotFoundError('This booking link does not exist or has expired.');
      }
      const request = await repository.findRequest(link.clientId, link.requestId);
      if (request === undefined || request.status === 'cancelled')
        throw new NotFoundError('This booking link does not exist or has expired.');
      const client = await clientOf(link.clientId);
      const preferences = await deps.preferences.get(link.clientId);
      return { link, request, client, preferences, effective: effectiveRequest(request, preferences) };
    },
    /** The context of a request whatever its link's state (booking management, calendar sync). */
    async requestContext(clientId: string, requestId: string): Promise<Omit<LinkContext, 'link'>> {
      const request = await requestOf(clientId, requestId);
      const client = await clientOf(clientId);
      const preferences = await deps.preferences.get(clientId);
      return { request, client, preferences, effective: effectiveRequest(request, preferences) };
    },
    /** Every free slot of a link's request now, computed live (not the stored proposals). */
    async freeSlots(
      context: Omit<LinkContext, 'link'>,
      exceptBooking?: { id: string; startMs: number; endMs: number },
    ): Promise<readonly PlannedSlot[]> {
      const availability = await buildAvailabilityRequest(deps, {
        clientId: context.client.id,
        clientEmail: context.client.email,
        preferences: context.preferences,
        effective: context.effective,
        nowMs: clock.nowMs(),
        ...(exceptBooking === undefined ? {} : { exceptBooking }),
      });
      return planAvailability(availability).slots;
    },
    /** The zone of the first of these contacts whose zone Slash knows, else null. */
    async contactTimeZone(clientId: string, emails: readonly string[]): Promise<string | null> {
      const rows = await repository.findContactsByEmails(clientId, emails);
      return rows.find((row) => row.timeZone !== null)?.timeZone ?? null;
    },
    /** The contact who books: the form's address (added as a contact) or the first required contact. */
    async bookerContactId(
      clientId: string,
      effective: EffectiveRequest,
      formEmail: string | undefined,
    ): Promise<string | null> {
      const email =
        formEmail?.toLowerCase() ??
        effective.contacts.find((contact) => !contact.optional)?.email ??
        effective.contacts[0]?.email;
      if (email === undefined) return null;
      const [row] = await repository.upsertContacts(clientId, [{ email, name: null }]);
      return row?.id ?? null;
    },
    /** A contact's address and name, or null. */
    async contactById(
      clientId: string,
      contactId: string | null,
    ): Promise<{ email: string; name: string | null } | null> {
      if (contactId === null) return null;
      const row = await repository.findContact(clientId, contactId);
      return row === undefined ? null : { email: row.email, name: row.name === '' ? null : row.name };
    },
    /** Opens a booked request again (its booking was cancelled): the link offers times again. */
    async reopen(clientId: string, requestId: string): Promise<void> {
      const request = await requestOf(clientId, requestId);
      if (request.status !== 'booked') return;
      await repository.updateRequest(clientId, requestId, { status: 'open', updatedAt: new Date(clock.nowMs()) });
    },
    /** Marks a request booked (its first booking). */
    async markBooked(clientId: string, requestId: string): Promise<void> {
      await repository.updateRequest(clientId, requestId, { status: 'booked', updatedAt: new Date(clock.nowMs()) });
    },
    /** The buffers a booking of this request blocks around the meeting, in minutes. */
    buffersOf(context: Omit<LinkContext, 'link'>): { beforeMinutes: number; afterMinutes: number } {
      const type = context.preferences.meetingTypes[context.effective.type];
      return { beforeMinutes: type.bufferBeforeMinutes, afterMinutes: type.bufferAfterMinutes };
    },
  };
}

/** The scheduling service's interface. */
export type SchedulingService = ReturnType<typeof createSchedulingService>;
