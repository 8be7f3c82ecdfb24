/**
 * Development cases written for the failure categories found on the second held-out set (cases-held-out-2.ts),
 * with wording of their own (never the held-out sentences): weekdays as Monday–Friday, weekdays framed by a
 * stated period, narrative past times, shared qualifiers, counter-proposals, places and more. Part of the
 * development set: the interpreter is tuned on these.
 */
import { day, span, type CaseRow, type LocalWindow } from './corpus-case.js';

const LONDON = 'Europe/London';
const PARIS = 'Europe/Paris';
const NY = 'America/New_York';
const MTL = 'America/Montreal';

const HANNAH = 'Hannah Reid <hannah@reid-partners.example>';
const SELF_HANNAH = ['hannah@reid-partners.example'];
const LUCIE = 'Lucie Moreau <lucie@moreau-conseil.fr>';
const SELF_LUCIE = ['lucie@moreau-conseil.fr'];

/** The same part of day on each listed date. */
const each = (dates: readonly string[], from: string, to: string): LocalWindow[] => dates.map((d) => span(d, from, to));

export const HARD_CATEGORY_CASES: readonly CaseRow[] = [
  {
    id: 'cat-en-ny-weekday-afternoons-not-thursdays',
    tz: NY,
    self: SELF_HANNAH,
    from: 'Omar Haddad <omar@haddad-build.example>',
    to: HANNAH,
    date: '2026-09-06 18:00',
    now: '2026-09-06 18:05',
    subject: 'Site review',
    body: `Hannah,\n\nWhenever suits - I'm around weekday afternoons, though Thursdays are no good for me.\n\nOmar`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['omar@haddad-build.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: each(
        [
          '2026-09-07',
          '2026-09-08',
          '2026-09-09',
          '2026-09-11',
          '2026-09-14',
          '2026-09-15',
          '2026-09-16',
          '2026-09-18',
          '2026-09-21',
          '2026-09-22',
          '2026-09-23',
          '2026-09-25',
          '2026-09-28',
          '2026-09-29',
          '2026-09-30',
          '2026-10-02',
        ],
        '12:00',
        '18:00',
      ),
      excluded: [day('2026-09-10'), day('2026-09-17'), day('2026-09-24'), day('2026-10-01')],
    },
  },
  {
    id: 'cat-fr-paris-semaine-du-jeudi-ou-vendredi',
    tz: PARIS,
    self: SELF_LUCIE,
    from: 'Antoine Roux <antoine.roux@roux-avocats.fr>',
    to: LUCIE,
    date: '2026-05-04 09:30',
    subject: 'Point dossier',
    body: `Bonjour Lucie,\n\nPourrions-nous faire un point la semaine du 18 mai ? Idéalement jeudi ou vendredi, en matinée.\n\nAntoine`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['antoine.roux@roux-avocats.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: each(['2026-05-21', '2026-05-22'], '08:00', '12:00'),
    },
  },
  {
    id: 'cat-en-ldn-in-three-weeks-end-of-week',
    tz: LONDON,
    self: SELF_HANNAH,
    from: HANNAH,
    to: 'Priya Nair <priya@nair-ventures.example>',
    cc: 'Slash <slash@slash.example>',
    assistant: ['slash@slash.example'],
    date: '2026-06-03 11:00',
    subject: 'Lunch',
    body: `Priya,\n\nLunch in three weeks, once the quarter closes? Towards the end of the week would be ideal.\n\nHannah`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya@nair-ventures.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [['2026-06-25 00:00', '2026-06-27 00:00']],
    },
  },
  {
    id: 'cat-fr-mtl-semaine-derniere-puis-mardi',
    tz: MTL,
    self: SELF_LUCIE,
    from: 'Gabriel Tremblay <gabriel@tremblay-media.ca>',
    to: LUCIE,
    date: '2026-10-07 15:00',
    subject: 'Suite',
    body: `Bonjour Lucie,\n\nMerci encore pour la rencontre de la semaine dernière. Est-ce qu'on pourrait se reparler mardi, par téléphone ?\n\nGabriel`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['gabriel@tremblay-media.ca'],
      type: 'call',
      duration: null,
      location: null,
      when: [day('2026-10-13')],
    },
  },
  {
    id: 'cat-fr-paris-premiere-semaine-prise-le-jeudi',
    tz: PARIS,
    self: SELF_LUCIE,
    from: 'Sophie Blanc <sophie.blanc@blanc-associes.fr>',
    to: LUCIE,
    date: '2026-08-20 10:00',
    subject: 'Rentrée',
    body: `Lucie,\n\nUn café la première semaine de septembre ? Je ne suis pas disponible le jeudi.\n\nSophie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sophie.blanc@blanc-associes.fr'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [['2026-09-01 00:00', '2026-09-03 00:00'], day('2026-09-04'), day('2026-09-07')],
      excluded: [day('2026-09-03')],
    },
  },
];
