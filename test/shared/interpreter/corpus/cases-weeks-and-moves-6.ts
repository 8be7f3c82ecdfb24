/**
 * Development cases written for the time-window categories found on the sixth held-out set
 * (cases-held-out-6.ts) after its first, blind run, with wording of their own (never the held-out sentences).
 * Part of the development set.
 * Categories: a part of the week said with "the week of <date>" ("mid-week in the week of the 21st", "en fin de
 * semaine du 14") is that part of that week; weekdays said before "of the week of <date>" ("mercredi ou jeudi de
 * la semaine du 26 octobre") are picked in that week; a part of the week and a bound joined by "and" ("en début
 * de semaine, et avant midi") narrow a week said before; a weekday ruled out after a range of dates ("from the
 * 12th to the 16th … except the Wednesday morning", "entre le 9 et le 13 … sauf le lundi") is the one in the
 * range; "move our call from Wednesday to Thursday", "décaler de lundi à mercredi", "déplacer … de jeudi à la
 * semaine prochaine" move the meeting: no range from one time to the other, the time left is ruled out; a
 * meeting to be moved, with the new times asked in another sentence ("I need to push our call on Tuesday. The
 * following week, any morning …?"), is ruled out, and "the following week" is the week after the meeting's;
 * someone who will not be able to come ("ne pourra pas assister au point prévu jeudi", "I won't be able to make
 * Wednesday's review") rules the day out and asks to move a meeting; "all week" / "toute la semaine" said beside
 * a day ("à partir de lundi prochain, toute la semaine") is that day's week; a range of hours said of a kind of
 * day or of no day ("any weekday between 9 and 11am", "tous les jours entre 14h et 16h") is those hours on each
 * such day of the 28 days to come, and "any day after 3pm" speaks of days in general (not "the day after"); a
 * weekday picked after a part of a month ("early next month … a Tuesday") is read in that part; "from 10 to noon"
 * is a range of hours, not "ten to twelve" nor the 10th; short weekday names that are also common words ("Mon",
 * "Sat", "Sun") are days beside another day ("Mon-Wed", "Sat or Sun"); "10ish" is about 10, an exact start;
 * "before the end of next week" / "d'ici la fin du mois" run until that end, and "d'ici vendredi" includes Friday;
 * "la semaine pro" is next week; "neither works" / "aucune de ces dates ne me convient" in a reply rules out the days
 * offered before it, and the reply's own times replace them; British "Monday week", "a week on Tuesday", "Tuesday
 * fortnight" are a week or two after the coming weekday, and "w/c 21 June" / "the week commencing …" is that week.
 */
import { at, day, days, span, type CaseRow, type LocalWindow } from './corpus-case.js';
import { DANA, HUGO, LONDON, MAYA, NY, PARIS, SELF_DANA, SELF_HUGO, SELF_MAYA } from './dev-clients.js';

/** `from`–`to` on each of the `count` days from `first` whose ISO weekday (1 = Monday) is not in `skip`. */
export function daily(
  first: string,
  count: number,
  hours: [string, string],
  skip: readonly number[] = [],
): LocalWindow[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(start + index * 86_400_000))
    .filter((date) => !skip.includes(((date.getUTCDay() + 6) % 7) + 1))
    .map((date) => span(date.toISOString().slice(0, 10), hours[0], hours[1]));
}

/** The whole days among the `count` days from `first` whose ISO weekday is `weekday`. */
function weekdays(first: string, count: number, weekday: number): LocalWindow[] {
  const others = [1, 2, 3, 4, 5, 6, 7].filter((other) => other !== weekday);
  return daily(first, count, ['00:00', '24:00'], others);
}

