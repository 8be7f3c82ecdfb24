/**
 * Development cases written for the people, place, type and intent categories found on the fifth held-out
 * set (cases-held-out-5.ts) after its first, blind run, with wording of their own (never the held-out
 * sentences): an "if he can" that belongs to one clause, an introducer let go, venues suggested by someone
 * else, followed by a verb or a time, capitalised "À la", "près de" after a venue, the earliest venue of a
 * sentence, and notes that ask for nothing ("je reste à votre disposition", "rien à prévoir"). Part of the
 * development set.
 */
import { at, day, span, type CaseRow } from './corpus-case.js';

const LONDON = 'Europe/London';
const PARIS = 'Europe/Paris';

const MAYA = 'Maya Collins <maya@collins-advisory.example>';
const SELF_MAYA = ['maya@collins-advisory.example'];
const ELODIE = 'Élodie Fabre <elodie@fabre-design.fr>';
const SELF_ELODIE = ['elodie@fabre-design.fr'];

/** A message to the client on Monday 9 November 2026, with the usual fields of these cases. */
const toClient = (row: Omit<CaseRow, 'subject' | 'date'> & { subject?: string }): CaseRow => ({
  subject: 'Rendez-vous',
  date: '2026-11-09 09:00',
  ...row,
});

export const CATEGORY_5_CASES: readonly CaseRow[] = [
  toClient({
    id: 'cat5-en-ldn-if-she-can-is-her-clause-only',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Greg Holt <greg@holt-partners.example>',
    to: MAYA,
    cc: 'Leo Brand <leo@holt-partners.example>, Ana Sousa <ana@holt-partners.example>',
    body: `Maya,\n\nThursday 12 November at 11am suits us. Leo will come with me, and Ana will join if she can.\n\nGreg`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['greg@holt-partners.example', 'leo@holt-partners.example', 'ana@holt-partners.example?'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-11-12 11:00')],
    },
  }),
  toClient({
    id: 'cat5-en-ldn-introducer-let-drop-off-venue-then-verb',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Ines Vidal <ines@vidal-labs.example>',
    to: MAYA,
    cc: 'Paul Grey <paul@grey-ventures.example>',
    body: `Paul, thanks for the intro - I'll let you drop off from here.\n\nMaya, would a coffee at Kaffeine on Eastcastle Street work on Tuesday 10 November?\n\nInes`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ines@vidal-labs.example'],
      type: 'coffee',
      duration: null,
      location: 'Kaffeine on Eastcastle Street',
      when: [day('2026-11-10')],
    },
  }),
  toClient({
    id: 'cat5-en-ldn-he-suggested-venue',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Hattie Fox <hattie@fox-office.example>',
    to: MAYA,
    cc: 'James Fox <james@fox-office.example>',
    body: `Dear Maya,\n\nJames (copied) would like to take you to lunch on Friday 13 November. He suggested Rules in Covent Garden.\n\nI won't be joining myself.\n\nHattie Fox\nPA to James Fox`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['james@fox-office.example'],
      type: 'lunch',
      duration: null,
      location: 'Rules in Covent Garden',
      when: [day('2026-11-13')],
    },
  }),
  toClient({
    id: 'cat5-en-ldn-earliest-venue-and-a-time-after-it',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Omar Said <omar@said-design.example>',
    to: MAYA,
    subject: 'Lunch',
    body: `Maya,\n\nLunch on Wednesday 11 November? Shall we say Dishoom at the Kingly Court at 1pm?\n\nOmar`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['omar@said-design.example'],
      type: 'lunch',
      duration: null,
      location: 'Dishoom at the Kingly Court',
      when: [at('2026-11-11 13:00')],
    },
  }),
  toClient({
    id: 'cat5-en-ldn-venue-is-my-usual',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Ruth Kerr <ruth@kerr-law.example>',
    to: MAYA,
    subject: 'Breakfast',
    body: `Maya,\n\nBreakfast on Thursday 12 November? The Wolseley on Piccadilly is my usual.\n\nRuth`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ruth@kerr-law.example'],
      type: 'breakfast',
      duration: null,
      location: 'Wolseley on Piccadilly',
      when: [day('2026-11-12')],
    },
  }),
  toClient({
    id: 'cat5-fr-par-j-ai-pense-a-venue-sans-accents',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Lucas Martin <lucas@martin-studio.fr>',
    to: ELODIE,
    body: `salut elodie\n\nun diner jeudi soir ? j'ai pense a Chez Janou, ca fait longtemps\n\nlucas`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lucas@martin-studio.fr'],
      type: 'dinner',
      duration: null,
      location: 'Chez Janou',
      when: [span('2026-11-12', '18:00', '22:00')],
    },
  }),
  toClient({
    id: 'cat5-fr-par-au-venue-pres-de',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Manon Petit <manon@petit-rp.fr>',
    to: ELODIE,
    body: `Coucou Élodie,\n\nUn verre mardi 10 novembre au soir ? On pourrait aller au Perchoir, près de la place de la République.\n\nManon`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['manon@petit-rp.fr'],
      type: 'drinks',
      duration: null,
      location: 'Perchoir, près de la place de la République',
      when: [span('2026-11-10', '18:00', '22:00')],
    },
  }),
  toClient({
    id: 'cat5-fr-par-a-la-capitale-en-debut-de-phrase',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Victor Roche <victor@roche-conseil.fr>',
    to: ELODIE,
    body: `Élodie,\n\nDéjeunons ensemble. À la Brasserie Flo vendredi 13 novembre, si possible.\n\nVictor`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['victor@roche-conseil.fr'],
      type: 'lunch',
      duration: null,
      location: 'Brasserie Flo',
      when: [day('2026-11-13')],
    },
  }),
  toClient({
    id: 'cat5-fr-par-a-votre-disposition-est-autre',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Lise Moreau <lise@moreau-trad.fr>',
    to: ELODIE,
    subject: 'Devis',
    body: `Bonjour Élodie,\n\nMerci pour votre message. Vous trouverez ci-joint le devis demandé. Je reste à votre disposition pour toute question.\n\nLise Moreau`,
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['lise@moreau-trad.fr'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  }),
  toClient({
    id: 'cat5-fr-par-merci-prenom-pour-la-reunion-rien-a-prevoir',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Noé Garnier <noe@garnier-bois.fr>',
    to: ELODIE,
    subject: 'Compte rendu',
    body: `Merci Élodie pour la réunion de ce matin, le compte rendu suit. Rien à prévoir d'ici la pose, je vous tiens informée.\n\nNoé`,
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['noe@garnier-bois.fr'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  }),
];
