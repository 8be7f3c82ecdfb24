/** The Gmail add-on's pure card models and form parsing. */
import { describe, expect, it } from 'vitest';
import { MEETING_TYPES as CONTRACT_MEETING_TYPES, defaultPreferences, type SchedulingRequestView } from '@slash/shared';
import { MAX_WIDGETS } from '../../addin-gmail/src/cards/card-model.js';
import {
  buildMessageCard,
  MAX_PROPOSALS,
  parseContacts,
  patchFromForm,
} from '../../addin-gmail/src/cards/message-card.js';
import {
  buildPreferencesCard,
  parseIntervals,
  preferencesFromForm,
  problemsForForm,
} from '../../addin-gmail/src/cards/preferences-card.js';
import { MEETING_TYPES, WEEKDAYS } from '../../addin-gmail/src/cards/preference-keys.js';
import { parseAddressList } from '../../addin-gmail/src/cards/address-list.js';

const view = (proposals: number, contacts: number): SchedulingRequestView => ({
  id: 'r1',
  status: 'open',
  needsReview: true,
  interpretation: {
    language: 'en',
    intent: 'schedule',
    contacts: [],
    type: 'video',
    durationMinutes: 30,
    location: null,
    timeWindows: [],
    excluded: [],
    confidence: 0.5,
  },
  effective: {
    contacts: Array.from({ length: contacts }, (_, i) => ({ email: `p${i}@x.org`, name: null, optional: i === 0 })),
    type: 'video',
    durationMinutes: 30,
    location: null,
    timeWindows: [{ from: '2026-03-08T23:00:00.000Z', to: '2026-03-13T23:00:00.000Z' }],
    excluded: [],
  },
  proposals: Array.from({ length: proposals }, (_, i) => ({
    start: new Date(Date.parse('2026-03-09T08:00:00Z') + i * 3_600_000).toISOString(),
    end: new Date(Date.parse('2026-03-09T08:30:00Z') + i * 3_600_000).toISOString(),
    reasonCodes: [],
    reason: { en: 'Free', fr: 'Libre' },
    optionalAttendeesFree: [],
  })),
  bookingLink: { url: 'https://slash.example/b/x', expiresAt: '2026-03-20T00:00:00Z' },
  draftReply: { language: 'en', subject: 'Re: Hi', text: 't', html: 'h' },
});

describe('buildMessageCard', () => {
  it('caps proposals and contacts within Google card limits and says how many more there are', () => {
    const card = buildMessageCard(view(40, 300), { language: 'en', timeZone: 'Europe/Paris', offsetMs: 3_600_000 });
    for (const section of card.sections) expect(section.widgets.length).toBeLessThanOrEqual(MAX_WIDGETS);
    const texts = card.sections
      .flatMap((s) => s.widgets)
      .filter((w) => w.kind === 'text')
      .map((w) => (w as { text: string }).text);
    expect(texts.filter((t) => t.startsWith('<b>'))).toHaveLength(MAX_PROPOSALS);
    expect(texts).toContain('30 more in Slash');
    expect(texts[0]).toContain('unsure');
  });
  it('speaks French and shows times in the client zone', () => {
    const card = buildMessageCard(view(1, 1), { language: 'fr-FR', timeZone: 'Europe/Paris', offsetMs: 3_600_000 });
    expect(JSON.stringify(card)).toContain('Créneaux proposés');
    expect(JSON.stringify(card)).toContain('09:00–09:30');
  });
});

describe('patchFromForm', () => {
  const shown = {
    requestId: 'r1',
    shownType: 'video',
    shownDuration: '30',
    shownLocation: '',
    shownContacts: 'a@x.org',
    shownFrom: '2026-03-09',
    shownTo: '2026-03-13',
  };
  it('sends nothing when nothing changed', () => {
    expect(
      patchFromForm(
        {
          type: 'video',
          durationMinutes: '30',
          location: '',
          contacts: 'a@x.org',
          windowFrom: '2026-03-09',
          windowTo: '2026-03-13',
        },
        shown,
        3_600_000,
      ),
    ).toEqual({});
  });
  it('sends the edited fields, with local dates as instants', () => {
    const patch = patchFromForm(
      {
        type: 'lunch',
        durationMinutes: '90',
        location: 'Le Train Bleu',
        contacts: 'a@x.org, b@x.org (optional)',
        windowFrom: '2026-03-10',
        windowTo: '2026-03-10',
      },
      shown,
      3_600_000,
    );
    expect(patch).toEqual({
      type: 'lunch',
      durationMinutes: 90,
      location: 'Le Train Bleu',
      contacts: [
        { email: 'a@x.org', name: null, optional: false },
        { email: 'b@x.org', name: null, optional: true },
      ],
      timeWindows: [{ from: '2026-03-09T23:00:00.000Z', to: '2026-03-10T23:00:00.000Z' }],
    });
  });
  it('ignores junk contacts', () => {
    expect(parseContacts('nobody, , x@y.org')).toEqual([{ email: 'x@y.org', name: null, optional: false }]);
  });
});

