/**
 * Development cases written for the time-window categories found on the fifth held-out set
 * (cases-held-out-5.ts) after its first, blind run, with wording of their own (never the held-out sentences).
 * Part of the development set.
 * Categories: a question offering the new time ("Serait-il possible de …", "would it be possible …",
 * "…, ça te dirait ?") is an offer, so the meeting moved away from ("reporter notre point de mardi",
 * "postpone Wednesday's call") is ruled out rather than offered; "à l'exception du …" / "with the exception of
 * …" rules a day out of the period like "sauf"; "I'm travelling until …, so …" is the reason for the times that
 * follow and names no window (like "I'm on the road until …"); "something's come up on …" rules the day out
 * like "something has come up"; a commitment already held ("I have a standing 11am", "mon point hebdomadaire de
 * 17h") names no time offered; a range of weekdays said after the week in another sentence ("… next week. I'm
 * around Monday to Wednesday.", "… la semaine prochaine. Je suis disponible du mercredi au vendredi.") is read
 * in that week, like a lone weekday.
 */
import { at, day, days, onward, span, type CaseRow } from './corpus-case.js';

const LONDON = 'Europe/London';
const PARIS = 'Europe/Paris';

const MAYA = 'Maya Collins <maya@collins-design.example>';
const SELF_MAYA = ['maya@collins-design.example'];
const HUGO = 'Hugo Marchand <hugo@marchand-archi.fr>';
const SELF_HUGO = ['hugo@marchand-archi.fr'];

export const WINDOW_5_CASES: readonly CaseRow[] = [
  {
    // "Serait-il possible de …" offers the new time: Tuesday, the meeting being moved, is ruled out.
    id: 'win5-fr-par-reporter-serait-il-possible',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Léa Fontaine <lea.fontaine@fontaine-conseil.fr>',
    to: HUGO,
    date: '2026-03-02 09:00',
    subject: 'Notre point',
    body: `Bonjour Hugo,\n\nJe vais devoir reporter notre point de mardi. Serait-il possible de se retrouver jeudi 5 mars à 15h ?\n\nLéa`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['lea.fontaine@fontaine-conseil.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-03-05 15:00')],
      excluded: [day('2026-03-03')],
    },
  },
  {
    // "…, ça te dirait ?" offers Friday morning: Thursday's coffee, being moved, is ruled out.
    id: 'win5-fr-par-decaler-ca-te-dirait',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Inès Morel <ines@morel-studio.fr>',
    to: HUGO,
    date: '2026-03-02 11:30',
    subject: 'Café',
    body: `Salut Hugo,\n\nDésolée, je dois décaler notre café de jeudi. Vendredi matin, ça te dirait ?\n\nInès`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['ines@morel-studio.fr'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [span('2026-03-06', '08:00', '12:00')],
      excluded: [day('2026-03-05')],
    },
  },
  {
    // "Would it be possible …" offers Thursday afternoon: Wednesday's call, being postponed, is ruled out.
    id: 'win5-en-ldn-postpone-would-it-be-possible',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Tom Hale <tom@hale-joinery.example>',
    to: MAYA,
    date: '2026-03-02 14:00',
    subject: 'Our call',
    body: `Hi Maya,\n\nI need to postpone Wednesday's call. Would it be possible on Thursday afternoon?\n\nTom`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['tom@hale-joinery.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-05', '12:00', '18:00')],
      excluded: [day('2026-03-04')],
    },
  },
  {
    // "à l'exception du jeudi 14 mai" rules that day out of "mi-mai" (11–20 May, every day).
    id: 'win5-fr-par-a-l-exception-du',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Paul Girard <paul.girard@girard-immo.fr>',
    to: HUGO,
    date: '2026-04-27 10:00',
    subject: 'Visite du chantier',
    body: `Bonjour Hugo,\n\nNous aimerions organiser une visite du chantier mi-mai, à l'exception du jeudi 14 mai.\n\nCordialement,\nPaul Girard`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['paul.girard@girard-immo.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-05-11', '2026-05-13'), days('2026-05-15', '2026-05-20')],
      excluded: [day('2026-05-14')],
    },
  },
  {
    // "I'm travelling until mid-October, so …": the trip is the reason; the offer starts Monday 19 October.
    id: 'win5-en-ldn-travelling-until-so-from',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Rita Moss <rita@moss-gardens.example>',
    to: MAYA,
    date: '2026-09-28 09:30',
    subject: 'Garden plans',
    body: `Hi Maya,\n\nThanks for the drawings. I'm travelling until mid-October, so could we have a call any time from Monday 19 October?\n\nRita`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rita@moss-gardens.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [onward('2026-10-19 00:00')],
    },
  },
  {
    // "Something's come up on Tuesday" rules Tuesday out; the review moves to Wednesday at 10.
    id: 'win5-en-ldn-somethings-come-up',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Nick Bray <nick@bray-surveys.example>',
    to: MAYA,
    date: '2026-03-02 16:45',
    subject: 'Survey review',
    body: `Maya,\n\nSomething's come up on Tuesday - could we move the survey review to Wednesday at 10?\n\nNick`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['nick@bray-surveys.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-03-04 10:00')],
      excluded: [day('2026-03-03')],
    },
  },
  {
    // "I have a standing 11am" is why the meeting must end early; only Thursday before 10:30 is offered.
    id: 'win5-en-ldn-standing-commitment',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Jo Park <jo@park-print.example>',
    to: MAYA,
    date: '2026-03-02 12:15',
    subject: 'Proofs',
    body: `Hi Maya,\n\nCould we meet on Thursday to go through the proofs? It would need to be before 10:30, as I have a standing 11am with my team.\n\nJo`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jo@park-print.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [['2026-03-05 00:00', '2026-03-05 10:30']],
    },
  },
  {
    // "mon point hebdomadaire de 17h" is a commitment held: only "vendredi après 14h" is offered.
    id: 'win5-fr-par-point-hebdomadaire',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Anne Vidal <anne@vidal-paysage.fr>',
    to: HUGO,
    date: '2026-03-02 15:00',
    subject: 'Appel',
    body: `Bonjour Hugo,\n\nPour notre appel, vendredi après 14h me convient. Je devrai partir avant mon point hebdomadaire de 17h.\n\nAnne`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['anne@vidal-paysage.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [['2026-03-06 14:00', '2026-03-07 00:00']],
    },
  },
  {
    // "next week" then "Monday to Wednesday" in the next sentence: Monday 9 to Wednesday 11 March.
    id: 'win5-en-ldn-week-then-weekday-range',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Sam Reid <sam@reid-homes.example>',
    to: MAYA,
    date: '2026-03-02 08:40',
    subject: 'Kitchen plans',
    body: `Hi Maya,\n\nCould we find an hour next week for the kitchen plans? I'm around Monday to Wednesday.\n\nSam`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sam@reid-homes.example'],
      type: 'meeting',
      duration: 60,
      location: null,
      when: [days('2026-03-09', '2026-03-11')],
    },
  },
  {
    // "la semaine prochaine" puis "du mercredi au vendredi" : mercredi 11 au vendredi 13 mars.
    id: 'win5-fr-par-semaine-puis-plage-de-jours',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Camille Roux <camille@roux-conseil.fr>',
    to: HUGO,
    date: '2026-03-02 17:10',
    subject: 'Point projet',
    body: `Bonjour Hugo,\n\nJe voudrais faire le point avec vous la semaine prochaine. Je suis disponible du mercredi au vendredi.\n\nCamille`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['camille@roux-conseil.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-03-11', '2026-03-13')],
    },
  },
];
