/**
 * Development cases written for the categories found on the sixth held-out set (cases-held-out-6.ts) after its
 * first, blind run, with wording of their own (never the held-out sentences). Part of the development set.
 * Categories: a negated bound ("pas après 19h", "not after 6pm", "no later than 4", "11h au plus tard") is an
 * upper bound on each day concerned, and "pas avant" / "no earlier than" / "at the earliest" a lower one; texting
 * shorthand and typos of time words ("tmrw aftn", "nxt wk exept weds", "thurs eve", "dem1 ap-m", "sem pro",
 * "demain mat") are read as the words they stand for.
 */
import { day, days, span, type CaseRow } from './corpus-case.js';

const LONDON = 'Europe/London';
const PARIS = 'Europe/Paris';

// The clients of these cases: a London planner and a Paris architect.
const NADIA = 'Nadia Okafor <nadia@okafor-planning.example>';
const SELF_NADIA = ['nadia@okafor-planning.example'];
const JULIEN = 'Julien Favre <julien@favre-architectes.fr>';
const SELF_JULIEN = ['julien@favre-architectes.fr'];

export const WINDOW_6_CASES: readonly CaseRow[] = [
  {
    // "pas plus tard que 13h" is an upper bound: Tuesday before 13:00 (not from 13:00 on).
    id: 'w6-fr-par-pas-plus-tard-que',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Marc Berger <marc@berger-menuiserie.fr>',
    to: JULIEN,
    date: '2026-03-02 09:10',
    subject: 'Déjeuner',
    body: `Bonjour Julien,\n\nUn déjeuner mardi 10 mars ? Pas plus tard que 13h pour moi, j'ai une réunion ensuite.\n\nMarc`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['marc@berger-menuiserie.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [span('2026-03-10', '00:00', '13:00')],
    },
  },
  {
    // "11h au plus tard" said after the hour bounds it like "avant 11h".
    id: 'w6-fr-par-au-plus-tard-apres-l-heure',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Sophie Lemaire <sophie@lemaire-bois.fr>',
    to: JULIEN,
    date: '2026-03-02 10:00',
    subject: 'Appel',
    body: `Bonjour Julien,\n\nOn peut s'appeler vendredi, 11h au plus tard ? Je prends un train ensuite.\n\nSophie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sophie@lemaire-bois.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-06', '00:00', '11:00')],
    },
  },
  {
    // "mais pas après 18h30" narrows each day of "fin de semaine prochaine" (Thursday and Friday).
    id: 'w6-fr-par-fin-de-semaine-pas-apres',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Claire Dumas <claire@dumas-conseil.fr>',
    to: JULIEN,
    date: '2026-03-03 14:20',
    subject: 'Point projet',
    body: `Bonjour Julien,\n\nPourrions-nous faire un point en fin de semaine prochaine, mais pas après 18h30 ?\n\nClaire`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['claire@dumas-conseil.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-12', '00:00', '18:30'), span('2026-03-13', '00:00', '18:30')],
    },
  },
  {
    // "pas plus tôt que 10h" is a lower bound: Wednesday from 10:00.
    id: 'w6-fr-par-pas-plus-tot-que',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Pierre Roussel <pierre@roussel-batiment.fr>',
    to: JULIEN,
    date: '2026-03-02 16:00',
    subject: 'Visio',
    body: `Bonjour,\n\nUne visio mercredi 11 mars ? Pas plus tôt que 10h, s'il vous plaît.\n\nPierre`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['pierre@roussel-batiment.fr'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2026-03-11', '10:00', '24:00')],
    },
  },
  {
    // "Not after 6pm" narrows each day of "the end of next week": Thursday and Friday before 18:00.
    id: 'w6-en-ldn-end-of-next-week-not-after',
    tz: LONDON,
    self: SELF_NADIA,
    from: 'Jo Adams <jo@adams-print.example>',
    to: NADIA,
    date: '2026-03-02 11:00',
    subject: 'Coffee',
    body: `Hi Nadia,\n\nCould we grab a coffee at the end of next week? Not after 6pm though, I have to pick up the kids.\n\nJo`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jo@adams-print.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [span('2026-03-12', '00:00', '18:00'), span('2026-03-13', '00:00', '18:00')],
    },
  },
  {
    // "No later than 4" bounds Wednesday: before 16:00.
    id: 'w6-en-ldn-no-later-than-bare-hour',
    tz: LONDON,
    self: SELF_NADIA,
    from: 'Sam Reid <sam@reid-surveys.example>',
    to: NADIA,
    date: '2026-03-02 12:30',
    subject: 'Quick call',
    body: `Hi Nadia,\n\nCan we have a quick call on Wednesday? No later than 4pm if possible.\n\nSam`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sam@reid-surveys.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-04', '00:00', '16:00')],
    },
  },
  {
    // "6:30pm at the earliest" is a lower bound on Friday.
    id: 'w6-en-ldn-at-the-earliest',
    tz: LONDON,
    self: SELF_NADIA,
    from: 'Liz Grant <liz@grant-studio.example>',
    to: NADIA,
    date: '2026-03-02 15:45',
    subject: 'Drinks',
    body: `Hi Nadia,\n\nDrinks on Friday 6 March? 6:30pm at the earliest for me.\n\nLiz`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['liz@grant-studio.example'],
      type: 'drinks',
      duration: null,
      location: null,
      when: [span('2026-03-06', '18:30', '24:00')],
    },
  },
  {
    // Texting shorthand: "tmrw aftn" is tomorrow afternoon, "aftr 2" narrows it to 14:00–18:00.
    id: 'w6-en-ldn-tmrw-aftn-aftr',
    tz: LONDON,
    self: SELF_NADIA,
    from: 'Ben Carter <ben@carter-lettings.example>',
    to: NADIA,
    date: '2026-03-02 17:40',
    subject: 'quick one',
    body: `hey Nadia - quick call tmrw aftn? anytime aftr 2 works\n\nBen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ben@carter-lettings.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-03', '14:00', '18:00')],
    },
  },
  {
    // "nxt wk" is next week; "exept weds" rules its Wednesday out.
    id: 'w6-en-ldn-nxt-wk-exept-weds',
    tz: LONDON,
    self: SELF_NADIA,
    from: 'Ruth Evans <ruth@evans-haulage.example>',
    to: NADIA,
    date: '2026-03-03 08:50',
    subject: 'Lunch',
    body: `Hi Nadia,\n\nLunch nxt wk? Any day exept weds, I'm at the depot.\n\nRuth`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ruth@evans-haulage.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2026-03-09', '2026-03-10'), days('2026-03-12', '2026-03-13')],
      excluded: [day('2026-03-11')],
    },
  },
  {
    // "thurs eve" is Thursday evening (18:00–22:00).
    id: 'w6-en-ldn-thurs-eve',
    tz: LONDON,
    self: SELF_NADIA,
    from: 'Owen Price <owen@price-brewing.example>',
    to: NADIA,
    date: '2026-03-02 13:05',
    subject: 'pint?',
    body: `drinks thurs eve? the usual place\n\nOwen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@price-brewing.example'],
      type: 'drinks',
      duration: null,
      location: null,
      when: [span('2026-03-05', '18:00', '22:00')],
    },
  },
  {
    // "2moro mornin" is tomorrow morning.
    id: 'w6-en-ldn-2moro-mornin',
    tz: LONDON,
    self: SELF_NADIA,
    from: 'Kit Morgan <kit@morgan-surveying.example>',
    to: NADIA,
    date: '2026-03-04 18:20',
    subject: 'Coffee',
    body: `Nadia - coffee 2moro mornin before the site visit?\n\nKit`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['kit@morgan-surveying.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [span('2026-03-05', '08:00', '12:00')],
    },
  },
  {
    // "dem1 ap-m" is demain après-midi, narrowed by "à partir de 15h".
    id: 'w6-fr-par-dem1-ap-m',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Léo Garnier <leo@garnier-elec.fr>',
    to: JULIEN,
    date: '2026-03-02 19:00',
    subject: 'Appel',
    body: `Salut Julien,\n\nUn petit appel dem1 ap-m ? Dispo à partir de 15h.\n\nLéo`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['leo@garnier-elec.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-03', '15:00', '18:00')],
    },
  },
  {
    // "la sem pro" is la semaine prochaine; "sauf mercredi" rules its Wednesday out.
    id: 'w6-fr-par-sem-pro-sauf',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Anaïs Perrot <anais@perrot-design.fr>',
    to: JULIEN,
    date: '2026-03-04 12:10',
    subject: 'Déj',
    body: `Salut Julien,\n\nUn déj la sem pro ? Tous les jours sauf mercredi.\n\nAnaïs`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['anais@perrot-design.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2026-03-09', '2026-03-10'), days('2026-03-12', '2026-03-13')],
      excluded: [day('2026-03-11')],
    },
  },
  {
    // "demain mat" is demain matin (08:00–12:00).
    id: 'w6-fr-par-demain-mat',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Rémi Caron <remi@caron-plomberie.fr>',
    to: JULIEN,
    date: '2026-03-05 18:30',
    subject: 'Passage au bureau',
    body: `Julien,\n\nTu peux passer au bureau demain mat ? On regarde les plans ensemble.\n\nRémi`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['remi@caron-plomberie.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-06', '08:00', '12:00')],
    },
  },
];
