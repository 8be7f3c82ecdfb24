/**
 * Scheduling requests: a French raw email (the sample .eml) gives a French draft proposing coffee in
 * the morning, sharing the office address and guest instructions but nothing else; PATCH proposes
 * afresh; a low-confidence request needs review and opens a support ticket.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchedulingRequestView } from '@slash/shared';
import { createCalendarsRepository } from '@slash/api/calendars/repository';
import { CLIENT_EMAIL, createSchedulingWorld, type SchedulingWorld } from '../booking/booking-fixture.js';

let world: SchedulingWorld;
const eml = readFileSync(new URL('../../fixtures/sample-request.eml', import.meta.url), 'utf8').replaceAll(
  'camille.martin@demo.example.com',
  CLIENT_EMAIL,
);

beforeAll(async () => {
  world = await createSchedulingWorld();
  await world.app.inject({
    method: 'PUT',
    url: '/v1/me/preferences',
    headers: world.auth,
    payload: {
      addresses: { office: '12 rue de la Paix, 75002 Paris', home: null, places: [] },
      meetingTypes: { coffee: { defaultPlace: 'office' } },
      guestInstructions: { floor: '3e étage', doorCode: '4521B', notes: null },
      contactMeans: { phone: '+33 1 00 00 00 00', conferenceNumber: null, videoLink: 'https://video.example/camille' },
    },
  });
  await createCalendarsRepository(world.runtime.database.db).insertBuiltinEvent({
    clientId: world.clientId,
    calendarId: world.calendarId,
    uid: 'private-1@test',
    title: 'Rendez-vous médical confidentiel',
    location: 'Clinique X',
    startsAt: new Date('2026-03-10T08:00:00Z'),
    endsAt: new Date('2026-03-10T09:00:00Z'),
  });
});
afterAll(async () => world?.close());

describe('scheduling requests', () => {
  let view: SchedulingRequestView;

  it('reads a French email: coffee, morning, French draft with the office and its instructions only', async () => {
    const answer = await world.app.inject({
      method: 'POST',
      url: '/v1/scheduling-requests',
      headers: world.auth,
      payload: { rawMessage: eml },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    view = answer.json();
    expect(view.interpretation.language).toBe('fr');
    expect(view.effective.type).toBe('coffee');
    expect(view.effective.location).toBe('12 rue de la Paix, 75002 Paris');
    expect(view.effective.contacts.find((contact) => contact.email === 'paul.roux@atelier.example')?.optional).toBe(
      true,
    );
    expect(view.proposals.length).toBeGreaterThan(0);
    for (const proposal of view.proposals) {
      const hourParis = (new Date(proposal.start).getUTCHours() + 1) % 24;
      expect(hourParis).toBeLessThan(12);
      expect(new Date(proposal.start).getUTCDay()).not.toBe(5); // not Friday
    }
    expect(view.draftReply.language).toBe('fr');
    expect(view.draftReply.text).toContain('Bonjour Julie Bernard');
    expect(view.draftReply.text).toContain('Lieu: 12 rue de la Paix, 75002 Paris');
    expect(view.draftReply.text).toContain('Digicode: 4521B');
    expect(view.draftReply.text).not.toContain('+33 1 00 00 00 00');
    expect(view.draftReply.text).not.toMatch(/médical|Clinique/);
  });

  it('proposes afresh after a correction and reads the same back', async () => {
    const patched = await world.app.inject({
      method: 'PATCH',
      url: `/v1/scheduling-requests/${view.id}`,
      headers: world.auth,
      payload: { type: 'call', durationMinutes: 20 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = patched.json() as SchedulingRequestView;
    expect(after.effective).toMatchObject({ type: 'call', durationMinutes: 20, location: null });
    for (const proposal of after.proposals)
      expect(Date.parse(proposal.end) - Date.parse(proposal.start)).toBe(20 * 60_000);
    expect(after.draftReply.text).toContain('Téléphone: +33 1 00 00 00 00');
    expect(after.draftReply.text).not.toContain('Digicode');
    const read = await world.app.inject({
      method: 'GET',
      url: `/v1/scheduling-requests/${view.id}`,
      headers: world.auth,
    });
    expect(read.json()).toEqual(after);
  });

  it('flags a request it is unsure about for review and opens a support ticket', async () => {
    const thread = {
      // Nobody to meet: the interpreter cannot be sure whom to schedule with.
      subject: '',
      messages: [
        { from: { email: CLIENT_EMAIL }, to: [], date: '2026-03-02T07:00:00Z', body: 'Find us 30 minutes next week' },
      ],
    };
    const answer = await world.app.inject({
      method: 'POST',
      url: '/v1/scheduling-requests',
      headers: world.auth,
      payload: { thread },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const unsure = answer.json() as SchedulingRequestView;
    expect(unsure.interpretation.confidence).toBeLessThan(0.6);
    expect(unsure.needsReview).toBe(true);
    const tickets = await world.runtime.database.executeSql(
      "select kind, request_id from support_tickets where kind = 'interpretation_uncertain'",
    );
    expect(tickets.rows).toEqual([{ kind: 'interpretation_uncertain', request_id: unsure.id }]);
  });

  it('refuses a raw message that is not an email with a 400 naming body.rawMessage', async () => {
    const answer = await world.app.inject({
      method: 'POST',
      url: '/v1/scheduling-requests',
      headers: world.auth,
      payload: { rawMessage: 'just some words' },
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().detail).toContain('body.rawMessage');
  });
});
