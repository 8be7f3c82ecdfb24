/**
 * Latency of the add-in endpoint (ADDINS.md §6 #8: Gmail actions die at 30 s): p50/p95/max of
 * POST /v1/scheduling-requests over real HTTP for a thread with 3 contacts while the client's
 * built-in calendar holds a month of busy events (4 a working day). Bounded: 10 warm-up + N runs
 * against 127.0.0.1 only. Run: `npx tsx test/bench/addin-latency.bench.ts [runs]`
 * (DATABASE_URL=postgres://… for real PostgreSQL; PGlite otherwise).
 */
import type { AddressInfo } from 'node:net';
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createSessionService } from '@slash/api/accounts/session-service';
import { createCalendarsRepository } from '@slash/api/calendars/repository';
import { createTestApp } from '../support/test-app.js';

const RUNS = Math.min(Number(process.argv[2] ?? 100), 1_000);
const NOW_MS = Date.parse('2026-03-02T08:00:00Z');
const HOUR_MS = 3_600_000;

const subject = await createTestApp({ nowMs: NOW_MS });
const db = subject.runtime.database.db;
const accounts = createAccountsRepository(db);
const client = await accounts.insertClient({ email: 'camille@example.com', name: 'Camille', timeZone: 'Europe/Paris' });
const calendars = createCalendarsRepository(db);
const connection = await calendars.insertConnection({
  clientId: client.id,
  provider: 'builtin',
  accountEmail: 'camille@example.com',
});
await calendars.insertCalendars([
  {
    clientId: client.id,
    connectionId: connection.id,
    externalId: 'primary',
    name: 'Slash',
    blocksAvailability: true,
    receivesNewMeetings: true,
  },
]);
const [calendar] = await calendars.listCalendars(client.id);
let events = 0;
for (let day = 0; day < 31; day += 1) {
  const dayMs = NOW_MS + day * 24 * HOUR_MS;
  if ([0, 6].includes(new Date(dayMs).getUTCDay())) continue;
  for (const hour of [8, 10, 13, 15]) {
    await calendars.insertBuiltinEvent({
      clientId: client.id,
      calendarId: calendar!.id,
      uid: `bench-${day}-${hour}@slash`,
      title: 'Busy',
      startsAt: new Date(dayMs - 8 * HOUR_MS + hour * HOUR_MS),
      endsAt: new Date(dayMs - 8 * HOUR_MS + hour * HOUR_MS + HOUR_MS),
    });
    events += 1;
  }
}
const { token } = await createSessionService({ accounts, clock: subject.clock }).open(client.id, 'addin');
await subject.app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${(subject.app.server.address() as AddressInfo).port}/v1/scheduling-requests`;
const thread = {
  subject: 'Project kick-off',
  messages: [
    {
      from: { email: 'alice@example.org', name: 'Alice Martin' },
      to: [
        { email: 'camille@example.com', name: 'Camille' },
        { email: 'bob@example.org', name: 'Bob Stone' },
      ],
      cc: [{ email: 'carol@example.org', name: 'Carol Diaz' }],
      date: '2026-03-02T07:30:00Z',
      body: 'Hi Camille, could the four of us have a one-hour meeting next week, ideally Tuesday or Wednesday afternoon? Best, Alice',
    },
  ],
};

async function once(): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ thread }),
  });
  const body = (await response.json()) as { proposals?: unknown[] };
  if (response.status !== 201) throw new Error(`POST answered ${response.status}: ${JSON.stringify(body)}`);
  return performance.now() - started;
}

for (let i = 0; i < 10; i += 1) await once();
const samples: number[] = [];
for (let i = 0; i < RUNS; i += 1) samples.push(await once());
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!.toFixed(1);
console.log(
  `POST /v1/scheduling-requests, 3 contacts, ${events} busy events over 31 days, ${RUNS} runs (${subject.runtime.databaseUrl ? 'PostgreSQL' : 'PGlite'}):`,
);
console.log(`p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms  (Gmail action budget: 30 000 ms)`);
await subject.close();
