/**
 * The fourth held-out set: 60 emails (30 EN, 30 FR; 30 with quoted or forwarded history, 6 of them forwards to
 * the assistant; 4 HTML-only; 30 single messages) written blind, labelled by hand from the contract's reading
 * rules (shared/contracts/interpret.md) without reading the interpreter's source, its tests or the other corpus
 * files, and before any run of the interpreter on them. Never tune the interpreter on these.
 * About half are ordinary requests (a coffee next week, a call on Tuesday or Thursday afternoon, a 30-minute
 * Zoom, lunch at a named restaurant, a meeting at an office from a signature, a reschedule, a cancellation), the
 * other half harder: messy or unaccented wording, informal French, ranges, open bounds, exclusions, "après-demain",
 * "dans quinze jours", "jeudi en huit", month parts, counter-proposals, superseded plans, optional attendees,
 * people copied for information, introducers stepping out (one moved to Bcc), assistants writing for a boss,
 * the assistant in Cc, relative expressions resolved against a forwarded message's own date, the 28-day rule,
 * and messages that are not scheduling requests.
 * Clients in London, New York, Los Angeles, Singapore, Kathmandu (UTC+05:45, Sunday–Friday working week),
 * Bengaluru (Asia/Kolkata), Paris, Bordeaux, Brussels, Geneva (Europe/Zurich) and Montréal (America/Toronto);
 * times stated in another zone in DST-mismatch weeks (March and late October 2026, March 2027), Sydney just after
 * its October switch, and windows falling in DST-transition weeks.
 * Labelling conventions where the contract leaves a choice (the same as the third held-out set): contiguous
 * allowed windows are merged into one; an exclusion inside a stated range is cut out of `when` and also listed in
 * `excluded`; "after the 15th" starts on the 16th; "between the 5th and the 9th" / "du 17 au 19" include both
 * days; a part of day after "<day> or <day>" applies to both days; month parts and date ranges keep their weekend
 * days; a cancellation with no new time has no windows; an "other" message has type null and its sender as
 * contact. Also: a contact's explicit "X is out" / "pas le X" / "sauf le X" rules out the whole day X; a stated
 * preference ("de préférence le matin", "plutôt en matinée") is read as the window; Québec "déjeuner" early in the
 * morning is breakfast; a duration or place stated only in quoted history carries over when the newest message
 * does not change it; "the studio" / "le chai" / "chez toi" point to the client's address in the quoted signature.
 * Over 500 lines because it is one data table, kept in one file so that the labels can be frozen in a single,
 * reviewable diff.
 */
import { at, day, days, onward, span, type CaseRow, type LocalWindow } from './corpus-case.js';

const SLASH = 'Slash <slash@slash.example>';
const ASSISTANT = ['slash@slash.example'];

const LONDON = 'Europe/London';
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const SINGAPORE = 'Asia/Singapore';
const KATHMANDU = 'Asia/Kathmandu';
const KOLKATA = 'Asia/Kolkata';
const PARIS = 'Europe/Paris';
const BRUSSELS = 'Europe/Brussels';
const ZURICH = 'Europe/Zurich';
const TORONTO = 'America/Toronto';

/** The same part of day on each listed date. */
const each = (dates: readonly string[], from: string, to: string): LocalWindow[] => dates.map((d) => span(d, from, to));

// --- English-speaking clients ---
const ELEANOR = 'Eleanor Marsh <eleanor@marsh-quayle.co.uk>';
const SELF_ELEANOR = ['eleanor@marsh-quayle.co.uk'];
const ELEANOR_SIG =
  'Eleanor Marsh\nDirector, Marsh & Quayle Architects\n14 Clerkenwell Green, London EC1R 0DP\n+44 20 7946 0321';
const ELEANOR_OFFICE = '14 Clerkenwell Green, London EC1R 0DP';

const NATALIE = 'Natalie Cho <natalie@cho-advisory.com>';
const SELF_NATALIE = ['natalie@cho-advisory.com'];
const NATALIE_SIG =
  'Natalie Cho\nManaging Director, Cho Advisory\n45 Rockefeller Plaza, 20th Floor\nNew York, NY 10111\n(212) 555-0178';
const NATALIE_OFFICE = '45 Rockefeller Plaza, 20th Floor, New York, NY 10111';

const MARCUS = 'Marcus Reyes <marcus@reyes-films.com>';
const SELF_MARCUS = ['marcus@reyes-films.com'];
const MARCUS_SIG =
  'Marcus Reyes\nProducer, Reyes Film Partners\n9000 Sunset Boulevard, Suite 1100\nWest Hollywood, CA 90069\n(310) 555-0147';

const WEILING = 'Tan Wei Ling <weiling.tan@tankoh-capital.sg>';
const SELF_WEILING = ['weiling.tan@tankoh-capital.sg'];
const WEILING_SIG =
  'Tan Wei Ling\nPartner, Tan & Koh Capital\n1 Raffles Place, #44-01\nSingapore 048616\n+65 6555 0192';

const ANIL = 'Anil Shrestha <anil@shrestha-hydro.com.np>';
const SELF_ANIL = ['anil@shrestha-hydro.com.np'];
const ANIL_SIG =
  'Anil Shrestha\nPrincipal Engineer, Shrestha Hydro Consult\nLazimpat Road, Kathmandu 44600\n+977 1 4005 123';
const ANIL_OFFICE = 'Lazimpat Road, Kathmandu 44600';

const ROHAN = 'Rohan Iyer <rohan@iyer-analytics.in>';
const SELF_ROHAN = ['rohan@iyer-analytics.in'];
const ROHAN_SIG =
  'Rohan Iyer\nFounder & CEO, Iyer Analytics\n3rd Floor, 12 80 Feet Road, Indiranagar\nBengaluru 560038\n+91 80 4555 0190';

// --- French-speaking clients ---
const BEATRICE = 'Béatrice Morel <beatrice@morel-design.fr>';
const SELF_BEATRICE = ['beatrice@morel-design.fr'];
const BEATRICE_SIG =
  'Béatrice Morel\nDirectrice artistique – Morel Design\n27 rue de Charonne, 75011 Paris\n06 45 12 78 90';
const BEATRICE_OFFICE = '27 rue de Charonne, 75011 Paris';

const ETIENNE = 'Étienne Carré <etienne.carre@carre-vignal.fr>';
const SELF_ETIENNE = ['etienne.carre@carre-vignal.fr'];
const ETIENNE_SIG =
  "Étienne Carré\nAvocat associé – Carré Vignal Avocats\n9 avenue de l'Opéra, 75001 Paris\n01 44 55 66 77";
const ETIENNE_OFFICE = "9 avenue de l'Opéra, 75001 Paris";

const JULIEN = 'Julien Brossard <julien@brossard-vins.fr>';
const SELF_JULIEN = ['julien@brossard-vins.fr'];
const JULIEN_SIG = 'Julien Brossard\nNégociant – Brossard Vins\n12 quai des Chartrons, 33000 Bordeaux\n05 56 00 12 34';
const JULIEN_OFFICE = '12 quai des Chartrons, 33000 Bordeaux';

const ANNESO = 'Anne-Sophie Dumont <as.dumont@dumont-conseil.be>';
const SELF_ANNESO = ['as.dumont@dumont-conseil.be'];
const ANNESO_SIG =
  'Anne-Sophie Dumont\nAssociée gérante – Dumont Conseil\nAvenue Louise 231, 1050 Bruxelles\n+32 2 555 01 23';
const ANNESO_OFFICE = 'Avenue Louise 231, 1050 Bruxelles';

const LAURENT = 'Laurent Favre <laurent.favre@favre-gestion.ch>';
const SELF_LAURENT = ['laurent.favre@favre-gestion.ch'];
const LAURENT_SIG = 'Laurent Favre\nDirecteur – Favre Gestion SA\nRue du Rhône 42, 1204 Genève\n+41 22 555 04 40';
const LAURENT_OFFICE = 'Rue du Rhône 42, 1204 Genève';

const ISABELLE = 'Isabelle Côté <isabelle@cote-design.ca>';
const SELF_ISABELLE = ['isabelle@cote-design.ca'];
const ISABELLE_SIG =
  'Isabelle Côté\nPrésidente, Côté Design inc.\n355 rue Sainte-Catherine Ouest, bureau 600\nMontréal (Québec) H3B 1A5\n514 555-0186';

