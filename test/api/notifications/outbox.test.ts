/** The local outbox: without SMTP every email is kept once, shown at /dev/outbox in demo/test only, escaped. */
import { afterEach, describe, expect, it } from 'vitest';
import { createSchedulingWorld, eventually, type SchedulingWorld } from '../booking/booking-fixture.js';
import { DELIVER_EMAILS_JOB } from '@slash/api/notifications/service';

let world: SchedulingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('/dev/outbox', () => {
  it('keeps one email per dedupe key and lists it with its content escaped', async () => {
    world = await createSchedulingWorld({ runWorkers: true });
    const insert = `insert into outbox_emails (client_id, dedupe_key, to_addresses, subject, text_body) values ($1, 'test:1', '{a@b.example}', '<script>x</script>', 'body') on conflict do nothing`;
    await world.runtime.database.executeSql(insert, [world.clientId]);
    await world.runtime.database.executeSql(insert, [world.clientId]);
    await world.runtime.jobs.send(DELIVER_EMAILS_JOB, {});
    await eventually(async () =>
      (await world!.runtime.database.executeSql('select status from outbox_emails')).rows[0]?.status === 'kept'
        ? true
        : undefined,
    );
    const page = await world.app.inject({ method: 'GET', url: '/dev/outbox' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page.body).not.toContain('<script>x');
    expect((await world.runtime.database.executeSql('select count(*) from outbox_emails')).rows[0]?.count).toBe(
      world.runtime.databaseUrl === undefined ? 1 : '1',
    );
  });

  it('is refused outside demo mode and tests', async () => {
    world = await createSchedulingWorld({ config: { nodeEnv: 'development', isDemo: false } });
    const page = await world.app.inject({ method: 'GET', url: '/dev/outbox' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('application/problem+json');
  });
});
