import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarService } from '@slash/api/calendars/service';
import { createCalendarsRepository } from '@slash/api/calendars/repository';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { seedBuiltinClient } from './fixtures.js';

const at = (iso: string) => Date.parse(iso);

describe('createCalendarService (built-in calendars)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(async () => test.close());

  const service = () =>
    createCalendarService({ repository: createCalendarsRepository(test.runtime.database.db), clock: test.clock });

  it('merges busy intervals of every blocking calendar, sorted, within the range', async () => {
    const seeded = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const repo = seeded.repository;
    await repo.insertCalendars([
      {
        clientId: seeded.client.id,
        connectionId: seeded.connection.id,
        externalId: 'second',
        name: 'Second',
        blocksAvailability: true,
      },
    ]);
    await repo.insertCalendars([
      {
        clientId: seeded.client.id,
        connectionId: seeded.connection.id,
        externalId: 'ignored',
        name: 'Ignored',
        blocksAvailability: false,
      },
    ]);
    const all = await repo.listCalendars(seeded.client.id);
    const second = all.find((c) => c.externalId === 'second')!;
    const ignored = all.find((c) => c.externalId === 'ignored')!;
    const base = { clientId: seeded.client.id };
    await repo.insertBuiltinEvent({
      ...base,
      calendarId: second.id,
      uid: 'b',
      title: 'B',
      startsAt: new Date(at('2026-03-03T10:00:00Z')),
      endsAt: new Date(at('2026-03-03T11:00:00Z')),
      availability: 'tentative',
    });
    await repo.insertBuiltinEvent({
      ...base,
      calendarId: seeded.calendar.id,
      uid: 'a',
      title: 'A',
      location: 'Paris',
      startsAt: new Date(at('2026-03-03T08:00:00Z')),
      endsAt: new Date(at('2026-03-03T09:00:00Z')),
    });
    await repo.insertBuiltinEvent({
      ...base,
      calendarId: seeded.calendar.id,
      uid: 'day',
      title: 'Off',
      startsAt: new Date(at('2026-03-03T23:00:00Z')),
      endsAt: new Date(at('2026-03-04T23:00:00Z')),
      isAllDay: true,
      availability: 'free',
    });
    await repo.insertBuiltinEvent({
      ...base,
      calendarId: ignored.id,
      uid: 'x',
      title: 'Hidden',
      startsAt: new Date(at('2026-03-03T12:00:00Z')),
      endsAt: new Date(at('2026-03-03T13:00:00Z')),
    });
    await repo.insertBuiltinEvent({
      ...base,
      calendarId: seeded.calendar.id,
      uid: 'out',
      title: 'Later',
      startsAt: new Date(at('2026-03-10T08:00:00Z')),
      endsAt: new Date(at('2026-03-10T09:00:00Z')),
    });

    const busy = await service().listBusyIntervals(
      seeded.client.id,
      at('2026-03-03T00:00:00Z'),
      at('2026-03-05T00:00:00Z'),
    );
    expect(busy).toEqual([
      {
        startMs: at('2026-03-03T08:00:00Z'),
        endMs: at('2026-03-03T09:00:00Z'),
        location: 'Paris',
        isAllDay: false,
        availability: 'busy',
        title: 'A',
        uid: 'a',
      },
      {
        startMs: at('2026-03-03T10:00:00Z'),
        endMs: at('2026-03-03T11:00:00Z'),
        location: null,
        isAllDay: false,
        availability: 'tentative',
        title: 'B',
        uid: 'b',
      },
      {
        startMs: at('2026-03-03T23:00:00Z'),
        endMs: at('2026-03-04T23:00:00Z'),
        location: null,
        isAllDay: true,
        availability: 'free',
        title: 'Off',
        uid: 'day',
      },
    ]);
  });

  it('creates an event once per UID, updates it and cancels it', async () => {
    const seeded = await seedBuiltinClient(test.runtime.database.db, test.clock);
    const event = {
      uid: 'meeting-1@slash',
      title: 'Call with Ana',
      startMs: at('2026-03-04T09:00:00Z'),
      endMs: at('2026-03-04T09:30:00Z'),
      location: null,
      description: 'Booked by Slash',
      attendees: [{ email: 'ana@example.org', name: 'Ana' }],
    };
    const first = await service().createEvent(seeded.client.id, event);
    const retry = await service().createEvent(seeded.client.id, event);
    expect(first).toEqual(retry);
    expect(first).toMatchObject({ calendarId: seeded.calendar.id });
    const range = [at('2026-03-04T00:00:00Z'), at('2026-03-05T00:00:00Z')] as const;
    expect(await service().listBusyIntervals(seeded.client.id, ...range)).toHaveLength(1);

    await service().updateEvent(seeded.client.id, {
      ...event,
      startMs: at('2026-03-04T10:00:00Z'),
      endMs: at('2026-03-04T10:30:00Z'),
    });
    const moved = await service().listBusyIntervals(seeded.client.id, ...range);
    expect(moved.map((b) => b.startMs)).toEqual([at('2026-03-04T10:00:00Z')]);
    expect((await seeded.repository.findBuiltinEvent(seeded.calendar.id, event.uid))?.sequence).toBe(1);

    await service().cancelEvent(seeded.client.id, event);
    await service().cancelEvent(seeded.client.id, event);
    expect(await service().listBusyIntervals(seeded.client.id, ...range)).toEqual([]);
  });

  it('writes nothing when no calendar receives new meetings', async () => {
    const seeded = await seedBuiltinClient(test.runtime.database.db, test.clock);
    await seeded.repository.updateCalendar(seeded.client.id, seeded.calendar.id, { receivesNewMeetings: false });
    const result = await service().createEvent(seeded.client.id, {
      uid: 'u',
      title: 't',
      startMs: 0,
      endMs: 1,
      location: null,
      description: '',
      attendees: [],
    });
    expect(result).toBeNull();
  });

  it('refuses a range over 400 days and answers [] for an empty range', async () => {
    const seeded = await seedBuiltinClient(test.runtime.database.db, test.clock);
    expect(await service().listBusyIntervals(seeded.client.id, 10, 10)).toEqual([]);
    await expect(service().listBusyIntervals(seeded.client.id, 0, 401 * 86_400_000)).rejects.toThrow(/400 days/);
  });
});