export const WEEKS_AND_MOVES_6_CASES: readonly CaseRow[] = [
  {
    // "mid-week in the week of the 21st of September": Tuesday 22 to Thursday 24 September.
    id: 'wm6-en-ldn-midweek-week-of-date',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Priya Shah <priya@shah-retail.example>',
    to: MAYA,
    date: '2026-09-01 10:00',
    subject: 'Mock-ups',
    body: `Hi Maya,\n\nCould we get together mid-week in the week of the 21st of September? I'd like to walk you through the mock-ups.\n\nPriya`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya@shah-retail.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-09-22', '2026-09-24')],
    },
  },
  {
    // FR: "en fin de semaine du 14 septembre" = Thursday 17 and Friday 18 September.
    id: 'wm6-fr-par-fin-de-semaine-du',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Camille Roux <camille@roux-paysages.fr>',
    to: HUGO,
    date: '2026-09-02 09:00',
    subject: 'Café',
    body: `Salut Hugo,\n\nUn café en fin de semaine du 14 septembre, ça te dit ?\n\nCamille`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['camille@roux-paysages.fr'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [days('2026-09-17', '2026-09-18')],
    },
  },
  {
    // "Tuesday or Thursday of the week of November 2nd … afternoons": 3 and 5 November, the week after the US
    // clocks go back.
    id: 'wm6-en-ny-weekdays-of-week-of',
    tz: NY,
    self: SELF_DANA,
    from: 'Leon Brandt <leon@brandt-stone.example>',
    to: DANA,
    date: '2026-10-20 09:00',
    subject: 'Quick call',
    body: `Dana,\n\nWould Tuesday or Thursday of the week of November 2nd work for a call? Afternoons are best for me.\n\nLeon`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leon@brandt-stone.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-11-03', '12:00', '18:00'), span('2026-11-05', '12:00', '18:00')],
    },
  },
  {
    // FR: "le mercredi ou le jeudi de la semaine du 26 octobre": 28 and 29 October, not the next Wednesday.
    id: 'wm6-fr-par-jours-de-la-semaine-du',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Bertrand Vial <b.vial@vial-immobilier.fr>',
    to: HUGO,
    date: '2026-10-14 11:00',
    subject: 'Déjeuner',
    body: `Bonjour Hugo,\n\nJe vous propose un déjeuner le mercredi ou le jeudi de la semaine du 26 octobre.\n\nBien à vous,\nBertrand Vial`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['b.vial@vial-immobilier.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2026-10-28', '2026-10-29')],
    },
  },
  {
    // FR: "la semaine du 12 octobre ? Idéalement en début de semaine, et avant midi": Monday 12 and Tuesday 13
    // before noon.
    id: 'wm6-fr-par-debut-de-semaine-et-avant',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Nadia Ferrand <nadia.ferrand@ferrand-avocats.fr>',
    to: HUGO,
    date: '2026-09-28 09:00',
    subject: 'Point téléphonique',
    body: `Bonjour,\n\nPourrions-nous faire un point téléphonique la semaine du 12 octobre ? Idéalement en début de semaine, et avant midi.\n\nNadia Ferrand`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nadia.ferrand@ferrand-avocats.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-10-12', '00:00', '12:00'), span('2026-10-13', '00:00', '12:00')],
    },
  },
  {
    // "from the 12th to the 16th of October … except the Wednesday morning": Wednesday 14 October 8–12 is cut out.
    id: 'wm6-en-ldn-range-except-weekday-part',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Owen Price <owen@price-build.example>',
    to: MAYA,
    date: '2026-10-01 09:00',
    subject: 'Site visit',
    body: `Maya,\n\nAny time from the 12th to the 16th of October works for the site visit, except the Wednesday morning.\n\nOwen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@price-build.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        ['2026-10-12 00:00', '2026-10-14 08:00'],
        ['2026-10-14 12:00', '2026-10-17 00:00'],
      ],
      excluded: [span('2026-10-14', '08:00', '12:00')],
    },
  },
  {
    // FR: "entre le 9 et le 13 novembre ? Tout me convient sauf le lundi": Monday 9 is ruled out.
    id: 'wm6-fr-par-entre-sauf-le-lundi',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Julie Perrin <julie@perrin-studio.fr>',
    to: HUGO,
    date: '2026-11-02 10:00',
    subject: 'Visio',
    body: `Bonjour Hugo,\n\nUne visio entre le 9 et le 13 novembre ? Tout me convient sauf le lundi.\n\nJulie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julie@perrin-studio.fr'],
      type: 'video',
      duration: null,
      location: null,
      when: [days('2026-11-10', '2026-11-13')],
      excluded: [day('2026-11-09')],
    },
  },
  {
    // "move our catch-up from Wednesday to Thursday, same time (2:30pm)": Thursday 10 at 14:30; Wednesday is left.
    id: 'wm6-en-ldn-move-from-to-same-time',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Rosa Lind <rosa@lind-textiles.example>',
    to: MAYA,
    date: '2026-09-07 09:00',
    subject: 'Our catch-up',
    body: `Hi Maya,\n\nWould it be OK to move our catch-up from Wednesday to Thursday, same time (2:30pm)? A supplier visit landed on Wednesday.\n\nRosa`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['rosa@lind-textiles.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-09-10 14:30')],
      excluded: [day('2026-09-09')],
    },
  },
  {
    // FR: "décaler notre rendez-vous de lundi à mercredi, à 10h": Wednesday 9 at 10:00, not Monday to Wednesday.
    id: 'wm6-fr-par-decaler-de-lundi-a-mercredi',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Arnaud Colin <arnaud@colin-menuiserie.fr>',
    to: HUGO,
    date: '2026-09-04 15:00',
    subject: 'Rendez-vous',
    body: `Bonjour Hugo,\n\nSerait-il possible de décaler notre rendez-vous de lundi à mercredi, à 10h ?\n\nArnaud`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['arnaud@colin-menuiserie.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-09-09 10:00')],
      excluded: [day('2026-09-07')],
    },
  },
  {
    // FR: "déplacer notre déjeuner de jeudi à la semaine prochaine ? Plutôt en début de semaine": Monday 21 and
    // Tuesday 22 September; Thursday 17 is left.
    id: 'wm6-fr-par-deplacer-a-la-semaine-prochaine',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Sandrine Hubert <sandrine@hubert-conseil.fr>',
    to: HUGO,
    date: '2026-09-15 09:00',
    subject: 'Déjeuner',
    body: `Hugo,\n\nPouvons-nous déplacer notre déjeuner de jeudi à la semaine prochaine ? Plutôt en début de semaine.\n\nSandrine`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['sandrine@hubert-conseil.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2026-09-21', '2026-09-22')],
      excluded: [day('2026-09-17')],
    },
  },
  {
    // "I need to push our call on Tuesday. The following week, any morning except Monday?": Tuesday 13 is left;
    // the week after it, 20–23 October mornings, Monday 19 ruled out.
    id: 'wm6-en-ny-push-then-following-week',
    tz: NY,
    self: SELF_DANA,
    from: 'Marco Ruiz <marco@ruiz-plumbing.example>',
    to: DANA,
    date: '2026-10-09 10:00',
    subject: 'Our call',
    body: `Sorry Dana, I need to push our call on Tuesday. The following week, any morning except Monday?\n\nMarco`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['marco@ruiz-plumbing.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [
        span('2026-10-20', '08:00', '12:00'),
        span('2026-10-21', '08:00', '12:00'),
        span('2026-10-22', '08:00', '12:00'),
        span('2026-10-23', '08:00', '12:00'),
      ],
      excluded: [day('2026-10-13'), day('2026-10-19')],
    },
  },
  {
    // FR: "je dois reporter notre réunion de mardi. La semaine suivante, n'importe quel matin sauf le vendredi ?":
    // Tuesday 6 October is left; 12–15 October mornings, Friday 16 ruled out.
    id: 'wm6-fr-par-reporter-semaine-suivante',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Élise Garnier <elise@garnier-archi.fr>',
    to: HUGO,
    date: '2026-10-02 10:00',
    subject: 'Réunion',
    body: `Bonjour Hugo,\n\nJe dois reporter notre réunion de mardi. La semaine suivante, n'importe quel matin sauf le vendredi ?\n\nÉlise`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['elise@garnier-archi.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        span('2026-10-12', '08:00', '12:00'),
        span('2026-10-13', '08:00', '12:00'),
        span('2026-10-14', '08:00', '12:00'),
        span('2026-10-15', '08:00', '12:00'),
      ],
      excluded: [day('2026-10-06'), day('2026-10-16')],
    },
  },
  {
    // "I won't be able to make Wednesday's review after all … Thursday or Friday afternoon instead?": a move;
    // Wednesday 16 is ruled out.
    id: 'wm6-en-ldn-wont-be-able-to-make',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Tom Hale <tom@hale-joinery.example>',
    to: MAYA,
    date: '2026-09-14 09:00',
    subject: 'Review',
    body: `Hi Maya,\n\nI won't be able to make Wednesday's review after all. Could we do Thursday or Friday afternoon instead?\n\nTom`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['tom@hale-joinery.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-09-17', '12:00', '18:00'), span('2026-09-18', '12:00', '18:00')],
      excluded: [day('2026-09-16')],
    },
  },
  {
    // FR: an assistant writes that her manager "ne pourra pas assister au point prévu jeudi" and proposes late
    // October: Thursday 8 is ruled out, 21–31 October offered.
    id: 'wm6-fr-par-ne-pourra-pas-assister',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Lucie Martin <lucie.martin@bernard-sa.fr>',
    to: HUGO,
    cc: 'Sophie Bernard <sophie.bernard@bernard-sa.fr>',
    date: '2026-10-05 10:00',
    subject: 'Point de jeudi',
    body: `Bonjour Hugo,\n\nMme Bernard (en copie) ne pourra pas assister au point prévu jeudi. Elle vous propose de le reporter à fin octobre.\n\nLucie Martin\nAssistante de direction`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['lucie.martin@bernard-sa.fr', 'sophie.bernard@bernard-sa.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-10-21', '2026-10-31')],
      excluded: [day('2026-10-08')],
    },
  },
  {
    // FR: "à partir de lundi prochain, toute la semaine, sauf le jeudi après-midi": 14–19 September, Thursday 17
    // afternoon cut out.
    id: 'wm6-fr-par-toute-la-semaine-a-partir-de',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Paul Giraud <paul@giraud-bois.fr>',
    to: HUGO,
    date: '2026-09-09 10:00',
    subject: 'Rencontre',
    body: `Bonjour Hugo,\n\nJe suis disponible à partir de lundi prochain, toute la semaine, sauf le jeudi après-midi.\n\nPaul`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['paul@giraud-bois.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        ['2026-09-14 00:00', '2026-09-17 12:00'],
        ['2026-09-17 18:00', '2026-09-19 00:00'],
      ],
      excluded: [span('2026-09-17', '12:00', '18:00')],
    },
  },
  {
    // "I'm around all week from Monday the 5th - any time except Tuesday morning": 5–9 October, Tuesday 6 morning
    // cut out.
    id: 'wm6-en-ldn-all-week-from-monday',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Owen Price <owen@price-build.example>',
    to: MAYA,
    date: '2026-09-28 10:00',
    subject: 'Meeting',
    body: `Maya,\n\nHappy to meet. I'm around all week from Monday the 5th - any time except Tuesday morning.\n\nOwen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@price-build.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        ['2026-10-05 00:00', '2026-10-06 08:00'],
        ['2026-10-06 12:00', '2026-10-10 00:00'],
      ],
      excluded: [span('2026-10-06', '08:00', '12:00')],
    },
  },
  {
    // "Any weekday between 9 and 11am …, except Fridays": 9–11 on Monday to Thursday over the 28 days from Monday
    // 12 October (the US clocks go back on 1 November), the Fridays ruled out.
    id: 'wm6-en-ny-any-weekday-hours-except',
    tz: NY,
    self: SELF_DANA,
    from: 'Leon Brandt <leon@brandt-stone.example>',
    to: DANA,
    date: '2026-10-12 08:00',
    subject: 'Quick call',
    body: `Dana,\n\nAny weekday between 9 and 11am works for a quick call, except Fridays.\n\nLeon`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leon@brandt-stone.example'],
      type: 'call',
      duration: null,
      location: null,
      when: daily('2026-10-12', 28, ['09:00', '11:00'], [5, 6, 7]),
      excluded: weekdays('2026-10-12', 28, 5),
    },
  },
  {
    // FR: "tous les jours entre 14h et 16h, sauf le mercredi": 14–16 each day of the 28 from Monday 19 October
    // (clocks go back on the 25th), the Wednesdays ruled out.
    id: 'wm6-fr-par-tous-les-jours-heures-sauf',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Arnaud Colin <arnaud@colin-menuiserie.fr>',
    to: HUGO,
    date: '2026-10-19 08:30',
    subject: 'Appel',
    body: `Bonjour Hugo,\n\nPour l'appel, je suis joignable tous les jours entre 14h et 16h, sauf le mercredi.\n\nArnaud`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['arnaud@colin-menuiserie.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: daily('2026-10-19', 28, ['14:00', '16:00'], [3]),
      excluded: weekdays('2026-10-19', 28, 3),
    },
  },
  {
    // "Any day after 3pm suits me, except Mondays": 15:00–24:00 each day of the 28 from Monday 2 November, the
    // Mondays (today included) ruled out.
    id: 'wm6-en-ldn-any-day-after-except',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Rosa Lind <rosa@lind-textiles.example>',
    to: MAYA,
    date: '2026-11-02 09:00',
    subject: 'Samples',
    body: `Hi Maya,\n\nHappy to meet to go through the samples. Any day after 3pm suits me, except Mondays.\n\nRosa`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rosa@lind-textiles.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: daily('2026-11-02', 28, ['15:00', '24:00'], [1]),
      excluded: weekdays('2026-11-02', 28, 1),
    },
  },
  {
    // "Early next month would be ideal - a Tuesday if possible": Tuesdays 3 and 10 November, not every Tuesday
    // of the month.
    id: 'wm6-en-ldn-early-next-month-a-tuesday',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Priya Shah <priya@shah-retail.example>',
    to: MAYA,
    date: '2026-10-20 10:00',
    subject: 'Catch-up',
    body: `Hi Maya,\n\nShall we catch up in person? Early next month would be ideal - a Tuesday if possible.\n\nPriya`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya@shah-retail.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2026-11-03'), day('2026-11-10')],
    },
  },
  {
    // "Tuesday from 10 to noon or Thursday from 2 to 4": two ranges of hours; "10 to noon" is neither 11:50 nor
    // the 10th.
    id: 'wm6-en-ny-from-ten-to-noon',
    tz: NY,
    self: SELF_DANA,
    from: 'Marco Ruiz <marco@ruiz-plumbing.example>',
    to: DANA,
    date: '2027-03-08 09:00',
    subject: 'Walkthrough',
    body: `Dana,\n\nFor the walkthrough I'm free Tuesday from 10 to noon or Thursday from 2 to 4.\n\nMarco`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['marco@ruiz-plumbing.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2027-03-09', '10:00', '12:00'), span('2027-03-11', '14:00', '16:00')],
    },
  },
  {
    // "Mon-Wed next week, mornings only" and "10ish on Friday" in one message: the three mornings of 15–17 March
    // and Friday 12 at about 10.
    id: 'wm6-en-ny-mon-wed-and-ten-ish',
    tz: NY,
    self: SELF_DANA,
    from: 'Leon Brandt <leon@brandt-stone.example>',
    to: DANA,
    date: '2027-03-08 09:00',
    subject: 'Countertops',
    body: `Dana,\n\nCould we meet about the countertops? 10ish on Friday would be easiest, otherwise I'm available Mon-Wed next week, mornings only.\n\nLeon`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leon@brandt-stone.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        at('2027-03-12 10:00'),
        span('2027-03-15', '08:00', '12:00'),
        span('2027-03-16', '08:00', '12:00'),
        span('2027-03-17', '08:00', '12:00'),
      ],
    },
  },
  {
    // "Sat or Sun?" offers the coming weekend's two days.
    id: 'wm6-en-ldn-sat-or-sun',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Rosa Lind <rosa@lind-textiles.example>',
    to: MAYA,
    date: '2027-04-19 18:00',
    subject: 'Coffee',
    body: `Maya! Back in town at last. Coffee this weekend - Sat or Sun?\n\nR`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rosa@lind-textiles.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [days('2027-04-24', '2027-04-25')],
    },
  },
  {
    // FR: "d'ici la fin du mois" runs from now to the end of April, not to the 21st.
    id: 'wm6-fr-par-d-ici-la-fin-du-mois',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Julie Perrin <julie@perrin-studio.fr>',
    to: HUGO,
    date: '2027-04-19 09:00',
    subject: 'Visio',
    body: `Bonjour Hugo,\n\nPourrions-nous caler une visio d'ici la fin du mois ? Je m'adapte.\n\nJulie`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julie@perrin-studio.fr'],
      type: 'video',
      duration: null,
      location: null,
      when: [['2027-04-19 09:00', '2027-05-01 00:00']],
    },
  },
  {
    // FR: "un déj la semaine pro": lunch, next week (26–30 April).
    id: 'wm6-fr-par-dej-semaine-pro',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Camille Roux <camille@roux-paysages.fr>',
    to: HUGO,
    date: '2027-04-21 17:00',
    subject: 'Déj',
    body: `Hello Hugo,\n\nOn se cale un déj la semaine pro ? Dis-moi ce qui t'arrange.\n\nCamille`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['camille@roux-paysages.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2027-04-26', '2027-04-30')],
    },
  },
  {
    // A reply: "Afraid neither works … How about the following Monday?": Wednesday 5 and Thursday 6 May, offered in
    // the quoted message, are ruled out; Monday 10 May is offered.
    id: 'wm6-en-ldn-thread-neither-works',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Tom Hale <tom@hale-joinery.example>',
    to: MAYA,
    date: '2027-05-04 10:00',
    subject: 'Re: Joinery samples',
    body: `Maya,\n\nAfraid neither works - the workshop is being moved that week. How about the following Monday?\n\nTom`,
    history: [
      {
        style: 'gmail-en',
        from: MAYA,
        to: 'Tom Hale <tom@hale-joinery.example>',
        date: '2027-05-03 09:00',
        body: `Hi Tom,\n\nCould you bring the joinery samples round on Wednesday or Thursday?\n\nMaya`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tom@hale-joinery.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2027-05-10')],
      excluded: [days('2027-05-05', '2027-05-06')],
    },
  },
  {
    // FR reply: "aucune de ces dates ne me convient … le vendredi 14 ?": Tuesday 11 and Wednesday 12, offered in the
    // quoted message, are ruled out; Friday 14 is offered.
    id: 'wm6-fr-par-thread-aucune-de-ces-dates',
    tz: PARIS,
    self: SELF_HUGO,
    from: 'Bertrand Vial <b.vial@vial-immobilier.fr>',
    to: HUGO,
    date: '2027-05-04 11:00',
    subject: 'RE: Visite du chantier',
    body: `Hugo,\n\nDésolé, aucune de ces dates ne me convient. Le vendredi 14 serait-il possible ?\n\nBertrand`,
    history: [
      {
        style: 'gmail-fr',
        from: HUGO,
        to: 'Bertrand Vial <b.vial@vial-immobilier.fr>',
        date: '2027-05-03 16:00',
        body: `Bonjour Bertrand,\n\nPour la visite du chantier, je vous propose le mardi 11 ou le mercredi 12 mai.\n\nHugo`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['b.vial@vial-immobilier.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2027-05-14')],
      excluded: [days('2027-05-11', '2027-05-12')],
    },
  },
  {
    // British: "Monday week or a week on Tuesday" = Monday 21 and Tuesday 22 June (the coming ones are 14 and 15);
    // "next week's chock-a-block" rules 14–18 June out.
    id: 'wm6-en-ldn-monday-week',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Owen Price <owen@price-build.example>',
    to: MAYA,
    date: '2027-06-11 09:00',
    subject: 'Snagging visit',
    body: `Maya,\n\nNext week's chock-a-block. Could we do the snagging visit Monday week or a week on Tuesday?\n\nOwen`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@price-build.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2027-06-21', '2027-06-22')],
      excluded: [days('2027-06-14', '2027-06-18')],
    },
  },
  {
    // "w/c 21 June, ideally Tuesday fortnight": Tuesday 29 June is outside that week, so both are offered: the week
    // of 21–25 June and Tuesday 29.
    id: 'wm6-en-ldn-week-commencing',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Priya Shah <priya@shah-retail.example>',
    to: MAYA,
    date: '2027-06-11 15:00',
    subject: 'Store launch debrief',
    body: `Hi Maya,\n\nFor the launch debrief I can do any day w/c 21 June, or Tuesday fortnight.\n\nPriya`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya@shah-retail.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2027-06-21', '2027-06-25'), day('2027-06-29')],
    },
  },
];
