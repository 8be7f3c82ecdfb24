/**
 * `processing.json` of an export (GDPR Art. 13–15, policy §2–§4, §8): purposes, recipients,
 * retention per data kind, the data region, and how automated decisions are made — with each
 * proposal's reason codes and rule version (G12).
 */
import type { AppConfig } from '../config/config.js';
import { PII_REGISTRY } from './pii-registry.js';
import type { Proposal } from './repository.js';

const PURPOSES = [
  {
    purpose:
      'Provide the scheduling service: understand requests, find the best slots, talk to contacts, create calendar events',
    legalBasis: 'contract',
  },
  {
    purpose: 'Monitor use and protect the security of the service (error analysis, abuse prevention)',
    legalBasis: 'legitimate_interest',
  },
  { purpose: 'Answer support and contact requests', legalBasis: 'contract' },
  {
    purpose: 'Send the newsletter to those who asked for it (withdrawable at any time, never blocks the service)',
    legalBasis: 'consent',
  },
  {
    purpose: 'Answer privacy requests and keep proof of consent and of accesses to data',
    legalBasis: 'legal_obligation',
  },
];

const RECIPIENTS = [
  {
    recipient: 'Contacts of the client',
    what: "availabilities, the client's chosen contact means, instructions and meeting address — never event titles or other calendar data",
  },
  { recipient: 'The client', what: 'what a contact entered in the booking form (name, contact means, company, role)' },
  {
    recipient: 'Calendar providers of the client (Google, Microsoft, CalDAV)',
    what: "the events Slash creates on the client's behalf",
  },
  { recipient: 'Support team', what: 'failing or uncertain requests, by id; every access is audited' },
];

/** The processing record of an export about `clientId` (and optionally one contact). */
export function processingRecord(options: {
  config: AppConfig;
  proposals: readonly Proposal[];
  nowMs: number;
  isContactExport: boolean;
}): Record<string, unknown> {
  const { config } = options;
  return {
    generatedAt: new Date(options.nowMs).toISOString(),
    controller: options.isContactExport
      ? 'The client who organised meetings with you is the controller; Slash is their processor (policy §9).'
      : "Slash (Julie Desk SAS) is the controller of your account data; you are the controller of your contacts' data (policy §9).",
    purposes: PURPOSES,
    recipients: RECIPIENTS,
    dataRegion: config.dataRegion,
    transfersOutsideRegion:
      'Only commercial relationship, billing and newsletter data (policy §8); none of the scheduling data.',
    retention: Object.fromEntries(
      Object.entries(PII_REGISTRY).map(([key, entry]) => [key, entry.retention.description]),
    ),
    retentionDays: {
      emailThreadsAndBodies: config.retentionEmailDays,
      schedulingRequestsAndInterpretations: config.retentionRequestDays,
      meetingsAfterTheyTakePlace: config.retentionMeetingDays,
      expiredSessions: config.retentionSessionDays,
      closedSupportTickets: config.retentionSupportDays,
      closedPrivacyRequests: config.retentionPrivacyRequestDays,
      accountErasureGracePeriod: config.accountErasureGraceDays,
    },
    automatedDecisions: {
      description:
        "Slash reads each request automatically (who, where, when, what), computes the free slots of the client's calendars within the stated or default time windows, " +
        'ranks them by preference fit and spread over days, and proposes the best ones. Each proposal records its reason codes, a summary of its inputs and the version of the rules. ' +
        'The client reviews every proposal and can override any part of a request before anything is sent; requests the reader is unsure about go to a human (support queue).',
      rightToHumanReview: 'Ask the client, or Slash support, to review any automated decision.',
      proposals: options.proposals.map((proposal) => ({
        id: proposal.id,
        requestId: proposal.requestId,
        startsAt: proposal.startsAt.toISOString(),
        endsAt: proposal.endsAt.toISOString(),
        rank: proposal.rank,
        reasonCodes: proposal.reasonCodes,
        inputsSummary: proposal.inputsSummary,
        ruleVersion: proposal.ruleVersion,
      })),
    },
    rights:
      'Access, rectification, erasure, portability, objection: from your account settings, or through the privacy request form.',
  };
}
