/**
 * Development cases written for the time-window categories found on the fourth held-out set
 * (cases-held-out-4.ts) after its first, blind run, with wording of their own (never the held-out sentences).
 * Part of the development set.
 * Categories: "scratch <day>" as a withdrawal; "je ne suis plus disponible le …"; being busy somewhere
 * ("I'm tiling in Queens, sorry") or having to be elsewhere ("I have to be in Leeds", "je dois être à Lyon")
 * as unavailability; a part of day that points back to a day said before ("that afternoon") names no time;
 * a Paris district ("dans le 9e") is no day of the month; "tous les jours" is days in general, not a span;
 * "bump tomorrow's meeting to Monday" moves the meeting (no range from one to the other, the old time is no
 * longer offered: it is ruled out), "btwn"; a time offered within a period said to be busy is the exception, the period is not
 * ruled out; "the same time a week later" / "deux semaines plus tard, même heure" moves the agreed time; being
 * elsewhere said after a semicolon ("Wednesday morning suits me; Friday I'm in Boston") rules the day out;
 * coming back ("je reviens de congé début septembre : …", "I'm on the road until the 12th, so…") is the reason
 * for the times that follow and names no window; a reply's ruled-out weekday is read in the week under
 * discussion, like its offered one; a weekday with a plural part of day ("Tuesday afternoons", "Monday and
 * Wednesday evenings") is a habit, every week over the 28 days that follow; "…work for me, I'm away Friday"
 * is two clauses, the second ruling out; a reply's ruled-out weekday with no offer ("Wednesday's out for me")
 * names a day of the week under discussion; "or any day the following week" after dated days is the week after
 * them.
 */
import { at, day, days, span, type CaseRow, type LocalWindow } from './corpus-case.js';

const LONDON = 'Europe/London';
const PARIS = 'Europe/Paris';
const NY = 'America/New_York';

/** The same part of day on each listed date. */
const each = (dates: readonly string[], from: string, to: string): LocalWindow[] => dates.map((d) => span(d, from, to));

const MAYA = 'Maya Collins <maya@collins-design.example>';
const SELF_MAYA = ['maya@collins-design.example'];
const MAYA_SIG = 'Maya Collins\nCollins Design\n020 7946 0112';
const HUGO = 'Hugo Marchand <hugo@marchand-archi.fr>';
const SELF_HUGO = ['hugo@marchand-archi.fr'];
const HUGO_SIG = 'Hugo Marchand\nMarchand Architectes\n01 42 55 66 10';
const DANA = 'Dana Wells <dana@wells-kitchens.example>';
const SELF_DANA = ['dana@wells-kitchens.example'];
const DANA_SIG = 'Dana Wells\nWells Kitchens\n(718) 555-0163';

