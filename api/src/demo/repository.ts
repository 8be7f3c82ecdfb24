/** Data access for the demo seed: the built-in calendar of the demo client. */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { builtinEvents, calendarConnections, calendars, clients } from '../db/schema.js';

/** Demo seeding queries. */
export function createDemoRepository(db: Database) {
  return {
    async findClientByEmail(email: string) {
      const [row] = await db.select().from(clients).where(eq(clients.email, email));
      return row;
    },
    /** Creates the client, a built-in connection and calendar, and the events, in one transaction. */
    async insertDemoClient(input: {
      client: typeof clients.$inferInsert;
      events: Omit<typeof builtinEvents.$inferInsert, 'clientId' | 'calendarId'>[];
    }): Promise<string> {
      return db.transaction(async (tx) => {
        const [client] = await tx.insert(clients).values(input.client).returning();
        if (client === undefined) throw new Error('insert returned no row');
        const [connection] = await tx
          .insert(calendarConnections)
          .values({ clientId: client.id, provider: 'builtin', accountEmail: client.email })
          .returning();
        if (connection === undefined) throw new Error('insert returned no row');
        const [calendar] = await tx
          .insert(calendars)
          .values({
            clientId: client.id,
            connectionId: connection.id,
            externalId: 'primary',
            name: 'Slash calendar',
            timeZone: client.timeZone,
            blocksAvailability: true,
            receivesNewMeetings: true,
          })
          .returning();
        if (calendar === undefined) throw new Error('insert returned no row');
        if (input.events.length > 0) {
          await tx
            .insert(builtinEvents)
            .values(input.events.map((event) => ({ ...event, clientId: client.id, calendarId: calendar.id })));
        }
        return client.id;
      });
    },
  };
}
