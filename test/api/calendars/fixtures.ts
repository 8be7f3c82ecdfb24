/** Test fixtures of the calendars domain: a client with a built-in calendar, and a session for it. */
import { createAccountsRepository } from '@slash/api/accounts/repository';
import { createSessionService } from '@slash/api/accounts/session-service';
import { createCalendarsRepository } from '@slash/api/calendars/repository';
import type { Clock } from '@slash/api/clock';
import type { Database } from '@slash/api/db/client';

/** A client, its built-in connection and one calendar that blocks and receives meetings. */
export async function seedBuiltinClient(
  db: Database,
  clock: Clock,
  email = `client-${Math.random().toString(36).slice(2)}@example.com`,
) {
  const accounts = createAccountsRepository(db);
  const calendars = createCalendarsRepository(db);
  const client = await accounts.insertClient({ email, name: email.split('@')[0] ?? '' });
  const connection = await calendars.insertConnection({
    clientId: client.id,
    provider: 'builtin',
    accountEmail: email,
  });
  await calendars.insertCalendars([
    {
      clientId: client.id,
      connectionId: connection.id,
      externalId: 'primary',
      name: 'Slash calendar',
      timeZone: 'Europe/Paris',
      blocksAvailability: true,
      receivesNewMeetings: true,
    },
  ]);
  const [calendar] = await calendars.listCalendars(client.id);
  if (calendar === undefined) throw new Error('no calendar');
  const session = await createSessionService({ accounts, clock }).open(client.id, 'web');
  return { client, connection, calendar, token: session.token, repository: calendars };
}
