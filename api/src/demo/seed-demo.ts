/**
 * Demo data for `npm start` on an empty database: one client (Camille Martin, Paris) whose built-in
 * calendar holds a realistic working fortnight, so the main job can be tried at once.
 */
import { addCivilDays, isoWeekday, localDateAt, wallTimeToInstant, type CivilDate } from '@slash/shared';
import type { Clock } from '../clock.js';
import type { Database } from '../db/client.js';
import { createDemoRepository } from './repository.js';

/** The demo client's address (example.com is reserved for documentation, RFC 2606). */
export const DEMO_CLIENT_EMAIL = 'camille.martin@demo.example.com';
const TIME_ZONE = 'Europe/Paris';

/** One event of a demo day: local start/end as minutes since midnight. */
interface DemoEvent {
  title: string;
  startMinutes: number;
  endMinutes: number;
  location?: string;
  availability?: 'busy' | 'free' | 'tentative';
}

/** The shape of a working week, by ISO weekday; varied so the engine has something to rank. */
const WEEK: Record<number, DemoEvent[]> = {
  1: [
    { title: 'Team stand-up', startMinutes: 570, endMinutes: 600 },
    { title: 'Board prep', startMinutes: 840, endMinutes: 960, location: 'Bureau, 12 rue de la Paix, Paris' },
  ],
  2: [
    { title: 'Client workshop', startMinutes: 600, endMinutes: 720, location: 'La Défense' },
    { title: 'Dentist', startMinutes: 1050, endMinutes: 1110 },
  ],
  3: [
    { title: 'Team stand-up', startMinutes: 570, endMinutes: 600 },
    { title: 'Lunch with Julie', startMinutes: 750, endMinutes: 840, location: 'Le Procope, Paris' },
  ],
  4: [
    { title: 'Quarterly review', startMinutes: 540, endMinutes: 720 },
    { title: 'Maybe: design critique', startMinutes: 900, endMinutes: 960, availability: 'tentative' },
  ],
  5: [
    { title: 'Team stand-up', startMinutes: 570, endMinutes: 600 },
    { title: 'Focus time', startMinutes: 840, endMinutes: 1020, availability: 'free' },
  ],
};

/** Seeds the demo client unless it exists; returns its id. */
export async function seedDemo(db: Database, clock: Clock): Promise<string> {
  const demo = createDemoRepository(db);
  const existing = await demo.findClientByEmail(DEMO_CLIENT_EMAIL);
  if (existing !== undefined) return existing.id;
  const today = localDateAt(TIME_ZONE, clock.nowMs());
  const events = [];
  for (let offset = 0; offset < 14; offset += 1) {
    const date = addCivilDays(today, offset);
    for (const event of WEEK[isoWeekday(date)] ?? []) events.push(toRow(date, event, offset));
  }
  return demo.insertDemoClient({
    client: { email: DEMO_CLIENT_EMAIL, name: 'Camille Martin', timeZone: TIME_ZONE, language: 'fr' },
    events,
  });
}

function toRow(date: CivilDate, event: DemoEvent, offset: number) {
  return {
    uid: `demo-${offset}-${event.startMinutes}@slash.demo`,
    title: event.title,
    location: event.location ?? null,
    startsAt: new Date(wallTimeToInstant(TIME_ZONE, date, event.startMinutes)),
    endsAt: new Date(wallTimeToInstant(TIME_ZONE, date, event.endMinutes)),
    availability: event.availability ?? 'busy',
  };
}
