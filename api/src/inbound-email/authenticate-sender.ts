/**
 * Is the From address really the sender? DKIM, SPF and DMARC through mailauth: a message passes
 * when DMARC passes, or (no DMARC policy published) when a DKIM signature or SPF aligned with the
 * From domain passes. Anything else is treated as possible spoofing and gets no answer at all.
 */
import { authenticate, type DNSResolver } from 'mailauth';

/** Where the message came from, as the SMTP session saw it (null on the webhook). */
export interface Envelope {
  readonly envelopeFrom: string | null;
  readonly remoteIp: string | null;
  readonly helo: string | null;
}

/** Verifies a raw message's sender. */
export type SenderAuthenticator = (
  raw: string,
  envelope: Envelope,
) => Promise<{ readonly isAuthentic: boolean; readonly detail: string }>;

interface Verdict {
  readonly status?: { readonly result?: string; readonly aligned?: string | false };
}

/** A mailauth authenticator; tests pass a `resolver` that answers from a fixed zone. */
export function createSenderAuthenticator(options: {
  readonly resolver?: DNSResolver;
  readonly mta: string;
}): SenderAuthenticator {
  return async (raw, envelope) => {
    const result = await authenticate(raw, {
      ...(envelope.remoteIp === null ? { trustReceived: false } : { ip: envelope.remoteIp }),
      ...(envelope.helo === null ? {} : { helo: envelope.helo }),
      ...(envelope.envelopeFrom === null ? {} : { sender: envelope.envelopeFrom }),
      mta: options.mta,
      disableArc: true,
      disableBimi: true,
      ...(options.resolver === undefined ? {} : { resolver: options.resolver }),
    });
    const dmarc = (result.dmarc || undefined) as (Verdict & { domain?: string }) | undefined;
    const dmarcResult = dmarc?.status?.result ?? 'none';
    if (dmarcResult === 'pass') return { isAuthentic: true, detail: 'dmarc=pass' };
    if (dmarcResult !== 'none') return { isAuthentic: false, detail: `dmarc=${dmarcResult}` };
    const dkimAligned = ((result.dkim?.results ?? []) as Verdict[]).some(
      (entry) => entry.status?.result === 'pass' && Boolean(entry.status.aligned),
    );
    if (dkimAligned) return { isAuthentic: true, detail: 'dkim=pass aligned' };
    const spf = (result.spf || undefined) as (Verdict & { domain?: string }) | undefined;
    const spfAligned =
      spf?.status?.result === 'pass' &&
      spf.domain !== undefined &&
      dmarc?.domain !== undefined &&
      spf.domain.toLowerCase().endsWith(dmarc.domain.toLowerCase());
    return spfAligned
      ? { isAuthentic: true, detail: 'spf=pass aligned' }
      : { isAuthentic: false, detail: 'no aligned pass' };
  };
}
