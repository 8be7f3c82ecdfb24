/**
 * Development cases written for the time-window categories found on the seventh held-out set
 * (cases-held-out-7.ts) after its first, blind run, with wording of their own (never the held-out sentences).
 * Part of the development set.
 * Categories: every bare number of a list of days is a day ("les 3, 4 et 6 mai"; "et" between numbers is no
 * zone); a bound said right after a ruled-out day rules out that part of it ("sauf le jeudi 6 après 15h"); a
 * bound after a part of day narrows it ("les mardis et jeudis matin, à partir de 10h"); a zone said once holds for
 * each time listed before it ("at 9 or 10am ET"); "…, otherwise I'm free" is a clause of its own, so the absence
 * before it rules days out; a time listed after a dated range of hours is on that day ("entre 9h et 11h ou après
 * 16h"); closing wishes ("Bonne fin de journée", "Have a lovely weekend!") name no time; French day shorthand
 * before a part of day ("dem aprem", "ven mat") and "un tel" (a phone call); a kind of day said beside a dated
 * period is read in it ("in the next two weeks? A weekday morning…"), and "the next two weeks" said in the
 * afternoon frames the weekdays after it; "ce jour-là" points back, it is not today; "de passage à Lyon entre le
 * 7 et le 9" is no street address; postcodes ("E8 4QP") and building units ("Unit 3") are no times.
 * Places and people of the same set: a venue "sur <street>" or "de la rue …", praised as near ("c'est à deux pas",
 * "is ten minutes from my office", "me semble pratique") or asked on its own ("Au Pied de Cochon ?"), a bracketed
 * address after "!" ("chez Loulou! (107, rue de Rivoli)"); "si possible" after a venue makes nobody optional, and
 * "She'll join if she can" makes the one person named just before optional.
 */
import { at, day, days, span, type CaseRow } from './corpus-case.js';
import { HUGO, LONDON, MAYA, PARIS, SELF_HUGO, SELF_MAYA } from './dev-clients.js';
import { daily } from './cases-weeks-and-moves-6.js';

