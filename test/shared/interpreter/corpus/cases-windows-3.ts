/**
 * Development cases written for the time-window categories found on the third held-out set
 * (cases-held-out-3.ts), with wording of their own (never the held-out sentences). Part of the development set.
 * Categories: "the week after next" and "the following week" after a stated week; being elsewhere with regret
 * or a contrast as unavailability; contiguous windows joined into one (listed whole days stay apart);
 * numbered streets that are not dates; the present said as a remark; a weekday ruled out every week kept
 * within the stated period; "quinze jours" as two weeks; "un" / "une" as articles; weekdays picked after a
 * stated period; a dash after words that joins no range; a reply's "the Monday" read in the thread's period;
 * "over lunch" as the meal, not hours; "the week after" / "celle d'après" following a week said before (also a
 * ruled-out one); "is out of the question"; "only the 15th" ruling out the other days named; a part of day
 * defined by a bound on its own edge ("mornings - before noon"); "this week or next, but the one after"; a
 * weekday ruled out within a stated month; a second range of times listed after a dated one; "early the week
 * after next"; several parts of day said before several days; a part of day within a span of instants;
 * "weekends" / "hors week-ends" as every weekend of the stated range; "but Friday" without a comma; "la
 * suivante ?" / "the one after" after a ruled-out week, range or weekday; "c'est compliqué", "is packed",
 * "on holiday" as unavailability.
 */
import { at, day, days, span, type CaseRow, type LocalWindow } from './corpus-case.js';

const LONDON = 'Europe/London';
const PARIS = 'Europe/Paris';
const NY = 'America/New_York';

/** The same part of day on each listed date. */
const each = (dates: readonly string[], from: string, to: string): LocalWindow[] => dates.map((d) => span(d, from, to));

const NINA = 'Nina Shah <nina@shah-legal.example>';
const SELF_NINA = ['nina@shah-legal.example'];
const NINA_SIG = 'Nina Shah\nShah Legal\n12 Bedford Row, London WC1R 4BU';
const BEN = 'Ben Alder <ben@alder-partners.example>';
const SELF_BEN = ['ben@alder-partners.example'];
const BEN_SIG = 'Ben Alder\nAlder Partners\n(646) 555-0142';
const ROSE = 'Rose Lambert <rose@lambert-conseil.fr>';
const SELF_ROSE = ['rose@lambert-conseil.fr'];
const ROSE_SIG = 'Rose Lambert\nLambert Conseil\n01 44 55 66 77';

