/**
 * Access and portability (G1, G2): the export job builds a zip whose `data.json` has, for every
 * registered table, exactly the rows the database holds about the client; `meetings.ics` and
 * `contacts.vcf` parse with ical.js; nothing of another client, no secret and no hash is in it;
 * `processing.json` carries the data region and each proposal's reason codes and rule version.
 * The download link is signed and expires; a contact's export holds that contact only.
 */
import ICAL from 'ical.js';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedTables } from '@slash/api/privacy/pii-registry';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import {
  newCanary,
  query,
  seedClient,
  seedContactWorld,
  type Canary,
  type ContactWorld,
  type SeededClient,
} from './privacy-fixtures.js';

interface ExportStatus {
  id: string;
  status: string;
  downloadUrl: string | null;
}

describe('data export', () => {
  let subject: TestApp;
  let owner: SeededClient;
  let other: SeededClient;
  let mine: Canary;
  let second: Canary;
  let theirs: Canary;
  let world: ContactWorld;

  beforeAll(async () => {
    subject = await createTestApp({ runWorkers: true });
    owner = await seedClient(subject, 'exporter');
    other = await seedClient(subject, 'stranger');
    mine = newCanary('mine');
    second = newCanary('second');
    theirs = newCanary('theirs');
    world = await seedContactWorld(subject, owner.clientId, mine);
    await seedContactWorld(subject, owner.clientId, second, { shiftMs: 3_600_000 });
    await seedContactWorld(subject, other.clientId, theirs);
    await subject.app.inject({
      method: 'PUT',
      url: '/v1/me/consents/newsletter',
      headers: auth(owner),
      payload: { granted: true },
    });
  });
  afterAll(async () => subject.close());

  const auth = (client: SeededClient) => ({ authorization: `Bearer ${client.token}` });

  async function exportArchive(url: string): Promise<{ status: ExportStatus; files: Record<string, string> }> {
    const started = await subject.app.inject({ method: 'POST', url, headers: auth(owner) });
    expect(started.statusCode).toBe(202);
    let status = started.json<ExportStatus>();
    for (let attempt = 0; attempt < 200 && status.status !== 'ready'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (
        await subject.app.inject({ method: 'GET', url: `/v1/me/privacy/exports/${status.id}`, headers: auth(owner) })
      ).json<ExportStatus>();
    }
    expect(status.status).toBe('ready');
    const download = await subject.app.inject({ method: 'GET', url: new URL(status.downloadUrl!).pathname });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(download.rawPayload));
    return {
      status,
      files: Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)])),
    };
  }

  it('exports, per registered table, exactly the rows the database holds about the client', async () => {
    const { files } = await exportArchive('/v1/me/privacy/export');
    expect(Object.keys(files).sort()).toEqual(['contacts.vcf', 'data.json', 'meetings.ics', 'processing.json']);
    const data = JSON.parse(files['data.json']!) as { tables: Record<string, unknown[]> };
    for (const [key, entry] of exportedTables()) {
      const table = entry.tableName;
      const column =
        entry.exportScope === 'id' ? 'id' : entry.exportScope === 'subject_id' ? 'subject_id' : 'client_id';
      const [row] = await query<{ n: number }>(
        subject,
        `select count(*)::int as n from "${table}" where ${column}::text = $1`,
        [owner.clientId],
      );
      expect({ key, rows: data.tables[key]?.length }).toEqual({ key, rows: row!.n });
    }
    expect(data.tables.contacts).toHaveLength(2);
    expect(data.tables.consentEvents).toHaveLength(1);
  });

  it('contains nothing of another client, and no secret or hash', async () => {
    const { files } = await exportArchive('/v1/me/privacy/export');
    const everything = Object.values(files).join('\n').toLowerCase();
    for (const value of [...Object.values(theirs), other.email, other.clientId])
      expect(everything).not.toContain(value.toLowerCase());
    const hashes = await query<{ value: string }>(
      subject,
      `select token_hash as value from sessions where client_id = $1 union all select manage_token_hash from bookings where client_id = $1 union all select token_hash from booking_links where client_id = $1`,
      [owner.clientId],
    );
    expect(hashes.length).toBeGreaterThan(0);
    for (const { value } of hashes) expect(everything).not.toContain(value);
    expect(everything).toContain(mine.email.toLowerCase());
  });

  it('writes meetings as RFC 5545 and contacts as vCard 4.0 that ical.js parses', async () => {
    const { files } = await exportArchive('/v1/me/privacy/export');
    const calendar = new ICAL.Component(ICAL.parse(files['meetings.ics']!));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(4);
    const uids = (
      await query<{ ics_uid: string }>(subject, 'select ics_uid from bookings where client_id = $1', [owner.clientId])
    ).map((row) => row.ics_uid);
    expect(events.map((event) => event.getFirstPropertyValue('uid')).sort()).toEqual(uids.sort());
    expect(events.some((event) => String(event.getFirstPropertyValue('attendee')) === `mailto:${mine.email}`)).toBe(
      true,
    );

    const parsed = ICAL.parse(files['contacts.vcf']!) as unknown[];
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]).map((card) => new ICAL.Component(card as unknown[]));
    expect(cards).toHaveLength(2);
    const card = cards.find((candidate) => candidate.getFirstPropertyValue('email') === mine.email)!;
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('fn')).toBe(mine.name);
    expect(card.getFirstPropertyValue('org')).toEqual(mine.company);
    expect(card.getFirstPropertyValue('title')).toBe(mine.role);
  });

  it('describes processing: data region, retention, and why each proposal was chosen', async () => {
    const { files } = await exportArchive('/v1/me/privacy/export');
    const processing = JSON.parse(files['processing.json']!) as {
      dataRegion: string;
      retentionDays: Record<string, number>;
      automatedDecisions: { proposals: { reasonCodes: string[]; ruleVersion: string }[] };
    };
    expect(processing.dataRegion).toBe(subject.config.dataRegion);
    expect(processing.retentionDays.emailThreadsAndBodies).toBe(subject.config.retentionEmailDays);
    expect(processing.automatedDecisions.proposals).toHaveLength(2);
    expect(processing.automatedDecisions.proposals.map((proposal) => proposal.ruleVersion)).toEqual([
      'rank-v1',
      'rank-v1',
    ]);
    expect(processing.automatedDecisions.proposals[0]).toMatchObject({
      reasonCodes: ['within_preferred_window', 'spread_over_days'],
      ruleVersion: 'rank-v1',
    });
  });

  it('exports everything about one contact and nothing about the others', async () => {
    const { files } = await exportArchive(`/v1/me/privacy/contacts/${world.contactId}/export`);
    const everything = Object.values(files).join('\n').toLowerCase();
    expect(everything).toContain(mine.email.toLowerCase());
    for (const value of [second.email, second.name, theirs.email])
      expect(everything).not.toContain(value.toLowerCase());
    const data = JSON.parse(files['data.json']!) as { tables: Record<string, { id: string }[]> };
    expect(data.tables.contacts?.map((row) => row.id)).toEqual([world.contactId]);
    expect(data.tables.bookings).toHaveLength(2);
  });

  it('refuses a tampered or expired download link', async () => {
    const { status } = await exportArchive('/v1/me/privacy/export');
    const path = new URL(status.downloadUrl!).pathname;
    const tampered = path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await subject.app.inject({ method: 'GET', url: tampered })).statusCode).toBe(404);
    subject.clock.advance(subject.config.exportTtlHours * 3_600_000 + 1);
    const expired = await subject.app.inject({ method: 'GET', url: path });
    expect(expired.statusCode).toBe(404);
    expect(expired.headers['content-type']).toContain('application/problem+json');
    subject.clock.advance(-(subject.config.exportTtlHours * 3_600_000 + 1));
  });
});
