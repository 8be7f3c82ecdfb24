import { describe, expect, it } from 'vitest';
import { automaticReason } from '@slash/api/inbound-email/is-automatic-message';

const headers = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('automaticReason', () => {
  it.each([
    [{ 'auto-submitted': 'auto-replied' }, 'x@y.example', 'auto_submitted'],
    [{ 'auto-submitted': 'auto-generated; owner-email="a@b"' }, 'x@y.example', 'auto_submitted'],
    [{ precedence: 'bulk' }, 'x@y.example', 'precedence'],
    [{ precedence: 'junk' }, 'x@y.example', 'precedence'],
    [{ 'list-id': '<news.example>' }, 'x@y.example', 'mailing_list'],
    [{}, '', 'null_sender'],
    [{ 'return-path': '<>' }, null, 'null_sender'],
    [{ 'x-autoreply': 'yes' }, 'x@y.example', 'auto_reply'],
    [{ 'content-type': 'multipart/report; report-type=delivery-status' }, 'x@y.example', 'delivery_report'],
  ] as const)('flags %o from %j as %s', (entries, envelopeFrom, reason) => {
    expect(automaticReason({ headers: headers(entries), envelopeFrom })).toBe(reason);
  });

  it("lets a person's message through, including Auto-Submitted: no", () => {
    expect(
      automaticReason({
        headers: headers({ 'auto-submitted': 'no', precedence: 'first-class' }),
        envelopeFrom: 'camille@client.example',
      }),
    ).toBeUndefined();
    expect(automaticReason({ headers: headers({}), envelopeFrom: null })).toBeUndefined();
  });
});