export const WINDOW_3_CASES: readonly CaseRow[] = [
  {
    // Said on Tuesday 7 April: this week 6–10, next 13–17, the week after next 20–24; afternoons 12–18.
    id: 'win3-en-ldn-call-week-after-next-afternoons',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Owen Price <owen@price-estates.example>',
    to: NINA,
    date: '2026-04-07 10:00',
    subject: 'Lease draft',
    body: `Hi Nina,\n\nThanks for sending the draft over. Could we go through it on a call the week after next? Any afternoon would work for me.\n\nOwen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@price-estates.example'],
      type: 'call',
      duration: null,
      location: null,
      when: each(['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24'], '12:00', '18:00'),
    },
  },
  {
    // "next week I'm at the trade show…, but the following week": next week (18–22 May) is ruled out, the
    // following week is 25–29 May; Tuesday or Thursday morning.
    id: 'win3-en-ny-thread-away-next-week-following-week',
    tz: NY,
    self: SELF_BEN,
    from: 'Carla Ruiz <carla@ruiz-foods.example>',
    to: BEN,
    date: '2026-05-12 11:30',
    subject: 'Re: Distribution terms',
    body: `Ben,\n\nSorry, next week I'm at the trade show in Chicago, but the following week I could do Tuesday or Thursday morning.\n\nCarla`,
    history: [
      {
        style: 'gmail-en',
        from: BEN,
        to: 'Carla Ruiz <carla@ruiz-foods.example>',
        date: '2026-05-11 09:00',
        subject: 'Distribution terms',
        body: `Carla,\n\nCould we meet next week to settle the distribution terms?\n\n${BEN_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['carla@ruiz-foods.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-05-26', '08:00', '12:00'), span('2026-05-28', '08:00', '12:00')],
      excluded: [days('2026-05-18', '2026-05-22')],
    },
  },
  {
    // FR: "la semaine prochaine je serai à Bruxelles…, mais la semaine suivante": 21–25 September ruled out,
    // Tuesday 29 September or Friday 2 October in the morning.
    id: 'win3-fr-par-thread-bruxelles-semaine-suivante',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Paul Girard <paul.girard@girard-imprimerie.fr>',
    to: ROSE,
    date: '2026-09-15 17:00',
    subject: 'Re: Nouvelle maquette',
    body: `Bonjour Rose,\n\nLa semaine prochaine je serai à Bruxelles pour le salon du livre, mais la semaine suivante je suis libre mardi ou vendredi matin.\n\nCordialement,\nPaul Girard`,
    history: [
      {
        style: 'gmail-fr',
        from: ROSE,
        to: 'Paul Girard <paul.girard@girard-imprimerie.fr>',
        date: '2026-09-15 09:00',
        subject: 'Nouvelle maquette',
        body: `Paul,\n\nPouvons-nous nous voir pour valider la nouvelle maquette ?\n\n${ROSE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['paul.girard@girard-imprimerie.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-09-29', '08:00', '12:00'), span('2026-10-02', '08:00', '12:00')],
      excluded: [days('2026-09-21', '2026-09-25')],
    },
  },
  {
    // "I'm in Denver on Wednesday and Thursday, sadly": both days ruled out, as one contiguous exclusion;
    // the counter-proposal Friday 10–12 replaces the quoted afternoons.
    id: 'win3-en-ny-thread-in-denver-sadly-friday',
    tz: NY,
    self: SELF_BEN,
    from: 'Hugo Brandt <hugo@brandt-mining.example>',
    to: BEN,
    date: '2026-06-01 08:45',
    subject: 'Re: Royalty audit',
    body: `Ben,\n\nI'm in Denver on Wednesday and Thursday, sadly. Would Friday between 10 and 12 work instead?\n\nHugo`,
    history: [
      {
        style: 'gmail-en',
        from: BEN,
        to: 'Hugo Brandt <hugo@brandt-mining.example>',
        date: '2026-05-29 16:00',
        subject: 'Royalty audit',
        body: `Hugo,\n\nCould we meet on Wednesday or Thursday afternoon next week about the royalty audit?\n\n${BEN_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['hugo@brandt-mining.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-06-05', '10:00', '12:00')],
      excluded: [days('2026-06-03', '2026-06-04')],
    },
  },
  {
    // FR: "je suis bloqué au tribunal" rules Tuesday 27 out; Wednesday 28 "en fin de matinée" = 10–12.
    id: 'win3-fr-par-thread-bloque-au-tribunal-mercredi',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Maître Yves Caron <yves.caron@caron-avocats.fr>',
    to: ROSE,
    date: '2026-10-22 09:10',
    subject: 'Re: Protocole transactionnel',
    body: `Chère Madame,\n\nMardi je suis bloqué au tribunal toute la journée. Mercredi en fin de matinée, cela vous irait-il ?\n\nYves Caron`,
    history: [
      {
        style: 'gmail-fr',
        from: ROSE,
        to: 'Maître Yves Caron <yves.caron@caron-avocats.fr>',
        date: '2026-10-21 18:00',
        subject: 'Protocole transactionnel',
        body: `Maître,\n\nPourrions-nous faire le point sur le protocole mardi 27 ou mercredi 28 octobre ?\n\n${ROSE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['yves.caron@caron-avocats.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-10-28', '10:00', '12:00')],
      excluded: [day('2026-10-27')],
    },
  },
  {
    // "late afternoon or early evening" = 16–18 and 18–20, one contiguous window; "East 21st" is a street.
    id: 'win3-en-ny-drink-late-afternoon-or-early-evening-street',
    tz: NY,
    self: SELF_BEN,
    from: 'Tessa Moore <tessa@moore-gallery.example>',
    to: BEN,
    date: '2026-11-04 12:00',
    subject: 'Drink?',
    body: `Ben,\n\nFancy a drink on Thursday? Late afternoon or early evening, whichever is easier - the gallery has moved to East 21st, so I can come to you.\n\nTessa`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tessa@moore-gallery.example'],
      type: 'drinks',
      duration: null,
      location: null,
      when: [span('2026-11-05', '16:00', '20:00')],
    },
  },
  {
    // A call at an exact time; "from the car on West 14th" names a street, not the 14th.
    id: 'win3-en-ny-call-thursday-4pm-west-14th',
    tz: NY,
    self: SELF_BEN,
    from: 'Raj Mehta <raj@mehta-capital.example>',
    to: BEN,
    date: '2026-10-20 10:30',
    subject: 'Term sheet',
    body: `Ben -\n\nQuick call Thursday at 4pm? I'll ring you from the car on West 14th.\n\nRaj`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['raj@mehta-capital.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-10-22 16:00')],
    },
  },
  {
    // "Now that the round has closed" is a reason, not a time: early next month = 1–10 June.
    id: 'win3-en-ldn-now-that-early-next-month',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Felix Grant <felix@grant-bio.example>',
    to: NINA,
    date: '2026-05-26 15:00',
    subject: 'Catching up',
    body: `Hi Nina,\n\nNow that the funding round has closed, could we catch up on a video call early next month?\n\nFelix`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['felix@grant-bio.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [days('2026-06-01', '2026-06-10')],
    },
  },
  {
    // FR: "En ce moment" describes the writer's weeks; the proposal is the week of 8 June (8–12).
    id: 'win3-fr-par-en-ce-moment-semaine-du-8-juin',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Julie Martin <julie.martin@martin-deco.fr>',
    to: ROSE,
    date: '2026-05-26 11:00',
    subject: 'Point trimestriel',
    body: `Bonjour Rose,\n\nEn ce moment c'est la course avec les inventaires. Pourrions-nous nous appeler la semaine du 8 juin ?\n\nJulie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julie.martin@martin-deco.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [days('2026-06-08', '2026-06-12')],
    },
  },
  {
    // "between the 12th and the 23rd, except Mondays": the Mondays of that range (12 and 19) are cut out and
    // listed, not every Monday of the next 28 days.
    id: 'win3-en-ny-between-12th-and-23rd-except-mondays',
    tz: NY,
    self: SELF_BEN,
    from: 'Dana Kline <dana@kline-architects.example>',
    to: BEN,
    date: '2026-10-08 14:00',
    subject: 'Site visit',
    body: `Ben,\n\nFor the site visit, any day between the 12th and the 23rd works for us, except Mondays.\n\nDana`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['dana@kline-architects.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-10-13', '2026-10-18'), days('2026-10-20', '2026-10-23')],
      excluded: [day('2026-10-12'), day('2026-10-19')],
    },
  },
  {
    // FR: "les quinze prochains jours" = [now, now + 14 days) (no DST change), Wednesdays within it cut out.
    id: 'win3-fr-par-quinze-prochains-jours-sauf-mercredis',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Marc Dubois <marc.dubois@dubois-transport.fr>',
    to: ROSE,
    date: '2026-06-18 14:00',
    subject: 'Contrat de maintenance',
    body: `Bonjour,\n\nJe peux passer vous voir quand vous voulez dans les quinze prochains jours, sauf les mercredis.\n\nMarc Dubois`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['marc.dubois@dubois-transport.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        ['2026-06-18 14:00', '2026-06-24 00:00'],
        ['2026-06-25 00:00', '2026-07-01 00:00'],
        ['2026-07-02 00:00', '2026-07-02 14:00'],
      ],
      excluded: [day('2026-06-24'), day('2026-07-01')],
    },
  },
  {
    // FR: "un imprévu" is an article, not one o'clock; the moved Thursday is ruled out (a new time is offered);
    // Monday 23 or Tuesday 24 November in the morning.
    id: 'win3-fr-par-reporter-jeudi-un-imprevu',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Claire Vidal <claire.vidal@vidal-rh.fr>',
    to: ROSE,
    date: '2026-11-17 08:30',
    subject: 'Notre rendez-vous',
    body: `Bonjour Rose,\n\nJe dois reporter notre rendez-vous de jeudi, un imprévu familial. Seriez-vous libre lundi ou mardi matin ?\n\nClaire`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['claire.vidal@vidal-rh.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-11-23', '08:00', '12:00'), span('2026-11-24', '08:00', '12:00')],
      excluded: [day('2026-11-19')],
    },
  },
  {
    // FR: "la semaine du 12 octobre, le mardi ou le jeudi, de 9h à 11h" = Tuesday 13 and Thursday 15, 9–11.
    id: 'win3-fr-par-semaine-du-12-mardi-ou-jeudi-9h-11h',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Sylvie Roche <sylvie.roche@roche-compta.fr>',
    to: ROSE,
    date: '2026-09-29 10:00',
    subject: 'Clôture annuelle',
    body: `Bonjour Rose,\n\nJe vous propose un appel la semaine du 12 octobre, le mardi ou le jeudi, de 9h à 11h.\n\nSylvie Roche`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sylvie.roche@roche-compta.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-10-13', '09:00', '11:00'), span('2026-10-15', '09:00', '11:00')],
    },
  },
  {
    // "next week, Monday or Wednesday, between 9 and 11am": the days of next week (8 and 10 March), 9–11.
    id: 'win3-en-ldn-next-week-monday-or-wednesday-9-11',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Grace Osei <grace@osei-design.example>',
    to: NINA,
    date: '2027-03-01 09:00',
    subject: 'Trademark filing',
    body: `Hi Nina,\n\nCould we have a call next week, Monday or Wednesday, between 9 and 11am?\n\nGrace`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['grace@osei-design.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2027-03-08', '09:00', '11:00'), span('2027-03-10', '09:00', '11:00')],
    },
  },
  {
    // "later in the week instead - Thursday after 3pm, or any time Friday": the dash ends a clause (no range);
    // Thursday 15:00 to the end of Friday is one contiguous window; Wednesday is ruled out.
    id: 'win3-en-ldn-thread-instead-dash-thursday-after-3-or-friday',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Leo Hart <leo@hart-media.example>',
    to: NINA,
    date: '2026-04-14 12:15',
    subject: 'Re: Licence review',
    body: `Nina,\n\nWednesday doesn't work for me, sorry. Could we do a call later in the week instead - Thursday after 3pm, or any time Friday?\n\nLeo`,
    history: [
      {
        style: 'gmail-en',
        from: NINA,
        to: 'Leo Hart <leo@hart-media.example>',
        date: '2026-04-13 17:00',
        subject: 'Licence review',
        body: `Leo,\n\nCould we go through the licence on a call on Wednesday?\n\n${NINA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leo@hart-media.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [['2026-04-16 15:00', '2026-04-18 00:00']],
      excluded: [day('2026-04-15')],
    },
  },
  {
    // A forward to the assistant: the forwarded "the week of the 10th" (10–14 August) frames the client's
    // "I'd rather not do the Tuesday" (11 August), which is cut out and listed.
    id: 'win3-en-ldn-fwd-week-of-10th-rather-not-tuesday',
    tz: LONDON,
    self: SELF_NINA,
    assistant: ['slash@slash.example'],
    from: NINA,
    to: 'Slash <slash@slash.example>',
    date: '2026-07-31 09:00',
    subject: 'Fwd: Coffee?',
    body: `Slash, please find us a slot. I'd rather not do the Tuesday.\n\nNina`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Amir Khan <amir@khan-ventures.example>',
        to: NINA,
        date: '2026-07-30 18:20',
        subject: 'Coffee?',
        body: `Nina,\n\nShall we grab a coffee? I'm around the week of the 10th.\n\nAmir`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['amir@khan-ventures.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [day('2026-08-10'), days('2026-08-12', '2026-08-14')],
      excluded: [day('2026-08-11')],
    },
  },
  {
    // "over lunch" names the meal (the meeting's kind), not hours: Friday 7 August is the whole day.
    id: 'win3-en-ldn-talk-over-lunch-friday',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Sam Fielding <sam@fielding-group.example>',
    to: NINA,
    date: '2026-08-04 16:00',
    subject: 'The merger',
    body: `Nina,\n\nCould we talk the merger through over lunch on Friday?\n\nSam`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sam@fielding-group.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [day('2026-08-07')],
    },
  },
  {
    // "I'm away next week, but the week after works": next week (10–14 August) is ruled out; "the week after"
    // follows it (17–21 August), and "ideally Tuesday" is that week's Tuesday.
    id: 'win3-en-ny-away-next-week-week-after-tuesday',
    tz: NY,
    self: SELF_BEN,
    from: 'Iris Bell <iris@bell-studio.example>',
    to: BEN,
    date: '2026-08-06 13:00',
    subject: 'Brand review',
    body: `Hi Ben,\n\nI'm away next week, but the week after works for me - ideally Tuesday.\n\nIris`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['iris@bell-studio.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2026-08-18')],
      excluded: [days('2026-08-10', '2026-08-14')],
    },
  },
  {
    // FR: "pas la semaine prochaine…, mais celle d'après": 9–13 November ruled out, the mornings of 16–20 offered.
    id: 'win3-fr-par-pas-semaine-prochaine-celle-d-apres-matin',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Hélène Bastide <helene.bastide@bastide-formation.fr>',
    to: ROSE,
    date: '2026-11-05 18:30',
    subject: 'Formation des équipes',
    body: `Bonsoir Rose,\n\nPas la semaine prochaine, j'ai les jurys d'examen, mais celle d'après, n'importe quel matin.\n\nHélène`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['helene.bastide@bastide-formation.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: each(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'], '08:00', '12:00'),
      excluded: [days('2026-11-09', '2026-11-13')],
    },
  },
  {
    // "Next week is out of the question, I'm afraid; the week after, any morning?": 21–25 September ruled out,
    // the mornings of 28 September – 2 October offered.
    id: 'win3-en-ldn-next-week-out-of-question-week-after-mornings',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Tom Ashby <tom@ashby-surveys.example>',
    to: NINA,
    date: '2026-09-15 08:20',
    subject: 'Boundary survey',
    body: `Nina,\n\nNext week is out of the question, I'm afraid; the week after, any morning?\n\nTom`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tom@ashby-surveys.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: each(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02'], '08:00', '12:00'),
      excluded: [days('2026-09-21', '2026-09-25')],
    },
  },
  {
    // FR thread: "Le 14, j'ai une audience, donc seulement le 15" keeps 15 October at the quoted 10h and rules
    // the 14th out ("une audience" is an article, not one o'clock).
    id: 'win3-fr-par-thread-le-14-audience-seulement-le-15',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Maître Anne Leroux <anne.leroux@leroux-avocats.fr>',
    to: ROSE,
    date: '2026-10-06 12:00',
    subject: 'Re: Rendez-vous de signature',
    body: `Bonjour,\n\nLe 14, j'ai une audience à Nanterre, donc seulement le 15.\n\nAnne Leroux`,
    history: [
      {
        style: 'gmail-fr',
        from: ROSE,
        to: 'Maître Anne Leroux <anne.leroux@leroux-avocats.fr>',
        date: '2026-10-05 17:00',
        subject: 'Rendez-vous de signature',
        body: `Maître,\n\nPouvons-nous fixer la signature le 14 ou le 15 octobre, à 10h ?\n\n${ROSE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['anne.leroux@leroux-avocats.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-10-15 10:00')],
      excluded: [day('2026-10-14')],
    },
  },
  {
    // "Monday's packed, so just Tuesday for me": Tuesday 23 June at the quoted 2pm; Monday 22 ruled out.
    id: 'win3-en-ny-thread-monday-packed-just-tuesday',
    tz: NY,
    self: SELF_BEN,
    from: 'Kim Novak <kim@novak-freight.example>',
    to: BEN,
    date: '2026-06-18 09:00',
    subject: 'Re: Freight rates',
    body: `Ben,\n\nMonday's packed, so just Tuesday for me.\n\nKim`,
    history: [
      {
        style: 'gmail-en',
        from: BEN,
        to: 'Kim Novak <kim@novak-freight.example>',
        date: '2026-06-17 15:00',
        subject: 'Freight rates',
        body: `Kim,\n\nCould we go over the freight rates on Monday or Tuesday next week, at 2pm?\n\n${BEN_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['kim@novak-freight.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-06-23 14:00')],
      excluded: [day('2026-06-22')],
    },
  },
  {
    // Being somewhere "but only on Wednesday" narrows the stay, it rules nothing out: Wednesday 22 April.
    id: 'win3-en-ny-in-boston-next-week-but-only-wednesday',
    tz: NY,
    self: SELF_BEN,
    from: 'Ellen Park <ellen@park-robotics.example>',
    to: BEN,
    date: '2026-04-16 10:00',
    subject: 'Coffee in Boston',
    body: `Ben,\n\nI'll be in Boston next week, but only on Wednesday - could we grab a coffee then?\n\nEllen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ellen@park-robotics.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [day('2026-04-22')],
    },
  },
  {
    // "evenings - after 6pm -": the bound on the evening's own edge says what the writer means by evenings:
    // Wednesday and Thursday from 18:00 to the end of the day.
    id: 'win3-en-ldn-evenings-dash-after-6pm-defines',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Priya Nair <priya@nair-consulting.example>',
    to: NINA,
    date: '2026-03-03 09:00',
    subject: 'Pension scheme',
    body: `Hi Nina,\n\nCould we have a call on Wednesday or Thursday? My days are full of workshops, so evenings - after 6pm - would be best.\n\nPriya`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya@nair-consulting.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-04', '18:00', '24:00'), span('2026-03-05', '18:00', '24:00')],
    },
  },
  {
    // FR: "le matin, c'est-à-dire avant midi" = before noon on each day, not 8–12; a bound on another edge
    // ("l'après-midi, après 15h") would only narrow the part.
    id: 'win3-fr-par-matin-c-est-a-dire-avant-midi',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Denis Morel <denis.morel@morel-batiment.fr>',
    to: ROSE,
    date: '2026-03-03 09:00',
    subject: 'Chantier de la rue Oberkampf',
    body: `Bonjour Rose,\n\nJe peux passer jeudi ou vendredi, le matin, c'est-à-dire avant midi.\n\nDenis Morel`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['denis.morel@morel-batiment.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-05', '00:00', '12:00'), span('2026-03-06', '00:00', '12:00')],
    },
  },
  {
    // "not this week or next, but the one after": 14–18 and 21–25 September ruled out; "the one after" follows
    // the elliptic "next" (28 September – 2 October), any afternoon.
    id: 'win3-en-ldn-not-this-week-or-next-the-one-after',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Martin Greaves <martin@greaves-audit.example>',
    to: NINA,
    date: '2026-09-17 11:00',
    subject: 'Year-end review',
    body: `Nina,\n\nThe year-end audit has swallowed my diary: not this week or next, but the one after would work - any afternoon.\n\nMartin`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['martin@greaves-audit.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: each(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02'], '12:00', '18:00'),
      excluded: [days('2026-09-14', '2026-09-18'), days('2026-09-21', '2026-09-25')],
    },
  },
  {
    // "any weekday in October, except Fridays": the Fridays of October are ruled out (not those of the 28
    // days after now, which end on 8 October).
    id: 'win3-en-ny-weekday-in-october-except-fridays',
    tz: NY,
    self: SELF_BEN,
    from: 'Laura Chen <laura@chen-events.example>',
    to: BEN,
    date: '2026-09-10 10:00',
    subject: 'Planning workshop',
    body: `Ben,\n\nFor the planning workshop, any weekday in October works for my team, except Fridays.\n\nLaura`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['laura@chen-events.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        day('2026-10-01'),
        days('2026-10-05', '2026-10-08'),
        days('2026-10-12', '2026-10-15'),
        days('2026-10-19', '2026-10-22'),
        days('2026-10-26', '2026-10-29'),
      ],
      excluded: [day('2026-10-02'), day('2026-10-09'), day('2026-10-16'), day('2026-10-23'), day('2026-10-30')],
    },
  },
  {
    // A second range of times listed after a dated one is on the same day: Tuesday 9 June, 9–11 or 14–16.
    id: 'win3-en-ldn-tuesday-9-11-or-2-4',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Chloe Dunn <chloe@dunn-law.example>',
    to: NINA,
    date: '2026-06-04 16:00',
    subject: 'Completion statement',
    body: `Hi Nina,\n\nCould we do a video call on Tuesday, 9-11am or 2-4pm?\n\nChloe`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['chloe@dunn-law.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2026-06-09', '09:00', '11:00'), span('2026-06-09', '14:00', '16:00')],
    },
  },
  {
    // FR: "mardi de 9h à 11h ou de 14h à 16h": both ranges on Tuesday 10 March.
    id: 'win3-fr-par-mardi-de-9h-a-11h-ou-de-14h-a-16h',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Bruno Lefort <bruno.lefort@lefort-expertise.fr>',
    to: ROSE,
    date: '2026-03-05 10:00',
    subject: 'Expertise comptable',
    body: `Bonjour Rose,\n\nJe vous propose un rendez-vous téléphonique mardi de 9h à 11h ou de 14h à 16h.\n\nBruno Lefort`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bruno.lefort@lefort-expertise.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-10', '09:00', '11:00'), span('2026-03-10', '14:00', '16:00')],
    },
  },
  {
    // "early the week after next", said on Tuesday 24 February: the week of 9 March, Monday–Tuesday.
    id: 'win3-en-ldn-early-the-week-after-next',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Rob Fielder <rob@fielder-homes.example>',
    to: NINA,
    date: '2026-02-24 14:00',
    subject: 'Planning appeal',
    body: `Nina,\n\nCould you fit in a meeting early the week after next? The appeal deadline is at the end of that month.\n\nRob`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rob@fielder-homes.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-03-09', '2026-03-10')],
    },
  },
  {
    // Two parts of day said before two days: each part on each day, joined (16–20 on Tuesday 10 and
    // Wednesday 11 March).
    id: 'win3-en-ny-late-afternoon-or-early-evening-tue-or-wed',
    tz: NY,
    self: SELF_BEN,
    from: 'Sofia Marr <sofia@marr-wines.example>',
    to: BEN,
    date: '2026-03-06 12:00',
    subject: 'Tasting',
    body: `Ben,\n\nShall we do the tasting late afternoon or early evening on Tuesday or Wednesday?\n\nSofia`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sofia@marr-wines.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-10', '16:00', '20:00'), span('2026-03-11', '16:00', '20:00')],
    },
  },
  {
    // FR: "en fin d'après-midi ou en soirée, jeudi ou vendredi" = 16–22 on Thursday 11 and Friday 12 June.
    id: 'win3-fr-par-fin-apres-midi-ou-soiree-jeudi-ou-vendredi',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Agnès Perrin <agnes.perrin@perrin-galerie.fr>',
    to: ROSE,
    date: '2026-06-09 10:00',
    subject: 'Vernissage',
    body: `Bonjour Rose,\n\nPourrions-nous nous retrouver en fin d'après-midi ou en soirée, jeudi ou vendredi ?\n\nAgnès`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['agnes.perrin@perrin-galerie.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-06-11', '16:00', '22:00'), span('2026-06-12', '16:00', '22:00')],
    },
  },
  {
    // "any morning in the next two weeks, except Mondays": mornings within [now, now + 14 days) (the first and
    // last clipped to it), the Mondays of that span (22 and 29 June) cut out and listed.
    id: 'win3-en-ldn-any-morning-next-two-weeks-except-mondays',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Alice Frost <alice@frost-charity.example>',
    to: NINA,
    date: '2026-06-16 10:00',
    subject: 'Trustee meeting',
    body: `Dear Nina,\n\nAny morning in the next two weeks would suit me, except Mondays.\n\nAlice`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['alice@frost-charity.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        span('2026-06-16', '10:00', '12:00'),
        ...each(['2026-06-17', '2026-06-18', '2026-06-19', '2026-06-20', '2026-06-21'], '08:00', '12:00'),
        ...each(['2026-06-23', '2026-06-24', '2026-06-25', '2026-06-26', '2026-06-27', '2026-06-28'], '08:00', '12:00'),
        span('2026-06-30', '08:00', '10:00'),
      ],
      excluded: [day('2026-06-22'), day('2026-06-29')],
    },
  },
  {
    // FR: "entre le 9 et le 20 novembre, hors week-ends": the weekend inside the range (14–15) is cut out and
    // listed as one stretch.
    id: 'win3-fr-par-entre-le-9-et-le-20-hors-week-ends',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Étienne Faure <etienne.faure@faure-notaires.fr>',
    to: ROSE,
    date: '2026-10-28 10:00',
    subject: 'Signature de la promesse',
    body: `Bonjour Madame,\n\nPour la signature de la promesse, je vous propose une date entre le 9 et le 20 novembre, hors week-ends.\n\nÉtienne Faure`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['etienne.faure@faure-notaires.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-11-09', '2026-11-13'), days('2026-11-16', '2026-11-20')],
      excluded: [days('2026-11-14', '2026-11-15')],
    },
  },
  {
    // "every afternoon next week but Friday": "but" without a comma rules Friday (7 August) out.
    id: 'win3-en-ny-every-afternoon-next-week-but-friday',
    tz: NY,
    self: SELF_BEN,
    from: 'Victor Hale <victor@hale-engineering.example>',
    to: BEN,
    date: '2026-07-29 09:30',
    subject: 'Design review',
    body: `Ben,\n\nEvery afternoon next week but Friday is open for the design review.\n\nVictor`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['victor@hale-engineering.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: each(['2026-08-03', '2026-08-04', '2026-08-05', '2026-08-06'], '12:00', '18:00'),
      excluded: [day('2026-08-07')],
    },
  },
  {
    // FR: "toute la semaine prochaine, hélas. La suivante, peut-être ?": 5–9 October ruled out, the following
    // week (12–16 October) offered.
    id: 'win3-fr-par-geneve-semaine-prochaine-helas-la-suivante',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Xavier Noël <xavier.noel@noel-horlogerie.fr>',
    to: ROSE,
    date: '2026-09-29 15:00',
    subject: 'Collection de printemps',
    body: `Bonjour Rose,\n\nJe serai à Genève toute la semaine prochaine, hélas. La suivante, peut-être ?\n\nXavier`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['xavier.noel@noel-horlogerie.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-10-12', '2026-10-16')],
      excluded: [days('2026-10-05', '2026-10-09')],
    },
  },
  {
    // "on holiday from the 13th to the 17th; the following week": the absence (13–17 July) is ruled out and
    // "the following week" is the one after it (20–24 July).
    id: 'win3-en-ldn-holiday-13th-to-17th-following-week',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Gavin Moss <gavin@moss-estates.example>',
    to: NINA,
    date: '2026-07-01 11:00',
    subject: 'Title review',
    body: `Nina,\n\nI'm on holiday from the 13th to the 17th; the following week would work for a call.\n\nGavin`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['gavin@moss-estates.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [days('2026-07-20', '2026-07-24')],
      excluded: [days('2026-07-13', '2026-07-17')],
    },
  },
  {
    // "Not next Tuesday - the one after": Tuesday 21 April ruled out, Tuesday 28 April offered (the dash joins
    // no range).
    id: 'win3-en-ny-not-next-tuesday-the-one-after',
    tz: NY,
    self: SELF_BEN,
    from: 'Henry Clay <henry@clay-holdings.example>',
    to: BEN,
    date: '2026-04-16 17:00',
    subject: 'Board call',
    body: `Ben,\n\nNot next Tuesday - the one after would be better for the board call.\n\nHenry`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['henry@clay-holdings.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [day('2026-04-28')],
      excluded: [day('2026-04-21')],
    },
  },
  {
    // FR: "Cette semaine c'est compliqué ; la semaine prochaine, lundi ou mercredi après-midi ?": this week
    // (11–15 May) ruled out; Monday 18 and Wednesday 20 May, 12–18.
    id: 'win3-fr-par-cette-semaine-complique-lundi-ou-mercredi',
    tz: PARIS,
    self: SELF_ROSE,
    from: 'Lina Haddad <lina.haddad@haddad-traiteur.fr>',
    to: ROSE,
    date: '2026-05-12 09:00',
    subject: 'Menu du séminaire',
    body: `Bonjour Rose,\n\nCette semaine c'est compliqué ; la semaine prochaine, lundi ou mercredi après-midi ?\n\nLina`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lina.haddad@haddad-traiteur.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-05-18', '12:00', '18:00'), span('2026-05-20', '12:00', '18:00')],
      excluded: [days('2026-05-11', '2026-05-15')],
    },
  },
  {
    // "This week is packed, but next week any afternoon": this week (9–13 November) ruled out, the afternoons
    // of 16–20 November offered; "at the moment" ruled out is no window.
    id: 'win3-en-ldn-this-week-packed-next-week-afternoons',
    tz: LONDON,
    self: SELF_NINA,
    from: 'Ruth Oduya <ruth@oduya-partners.example>',
    to: NINA,
    date: '2026-11-10 08:00',
    subject: 'Coffee',
    body: `Hi Nina,\n\nI'm flat out at the moment. This week is packed, but next week any afternoon for a coffee?\n\nRuth`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ruth@oduya-partners.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: each(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'], '12:00', '18:00'),
      excluded: [days('2026-11-09', '2026-11-13')],
    },
  },
];