export const WINDOW_7_CASES: readonly CaseRow[] = [
  {
    // FR: "les 3, 4 et 6 mai, mais pas le 5": every day of the list, the 5th ruled out.
    id: 'win7-fr-par-liste-de-jours-nus',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Camille Roux <camille@roux-paysages.fr>',
    to: HUGO,
    date: '2027-04-28 10:00',
    subject: 'Visite',
    body: `Bonjour Hugo,\n\nPour la visite, je peux les 3, 4 et 6 mai, mais pas le 5.\n\nBonne fin de journée,\nCamille`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['camille@roux-paysages.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2027-05-03', '2027-05-04'), day('2027-05-06')],
      excluded: [day('2027-05-05')],
    },
  },
  {
    // FR: "la semaine du 10 mai … sauf le jeudi 13 après 15h": Thursday 13 from 15:00 is cut out of the week.
    id: 'win7-fr-par-sauf-jour-apres-heure',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Nadia Ferrand <nadia.ferrand@ferrand-avocats.fr>',
    to: HUGO,
    date: '2027-04-28 11:00',
    subject: 'Point',
    body: `Bonjour,\n\nUn point la semaine du 10 mai ? Tout me va, sauf le jeudi 13 après 15h.\n\nNadia Ferrand`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nadia.ferrand@ferrand-avocats.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        ['2027-05-10 00:00', '2027-05-13 15:00'],
        ['2027-05-14 00:00', '2027-05-15 00:00'],
      ],
      excluded: [['2027-05-13 15:00', '2027-05-14 00:00']],
    },
  },
  {
    // FR: "les mardis et jeudis matin, à partir de 10h": 10–12 on each Tuesday and Thursday of the 28 days from
    // Wednesday 28 April.
    id: 'win7-fr-par-matins-a-partir-de',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Arnaud Colin <arnaud@colin-menuiserie.fr>',
    to: HUGO,
    date: '2027-04-28 09:00',
    subject: 'Appel',
    body: `Bonjour Hugo,\n\nPour l'appel, je suis disponible les mardis et jeudis matin, à partir de 10h.\n\nArnaud`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['arnaud@colin-menuiserie.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: daily('2027-04-28', 28, ['10:00', '12:00'], [1, 3, 5, 6, 7]),
    },
  },
  {
    // "Thursday at 9 or 10am ET" for a London client: 14:00 and 15:00 London on 6 May (both zones on summer time).
    id: 'win7-en-ldn-listed-hours-one-zone',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Leon Brandt <leon@brandt-stone.example>',
    to: MAYA,
    date: '2027-05-03 09:00',
    subject: 'Zoom',
    body: `Hi Maya,\n\nCould we do a Zoom on Thursday at 9 or 10am ET?\n\nHave a lovely weekend!\nLeon`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leon@brandt-stone.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-05-06 14:00'), at('2027-05-06 15:00')],
    },
  },
  {
    // "in mid-May? I'm travelling from the 12th to the 14th, otherwise I'm free": 11–20 May without 12–14.
    id: 'win7-en-ldn-away-otherwise-free',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Rosa Lind <rosa@lind-textiles.example>',
    to: MAYA,
    date: '2027-04-28 15:00',
    subject: 'Fabric review',
    body: `Hi Maya,\n\nShall we do the fabric review in mid-May? I'm travelling from the 12th to the 14th, otherwise I'm free.\n\nRosa`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rosa@lind-textiles.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2027-05-11'), days('2027-05-15', '2027-05-20')],
      excluded: [days('2027-05-12', '2027-05-14')],
    },
  },
  {
    // FR: "le jeudi 6, entre 9h et 11h ou après 16h": both on Thursday 6 May.
    id: 'win7-fr-par-plage-ou-apres',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Julie Perrin <julie@perrin-studio.fr>',
    to: HUGO,
    date: '2027-05-03 10:00',
    subject: 'Visio',
    body: `Bonjour Hugo,\n\nUne visio le jeudi 6, entre 9h et 11h ou après 16h ?\n\nJulie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julie@perrin-studio.fr'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-05-06', '09:00', '11:00'), ['2027-05-06 16:00', '2027-05-07 00:00']],
    },
  },
  {
    // FR texting: "un tel dem aprem ou ven mat ?": a call, Tuesday 4 May afternoon or Friday 7 morning.
    id: 'win7-fr-par-texto-tel-dem-aprem',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Inès Morel <ines@morel-studio.fr>',
    to: HUGO,
    date: '2027-05-03 18:30',
    subject: 'Devis',
    body: `Slt Hugo\n\nun tel dem aprem ou ven mat pr le devis ?\n\nInès`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['ines@morel-studio.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2027-05-04', '12:00', '18:00'), span('2027-05-07', '08:00', '12:00')],
    },
  },
  {
    // "in the next two weeks? A weekday morning suits me best, but not Wednesdays": the weekday mornings of the
    // fourteen days from Thursday 20 May 17:00, both Wednesdays ruled out.
    id: 'win7-en-ldn-kind-of-day-in-period',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Owen Price <owen@price-build.example>',
    to: MAYA,
    date: '2027-05-20 17:00',
    subject: 'Coffee',
    body: `Maya,\n\nCould we have a coffee in the next two weeks? A weekday morning suits me best, but not Wednesdays (I'm at the Leeds site that day).\n\nOwen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@price-build.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [
        span('2027-05-21', '08:00', '12:00'),
        span('2027-05-24', '08:00', '12:00'),
        span('2027-05-25', '08:00', '12:00'),
        span('2027-05-27', '08:00', '12:00'),
        span('2027-05-28', '08:00', '12:00'),
        span('2027-05-31', '08:00', '12:00'),
        span('2027-06-01', '08:00', '12:00'),
        span('2027-06-03', '08:00', '12:00'),
      ],
      excluded: [day('2027-05-26'), day('2027-06-02')],
    },
  },
  {
    // FR: "de passage à Lyon entre le 7 et le 9 juin. Un verre en fin de journée ? … ce jour-là": 17–20 on 7–9 June.
    id: 'win7-fr-par-de-passage-fin-de-journee',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Bertrand Vial <b.vial@vial-immobilier.fr>',
    to: HUGO,
    date: '2027-05-26 10:00',
    subject: 'Un verre',
    body: `Bonjour Hugo,\n\nJe serai de passage à Lyon entre le 7 et le 9 juin. Un verre en fin de journée ? Je dîne avec un client le 10, donc pas ce jour-là.\n\nBertrand`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['b.vial@vial-immobilier.fr'],
      type: 'drinks',
      duration: null,
      location: null,
      when: [
        span('2027-06-07', '17:00', '20:00'),
        span('2027-06-08', '17:00', '20:00'),
        span('2027-06-09', '17:00', '20:00'),
      ],
      excluded: [day('2027-06-10')],
    },
  },
  {
    // "Unit 3, London E8 4QP" is an address, not 3 or 4 o'clock: only Thursday 27 May at 10.
    id: 'win7-en-ldn-postcode-and-unit',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Rosa Lind <rosa@lind-textiles.example>',
    to: MAYA,
    date: '2027-05-24 10:00',
    subject: 'Samples',
    body: `Hi Maya,\n\nThe samples are waiting at Unit 3, London E8 4QP. Shall we have a call on Thursday at 10 to go through them?\n\nRosa`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rosa@lind-textiles.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2027-05-27 10:00')],
    },
  },
  {
    // FR: "le Café Marlette sur Martyrs, c'est à deux pas du bureau": the venue with its street.
    id: 'win7-fr-par-venue-sur-rue',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Camille Roux <camille@roux-paysages.fr>',
    to: HUGO,
    date: '2027-05-03 09:00',
    subject: 'Café',
    body: `Salut Hugo,\n\nUn café jeudi matin ? Je te propose le Café Marlette sur Martyrs, c'est à deux pas du bureau.\n\nCamille`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['camille@roux-paysages.fr'],
      type: 'coffee',
      duration: null,
      location: 'Café Marlette sur Martyrs',
      when: [span('2027-05-06', '08:00', '12:00')],
    },
  },
  {
    // FR: "Le Comptoir Général de la rue Bichat me semble pratique": the venue with its street, said as the subject.
    id: 'win7-fr-par-venue-me-semble-pratique',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Julie Perrin <julie@perrin-studio.fr>',
    to: HUGO,
    date: '2027-05-03 10:00',
    subject: 'Déjeuner',
    body: `Bonjour Hugo,\n\nMerci pour votre appel. Déjeunons vendredi 7 mai. Le Comptoir Général de la rue Bichat me semble pratique pour nous deux.\n\nJulie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julie@perrin-studio.fr'],
      type: 'lunch',
      duration: null,
      location: 'Le Comptoir Général de la rue Bichat',
      when: [day('2027-05-07')],
    },
  },
  {
    // FR: "chez Loulou! (107, rue de Rivoli)?" keeps its bracketed address although "!" ends the sentence.
    id: 'win7-fr-par-venue-exclamation-adresse',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Bertrand Vial <b.vial@vial-immobilier.fr>',
    to: HUGO,
    date: '2027-05-03 11:00',
    subject: 'Dîner',
    body: `Hugo,\n\nPour fêter la vente, un dîner mardi ou mercredi soir, chez Loulou! (107, rue de Rivoli)?\n\nBertrand`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['b.vial@vial-immobilier.fr'],
      type: 'dinner',
      duration: null,
      location: 'Loulou! (107, rue de Rivoli)',
      when: [span('2027-05-04', '18:00', '22:00'), span('2027-05-05', '18:00', '22:00')],
    },
  },
  {
    // "Dishoom on Boundary Street (7 Boundary St) is ten minutes from my office", said after the time; "She'll
    // join if she can" makes Nina, named in the sentence before, optional.
    id: 'win7-en-ldn-venue-minutes-away-optional-pronoun',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Leon Brandt <leon@brandt-stone.example>',
    to: MAYA,
    date: '2027-05-03 12:00',
    subject: 'Lunch',
    body: `Hi Maya,\n\nThursday suits me. Dishoom on Boundary Street (7 Boundary St) is ten minutes from my office if that works for you.\n\nI'm also looping in our CFO, Nina Park (nina@brandt-stone.example). She'll join if she can.\n\nLeon`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leon@brandt-stone.example', 'nina@brandt-stone.example?'],
      type: 'lunch',
      duration: null,
      location: 'Dishoom on Boundary Street (7 Boundary St)',
      when: [day('2027-05-06')],
    },
  },
  {
    // FR forward: "au Bouillon Julien si possible" is the place; it makes Paul (in the forwarded thread) no optional
    // guest. His "la semaine prochaine", written on Sunday 2 May, is the week of 3 May: Monday 3 or Tuesday 4.
    id: 'win7-fr-par-venue-si-possible-pas-optionnel',
    tz: PARIS,
    self: SELF_HUGO,
    assistant: ['slash@slash.example'],
    from: HUGO,
    to: 'Slash <slash@slash.example>',
    date: '2027-05-03 14:00',
    subject: 'Fwd: Déjeuner',
    body: `Slash, organise ce déjeuner avec Paul, au Bouillon Julien si possible.\n\nHugo`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Paul Giraud <paul@giraud-bois.fr>',
        to: HUGO,
        date: '2027-05-02 18:00',
        subject: 'Déjeuner',
        body: `Bonjour Hugo,\n\nUn déjeuner la semaine prochaine ? Je suis libre lundi et mardi.\n\nPaul`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['paul@giraud-bois.fr'],
      type: 'lunch',
      duration: null,
      location: 'Bouillon Julien',
      when: [days('2027-05-03', '2027-05-04')],
    },
  },
  {
    // FR: a question that is only a venue, after the times: "Au Pied de Cochon ?".
    id: 'win7-fr-par-question-seulement-lieu',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Nadia Ferrand <nadia.ferrand@ferrand-avocats.fr>',
    to: HUGO,
    date: '2027-05-03 15:00',
    subject: 'RE: Souper',
    body: `Bonne idée ! Jeudi ou vendredi soir, ça m'irait bien. Au Pied de Cochon ?\n\nNadia`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nadia.ferrand@ferrand-avocats.fr'],
      type: 'dinner',
      duration: null,
      location: 'Pied de Cochon',
      when: [span('2027-05-06', '18:00', '22:00'), span('2027-05-07', '18:00', '22:00')],
    },
  },
];