export const WINDOW_4_CASES: readonly CaseRow[] = [
  {
    // "scratch Wednesday" withdraws the day asked for; "that afternoon" points back to it; Thursday 5 March
    // after 2pm is the new offer.
    id: 'win4-en-ldn-thread-scratch-day-that-afternoon',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Tom Hartley <tom@hartley-build.example>',
    to: MAYA,
    date: '2026-03-02 16:00',
    subject: 'Re: Tender review',
    body: `Maya,\n\nSorry, scratch Wednesday - the auditors have booked that afternoon. Could we do Thursday after 2 instead?\n\nTom`,
    history: [
      {
        style: 'gmail-en',
        from: MAYA,
        to: 'Tom Hartley <tom@hartley-build.example>',
        date: '2026-03-02 09:00',
        subject: 'Tender review',
        body: `Tom,\n\nCould we meet on Wednesday afternoon to review the tender?\n\n${MAYA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tom@hartley-build.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [['2026-03-05 14:00', '2026-03-06 00:00']],
      excluded: [day('2026-03-04')],
    },
  },
  {
    // FR: "je ne suis plus disponible le jeudi 7" rules the day asked for out; Monday 11 or Tuesday 12 May
    // late in the morning instead.
    id: 'win4-fr-par-thread-plus-disponible-plutot',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Claire Besson <claire.besson@besson-immo.fr>',
    to: HUGO,
    date: '2026-05-05 09:00',
    subject: 'Re: Point chantier',
    body: `Bonjour Hugo,\n\nUn déplacement imprévu : je ne suis plus disponible le jeudi 7. Je vous propose plutôt le lundi 11 ou le mardi 12 mai en fin de matinée.\n\nCordialement,\nClaire Besson`,
    history: [
      {
        style: 'gmail-fr',
        from: HUGO,
        to: 'Claire Besson <claire.besson@besson-immo.fr>',
        date: '2026-05-04 10:00',
        subject: 'Point chantier',
        body: `Claire,\n\nPourrions-nous faire le point sur le chantier jeudi 7 mai à 10h ?\n\n${HUGO_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['claire.besson@besson-immo.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-05-11', '10:00', '12:00'), span('2026-05-12', '10:00', '12:00')],
      excluded: [day('2026-05-07')],
    },
  },
  {
    // Busy on a job elsewhere with an apology: Tuesday 14 and Thursday 16 April are ruled out; Friday 17
    // between 10 and noon instead.
    id: 'win4-en-ny-thread-busy-elsewhere-sorry',
    tz: NY,
    self: SELF_DANA,
    from: 'Luis Ortega <luis@ortega-tile.example>',
    to: DANA,
    date: '2026-04-13 15:00',
    subject: 'Re: Kitchen plans',
    body: `Dana,\n\nTuesday and Thursday I'm tiling in Queens, sorry. Would Friday between 10 and noon work instead?\n\nLuis`,
    history: [
      {
        style: 'gmail-en',
        from: DANA,
        to: 'Luis Ortega <luis@ortega-tile.example>',
        date: '2026-04-13 08:30',
        subject: 'Kitchen plans',
        body: `Luis,\n\nCould we meet on Tuesday or Thursday to go over the kitchen plans?\n\n${DANA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['luis@ortega-tile.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-04-17', '10:00', '12:00')],
      excluded: [day('2026-04-14'), day('2026-04-16')],
    },
  },
  {
    // "I have to be in Leeds … on the 10th" rules the confirmed day out; the week of the 16th, mornings,
    // Friday 20 March ruled out.
    id: 'win4-en-ldn-thread-have-to-be-elsewhere-week-of',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Priya Nair <priya@nair-holdings.example>',
    to: MAYA,
    date: '2026-03-05 11:00',
    subject: 'Re: Quarterly review',
    body: `Maya,\n\nApologies - I have to be in Leeds for a site visit on the 10th. Could we move the review to the week of the 16th? Any morning except Friday.\n\nPriya`,
    history: [
      {
        style: 'gmail-en',
        from: MAYA,
        to: 'Priya Nair <priya@nair-holdings.example>',
        date: '2026-03-02 10:00',
        subject: 'Quarterly review',
        body: `Priya,\n\nConfirming our quarterly review on Tuesday 10 March at 11am.\n\n${MAYA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['priya@nair-holdings.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        span('2026-03-16', '08:00', '12:00'),
        span('2026-03-17', '08:00', '12:00'),
        span('2026-03-18', '08:00', '12:00'),
        span('2026-03-19', '08:00', '12:00'),
      ],
      excluded: [day('2026-03-10'), day('2026-03-20')],
    },
  },
  {
    // FR: "je dois être à Lyon mardi" rules Tuesday 2 June out; Wednesday 3 June in the afternoon instead.
    id: 'win4-fr-par-dois-etre-ailleurs',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Marc Aubry <marc.aubry@aubry-bois.fr>',
    to: HUGO,
    date: '2026-06-01 09:30',
    subject: 'Visite de l’atelier',
    body: `Bonjour Hugo,\n\nJe dois être à Lyon mardi pour un salon. Pourrait-on se voir mercredi après-midi à la place ?\n\nMarc Aubry`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['marc.aubry@aubry-bois.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-06-03', '12:00', '18:00')],
      excluded: [day('2026-06-02')],
    },
  },
  {
    // FR: "dans le 9e" is a Paris district, not the 9th of the month: next week, 12–16 October.
    id: 'win4-fr-par-arrondissement-pas-une-date',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Inès Roy <ines.roy@roy-conseil.fr>',
    to: HUGO,
    date: '2026-10-06 14:00',
    subject: 'Un café ?',
    body: `Bonjour Hugo,\n\nJe travaille dans le 9e toute la semaine prochaine : un café pour parler de vos nouveaux bureaux ?\n\nInès`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['ines.roy@roy-conseil.fr'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [days('2026-10-12', '2026-10-16')],
    },
  },
  {
    // FR: "tous les jours" is days in general, not the coming day; late June (21–30) without Wednesday 24.
    id: 'win4-fr-par-tous-les-jours-sauf',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Julie Perrin <julie.perrin@perrin-edition.fr>',
    to: HUGO,
    date: '2026-06-08 12:00',
    subject: 'Déjeuner',
    body: `Bonjour Hugo,\n\nUn déjeuner fin juin pour fêter la sortie du livre ? Je suis libre tous les jours, sauf le mercredi.\n\nJulie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julie.perrin@perrin-edition.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2026-06-21', '2026-06-23'), days('2026-06-25', '2026-06-30')],
      excluded: [day('2026-06-24')],
    },
  },
  {
    // "bump tomorrow's site meeting to monday or tues": the meeting moves, tomorrow is ruled out and no range runs
    // from it to Monday; Monday 16 or Tuesday 17 March between 10 and noon.
    id: 'win4-en-ny-bump-meeting-to-days-btwn',
    tz: NY,
    self: SELF_DANA,
    from: 'Gus Pereira <gus@pereira-electric.example>',
    to: DANA,
    date: '2026-03-11 07:45',
    subject: 'Site meeting',
    body: `Dana -\n\nthe inspector changed his slot. can we bump tomorrow's site meeting to monday or tues, ideally btwn 10 and noon?\n\nGus`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['gus@pereira-electric.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-16', '10:00', '12:00'), span('2026-03-17', '10:00', '12:00')],
      excluded: [day('2026-03-12')],
    },
  },
  {
    // "reschedule Friday's call to Tuesday afternoon": Tuesday 9 June 12–18 only, not Friday to Tuesday; the
    // Friday the call leaves is ruled out.
    id: 'win4-en-ldn-move-call-to-day',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Ruth Okoye <ruth@okoye-media.example>',
    to: MAYA,
    date: '2026-06-08 10:15',
    subject: 'Our call',
    body: `Hi Maya,\n\nCould we reschedule Friday's call to Tuesday afternoon? A client review landed on my desk.\n\nRuth`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['ruth@okoye-media.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-06-09', '12:00', '18:00')],
      excluded: [day('2026-06-12')],
    },
  },
  {
    // FR: "débordée cette semaine… difficile", then a call on Friday 20 November early in the afternoon: the
    // offer is the exception within the busy week, which is not ruled out.
    id: 'win4-fr-par-semaine-chargee-sauf-une-offre',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Sophie Lenoir <sophie.lenoir@lenoir-patrimoine.fr>',
    to: HUGO,
    date: '2026-11-16 11:00',
    subject: 'Re: Rendez-vous',
    body: `Hugo,\n\nJe suis débordée cette semaine, un rendez-vous sur place sera difficile. En revanche, un appel vendredi en début d'après-midi ?\n\nSophie`,
    history: [
      {
        style: 'gmail-fr',
        from: HUGO,
        to: 'Sophie Lenoir <sophie.lenoir@lenoir-patrimoine.fr>',
        date: '2026-11-16 08:30',
        subject: 'Rendez-vous',
        body: `Sophie,\n\nPourrions-nous nous voir cette semaine pour parler des plans ?\n\n${HUGO_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sophie.lenoir@lenoir-patrimoine.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-11-20', '13:00', '15:00')],
    },
  },
  {
    // "This week is packed for me, but Wednesday at 4 could work": Wednesday 16 September at 4pm, the week is
    // not ruled out around it.
    id: 'win4-en-ny-packed-week-but-one-time',
    tz: NY,
    self: SELF_DANA,
    from: 'Owen Brandt <owen@brandt-supply.example>',
    to: DANA,
    date: '2026-09-14 09:20',
    subject: 'Budget',
    body: `Dana,\n\nHappy to meet about the budget. This week is packed for me, but Wednesday at 4 could work.\n\nOwen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@brandt-supply.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-09-16 16:00')],
    },
  },
  {
    // "the same time a week later": the call agreed for Tuesday 19 May at 3pm moves to Tuesday 26 May at 3pm.
    id: 'win4-en-ldn-thread-same-time-a-week-later',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Greg Hollis <greg@hollis-capital.example>',
    to: MAYA,
    date: '2026-05-18 09:00',
    subject: 'Re: Call on Tuesday',
    body: `Maya,\n\nThe figures won't be ready in time. Could we move the call to the same time a week later?\n\nGreg`,
    history: [
      {
        style: 'gmail-en',
        from: MAYA,
        to: 'Greg Hollis <greg@hollis-capital.example>',
        date: '2026-05-14 17:00',
        subject: 'Call on Tuesday',
        body: `Greg,\n\nLooking forward to our call on Tuesday 19 May at 3pm.\n\n${MAYA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['greg@hollis-capital.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-05-26 15:00')],
    },
  },
  {
    // FR: "deux semaines plus tard, même heure": Tuesday 24 March at 9:30 moves to Tuesday 7 April at 9:30.
    id: 'win4-fr-par-thread-deux-semaines-plus-tard-meme-heure',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Denis Carrel <denis.carrel@carrel-finance.fr>',
    to: HUGO,
    date: '2026-03-23 10:00',
    subject: 'Re: Rendez-vous de mardi',
    body: `Hugo,\n\nLe dossier de financement n'est pas prêt. Pouvons-nous reporter notre rendez-vous deux semaines plus tard, même heure ?\n\nDenis`,
    history: [
      {
        style: 'gmail-fr',
        from: HUGO,
        to: 'Denis Carrel <denis.carrel@carrel-finance.fr>',
        date: '2026-03-20 16:00',
        subject: 'Rendez-vous de mardi',
        body: `Denis,\n\nJe vous confirme notre rendez-vous du mardi 24 mars à 9h30.\n\n${HUGO_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['denis.carrel@carrel-finance.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-04-07 09:30')],
    },
  },
  {
    // FR: "Mardi matin me conviendrait ; jeudi je suis à Nantes": being in Nantes is set against Tuesday, so
    // Thursday 8 October is ruled out.
    id: 'win4-fr-par-thread-point-virgule-ailleurs',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Agnès Morin <agnes.morin@morin-ingenierie.fr>',
    to: HUGO,
    date: '2026-10-02 15:00',
    subject: 'Re: Revue du projet',
    body: `Bonjour Hugo,\n\nMardi matin me conviendrait ; jeudi je suis à Nantes.\n\nAgnès`,
    history: [
      {
        style: 'gmail-fr',
        from: HUGO,
        to: 'Agnès Morin <agnes.morin@morin-ingenierie.fr>',
        date: '2026-10-02 09:00',
        subject: 'Revue du projet',
        body: `Agnès,\n\nPourrions-nous faire la revue du projet la semaine prochaine ? Quel jour vous conviendrait ?\n\n${HUGO_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['agnes.morin@morin-ingenierie.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-10-06', '08:00', '12:00')],
      excluded: [day('2026-10-08')],
    },
  },
  {
    // "Wednesday morning suits me; Friday I'm at a trade fair in Boston": Wednesday 7 October in the morning,
    // Friday 9 October ruled out.
    id: 'win4-en-ny-thread-semicolon-elsewhere',
    tz: NY,
    self: SELF_DANA,
    from: 'Kim Baxter <kim@baxter-cabinets.example>',
    to: DANA,
    date: '2026-10-02 14:00',
    subject: 'Re: Showroom layout',
    body: `Dana,\n\nWednesday morning suits me; Friday I'm at a trade fair in Boston.\n\nKim`,
    history: [
      {
        style: 'gmail-en',
        from: DANA,
        to: 'Kim Baxter <kim@baxter-cabinets.example>',
        date: '2026-10-02 09:00',
        subject: 'Showroom layout',
        body: `Kim,\n\nCould we meet next week to settle the showroom layout? Which day works for you?\n\n${DANA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['kim@baxter-cabinets.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-10-07', '08:00', '12:00')],
      excluded: [day('2026-10-09')],
    },
  },
  {
    // FR: "Je reviens de congé début septembre : …" is why; the offer is Tuesday 8 or Thursday 10 September in
    // the afternoon, early September is neither offered nor ruled out.
    id: 'win4-fr-par-retour-de-conge-puis-offre',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Nadia Fabre <nadia.fabre@fabre-paysage.fr>',
    to: HUGO,
    date: '2026-08-20 10:00',
    subject: 'Réunion de lancement',
    body: `Bonjour Hugo,\n\nJe reviens de congé début septembre : je serais disponible le 8 ou le 10 septembre, l'après-midi, pour la réunion de lancement.\n\nNadia`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nadia.fabre@fabre-paysage.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-09-08', '12:00', '18:00'), span('2026-09-10', '12:00', '18:00')],
    },
  },
  {
    // "I'm on the road until the 12th, so any time after the 14th works": from Friday 15 May on, open-ended.
    id: 'win4-en-ny-on-the-road-until-so-after',
    tz: NY,
    self: SELF_DANA,
    from: 'Rick Salazar <rick@salazar-stone.example>',
    to: DANA,
    date: '2026-05-04 12:00',
    subject: 'Countertop samples',
    body: `Hi Dana,\n\nHappy to go over the countertop samples on a call. I'm on the road until the 12th, so any time after the 14th works.\n\nRick`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rick@salazar-stone.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [['2026-05-15 00:00', null]],
    },
  },
  {
    // Asked on Monday 2 November about next week; the reply the same day: Thursday 12 November in the
    // afternoon, and Tuesday 10 November (not tomorrow) is the one ruled out.
    id: 'win4-en-ldn-thread-ruled-out-weekday-in-week-discussed',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Sam Keane <sam@keane-surveyors.example>',
    to: MAYA,
    date: '2026-11-02 15:30',
    subject: 'Re: Survey results',
    body: `Maya,\n\nThursday afternoon suits me; Tuesday I'm at a client site in Bristol.\n\nSam`,
    history: [
      {
        style: 'gmail-en',
        from: MAYA,
        to: 'Sam Keane <sam@keane-surveyors.example>',
        date: '2026-11-02 09:00',
        subject: 'Survey results',
        body: `Sam,\n\nCould we meet next week to go through the survey results? Which days would suit you?\n\n${MAYA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sam@keane-surveyors.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-11-12', '12:00', '18:00')],
      excluded: [day('2026-11-10')],
    },
  },
  {
    // FR: asked on Monday 2 February about next week; "mercredi matin me va ; mardi je suis à Lille" the same
    // day: Wednesday 11 February in the morning, Tuesday 10 February ruled out.
    id: 'win4-fr-par-thread-jour-exclu-dans-la-semaine-discutee',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Lucas Giraud <lucas.giraud@giraud-metal.fr>',
    to: HUGO,
    date: '2026-02-02 16:00',
    subject: 'Re: Visite de chantier',
    body: `Bonjour Hugo,\n\nMercredi matin me va très bien ; mardi je suis à Lille.\n\nLucas`,
    history: [
      {
        style: 'gmail-fr',
        from: HUGO,
        to: 'Lucas Giraud <lucas.giraud@giraud-metal.fr>',
        date: '2026-02-02 09:00',
        subject: 'Visite de chantier',
        body: `Lucas,\n\nPourrions-nous faire la visite de chantier la semaine prochaine ? Quels jours vous arrangent ?\n\n${HUGO_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lucas.giraud@giraud-metal.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-02-11', '08:00', '12:00')],
      excluded: [day('2026-02-10')],
    },
  },
  {
    // "Tuesday afternoons are best": every Tuesday afternoon over the 28 days after Wednesday 9 September.
    id: 'win4-en-ny-weekday-afternoons-habit',
    tz: NY,
    self: SELF_DANA,
    from: 'Paula Grant <paula@grant-lighting.example>',
    to: DANA,
    date: '2026-09-09 11:00',
    subject: 'Lighting plan',
    body: `Hi Dana,\n\nHappy to talk through the lighting plan on a call. Tuesday afternoons are best for me.\n\nPaula`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['paula@grant-lighting.example'],
      type: 'call',
      duration: null,
      location: null,
      when: each(['2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06'], '12:00', '18:00'),
    },
  },
  {
    // "Monday and Wednesday evenings": every Monday and Wednesday evening over the 28 days after Thursday 4 June.
    id: 'win4-en-ldn-two-weekday-evenings-habit',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Ivo Brandt <ivo@brandt-studio.example>',
    to: MAYA,
    date: '2026-06-04 10:00',
    subject: 'Catch-up call',
    body: `Maya,\n\nMonday and Wednesday evenings are usually quiet for me if you'd like a call about the brochure.\n\nIvo`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ivo@brandt-studio.example'],
      type: 'call',
      duration: null,
      location: null,
      when: each(
        [
          '2026-06-08',
          '2026-06-10',
          '2026-06-15',
          '2026-06-17',
          '2026-06-22',
          '2026-06-24',
          '2026-06-29',
          '2026-07-01',
        ],
        '18:00',
        '22:00',
      ),
    },
  },
  {
    // Three people, asked on Monday 2 March about next week (9–13 March). Ken: Monday to Thursday, away on
    // Friday; Lola (newest): Wednesday is out. Left: Monday–Tuesday and Thursday.
    id: 'win4-en-ldn-thread-two-participants-away-after-comma',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Lola Briggs <lola.briggs@briggs-homes.example>',
    to: MAYA,
    cc: 'Ken Briggs <ken.briggs@briggs-homes.example>',
    date: '2026-03-02 16:40',
    subject: 'Re: Extension plans',
    body: `Maya,\n\nWednesday's out for me - I'm in court all day. Otherwise I'm flexible.\n\nLola`,
    history: [
      {
        style: 'gmail-en',
        from: 'Ken Briggs <ken.briggs@briggs-homes.example>',
        to: MAYA,
        cc: 'Lola Briggs <lola.briggs@briggs-homes.example>',
        date: '2026-03-02 12:15',
        body: `Hi Maya,\n\nMonday to Thursday work for me, I'm away on Friday.\n\nKen`,
      },
      {
        style: 'gmail-en',
        from: MAYA,
        to: 'Ken Briggs <ken.briggs@briggs-homes.example>, Lola Briggs <lola.briggs@briggs-homes.example>',
        date: '2026-03-02 09:00',
        subject: 'Extension plans',
        body: `Ken, Lola,\n\nCould we meet next week to go over the extension plans?\n\n${MAYA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['lola.briggs@briggs-homes.example', 'ken.briggs@briggs-homes.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-03-09', '2026-03-10'), day('2026-03-12')],
      excluded: [day('2026-03-11'), day('2026-03-13')],
    },
  },
  {
    // FR: "Lundi ou mardi me conviennent, je serai absente jeudi": two clauses; Monday 18 or Tuesday 19 May,
    // Thursday 21 May ruled out.
    id: 'win4-fr-par-thread-absente-apres-virgule',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Elsa Vidal <elsa.vidal@vidal-deco.fr>',
    to: HUGO,
    date: '2026-05-15 14:00',
    subject: 'Re: Choix des matériaux',
    body: `Bonjour Hugo,\n\nLundi ou mardi me conviennent, je serai absente jeudi.\n\nElsa`,
    history: [
      {
        style: 'gmail-fr',
        from: HUGO,
        to: 'Elsa Vidal <elsa.vidal@vidal-deco.fr>',
        date: '2026-05-15 09:30',
        subject: 'Choix des matériaux',
        body: `Elsa,\n\nPourrions-nous nous voir la semaine prochaine pour choisir les matériaux ?\n\n${HUGO_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['elsa.vidal@vidal-deco.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2026-05-18'), day('2026-05-19')],
      excluded: [day('2026-05-21')],
    },
  },
  {
    // "Tuesday the 9th or Wednesday the 10th, or any day the following week": 9 and 10 June, then 15–19 June.
    id: 'win4-en-ldn-dated-days-or-following-week',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Harriet Cole <harriet@cole-gallery.example>',
    to: MAYA,
    date: '2026-05-28 10:00',
    subject: 'Gallery fit-out',
    body: `Maya,\n\nI could show you the gallery space on Tuesday the 9th or Wednesday the 10th, or any day the following week.\n\nHarriet`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['harriet@cole-gallery.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2026-06-09'), day('2026-06-10'), days('2026-06-15', '2026-06-19')],
    },
  },
  {
    // FR: "le jeudi 4 ou le vendredi 5 juin, ou n'importe quel jour la semaine suivante": 4 and 5 June, then
    // 8–12 June.
    id: 'win4-fr-par-jours-dates-ou-semaine-suivante',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Bruno Lacombe <bruno.lacombe@lacombe-bois.fr>',
    to: HUGO,
    date: '2026-05-26 11:00',
    subject: 'Visite de l’atelier',
    body: `Bonjour Hugo,\n\nJe peux vous faire visiter l'atelier le jeudi 4 ou le vendredi 5 juin, ou n'importe quel jour la semaine suivante.\n\nBruno Lacombe`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bruno.lacombe@lacombe-bois.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2026-06-04'), day('2026-06-05'), days('2026-06-08', '2026-06-12')],
    },
  },
];
