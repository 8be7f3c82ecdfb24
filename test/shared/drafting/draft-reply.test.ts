/** draftReply: EN/FR wording, slots in the given zone, HTML escaping, only the lines given. */
import { describe, expect, it } from 'vitest';
import { draftReply, formatSlot } from '@slash/shared';

const base = {
  subject: 'Projet',
  clientName: 'Camille Martin',
  contactNames: ['Ann <Lee>'],
  meetingType: 'coffee' as const,
  durationMinutes: 45,
  slots: [{ startMs: Date.parse('2026-03-10T09:00:00Z'), endMs: Date.parse('2026-03-10T09:45:00Z') }],
  bookingUrl: 'https://slash.test/b/abc',
  practicalLines: ['Lieu: Café de Flore, Paris'],
};

describe('draftReply', () => {
  it('writes French with slots in the contact’s zone', () => {
    const draft = draftReply({ ...base, language: 'fr', timeZone: 'America/New_York' });
    expect(draft.subject).toBe('Re: Projet');
    expect(draft.text).toContain('mardi 10 mars, 5 h 00 – 5 h 45');
    expect(draft.text).toContain('un café de 45 minutes (heure de America/New_York)');
    expect(draft.text).toContain('https://slash.test/b/abc');
    expect(draft.text).toContain('Lieu: Café de Flore, Paris');
  });

  it('writes English and escapes HTML', () => {
    const draft = draftReply({ ...base, language: 'en', timeZone: 'Europe/Paris' });
    expect(draft.text).toContain('Tuesday 10 March, 10:00–10:45');
    expect(draft.html).toContain('Hello Ann &lt;Lee&gt;');
    expect(draft.html).not.toContain('<Lee>');
  });

  it('says so when there is no slot, and keeps an existing Re:', () => {
    const draft = draftReply({ ...base, language: 'en', timeZone: 'Europe/Paris', slots: [], subject: 'RE: Projet' });
    expect(draft.subject).toBe('RE: Projet');
    expect(draft.text).toContain('could not find a free time');
  });

  it('formats across a DST change in the zone of the reader', () => {
    expect(
      formatSlot(
        { startMs: Date.parse('2026-03-29T07:00:00Z'), endMs: Date.parse('2026-03-29T07:30:00Z') },
        'Europe/Paris',
        'en',
      ),
    ).toBe('Sunday 29 March, 09:00–09:30');
  });
});