describe('form parsing', () => {
  it('reads address lists with quoted commas', () => {
    expect(parseAddressList('"Stone, Bob" <Bob@X.org>, carol@y.org')).toEqual([
      { email: 'bob@x.org', name: 'Stone, Bob' },
      { email: 'carol@y.org' },
    ]);
  });
  it('reads working hours and maps API problems to the fields', () => {
    expect(parseIntervals('09:00-12:00, 14:00 - 18:00')).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ]);
    expect(
      problemsForForm([
        { field: 'body.workingHours.1.0.start', message: 'bad' },
        { field: 'body.horizonDays', message: 'big' },
      ]),
    ).toEqual({ 'workingHours.1': 'bad', horizonDays: 'big' });
  });
});

describe('follow-ups in the preferences card', () => {
  const inputsOf = (card: ReturnType<typeof buildPreferencesCard>) =>
    card.sections.flatMap((section) =>
      section.widgets.flatMap((widget) => (widget.kind === 'input' ? [{ ...widget, header: section.header }] : [])),
    );

  it('shows the count and the spacing under a translated header, an empty spacing explained as automatic', () => {
    const prefs = defaultPreferences('Europe/Paris', 'fr');
    const fr = inputsOf(buildPreferencesCard(prefs, { language: 'fr' }));
    expect(fr.find((input) => input.name === 'followUps.count')).toMatchObject({
      header: 'Relances par e-mail',
      label: 'Relances aux contacts qui ne répondent pas (0 à 5)',
      value: '2',
    });
    expect(fr.find((input) => input.name === 'followUps.spacingDays')).toMatchObject({
      label: 'Jours entre deux relances (1 à 14)',
      value: '',
      hint: expect.stringMatching(/^Vide : automatique, 2 jours \(4 si/),
    });
    const en = inputsOf(
      buildPreferencesCard(
        { ...prefs, followUps: { count: 3, spacingDays: 5 } },
        { language: 'en', problems: { 'followUps.spacingDays': 'must be <= 14' } },
      ),
    );
    expect(en.find((input) => input.name === 'followUps.count')).toMatchObject({
      header: 'Follow-ups by email',
      label: 'Reminders to contacts who do not answer (0 to 5)',
      value: '3',
    });
    expect(en.find((input) => input.name === 'followUps.spacingDays')).toMatchObject({
      label: 'Days between reminders (1 to 14)',
      value: '5',
      hint: '⚠ must be <= 14',
    });
  });

  it('sends the count and the spacing, leaving an empty spacing out (automatic), and maps their problems', () => {
    const form = { 'followUps.count': '3', 'followUps.spacingDays': ' 4 ' };
    expect(preferencesFromForm(form).followUps).toEqual({ count: 3, spacingDays: 4 });
    expect(preferencesFromForm({ ...form, 'followUps.spacingDays': '' }).followUps).toEqual({ count: 3 });
    expect(
      problemsForForm([
        { field: 'body.followUps.spacingDays', message: 'must be <= 14' },
        { field: 'body.followUps.count', message: 'must be <= 5' },
      ]),
    ).toEqual({ 'followUps.spacingDays': 'must be <= 14', 'followUps.count': 'must be <= 5' });
  });
});

describe('preference keys', () => {
  it('lists the contract’s meeting types and weekdays, in its order', () => {
    expect(MEETING_TYPES).toEqual(CONTRACT_MEETING_TYPES);
    expect(WEEKDAYS).toEqual(Object.keys(defaultPreferences('Europe/Paris', 'en').workingHours));
  });
});