// ---------------------------------------------------------------------------------------------------------------
// English, single messages (15)
// ---------------------------------------------------------------------------------------------------------------
const EN_SINGLE: CaseRow[] = [
  {
    // Ordinary: coffee next week (said on Wednesday 6 May → 11–15 May); a venue named without an address.
    id: 'h4-en-01',
    tz: LONDON,
    self: SELF_ELEANOR,
    from: 'Jonah Kessler <jonah@kessler-build.example>',
    to: ELEANOR,
    date: '2026-05-06 10:12',
    subject: 'Coffee?',
    body: `Hi Eleanor,\n\nGood to see you at the awards dinner last week. Fancy a coffee next week to pick up where we left off on the Hackney scheme? Prufrock on Leather Lane is handy for both of us.\n\nBest,\nJonah\n\nJonah Kessler\nKessler Build Ltd\n07700 900 412`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jonah@kessler-build.example'],
      type: 'coffee',
      duration: null,
      location: 'Prufrock on Leather Lane',
      when: [days('2026-05-11', '2026-05-15')],
    },
  },
  {
    // Ordinary with a typo: Tuesday 16 or Thursday 18 June (said on Friday 12), afternoons; "20 minutes max".
    id: 'h4-en-02',
    tz: NY,
    self: SELF_NATALIE,
    from: 'Greta Lindahl <greta.lindahl@northwind-bio.example>',
    to: NATALIE,
    date: '2026-06-12 09:40',
    subject: 'Quick call re: term sheet',
    body: `Hi Natalie,\n\nCould we get on a quick call tuesday or thurs afternoon? 20 minutes max - I just want your read on the term sheet before we sign.\n\nThanks!\nGreta\n\nGreta Lindahl\nCFO, Northwind Bio\n(617) 555-0133`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['greta.lindahl@northwind-bio.example'],
      type: 'call',
      duration: 20,
      location: null,
      when: [span('2026-06-16', '12:00', '18:00'), span('2026-06-18', '12:00', '18:00')],
    },
  },
  {
    // Ordinary: a 30-minute Zoom on Wednesday 14 October "any time after 10am Pacific" (the client's own zone).
    id: 'h4-en-03',
    tz: LA,
    self: SELF_MARCUS,
    from: 'Dev Malhotra <dev@lumenpost.example>',
    to: MARCUS,
    date: '2026-10-08 16:20',
    subject: 'VFX review',
    body: `Hey Marcus,\n\nWould a 30-minute Zoom on Wednesday the 14th work to go over the VFX pulls? Any time after 10am Pacific is fine on my end. I'll send the link once we have a time.\n\nCheers,\nDev\n\nDev Malhotra\nHead of Post, LumenPost\nBurbank, CA`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['dev@lumenpost.example'],
      type: 'video',
      duration: 30,
      location: null,
      when: [span('2026-10-14', '10:00', '24:00')],
    },
  },
  {
    // Ordinary: lunch on Friday (28 August) at 12:30 at a named restaurant with its address.
    id: 'h4-en-04',
    tz: SINGAPORE,
    self: SELF_WEILING,
    from: 'Rajiv Menon <rajiv.menon@straitsfreight.example>',
    to: WEILING,
    date: '2026-08-24 11:05',
    subject: 'Lunch on Friday',
    body: `Dear Wei Ling,\n\nThank you for introducing me to your team last week. Would you join me for lunch on Friday at 12:30? I have booked a table at Candlenut, 17A Dempsey Road.\n\nWarm regards,\nRajiv Menon\nManaging Director, Straits Freight Pte Ltd\n+65 6555 0871`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rajiv.menon@straitsfreight.example'],
      type: 'lunch',
      duration: null,
      location: 'Candlenut, 17A Dempsey Road',
      when: [at('2026-08-28 12:30')],
    },
  },
  {
    // Ordinary in Nepal (Sunday is a working day): "our office" → the sender's signature; Sunday 20 or Monday 21
    // September, late morning (10–12); "allow an hour".
    id: 'h4-en-05',
    tz: KATHMANDU,
    self: SELF_ANIL,
    from: 'Sunita Gurung <sunita.gurung@himalayan-devbank.example>',
    to: ANIL,
    date: '2026-09-16 14:30',
    subject: 'Tamor feasibility study - presentation',
    body: `Dear Mr Shrestha,\n\nFurther to our call, could you come to our office on Sunday or Monday, late morning, to present the feasibility study for the Tamor project to our credit committee? Please allow an hour.\n\nWith regards,\nSunita Gurung\nSenior Credit Officer\nHimalayan Development Bank\nKamaladi, Kathmandu 44600\n+977 1 4220 987`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sunita.gurung@himalayan-devbank.example'],
      type: 'meeting',
      duration: 60,
      location: 'Kamaladi, Kathmandu 44600',
      when: [span('2026-09-20', '10:00', '12:00'), span('2026-09-21', '10:00', '12:00')],
    },
  },
  {
    // Ordinary cancellation with no new time: no windows.
    id: 'h4-en-06',
    tz: LONDON,
    self: SELF_ELEANOR,
    from: 'Ian Galloway <ian@galloway-props.example>',
    to: ELEANOR,
    date: '2026-11-17 18:45',
    subject: 'Tomorrow',
    body: `Eleanor,\n\nReally sorry to do this, but I need to cancel our lunch tomorrow - we've had a flood at the Bermondsey site and I'll be there all day. I'll be in touch when things calm down.\n\nIan\n\nIan Galloway\nGalloway Properties`,
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['ian@galloway-props.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Messy reschedule: tomorrow's call moved to next Monday 9 or Tuesday 10 February, 14:00–16:00; "dial-in" → call.
    id: 'h4-en-07',
    tz: NY,
    self: SELF_NATALIE,
    from: 'Howard Klein <hklein@klein-realty.example>',
    to: NATALIE,
    date: '2026-02-04 08:15',
    subject: 'tmrw',
    body: `Natalie -\n\nsomethings come up w/ the lender. can we push tmrw's call to next mon or tues, ideally btwn 2 and 4pm? same dial-in.\n\nH\n\nSent from my iPhone`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['hklein@klein-realty.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-02-09', '14:00', '16:00'), span('2026-02-10', '14:00', '16:00')],
    },
  },
  {
    // The UK left BST on 25 October, Los Angeles stays on PDT until 1 November: 4pm London (GMT) = 16:00 UTC =
    // 09:00 in Los Angeles on Thursday 29 October. Teams → video; an hour.
    id: 'h4-en-08',
    tz: LA,
    self: SELF_MARCUS,
    from: 'Imogen Hale <imogen.hale@halebrooks.example>',
    to: MARCUS,
    date: '2026-10-27 07:30',
    subject: 'Distribution deck',
    body: `Hi Marcus,\n\nCould we do a Teams call on Thursday at 4pm London time? That should be first thing in the morning for you. An hour would be ideal to go through the distribution deck.\n\nBest,\nImogen\n\nImogen Hale\nHead of Acquisitions, Hale Brooks Pictures\n22 Soho Square, London W1D 4NS`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['imogen.hale@halebrooks.example'],
      type: 'video',
      duration: 60,
      location: null,
      when: [at('2026-10-29 09:00')],
    },
  },
  {
    // Sydney moved to AEDT (UTC+11) on 4 October: 2pm Sydney on Thursday 8 October = 03:00 UTC = 11:00 Singapore.
    // "give you a ring" → call.
    id: 'h4-en-09',
    tz: SINGAPORE,
    self: SELF_WEILING,
    from: "Liam O'Connor <liam.oconnor@harbourbridge-cap.example>",
    to: WEILING,
    date: '2026-10-05 10:00',
    subject: 'Re the IM',
    body: `Hi Wei Ling,\n\nThanks for sending the IM through. Happy to give you a ring on Thursday at 2pm Sydney time to talk it through - does that suit?\n\nCheers,\nLiam\n\nLiam O'Connor\nDirector, Harbour Bridge Capital\nSydney NSW 2000\n+61 2 5550 1188`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['liam.oconnor@harbourbridge-cap.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-10-08 11:00')],
    },
  },
  {
    // An introduction: the introducer (From) drops off; the contact is the person in Cc; "from the 17th to the 19th"
    // = 17–19 September, both included, Saturday kept.
    id: 'h4-en-10',
    tz: KOLKATA,
    self: SELF_ROHAN,
    from: 'Kiran Desai <kiran@desai-angels.example>',
    to: ROHAN,
    cc: 'Ananya Bose <ananya@quillstack.example>',
    date: '2026-09-10 20:15',
    subject: 'Intro: Rohan <> Ananya (Quillstack)',
    body: `Rohan, Ananya -\n\nAs promised, connecting you both. Ananya is building Quillstack (developer tooling, ex-Atlassian team) and is raising a seed round; Rohan has scaled a data team from 5 to 150 and is generous with his time.\n\nAnanya is in Bengaluru from the 17th to the 19th and would love to grab a coffee with you. I'll drop off here - over to you two!\n\nKiran`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ananya@quillstack.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [days('2026-09-17', '2026-09-19')],
    },
  },
  {
    // Not a scheduling request: dates are mentioned, nothing is to be arranged.
    id: 'h4-en-11',
    tz: NY,
    self: SELF_NATALIE,
    from: 'Olivia Grant <ogrant@grant-stein.example>',
    to: NATALIE,
    date: '2026-06-29 11:00',
    subject: 'Engagement letter - timing',
    body: `Hi Natalie,\n\nJust a quick heads-up that our offices will be closed on Friday, July 3rd for the holiday, so the signed engagement letter will go out on Monday the 6th instead. Nothing needed from you in the meantime.\n\nHave a great Fourth!\nOlivia\n\nOlivia Grant\nGrant & Stein LLP`,
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['ogrant@grant-stein.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // An EA writes for her boss (Cc) and will not attend; "first week of March" = 1–7 March 2027 minus the weekend,
    // Monday 1 ruled out.
    id: 'h4-en-12',
    tz: LA,
    self: SELF_MARCUS,
    from: 'Rachel Nguyen <rachel.nguyen@parklane-media.example>',
    to: MARCUS,
    cc: 'Dr. Ellen Park <ellen.park@parklane-media.example>',
    date: '2027-02-16 13:10',
    subject: 'Meeting request - Dr. Ellen Park',
    body: `Dear Mr. Reyes,\n\nI'm reaching out on behalf of Dr. Ellen Park (cc'd), who would like to set up a 45-minute Teams meeting with you to discuss the documentary co-production. She is available the first week of March, except Monday.\n\nI will not be joining, but please let me know what works and I'll circulate the invite.\n\nBest regards,\nRachel Nguyen\nExecutive Assistant to Dr. Ellen Park\nParklane Media\n1888 Century Park East, Los Angeles, CA 90067`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ellen.park@parklane-media.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [days('2027-03-02', '2027-03-05')],
      excluded: [day('2027-03-01')],
    },
  },
  {
    // The client's own message with the assistant in Cc and a colleague in Bcc: next Thursday 16 / Friday 17 July
    // (said on Friday 10) evenings; Mei optional.
    id: 'h4-en-13',
    tz: SINGAPORE,
    self: SELF_WEILING,
    assistant: ASSISTANT,
    from: WEILING,
    to: 'Daniel Lim <daniel.lim@merlion-ventures.example>',
    cc: `Mei Chen <mei.chen@merlion-ventures.example>, ${SLASH}`,
    bcc: 'Jasmine Teo <jasmine.teo@tankoh-capital.sg>',
    date: '2026-07-10 17:30',
    subject: 'Celebrating the close',
    body: `Daniel,\n\nLovely to reconnect. Let's celebrate the close properly - drinks next Thursday or Friday evening at Atlas, Parkview Square? Mei, do join us if you can. I've copied Slash, who will find us a time.\n\nBest,\n${WEILING_SIG}`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['daniel.lim@merlion-ventures.example', 'mei.chen@merlion-ventures.example?'],
      type: 'drinks',
      duration: null,
      location: 'Atlas, Parkview Square',
      when: [span('2026-07-16', '18:00', '22:00'), span('2026-07-17', '18:00', '22:00')],
    },
  },
  {
    // HTML only. Said on Thursday 26 March (GMT); next week 30 March–3 April is in BST. Any day but Wednesday
    // (1 April), not before 10am; 45 minutes of video.
    id: 'h4-en-14',
    tz: LONDON,
    self: SELF_ELEANOR,
    html: true,
    from: 'Sofia Marchetti <sofia@marchetti-lighting.example>',
    to: ELEANOR,
    date: '2026-03-26 16:00',
    subject: 'Lighting review follow-up',
    body: `Hi Eleanor,\n\nFollowing the lighting review, could we set up a 45-minute video call next week? Any day but Wednesday works for me, just not before 10am as I'm on the school run.\n\nThanks,\nSofia\n\nSofia Marchetti\nMarchetti Lighting Studio\nMilan | London`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sofia@marchetti-lighting.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [
        span('2026-03-30', '10:00', '24:00'),
        span('2026-03-31', '10:00', '24:00'),
        span('2026-04-02', '10:00', '24:00'),
        span('2026-04-03', '10:00', '24:00'),
      ],
      excluded: [day('2026-04-01')],
    },
  },
  {
    // 28-day rule: "usually free on Tuesday and Thursday mornings" over the 28 days after Wednesday 8 April 15:20.
    id: 'h4-en-15',
    tz: KATHMANDU,
    self: SELF_ANIL,
    from: 'Pemba Sherpa <pemba@khumbu-lodges.example>',
    to: ANIL,
    date: '2026-04-08 15:20',
    subject: 'Micro-hydro upgrade',
    body: `Namaste Anil ji,\n\nI would like to discuss the micro-hydro upgrade for our lodges in Khumbu. I'm usually free on Tuesday and Thursday mornings for a phone call - in the afternoons I am on the radio with the lodges. Please call whenever it suits you.\n\nPemba Sherpa\nKhumbu Lodges Pvt Ltd\n+977 98510 55555`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['pemba@khumbu-lodges.example'],
      type: 'call',
      duration: null,
      location: null,
      when: each(
        [
          '2026-04-09',
          '2026-04-14',
          '2026-04-16',
          '2026-04-21',
          '2026-04-23',
          '2026-04-28',
          '2026-04-30',
          '2026-05-05',
        ],
        '08:00',
        '12:00',
      ),
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// English, threads (15)
// ---------------------------------------------------------------------------------------------------------------
const EN_THREADS: CaseRow[] = [
  {
    // Gmail: counter-proposal. Tuesday and Wednesday ruled out; Friday 19 June 14–16; "the studio" from Eleanor's
    // quoted signature.
    id: 'h4-en-16',
    tz: LONDON,
    self: SELF_ELEANOR,
    from: 'Callum Reid <callum@reid-joinery.example>',
    to: ELEANOR,
    date: '2026-06-15 13:40',
    subject: 'Re: Joinery samples',
    body: `Hi Eleanor,\n\nTuesday and Wednesday I'm fitting in Kent, sorry. Could we do Friday between 2 and 4pm instead? I'll bring the oak and walnut samples.\n\nCallum\nReid Joinery`,
    history: [
      {
        style: 'gmail-en',
        from: ELEANOR,
        to: 'Callum Reid <callum@reid-joinery.example>',
        date: '2026-06-15 09:10',
        subject: 'Joinery samples',
        body: `Callum,\n\nCould you come by the studio on Tuesday or Wednesday morning with the joinery samples?\n\n${ELEANOR_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['callum@reid-joinery.example'],
      type: 'meeting',
      duration: null,
      location: ELEANOR_OFFICE,
      when: [span('2026-06-19', '14:00', '16:00')],
      excluded: [days('2026-06-16', '2026-06-17')],
    },
  },
  {
    // Outlook: a confirmed meeting is moved to the week of the 9th (November, after the US DST change), any
    // afternoon except Wednesday 11; the place stays Natalie's office from the quoted confirmation.
    id: 'h4-en-17',
    tz: NY,
    self: SELF_NATALIE,
    from: 'Bernard Osei <bernard.osei@osei-family-office.example>',
    to: NATALIE,
    date: '2026-10-29 10:20',
    subject: 'RE: Portfolio review',
    body: `Natalie,\n\nMy apologies - I have to be in Accra for a board meeting on the 3rd. Could we move the review to the week of the 9th? Any afternoon except Wednesday.\n\nRegards,\nBernard Osei\nOsei Family Office`,
    history: [
      {
        style: 'outlook-en',
        from: NATALIE,
        to: 'Bernard Osei <bernard.osei@osei-family-office.example>',
        date: '2026-10-23 15:00',
        subject: 'Portfolio review',
        body: `Bernard,\n\nConfirming our portfolio review on Tuesday, November 3 at 10am at our office.\n\n${NATALIE_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['bernard.osei@osei-family-office.example'],
      type: 'meeting',
      duration: null,
      location: NATALIE_OFFICE,
      when: each(['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13'], '12:00', '18:00'),
      excluded: [day('2026-11-11')],
    },
  },
  {
    // Gmail forward to the assistant on Monday 27 April: "in two weeks" is read from the forwarded Friday 24 April:
    // 24 + 14 = Friday 8 May → 4–8 May; the client rules out Monday 4.
    id: 'h4-en-18',
    tz: LA,
    self: SELF_MARCUS,
    assistant: ASSISTANT,
    from: MARCUS,
    to: SLASH,
    date: '2026-04-27 08:05',
    subject: 'Fwd: Catching up',
    body: `Slash, can you set this up with Hannah? Not the Monday, I'm on set.\n\nM.`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Hannah Brooks <hannah@brooks-talent.example>',
        to: MARCUS,
        date: '2026-04-24 17:45',
        subject: 'Catching up',
        body: `Marcus,\n\nI'm slammed until the upfronts, but let's grab lunch in two weeks? Tower Bar at the Sunset Tower would be easiest for me.\n\nH.\n\nHannah Brooks\nBrooks Talent Management`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['hannah@brooks-talent.example'],
      type: 'lunch',
      duration: null,
      location: 'Tower Bar at the Sunset Tower',
      when: [days('2026-05-05', '2026-05-08')],
      excluded: [day('2026-05-04')],
    },
  },
  {
    // Apple Mail: the contact supersedes her own Thursday with "Friday after 3"; Thursday 17 ruled out; same place.
    id: 'h4-en-19',
    tz: NY,
    self: SELF_NATALIE,
    from: 'Tessa Morgan <tessa@morgan-ceramics.example>',
    to: NATALIE,
    date: '2026-09-15 19:30',
    subject: 'Re: Coffee Thursday?',
    body: `Ugh, scratch Thursday - my kiln delivery got moved to that morning. Could we do Friday after 3 instead? Same place.\n\nT.\n\nSent from my iPhone`,
    history: [
      {
        style: 'apple-en',
        from: 'Tessa Morgan <tessa@morgan-ceramics.example>',
        to: NATALIE,
        date: '2026-09-14 09:00',
        subject: 'Coffee Thursday?',
        body: `Natalie,\n\nCoffee on Thursday morning? Ralph's Coffee on Fifth, say 9?\n\nTessa`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tessa@morgan-ceramics.example'],
      type: 'coffee',
      duration: null,
      location: "Ralph's Coffee on Fifth",
      when: [span('2026-09-18', '15:00', '24:00')],
      excluded: [day('2026-09-17')],
    },
  },
  {
    // Outlook "-----Original Message-----": the PA manages the boss's diary and will not attend; early June
    // (1–10) weekday mornings except Mondays (1 and 8); "our office" from her signature; the hour from the quote.
    id: 'h4-en-20',
    tz: SINGAPORE,
    self: SELF_WEILING,
    from: 'Vanessa Lee <vanessa.lee@goh-holdings.example>',
    to: WEILING,
    cc: 'Henry Goh <henry.goh@goh-holdings.example>',
    date: '2026-05-19 10:15',
    subject: 'RE: Fund III - meeting',
    body: `Dear Ms Tan,\n\nI look after Mr Goh's diary. He would be glad to meet you at our office in early June, any weekday morning except Mondays. I will not attend the meeting myself.\n\nBest regards,\nVanessa Lee\nPersonal Assistant to Henry Goh\nGoh Holdings\n80 Robinson Road, #25-00, Singapore 068898`,
    history: [
      {
        style: 'outlook-original',
        from: WEILING,
        to: 'Henry Goh <henry.goh@goh-holdings.example>',
        date: '2026-05-18 09:30',
        subject: 'Fund III - meeting',
        body: `Dear Henry,\n\nWould you have an hour in the coming weeks to meet about Fund III? Happy to come to you.\n\n${WEILING_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['henry.goh@goh-holdings.example'],
      type: 'meeting',
      duration: 60,
      location: '80 Robinson Road, #25-00, Singapore 068898',
      when: each(
        ['2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-09', '2026-06-10'],
        '08:00',
        '12:00',
      ),
      excluded: [day('2026-06-01'), day('2026-06-08')],
    },
  },
  {
    // Gmail: the introducer is moved to Bcc and is in no header of the newest message; Wednesday 13 or Thursday 14
    // January 2027, 3–5pm IST (the client's zone); Google Meet → video.
    id: 'h4-en-21',
    tz: KOLKATA,
    self: SELF_ROHAN,
    from: 'Siddharth Rao <sid@kaveri-robotics.example>',
    to: ROHAN,
    date: '2027-01-11 14:30',
    subject: 'Re: Intro: Rohan <> Siddharth',
    body: `Thanks Meera (moving you to bcc)!\n\nRohan, great to e-meet. Could we do a video call on Wednesday or Thursday, between 3 and 5pm IST? Google Meet works for us.\n\nSid\n\nSiddharth Rao\nCTO, Kaveri Robotics`,
    history: [
      {
        style: 'gmail-en',
        from: 'Meera Pillai <meera@pillai-partners.example>',
        to: `${ROHAN}, Siddharth Rao <sid@kaveri-robotics.example>`,
        date: '2027-01-11 09:00',
        subject: 'Intro: Rohan <> Siddharth',
        body: `Rohan, Sid,\n\nYou two should talk - Sid's team at Kaveri Robotics is drowning in sensor data and Rohan's team solves exactly that. I'll let you take it from here.\n\nMeera`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sid@kaveri-robotics.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-01-13', '15:00', '17:00'), span('2027-01-14', '15:00', '17:00')],
    },
  },
  {
    // Gmail, three messages: next week is 23–27 February; Nadia can do Mon–Wed, Piers not Tuesday → Monday 23 and
    // Wednesday 25; 90 minutes and the office from the first message.
    id: 'h4-en-22',
    tz: LONDON,
    self: SELF_ELEANOR,
    from: 'Piers Lawson <piers.lawson@okafor-dev.example>',
    to: ELEANOR,
    cc: 'Nadia Okafor <nadia.okafor@okafor-dev.example>',
    date: '2026-02-16 15:10',
    subject: 'Re: Planning drawings',
    body: `Eleanor,\n\nTuesday's out for me - I'm at the council al day. otherwise flexible.\n\nPiers`,
    history: [
      {
        style: 'gmail-en',
        from: 'Nadia Okafor <nadia.okafor@okafor-dev.example>',
        to: ELEANOR,
        cc: 'Piers Lawson <piers.lawson@okafor-dev.example>',
        date: '2026-02-16 11:30',
        subject: 'Re: Planning drawings',
        body: `Hi Eleanor,\n\nMonday to Wednesday work for me, I'm away Thursday and Friday.\n\nNadia`,
      },
      {
        style: 'gmail-en',
        from: ELEANOR,
        to: 'Nadia Okafor <nadia.okafor@okafor-dev.example>, Piers Lawson <piers.lawson@okafor-dev.example>',
        date: '2026-02-16 09:00',
        subject: 'Planning drawings',
        body: `Nadia, Piers,\n\nShall we meet at our office next week to go through the planning drawings? An hour and a half should cover it.\n\n${ELEANOR_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['piers.lawson@okafor-dev.example', 'nadia.okafor@okafor-dev.example'],
      type: 'meeting',
      duration: 90,
      location: ELEANOR_OFFICE,
      when: [day('2026-02-23'), day('2026-02-25')],
      excluded: [day('2026-02-24'), days('2026-02-26', '2026-02-27')],
    },
  },
  {
    // Apple Mail forward to the assistant, DST week: Monday 30 March 11am New York (EDT) = 15:00 UTC = 16:00 London
    // (BST since 29 March, although both messages were sent on GMT).
    id: 'h4-en-23',
    tz: LONDON,
    self: SELF_ELEANOR,
    assistant: ASSISTANT,
    from: ELEANOR,
    to: SLASH,
    date: '2026-03-26 08:30',
    subject: 'Fwd: Brooklyn Navy Yard scheme',
    body: `Slash, please book this with Carter. The Monday slot is fine by me.\n\nEleanor`,
    history: [
      {
        style: 'fwd-apple-en',
        from: 'Carter Hayes <carter.hayes@hayes-dev.example>',
        to: ELEANOR,
        date: '2026-03-25 14:00',
        subject: 'Brooklyn Navy Yard scheme',
        body: `Eleanor,\n\nCould we do a Teams call on Monday at 11am New York time to walk through the massing options? 45 minutes should be enough.\n\nCarter Hayes\nHayes Development, Brooklyn NY`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['carter.hayes@hayes-dev.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [at('2026-03-30 16:00')],
    },
  },
  {
    // Outlook: a confirmed call is cancelled with no new time.
    id: 'h4-en-24',
    tz: KATHMANDU,
    self: SELF_ANIL,
    from: 'Jens Albrecht <jens.albrecht@alpine-turbines.example>',
    to: ANIL,
    date: '2026-12-07 13:00',
    subject: 'RE: Turbine inspection - call',
    body: `Dear Anil,\n\nI am sorry, but we must cancel tomorrow's call: the inspection report is delayed by the lab. I will write again when we have the results.\n\nKind regards,\nJens Albrecht\nAlpine Turbines GmbH, Innsbruck`,
    history: [
      {
        style: 'outlook-en',
        from: ANIL,
        to: 'Jens Albrecht <jens.albrecht@alpine-turbines.example>',
        date: '2026-12-03 11:00',
        subject: 'Turbine inspection - call',
        body: `Dear Jens,\n\nConfirming our call on Tuesday 8 December at 2pm Nepal time to discuss the inspection report.\n\n${ANIL_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['jens.albrecht@alpine-turbines.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // HTML, the client's own reply with the assistant in Cc: of Thursday 22, Friday 23 or the following week
    // (26–30 April 2027), Thursday is ruled out; two hours at the site office named in the quoted message.
    id: 'h4-en-25',
    tz: NY,
    self: SELF_NATALIE,
    assistant: ASSISTANT,
    html: true,
    from: NATALIE,
    to: 'Leo Varga <leo@varga-arch.example>',
    cc: SLASH,
    date: '2027-04-12 18:00',
    subject: 'Re: Site visit, Hudson Yards',
    body: `Leo,\n\nThanks - any of those works for me except Thursday the 22nd. I've copied Slash, who will send you a few times.\n\nNatalie`,
    history: [
      {
        style: 'gmail-en',
        from: 'Leo Varga <leo@varga-arch.example>',
        to: NATALIE,
        date: '2027-04-12 10:00',
        subject: 'Site visit, Hudson Yards',
        body: `Natalie,\n\nI could walk you through the site on Thursday the 22nd or Friday the 23rd, or any day the following week. We'd meet at our site office, 550 West 33rd Street. Plan on two hours.\n\nLeo Varga\nVarga Architects`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leo@varga-arch.example'],
      type: 'meeting',
      duration: 120,
      location: '550 West 33rd Street',
      when: [day('2027-04-23'), days('2027-04-26', '2027-04-30')],
      excluded: [day('2027-04-22')],
    },
  },
  {
    // Apple Mail: a thank-you after the meeting took place; nothing to arrange.
    id: 'h4-en-26',
    tz: LA,
    self: SELF_MARCUS,
    from: 'Zoe Adler <zoe@adler-score.example>',
    to: MARCUS,
    date: '2026-07-17 11:40',
    subject: 'Re: Scoring session',
    body: `Marcus,\n\nThank you for Thursday - the orchestra was fantastic. I've put the stems and the cue sheet in the shared folder. No need to meet again until the mix is done; I'll send it over in a couple of weeks.\n\nZoe`,
    history: [
      {
        style: 'apple-en',
        from: MARCUS,
        to: 'Zoe Adler <zoe@adler-score.example>',
        date: '2026-07-14 09:00',
        subject: 'Scoring session',
        body: `Zoe,\n\nSee you Thursday at 2pm at the stage for the scoring session.\n\n${MARCUS_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['zoe@adler-score.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Apple Mail: 9am London (BST) on Thursday 25 June = 08:00 UTC = 16:00 Singapore; "dial your mobile" → call;
    // 30 minutes from the quoted request.
    id: 'h4-en-27',
    tz: SINGAPORE,
    self: SELF_WEILING,
    from: 'Alistair Finch <a.finch@finch-ward.example>',
    to: WEILING,
    date: '2026-06-22 16:15',
    subject: 'Re: LP update',
    body: `Wei Ling,\n\nThursday at 9am London time? That should be late afternoon for you. I'll dial your mobile.\n\nAlistair\n\nAlistair Finch\nFinch Ward LLP, London`,
    history: [
      {
        style: 'apple-en',
        from: WEILING,
        to: 'Alistair Finch <a.finch@finch-ward.example>',
        date: '2026-06-22 15:00',
        subject: 'LP update',
        body: `Alistair,\n\nCould we find 30 minutes this week for a call on the LP update? I'm flexible most days.\n\n${WEILING_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['a.finch@finch-ward.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [at('2026-06-25 16:00')],
    },
  },
  {
    // Outlook: breakfast moved to "the same time a week later" = Tuesday 17 November 08:30; same place as quoted.
    id: 'h4-en-28',
    tz: NY,
    self: SELF_NATALIE,
    from: 'Frank Delgado <frank@delgado-ins.example>',
    to: NATALIE,
    date: '2026-11-09 07:10',
    subject: 'RE: Breakfast Tuesday',
    body: `Natalie,\n\nI'm so sorry - my flight back from Chicago got cancelled and I won't be in town tomorrow. Could we do the same time a week later? Same place of course.\n\nFrank Delgado\nDelgado Insurance Brokers`,
    history: [
      {
        style: 'outlook-en',
        from: NATALIE,
        to: 'Frank Delgado <frank@delgado-ins.example>',
        date: '2026-11-05 16:00',
        subject: 'Breakfast Tuesday',
        body: `Frank,\n\nLooking forward to breakfast on Tuesday, November 10 at 8:30 at Balthazar, 80 Spring Street.\n\n${NATALIE_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['frank@delgado-ins.example'],
      type: 'breakfast',
      duration: null,
      location: 'Balthazar, 80 Spring Street',
      when: [at('2026-11-17 08:30')],
    },
  },
  {
    // Gmail: "any time after the 15th" = from 16 August on; a venue without an address; 90 minutes; Vikram (Cc)
    // joins if he can.
    id: 'h4-en-29',
    tz: KOLKATA,
    self: SELF_ROHAN,
    from: 'Farah Qureshi <farah@qureshi-retail.example>',
    to: ROHAN,
    cc: 'Vikram Sethi <vikram.sethi@qureshi-retail.example>',
    date: '2026-08-06 12:45',
    subject: 'Re: Demand forecasting pilot',
    body: `Hi Rohan,\n\nYes please! I'm on the road until mid-month, so any time after the 15th works. Let's meet at the Bangalore International Centre in Domlur - I'd block an hour and a half. Vikram, our head of supply chain, will join if he can make it.\n\nFarah\n\nFarah Qureshi\nCOO, Qureshi Retail`,
    history: [
      {
        style: 'gmail-en',
        from: ROHAN,
        to: 'Farah Qureshi <farah@qureshi-retail.example>',
        date: '2026-08-06 10:00',
        subject: 'Demand forecasting pilot',
        body: `Farah,\n\nWould you have time in the next few weeks to go over the pilot results in person?\n\n${ROHAN_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['farah@qureshi-retail.example', 'vikram.sethi@qureshi-retail.example?'],
      type: 'meeting',
      duration: 90,
      location: 'Bangalore International Centre in Domlur',
      when: [onward('2026-08-16 00:00')],
    },
  },
  {
    // Gmail forward to the assistant (sent on Saturday 16 May): "the day after tomorrow" is read from the forwarded
    // Friday 15 May = Sunday 17 (a working day in Nepal), or Monday 18, after 11; Suresh is copied for information;
    // "your office" → the client's signature; 30 minutes from the client's note.
    id: 'h4-en-30',
    tz: KATHMANDU,
    self: SELF_ANIL,
    assistant: ASSISTANT,
    from: ANIL,
    to: SLASH,
    date: '2026-05-16 09:30',
    subject: 'Fwd: Grid connection study',
    body: `Slash, please set up 30 minutes with Ravi and Meena at my office.\n\n${ANIL_SIG}`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Ravi Karki <ravi.karki@sagarmatha-power.example>',
        to: ANIL,
        cc: 'Meena Thapa <meena.thapa@sagarmatha-power.example>, Suresh Adhikari <suresh.adhikari@sagarmatha-power.example>',
        date: '2026-05-15 16:00',
        subject: 'Grid connection study',
        body: `Anil dai,\n\nMeena and I would like to review the grid connection study with you. Could we meet at your office the day after tomorrow, or on Monday, any time after 11? Copying Suresh for information only.\n\nRavi Karki\nSagarmatha Power Company`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ravi.karki@sagarmatha-power.example', 'meena.thapa@sagarmatha-power.example'],
      type: 'meeting',
      duration: 30,
      location: ANIL_OFFICE,
      when: [span('2026-05-17', '11:00', '24:00'), span('2026-05-18', '11:00', '24:00')],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// French, single messages (15)
// ---------------------------------------------------------------------------------------------------------------
const FR_SINGLE: CaseRow[] = [
  {
    // Ordinaire : un café la semaine prochaine (dit le mardi 8 septembre → 14–18 septembre).
    id: 'h4-fr-01',
    tz: PARIS,
    self: SELF_BEATRICE,
    from: 'Margaux Lefort <margaux.lefort@studio-lefort.fr>',
    to: BEATRICE,
    date: '2026-09-08 10:20',
    subject: 'Un café ?',
    body: `Bonjour Béatrice,\n\nJe serai dans le 11e plusieurs fois la semaine prochaine : un café pour parler de la refonte de votre identité visuelle ? Le Café Charbon, rue Oberkampf, ça vous dit ?\n\nBelle journée,\nMargaux Lefort\nStudio Lefort – graphisme`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['margaux.lefort@studio-lefort.fr'],
      type: 'coffee',
      duration: null,
      location: 'Café Charbon, rue Oberkampf',
      when: [days('2026-09-14', '2026-09-18')],
    },
  },
  {
    // Règle des 28 jours : les lundis et mercredis matin après le jeudi 22 janvier 17:40 (jusqu'au 19 février).
    id: 'h4-fr-02',
    tz: BRUSSELS,
    self: SELF_ANNESO,
    from: 'Pieter Janssens <pieter.janssens@janssens-logistics.be>',
    to: ANNESO,
    date: '2026-01-22 17:40',
    subject: 'Projet de réorganisation',
    body: `Bonjour Madame Dumont,\n\nSuite à votre conférence à la FEB, j'aimerais vous parler de notre projet de réorganisation. Je suis joignable par téléphone les lundis et mercredis matin ; appelez-moi quand cela vous convient.\n\nBien à vous,\nPieter Janssens\nDirecteur des opérations\nJanssens Logistics`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['pieter.janssens@janssens-logistics.be'],
      type: 'call',
      duration: null,
      location: null,
      when: each(
        [
          '2026-01-26',
          '2026-01-28',
          '2026-02-02',
          '2026-02-04',
          '2026-02-09',
          '2026-02-11',
          '2026-02-16',
          '2026-02-18',
        ],
        '08:00',
        '12:00',
      ),
    },
  },
  {
    // Québec : « déjeuner » le matin vers 7h30 = petit-déjeuner ; jeudi 26 novembre, heure exacte.
    id: 'h4-fr-03',
    tz: TORONTO,
    self: SELF_ISABELLE,
    from: 'Mathieu Bélanger <mathieu.belanger@belanger-construction.ca>',
    to: ISABELLE,
    date: '2026-11-23 08:10',
    subject: 'Plans du condo',
    body: `Bonjour Isabelle,\n\nAs-tu le temps pour un déjeuner jeudi matin, vers 7h30, chez Beauty's, 93 avenue du Mont-Royal Ouest? J'aimerais te montrer les plans du condo avant de les envoyer à la Ville.\n\nMathieu\nBélanger Construction`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['mathieu.belanger@belanger-construction.ca'],
      type: 'breakfast',
      duration: null,
      location: "Beauty's, 93 avenue du Mont-Royal Ouest",
      when: [at('2026-11-26 07:30')],
    },
  },
  {
    // Ordinaire : « dans quinze jours » dit le mercredi 25 février : 25 + 14 = mercredi 11 mars → 9–13 mars.
    id: 'h4-fr-04',
    tz: ZURICH,
    self: SELF_LAURENT,
    from: 'Nicole Rochat <nicole.rochat@rochat-avocats.ch>',
    to: LAURENT,
    date: '2026-02-25 12:00',
    subject: 'Déjeuner',
    body: `Cher Laurent,\n\nCela fait trop longtemps ! On se fait un déjeuner dans quinze jours ? Je te propose la Brasserie des Halles de l'Île, si cela te va.\n\nAmitiés,\nNicole`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nicole.rochat@rochat-avocats.ch'],
      type: 'lunch',
      duration: null,
      location: "Brasserie des Halles de l'Île",
      when: [days('2026-03-09', '2026-03-13')],
    },
  },
  {
    // « jeudi en huit » dit le lundi 18 mai : le jeudi qui vient (21) + 7 = jeudi 28 mai, 15h ; « nos bureaux » →
    // la signature de l'expéditeur ; une heure.
    id: 'h4-fr-05',
    tz: BRUSSELS,
    self: SELF_ANNESO,
    from: 'Olivier Peeters <o.peeters@peeters-immo.be>',
    to: ANNESO,
    date: '2026-05-18 11:30',
    subject: 'Signature de la convention',
    body: `Madame Dumont,\n\nComme convenu au téléphone, je vous propose de nous voir jeudi en huit à 15h dans nos bureaux pour signer la convention. Comptez une heure.\n\nCordialement,\nOlivier Peeters\nPeeters Immobilier\nRue de la Loi 81, 1040 Bruxelles\n+32 2 555 77 88`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['o.peeters@peeters-immo.be'],
      type: 'meeting',
      duration: 60,
      location: 'Rue de la Loi 81, 1040 Bruxelles',
      when: [at('2026-05-28 15:00')],
    },
  },
  {
    // « après-demain » dit le lundi 23 mars = mercredi 25, « pas avant 10h » = [10:00, 24:00) ; visio d'une
    // demi-heure.
    id: 'h4-fr-06',
    tz: PARIS,
    self: SELF_ETIENNE,
    from: 'Thibault Marchal <thibault@marchal-lab.fr>',
    to: ETIENNE,
    date: '2026-03-23 18:30',
    subject: 'Stratégie avant audience',
    body: `Maître,\n\nPourrions-nous faire une visio d'une demi-heure après-demain pour caler la stratégie avant l'audience ? Pas avant 10h si possible, je dépose les enfants.\n\nBien à vous,\nThibault Marchal\nMarchal Lab SAS`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['thibault@marchal-lab.fr'],
      type: 'video',
      duration: 30,
      location: null,
      when: [span('2026-03-25', '10:00', '24:00')],
    },
  },
  {
    // Familier, sans accents : « jeudi aprem » (4 juin, 12–18) ou « vendredi en fin de matinee » (5 juin, 10–12).
    id: 'h4-fr-07',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Seb Lacoste <sebastien.lacoste@lacoste-tonnellerie.fr>',
    to: JULIEN,
    date: '2026-06-01 21:50',
    subject: 'cafe cette semaine',
    body: `Salut Julien,\n\nt'es dispo jeudi aprem ou vendredi en fin de matinee pour un cafe ? je suis dans le coin toute la semaine, faut qu'on parle des barriques pour le 2026\n\nSeb`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sebastien.lacoste@lacoste-tonnellerie.fr'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [span('2026-06-04', '12:00', '18:00'), span('2026-06-05', '10:00', '12:00')],
    },
  },
  {
    // « du 17 au 19 novembre » (bornes incluses), « entre 14h et 16h » chaque jour ; une heure et demie ; l'adresse
    // écrite dans le message.
    id: 'h4-fr-08',
    tz: ZURICH,
    self: SELF_LAURENT,
    from: 'Hélène Bertholet <h.bertholet@bertholet-fiduciaire.ch>',
    to: LAURENT,
    date: '2026-11-03 09:00',
    subject: 'Revue annuelle du mandat',
    body: `Monsieur Favre,\n\nPour la revue annuelle du mandat, je vous propose de nous retrouver dans nos locaux genevois (Place de Longemalle 1, 1204 Genève) du 17 au 19 novembre, idéalement entre 14h et 16h. Prévoyez une heure et demie.\n\nMeilleures salutations,\nHélène Bertholet\nBertholet Fiduciaire SA, Lausanne`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['h.bertholet@bertholet-fiduciaire.ch'],
      type: 'meeting',
      duration: 90,
      location: 'Place de Longemalle 1, 1204 Genève',
      when: each(['2026-11-17', '2026-11-18', '2026-11-19'], '14:00', '16:00'),
    },
  },
  {
    // Message de la cliente avec l'assistant en copie : « la semaine du 12 octobre, sauf le mercredi » ; une heure
    // à son bureau (sa signature).
    id: 'h4-fr-09',
    tz: BRUSSELS,
    self: SELF_ANNESO,
    assistant: ASSISTANT,
    from: ANNESO,
    to: 'Karim Haddad <karim.haddad@haddad-invest.be>',
    cc: SLASH,
    date: '2026-09-29 16:00',
    subject: 'Re: Prise de participation',
    body: `Bonjour Karim,\n\nMerci pour votre message. Je mets Slash en copie : il vous proposera quelques créneaux pour une réunion d'une heure à mon bureau la semaine du 12 octobre, sauf le mercredi.\n\nBien cordialement,\n${ANNESO_SIG}`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['karim.haddad@haddad-invest.be'],
      type: 'meeting',
      duration: 60,
      location: ANNESO_OFFICE,
      when: [days('2026-10-12', '2026-10-13'), days('2026-10-15', '2026-10-16')],
      excluded: [day('2026-10-14')],
    },
  },
  {
    // « fin mars » 2027 = 21–31 mars, week-ends compris (passage à l'heure d'été le 28) ; Teams → visio ; 45 min.
    id: 'h4-fr-10',
    tz: PARIS,
    self: SELF_BEATRICE,
    from: 'Agathe Renard <agathe.renard@renard-textiles.fr>',
    to: BEATRICE,
    date: '2027-03-02 11:00',
    subject: 'Collection de tissus 2027',
    body: `Bonjour Béatrice,\n\nNous aimerions vous présenter notre nouvelle collection de tissus, fin mars de préférence – avant, nous enchaînons les salons. Une visio de 45 minutes environ sur Teams vous conviendrait-elle ?\n\nBien à vous,\nAgathe Renard\nRenard Textiles, Lyon`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['agathe.renard@renard-textiles.fr'],
      type: 'video',
      duration: 45,
      location: null,
      when: [days('2027-03-21', '2027-03-31')],
    },
  },
  {
    // Québec : « à la mi-avril » = 11–20 avril 2027 ; « nos bureaux » → la signature de la notaire ; 1h30.
    id: 'h4-fr-11',
    tz: TORONTO,
    self: SELF_ISABELLE,
    from: 'Sylvie Pelletier <sylvie.pelletier@pelletier-notaires.ca>',
    to: ISABELLE,
    date: '2027-03-17 14:00',
    subject: 'Acte de fiducie',
    body: `Bonjour Madame Côté,\n\nPour la signature de l'acte de fiducie, je vous propose une rencontre à nos bureaux à la mi-avril. Prévoyez environ une heure trente.\n\nCordialement,\nMe Sylvie Pelletier, notaire\nPelletier Notaires\n2020 boulevard Robert-Bourassa, bureau 1500\nMontréal (Québec) H3A 2A5`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sylvie.pelletier@pelletier-notaires.ca'],
      type: 'meeting',
      duration: 90,
      location: '2020 boulevard Robert-Bourassa, bureau 1500, Montréal (Québec) H3A 2A5',
      when: [days('2027-04-11', '2027-04-20')],
    },
  },
  {
    // Paris est à l'heure d'hiver depuis le 25 octobre, Montréal reste à l'heure avancée jusqu'au 1er novembre :
    // vendredi 30 octobre 10h (HAE) = 14:00 UTC = 15:00 à Paris. Louis est en copie pour information.
    id: 'h4-fr-12',
    tz: PARIS,
    self: SELF_BEATRICE,
    from: 'Guillaume Ouellet <g.ouellet@ouellet-mobilier.ca>',
    to: BEATRICE,
    cc: 'Louis Gendron <louis.gendron@ouellet-mobilier.ca>',
    date: '2026-10-27 15:00',
    subject: 'Distribution au Québec',
    body: `Bonjour Madame Morel,\n\nMerci pour votre réponse rapide. Je vous propose une visio Zoom le vendredi 30 octobre à 10h, heure de Montréal, pour parler de la distribution de vos luminaires au Québec. Je mets mon associé Louis Gendron en copie pour information.\n\nAu plaisir,\nGuillaume Ouellet\nOuellet Mobilier inc., Montréal`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['g.ouellet@ouellet-mobilier.ca'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2026-10-30 15:00')],
    },
  },
  {
    // Ordinaire : annulation sans nouvelle date.
    id: 'h4-fr-13',
    tz: BRUSSELS,
    self: SELF_ANNESO,
    from: 'Sarah Wouters <sarah.wouters@wouters-rh.be>',
    to: ANNESO,
    date: '2026-12-14 08:20',
    subject: 'Rendez-vous de mercredi',
    body: `Bonjour Anne-Sophie,\n\nJe suis désolée, mais je dois annuler notre rendez-vous de mercredi : le comité de direction a décidé de geler le projet jusqu'en janvier. Je reviens vers vous dès que j'en sais plus.\n\nBien à vous,\nSarah Wouters\nDRH, Wouters RH`,
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['sarah.wouters@wouters-rh.be'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Pas une demande de rendez-vous : remerciements et pièces jointes.
    id: 'h4-fr-14',
    tz: PARIS,
    self: SELF_ETIENNE,
    from: 'Hugo Delmas <hugo.delmas@delmas-finance.fr>',
    to: ETIENNE,
    date: '2026-04-17 09:30',
    subject: 'Protocole – suite',
    body: `Cher Étienne,\n\nMerci encore pour le déjeuner d'hier, c'était un plaisir. Comme promis, je vous joins le projet de protocole et la note sur la garantie de passif. Inutile de nous revoir avant la signature ; je vous tiens au courant de la date dès que les banques auront validé.\n\nBien amicalement,\nHugo Delmas\nDelmas Finance`,
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['hugo.delmas@delmas-finance.fr'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // HTML seul : l'assistante écrit pour son directeur (en copie) et n'assistera pas à l'entretien ; « nos locaux »
    // → sa signature ; mardi 9 ou mercredi 10 février 2027 en fin de matinée (10–12).
    id: 'h4-fr-15',
    tz: ZURICH,
    self: SELF_LAURENT,
    html: true,
    from: 'Chantal Mercier <chantal.mercier@banque-leman.ch>',
    to: LAURENT,
    cc: 'Philippe Aubert <philippe.aubert@banque-leman.ch>',
    date: '2027-01-28 10:00',
    subject: 'Entretien avec M. Aubert',
    body: `Monsieur,\n\nJe vous écris de la part de M. Philippe Aubert, en copie, qui souhaiterait vous rencontrer dans nos locaux au sujet du renouvellement de la ligne de crédit. Il serait disponible le mardi 9 ou le mercredi 10 février en fin de matinée. Je n'assisterai pas à l'entretien.\n\nAvec mes meilleures salutations,\nChantal Mercier\nAssistante de direction\nBanque du Léman SA\nQuai des Bergues 9, 1201 Genève`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['philippe.aubert@banque-leman.ch'],
      type: 'meeting',
      duration: null,
      location: 'Quai des Bergues 9, 1201 Genève',
      when: [span('2027-02-09', '10:00', '12:00'), span('2027-02-10', '10:00', '12:00')],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// French, threads (15)
// ---------------------------------------------------------------------------------------------------------------
const FR_THREADS: CaseRow[] = [
  {
    // Gmail FR : contre-proposition. Mardi 7 avril exclu, mercredi 8 entre 14h et 16h, au cabinet (signature citée).
    id: 'h4-fr-16',
    tz: PARIS,
    self: SELF_ETIENNE,
    from: 'Nathalie Giraud <nathalie.giraud@giraud-industries.fr>',
    to: ETIENNE,
    date: '2026-04-02 14:15',
    subject: "Re: Préparation de l'assemblée",
    body: `Maître,\n\nMardi m'est impossible, je suis à Lyon toute la journée. Je pourrais plutôt mercredi 8, entre 14h et 16h, au cabinet.\n\nCordialement,\nNathalie Giraud\nDirectrice juridique, Giraud Industries`,
    history: [
      {
        style: 'gmail-fr',
        from: ETIENNE,
        to: 'Nathalie Giraud <nathalie.giraud@giraud-industries.fr>',
        date: '2026-04-02 09:00',
        subject: "Préparation de l'assemblée",
        body: `Madame,\n\nPourriez-vous passer au cabinet mardi 7 avril à 10h pour préparer l'assemblée générale ?\n\n${ETIENNE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nathalie.giraud@giraud-industries.fr'],
      type: 'meeting',
      duration: null,
      location: ETIENNE_OFFICE,
      when: [span('2026-04-08', '14:00', '16:00')],
      excluded: [day('2026-04-07')],
    },
  },
  {
    // Outlook FR : report d'un rendez-vous confirmé à la semaine suivante (15–19 juin), sauf le lundi, de préférence
    // le matin ; le lieu reste celui de la confirmation citée.
    id: 'h4-fr-17',
    tz: BRUSSELS,
    self: SELF_ANNESO,
    from: 'Geert Claes <geert.claes@claes-bouw.be>',
    to: ANNESO,
    date: '2026-06-09 17:00',
    subject: 'RE: Audit organisationnel',
    body: `Madame Dumont,\n\nJe dois malheureusement décaler notre rendez-vous de jeudi. Seriez-vous disponible la semaine suivante ? Tous les jours me conviennent sauf le lundi, de préférence le matin.\n\nMet vriendelijke groeten / Bien à vous,\nGeert Claes\nClaes Bouw NV`,
    history: [
      {
        style: 'outlook-fr',
        from: ANNESO,
        to: 'Geert Claes <geert.claes@claes-bouw.be>',
        date: '2026-06-05 11:00',
        subject: 'Audit organisationnel',
        body: `Monsieur Claes,\n\nJe vous confirme notre rendez-vous le jeudi 11 juin à 14h dans vos bureaux, chaussée de Gand 112, 1080 Molenbeek-Saint-Jean.\n\n${ANNESO_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['geert.claes@claes-bouw.be'],
      type: 'meeting',
      duration: null,
      location: 'chaussée de Gand 112, 1080 Molenbeek-Saint-Jean',
      when: each(['2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19'], '08:00', '12:00'),
      excluded: [day('2026-06-15')],
    },
  },
  {
    // Transfert Gmail à l'assistant le lundi 23 novembre : « en fin de semaine prochaine » se lit depuis le message
    // transféré du jeudi 19 → jeudi 26 et vendredi 27 ; « au studio » → la signature de la cliente ; une heure.
    id: 'h4-fr-18',
    tz: PARIS,
    self: SELF_BEATRICE,
    assistant: ASSISTANT,
    from: BEATRICE,
    to: SLASH,
    date: '2026-11-23 08:45',
    subject: 'Fwd: Présentation des échantillons',
    body: `Slash, peux-tu organiser ce rendez-vous avec Romain au studio ? Une heure.\n\n${BEATRICE_SIG}`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Romain Texier <romain.texier@texier-bois.fr>',
        to: BEATRICE,
        date: '2026-11-19 17:30',
        subject: 'Présentation des échantillons',
        body: `Bonjour Béatrice,\n\nJe peux passer à votre studio en fin de semaine prochaine pour vous présenter les échantillons de chêne fumé. Dites-moi ce qui vous arrange.\n\nRomain Texier\nTexier Bois`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['romain.texier@texier-bois.fr'],
      type: 'meeting',
      duration: 60,
      location: BEATRICE_OFFICE,
      when: [days('2026-11-26', '2026-11-27')],
    },
  },
  {
    // Apple Mail FR, Québec : l'introducteur (en copie) s'est retiré ; « dîner » = lunch ; « au début mai » =
    // 1–10 mai 2027, sauf le vendredi 7.
    id: 'h4-fr-19',
    tz: TORONTO,
    self: SELF_ISABELLE,
    from: 'Émilie Fortin <emilie.fortin@fortin-ebenisterie.ca>',
    to: ISABELLE,
    cc: 'Jean-François Lavoie <jf.lavoie@lavoie-capital.ca>',
    date: '2027-04-19 13:20',
    subject: 'Re: Présentation : Isabelle / Émilie',
    body: `Merci Jean-François!\n\nBonjour Isabelle, enchantée. Un dîner au début mai, ça vous dirait? Je suis libre presque tous les jours, sauf le vendredi. On pourrait aller chez Satay Brothers, rue Notre-Dame Ouest.\n\nÉmilie Fortin\nFortin Ébénisterie`,
    history: [
      {
        style: 'apple-fr',
        from: 'Jean-François Lavoie <jf.lavoie@lavoie-capital.ca>',
        to: `${ISABELLE}, Émilie Fortin <emilie.fortin@fortin-ebenisterie.ca>`,
        date: '2027-04-19 09:00',
        subject: 'Présentation : Isabelle / Émilie',
        body: `Isabelle, Émilie,\n\nJe vous présente l'une à l'autre : Émilie dirige une ébénisterie à Saint-Henri, Isabelle cherche un fabricant pour ses projets résidentiels. Je me retire de l'échange et vous laisse faire connaissance.\n\nJ-F`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['emilie.fortin@fortin-ebenisterie.ca'],
      type: 'lunch',
      duration: null,
      location: 'Satay Brothers, rue Notre-Dame Ouest',
      when: [days('2027-05-01', '2027-05-06'), days('2027-05-08', '2027-05-10')],
      excluded: [day('2027-05-07')],
    },
  },
  {
    // Outlook FR : le contact remplace sa propre proposition (vendredi 11, dans ses bureaux) par lundi 14 ou mardi 15
    // décembre en début d'après-midi, en visio ; vendredi 11 exclu ; plus de lieu.
    id: 'h4-fr-20',
    tz: PARIS,
    self: SELF_ETIENNE,
    from: 'Bertrand Lemoine <bertrand.lemoine@lemoine-sa.fr>',
    to: ETIENNE,
    date: '2026-12-03 18:00',
    subject: 'RE: Rendez-vous – pacte',
    body: `Maître,\n\nOubliez mon précédent message : le conseil d'administration a été avancé et je ne suis plus disponible le vendredi 11. Je vous propose plutôt le lundi 14 ou le mardi 15 décembre en début d'après-midi, et finalement en visio, ce sera plus simple.\n\nBien à vous,\nBertrand Lemoine`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Bertrand Lemoine <bertrand.lemoine@lemoine-sa.fr>',
        to: ETIENNE,
        date: '2026-12-01 10:00',
        subject: 'Rendez-vous – pacte',
        body: `Maître,\n\nPourrions-nous nous voir le vendredi 11 décembre à 9h dans nos bureaux, 30 rue de Courcelles ?\n\nBertrand Lemoine\nPDG, Lemoine SA`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bertrand.lemoine@lemoine-sa.fr'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2026-12-14', '13:00', '15:00'), span('2026-12-15', '13:00', '15:00')],
      excluded: [day('2026-12-11')],
    },
  },
  {
    // Gmail FR, trois messages : semaine prochaine = 14–18 septembre ; Sophie mardi ou jeudi après-midi, Marco
    // jeudi après-midi et pas mardi → jeudi 17, 12–18 ; le bureau du client (signature citée).
    id: 'h4-fr-21',
    tz: ZURICH,
    self: SELF_LAURENT,
    from: 'Marco Bernasconi <marco.bernasconi@rey-horlogerie.ch>',
    to: LAURENT,
    cc: 'Sophie Rey <sophie.rey@rey-horlogerie.ch>',
    date: '2026-09-07 16:30',
    subject: 'Re: Revue du portefeuille',
    body: `Bonjour,\n\nJeudi après-midi m'irait très bien ; mardi je suis à Bienne.\n\nMarco Bernasconi\nDirecteur financier, Rey Horlogerie SA`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Sophie Rey <sophie.rey@rey-horlogerie.ch>',
        to: LAURENT,
        cc: 'Marco Bernasconi <marco.bernasconi@rey-horlogerie.ch>',
        date: '2026-09-07 11:00',
        subject: 'Re: Revue du portefeuille',
        body: `Bonjour Monsieur Favre,\n\nPour moi, mardi ou jeudi, plutôt l'après-midi.\n\nSophie Rey`,
      },
      {
        style: 'gmail-fr',
        from: LAURENT,
        to: 'Sophie Rey <sophie.rey@rey-horlogerie.ch>, Marco Bernasconi <marco.bernasconi@rey-horlogerie.ch>',
        date: '2026-09-07 09:00',
        subject: 'Revue du portefeuille',
        body: `Madame Rey, Monsieur Bernasconi,\n\nJe vous propose de faire la revue semestrielle du portefeuille à mon bureau la semaine prochaine. Quels jours vous conviendraient ?\n\n${LAURENT_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['marco.bernasconi@rey-horlogerie.ch', 'sophie.rey@rey-horlogerie.ch'],
      type: 'meeting',
      duration: null,
      location: LAURENT_OFFICE,
      when: [span('2026-09-17', '12:00', '18:00')],
      excluded: [day('2026-09-15')],
    },
  },
  {
    // Transfert Thunderbird à l'assistant : « la semaine du 8 mars » 2027, de préférence en fin de journée
    // (17–20) ; la cliente exclut le vendredi 12 ; 20 minutes au téléphone.
    id: 'h4-fr-22',
    tz: BRUSSELS,
    self: SELF_ANNESO,
    assistant: ASSISTANT,
    from: ANNESO,
    to: SLASH,
    date: '2027-02-26 08:00',
    subject: 'Fwd: Clause de non-concurrence',
    body: `Slash, peux-tu caler cet appel de 20 minutes avec Maître Lambrechts ? Pas le vendredi, je suis à Anvers.\n\nAnne-Sophie`,
    history: [
      {
        style: 'fwd-thunderbird-fr',
        from: 'Hugo Lambrechts <hugo.lambrechts@lambrechts-avocats.be>',
        to: ANNESO,
        date: '2027-02-25 15:00',
        subject: 'Clause de non-concurrence',
        body: `Chère Madame,\n\nPourrions-nous faire un point téléphonique la semaine du 8 mars au sujet de la clause de non-concurrence ? Je suis assez libre, de préférence en fin de journée.\n\nBien à vous,\nHugo Lambrechts\nLambrechts Avocats`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['hugo.lambrechts@lambrechts-avocats.be'],
      type: 'call',
      duration: 20,
      location: null,
      when: each(['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11'], '17:00', '20:00'),
      excluded: [day('2027-03-12')],
    },
  },
  {
    // HTML, Gmail FR, Québec : « dîner » = lunch ; « lundi ou mardi midi » = 12:00 exactement, lundi 19 et mardi
    // 20 janvier.
    id: 'h4-fr-23',
    tz: TORONTO,
    self: SELF_ISABELLE,
    html: true,
    from: 'Patrice Lévesque <patrice@levesque-archi.ca>',
    to: ISABELLE,
    date: '2026-01-14 15:30',
    subject: 'Re: Projet Griffintown',
    body: `Salut Isabelle,\n\nAvec plaisir! Un dîner lundi ou mardi midi, chez Olive et Gourmando, 351 rue Saint-Paul Ouest? C'est à deux pas de mon bureau.\n\nPatrice\nLévesque Architectes`,
    history: [
      {
        style: 'gmail-fr',
        from: ISABELLE,
        to: 'Patrice Lévesque <patrice@levesque-archi.ca>',
        date: '2026-01-14 10:00',
        subject: 'Projet Griffintown',
        body: `Patrice,\n\nOn se voit bientôt pour parler du projet Griffintown?\n\n${ISABELLE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['patrice@levesque-archi.ca'],
      type: 'lunch',
      duration: null,
      location: 'Olive et Gourmando, 351 rue Saint-Paul Ouest',
      when: [at('2026-01-19 12:00'), at('2026-01-20 12:00')],
    },
  },
  {
    // Outlook FR : annulation d'une visio confirmée, sans nouvelle date.
    id: 'h4-fr-24',
    tz: PARIS,
    self: SELF_BEATRICE,
    from: 'Lucie Mallet <lucie.mallet@mallet-edition.fr>',
    to: BEATRICE,
    date: '2026-07-09 09:10',
    subject: 'RE: Visio – couverture',
    body: `Bonjour Béatrice,\n\nFinalement, annulons la visio de demain : l'auteur a validé la maquette telle quelle. Merci encore pour votre réactivité !\n\nLucie Mallet\nÉditions Mallet`,
    history: [
      {
        style: 'outlook-fr',
        from: BEATRICE,
        to: 'Lucie Mallet <lucie.mallet@mallet-edition.fr>',
        date: '2026-07-06 10:00',
        subject: 'Visio – couverture',
        body: `Lucie,\n\nJe vous confirme notre visio vendredi 10 juillet à 11h pour valider la couverture.\n\n${BEATRICE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['lucie.mallet@mallet-edition.fr'],
      type: 'video',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Apple Mail FR : accusé de réception après un rendez-vous ; « d'ici vendredi » n'est pas une demande.
    id: 'h4-fr-25',
    tz: ZURICH,
    self: SELF_LAURENT,
    from: 'Damien Roulet <damien.roulet@roulet-sa.ch>',
    to: LAURENT,
    date: '2026-05-27 08:30',
    subject: 'Re: Suite à notre rendez-vous',
    body: `Monsieur Favre,\n\nBien reçu, merci. Je vous renvoie le mandat signé d'ici vendredi par courrier.\n\nCordialement,\nDamien Roulet`,
    history: [
      {
        style: 'apple-fr',
        from: LAURENT,
        to: 'Damien Roulet <damien.roulet@roulet-sa.ch>',
        date: '2026-05-26 17:00',
        subject: 'Suite à notre rendez-vous',
        body: `Monsieur Roulet,\n\nMerci pour notre rendez-vous de ce matin. Vous trouverez ci-joint le mandat de gestion à signer.\n\n${LAURENT_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['damien.roulet@roulet-sa.ch'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Gmail FR, trois messages : « début octobre » resserré en « entre le 5 et le 9 octobre, plutôt en matinée » ;
    // Léa (en copie) se joindra si possible ; « au château » → la signature citée de Pauline.
    id: 'h4-fr-26',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Pauline Dufour <pauline.dufour@chateau-lagrave.fr>',
    to: JULIEN,
    cc: 'Léa Chambon <lea.chambon@chateau-lagrave.fr>',
    date: '2026-09-22 10:00',
    subject: 'Re: Dégustation primeurs',
    body: `Parfait ! Alors entre le 5 et le 9 octobre, plutôt en matinée ? Léa Chambon, notre maître de chai, se joindra à nous si possible.\n\nPauline`,
    history: [
      {
        style: 'gmail-fr',
        from: JULIEN,
        to: 'Pauline Dufour <pauline.dufour@chateau-lagrave.fr>',
        date: '2026-09-21 18:00',
        subject: 'Re: Dégustation primeurs',
        body: `Bonjour Pauline,\n\nAvec plaisir, début octobre me convient très bien.\n\n${JULIEN_SIG}`,
      },
      {
        style: 'gmail-fr',
        from: 'Pauline Dufour <pauline.dufour@chateau-lagrave.fr>',
        to: JULIEN,
        date: '2026-09-21 09:30',
        subject: 'Dégustation primeurs',
        body: `Bonjour Julien,\n\nNous aimerions vous faire déguster le millésime 2025 au château avant sa mise en marché. Seriez-vous disponible début octobre ?\n\nPauline Dufour\nDirectrice commerciale\nChâteau Lagrave\n4 route des Vignes, 33250 Pauillac\n05 56 00 98 76`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['pauline.dufour@chateau-lagrave.fr', 'lea.chambon@chateau-lagrave.fr?'],
      type: 'meeting',
      duration: null,
      location: '4 route des Vignes, 33250 Pauillac',
      when: each(['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09'], '08:00', '12:00'),
    },
  },
  {
    // Transfert Apple Mail à l'assistant : les États-Unis sont passés à l'heure d'été le 14 mars 2027, la Suisse
    // le 28 : mardi 23 mars 10h New York (EDT) = 14:00 UTC = 15:00 à Genève.
    id: 'h4-fr-27',
    tz: ZURICH,
    self: SELF_LAURENT,
    assistant: ASSISTANT,
    from: LAURENT,
    to: SLASH,
    date: '2027-03-18 07:50',
    subject: 'Fwd: Appel – allocation 2027',
    body: `Slash, merci d'organiser cet appel avec Rebecca, à l'heure qu'elle propose.\n\nLaurent`,
    history: [
      {
        style: 'fwd-apple-fr',
        from: 'Rebecca Stein <rebecca.stein@stein-family-office.example>',
        to: LAURENT,
        date: '2027-03-17 15:00',
        subject: 'Appel – allocation 2027',
        body: `Cher Laurent,\n\nPourrions-nous nous appeler mardi 23 mars à 10h, heure de New York ? Je serai à mon bureau de Manhattan.\n\nBien à vous,\nRebecca Stein\nStein Family Office, New York`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['rebecca.stein@stein-family-office.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2027-03-23 15:00')],
    },
  },
  {
    // Outlook FR : le déjeuner proposé devient « un coup de fil jeudi en fin de matinée » (22 octobre, 10–12) ;
    // 20 minutes ; plus de lieu.
    id: 'h4-fr-28',
    tz: PARIS,
    self: SELF_ETIENNE,
    from: 'Arnaud Perrot <arnaud.perrot@perrot-conseil.fr>',
    to: ETIENNE,
    date: '2026-10-19 12:40',
    subject: 'RE: Déjeuner',
    body: `Étienne,\n\nJe suis sous l'eau cette semaine, un déjeuner sera compliqué. Plutôt un coup de fil jeudi en fin de matinée ? Vingt minutes suffiront.\n\nArnaud`,
    history: [
      {
        style: 'outlook-fr',
        from: ETIENNE,
        to: 'Arnaud Perrot <arnaud.perrot@perrot-conseil.fr>',
        date: '2026-10-19 09:00',
        subject: 'Déjeuner',
        body: `Arnaud,\n\nUn déjeuner jeudi ou vendredi chez Drouant pour parler du dossier Sorel ?\n\n${ETIENNE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['arnaud.perrot@perrot-conseil.fr'],
      type: 'call',
      duration: 20,
      location: null,
      when: [span('2026-10-22', '10:00', '12:00')],
    },
  },
  {
    // Gmail FR, l'assistant en copie de la réponse du contact : « entre le 3 et le 7 août, sauf le 5 » ; deux heures ;
    // « au studio » → la signature citée de la cliente ; « fin juillet » n'est pas une fenêtre.
    id: 'h4-fr-29',
    tz: PARIS,
    self: SELF_BEATRICE,
    assistant: ASSISTANT,
    from: 'Yasmine Haddou <yasmine.haddou@haddou-photo.fr>',
    to: BEATRICE,
    cc: SLASH,
    date: '2026-07-20 19:00',
    subject: 'Re: Shooting catalogue automne',
    body: `Bonjour Béatrice, bonjour Slash,\n\nJe rentre de vacances fin juillet : je pourrais entre le 3 et le 7 août, sauf le 5. Il faudrait compter deux heures.\n\nYasmine\nHaddou Photo`,
    history: [
      {
        style: 'gmail-fr',
        from: BEATRICE,
        to: 'Yasmine Haddou <yasmine.haddou@haddou-photo.fr>',
        cc: SLASH,
        date: '2026-07-20 10:00',
        subject: 'Shooting catalogue automne',
        body: `Yasmine,\n\nJe mets Slash en copie pour trouver un créneau afin de préparer le shooting du catalogue d'automne, au studio.\n\n${BEATRICE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['yasmine.haddou@haddou-photo.fr'],
      type: 'meeting',
      duration: 120,
      location: BEATRICE_OFFICE,
      when: [days('2026-08-03', '2026-08-04'), days('2026-08-06', '2026-08-07')],
      excluded: [day('2026-08-05')],
    },
  },
  {
    // Gmail FR, familier et sans accents, semaine du passage à l'heure d'été : semaine prochaine = 30 mars–3 avril ;
    // « mardi aprem » (31 mars, 12–18) ou « mercredi matin » (1er avril, 8–12) ; lundi exclu ; « chez toi » →
    // la signature citée du client.
    id: 'h4-fr-30',
    tz: PARIS,
    self: SELF_JULIEN,
    from: 'Max Puyol <max.puyol@puyol-transports.fr>',
    to: JULIEN,
    date: '2026-03-26 22:15',
    subject: 'Re: Palettes export',
    body: `ok pour moi ! mardi aprem ou mercredi matin, je passe chez toi. pas lundi par contre jsuis a Toulouse\n\nMax`,
    history: [
      {
        style: 'gmail-fr',
        from: JULIEN,
        to: 'Max Puyol <max.puyol@puyol-transports.fr>',
        date: '2026-03-26 18:00',
        subject: 'Palettes export',
        body: `Max,\n\nOn se voit la semaine prochaine pour caler les palettes export ? Passe au chai si tu peux.\n\n${JULIEN_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['max.puyol@puyol-transports.fr'],
      type: 'meeting',
      duration: null,
      location: JULIEN_OFFICE,
      when: [span('2026-03-31', '12:00', '18:00'), span('2026-04-01', '08:00', '12:00')],
      excluded: [day('2026-03-30')],
    },
  },
];

export const HELD_OUT_4_CASES: CaseRow[] = [...EN_SINGLE, ...EN_THREADS, ...FR_SINGLE, ...FR_THREADS];
