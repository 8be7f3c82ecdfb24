/**
 * The third held-out set: 60 emails (30 EN, 30 FR; 30 with quoted or forwarded history, 5 of them forwards to
 * the assistant; 4 HTML-only; 30 single messages) written blind, labelled by hand from the contract's reading
 * rules (shared/contracts/interpret.md) without reading the interpreter's source and before any run of the
 * interpreter on them. Never tune the interpreter on these.
 * Clients in London, New York, Kolkata, Paris, Lyon and Montréal (America/Toronto); times stated in other zones
 * in DST-mismatch weeks (March and late October/early November 2026), intros where the introducer steps out,
 * assistants writing for their bosses, people copied for information, optional attendees, superseded proposals,
 * counter-proposals, open bounds, exclusions, relative expressions resolved against a forwarded message's date,
 * the 28-day rule and the "in two weeks" / "in the next two weeks" rules.
 * Labelling conventions where the contract leaves a choice: contiguous allowed windows are merged into one;
 * an exclusion inside a stated range is cut out of `when` and also listed in `excluded`; "after the 15th" starts
 * on the 16th; "between the 10th and the 20th" includes both days; a part of day after "<day> or <day>" applies
 * to both days; month parts and date ranges keep their weekend days; a cancellation with no new time has no
 * windows; an "other" message has type null.
 * Over 500 lines because it is one data table, kept in one file so that the commit that froze the labels
 * is a single, reviewable diff.
 */
import { at, day, days, onward, span, type CaseRow, type LocalWindow } from './corpus-case.js';

const SLASH = 'Slash <slash@slash.example>';
const ASSISTANT = ['slash@slash.example'];

const LONDON = 'Europe/London';
const NY = 'America/New_York';
const PARIS = 'Europe/Paris';
const KOLKATA = 'Asia/Kolkata';
const TORONTO = 'America/Toronto';

/** The same part of day on each listed date. */
const each = (dates: readonly string[], from: string, to: string): LocalWindow[] => dates.map((d) => span(d, from, to));

// --- clients ---
const OLIVER = 'Oliver Bennett <oliver.bennett@northgate-legal.co.uk>';
const SELF_OLIVER = ['oliver.bennett@northgate-legal.co.uk'];
const OLIVER_SIG =
  'Oliver Bennett\nSenior Associate | Northgate Legal LLP\n1 Finsbury Avenue, London EC2M 2PF\nDD: +44 20 7946 0555';
const OLIVER_OFFICE = '1 Finsbury Avenue, London EC2M 2PF';

const DANA = 'Dana Whitfield <dana@whitfield-ventures.example>';
const SELF_DANA = ['dana@whitfield-ventures.example'];
const DANA_SIG =
  'Dana Whitfield\nGeneral Partner, Whitfield Ventures\n250 Greenwich Street, 38th Floor\nNew York, NY 10007\n(646) 555-0142';
const DANA_OFFICE = '250 Greenwich Street, 38th Floor, New York, NY 10007';

const ARJUN = 'Arjun Mehta <arjun@mehta-exports.example>';
const SELF_ARJUN = ['arjun@mehta-exports.example'];
const ARJUN_SIG =
  'Arjun Mehta\nDirector, Mehta Exports Pvt Ltd\n4th Floor, Camac Court, 25B Camac Street\nKolkata 700016\n+91 33 4050 7788';
const ARJUN_OFFICE = '4th Floor, Camac Court, 25B Camac Street, Kolkata 700016';

const SOPHIE = 'Sophie Laurent <sophie@atelier-laurent.fr>';
const SELF_SOPHIE = ['sophie@atelier-laurent.fr'];
const SOPHIE_SIG = 'Sophie Laurent\nFondatrice – Atelier Laurent\n12 rue Oberkampf, 75011 Paris\n06 12 34 56 78';
const SOPHIE_OFFICE = '12 rue Oberkampf, 75011 Paris';

const MATHILDE = 'Mathilde Roux <mathilde.roux@roux-avocats.fr>';
const SELF_MATHILDE = ['mathilde.roux@roux-avocats.fr'];
const MATHILDE_SIG =
  'Mathilde Roux\nAvocate associée\nRoux Avocats AARPI\n48 rue de Lisbonne, 75008 Paris\nTél. : 01 42 00 33 44';
const MATHILDE_OFFICE = '48 rue de Lisbonne, 75008 Paris';

const THOMAS = 'Thomas Garnier <thomas.garnier@garnier-immo.fr>';
const SELF_THOMAS = ['thomas.garnier@garnier-immo.fr'];
const THOMAS_SIG = 'Thomas Garnier\nGérant – Garnier Immobilier\n15 quai Romain Rolland, 69005 Lyon\n04 78 00 11 22';
const THOMAS_OFFICE = '15 quai Romain Rolland, 69005 Lyon';

const GENEVIEVE = 'Geneviève Tremblay <genevieve@tremblay-conseil.ca>';
const SELF_GENEVIEVE = ['genevieve@tremblay-conseil.ca'];
const GENEVIEVE_SIG =
  'Geneviève Tremblay\nAssociée principale, Tremblay Conseil\n1000 rue De La Gauchetière Ouest, bureau 2400\nMontréal (Québec) H3B 4W5';

const CAMILLE = 'Camille Durand <camille.durand@durand-partners.co.uk>';
const SELF_CAMILLE = ['camille.durand@durand-partners.co.uk'];
const CAMILLE_SIG = 'Camille Durand\nManaging Partner, Durand Partners\n8 Bishopsgate, London EC2N 4BQ';

// ---------------------------------------------------------------------------------------------------------------
// English, single messages (15)
// ---------------------------------------------------------------------------------------------------------------
const EN_SINGLE: CaseRow[] = [
  {
    // The introducer steps out; Oliver's availability is stated by the introducer: mornings of the week after next
    // (this week is 2–6 Feb, next 9–13, the week after next 16–20).
    id: 'ho3-en-ldn-intro-steps-out-week-after-next-mornings',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'James Holt <james@holt-angels.example>',
    to: OLIVER,
    cc: 'Rachel Kim <rachel.kim@brightloop.example>',
    date: '2026-02-03 09:15',
    subject: 'Intro: Oliver <> Rachel (BrightLoop)',
    body: `Oliver, Rachel,\n\nConnecting you two as promised. Rachel runs BrightLoop and is about to raise her Series A; Oliver is the best venture lawyer I know in the City.\n\nOliver tells me he can do a coffee any morning the week after next. I'll bow out here and let you take it from there.\n\nCheers,\nJames`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rachel.kim@brightloop.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: each(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], '08:00', '12:00'),
    },
  },
  {
    // An executive assistant writes for her boss (in Cc) and says she will not attend; "our offices" is the address
    // of her signature; "between 2 and 5pm" is a range, "Friday morning" 08:00–12:00.
    id: 'ho3-en-ldn-ea-for-boss-our-offices',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Lucy Fenwick <lucy.fenwick@carrow-group.example>',
    to: OLIVER,
    cc: 'Richard Carrow <richard.carrow@carrow-group.example>',
    date: '2026-03-04 11:20',
    subject: 'Meeting request - Richard Carrow',
    body: `Dear Mr Bennett,\n\nI am writing on behalf of Richard Carrow (copied), who would like to meet you at our offices to discuss the proposed joint venture. He would need about an hour.\n\nRichard is available on Wednesday 11 March between 2 and 5pm, or on Friday 13 March in the morning. I won't attend the meeting myself, but please reply to me and I will send the invitation.\n\nKind regards,\nLucy Fenwick\nExecutive Assistant to the Chairman\nCarrow Group plc\n20 Fenchurch Street, London EC3M 3BY\n+44 20 7946 0918`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['richard.carrow@carrow-group.example'],
      type: 'meeting',
      duration: 60,
      location: '20 Fenchurch Street, London EC3M 3BY',
      when: [span('2026-03-11', '14:00', '17:00'), span('2026-03-13', '08:00', '12:00')],
    },
  },
  {
    // New York moved to EDT on 8 March, the UK stays on GMT until 29 March: 3pm UK = 15:00 UTC = 11:00 New York.
    id: 'ho3-en-ny-meet-3pm-uk-time-dst-gap',
    tz: NY,
    self: SELF_DANA,
    from: 'Fiona Grant <fiona.grant@grant-mcleod.example>',
    to: DANA,
    date: '2026-03-10 07:55',
    subject: 'Quick catch-up re: the fund II LPA',
    body: `Hi Dana,\n\nWould Thursday at 3pm UK time work for a video call? I'll send a Google Meet link. 30 minutes should be plenty.\n\nThanks,\nFiona\n\nFiona Grant | Partner\nGrant McLeod LLP\n7 Old Jewry, London EC2R 8DN`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['fiona.grant@grant-mcleod.example'],
      type: 'video',
      duration: 30,
      location: null,
      when: [at('2026-03-12 11:00')],
    },
  },
  {
    // Next week minus the excluded Thursday; the restaurant as written.
    id: 'ho3-en-kol-lunch-next-week-except-thursday',
    tz: KOLKATA,
    self: SELF_ARJUN,
    from: 'Neha Kapoor <neha.kapoor@saffronleaf.example>',
    to: ARJUN,
    date: '2026-07-07 10:30',
    subject: 'Lunch?',
    body: `Hi Arjun,\n\nIt's been far too long! Let's catch up over lunch at Peter Cat on Park Street - any day next week except Thursday, when I'm in Delhi for the trade fair.\n\nWarmly,\nNeha\n\nNeha Kapoor\nFounder, Saffron Leaf Foods\n+91 98300 12345`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['neha.kapoor@saffronleaf.example'],
      type: 'lunch',
      duration: null,
      location: 'Peter Cat on Park Street',
      when: [days('2026-07-13', '2026-07-15'), day('2026-07-17')],
      excluded: [day('2026-07-16')],
    },
  },
  {
    // "in two weeks": now + 14 days = Wed 3 June, its Monday–Friday week is 1–5 June. "on the phone" → call.
    id: 'ho3-en-ldn-call-in-two-weeks-15-min',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Tom Reeve <tom@reeve-surveyors.example>',
    to: OLIVER,
    date: '2026-05-20 14:00',
    subject: 'Boundary dispute - next steps',
    body: `Oliver,\n\nThings are hectic here at the moment, but could we speak in two weeks? A quick 15-minute chat on the phone would do - I just need your steer on the boundary survey.\n\nTom Reeve MRICS\nReeve & Sons Chartered Surveyors\nGuildford`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tom@reeve-surveyors.example'],
      type: 'call',
      duration: 15,
      location: null,
      when: [days('2026-06-01', '2026-06-05')],
    },
  },
  {
    // Paris has been on CET since 25 October: 5pm Tokyo = 08:00 UTC = 09:00 Paris.
    id: 'ho3-en-par-zoom-tokyo-time',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Hiroshi Tanaka <h.tanaka@kumo-studio.example>',
    to: SOPHIE,
    date: '2026-11-05 08:12',
    subject: 'Collaboration on the spring collection',
    body: `Dear Ms Laurent,\n\nThank you for your kind reply. Could we have a Zoom call on Tuesday at 5pm Tokyo time? Would 45 minutes be acceptable for you?\n\nBest regards,\nHiroshi Tanaka\nCreative Director, Kumo Studio\nTokyo`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['h.tanaka@kumo-studio.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [at('2026-11-10 09:00')],
    },
  },
  {
    // Said on a Friday: next Tuesday 22 and Thursday 24 September, afternoons; Sam "may join if his schedule allows"
    // is optional; "our office" from Beth's signature.
    id: 'ho3-en-ny-tue-or-thu-afternoon-optional-cc',
    tz: NY,
    self: SELF_DANA,
    from: 'Beth Carlisle <beth@carlisle-foundation.example>',
    to: DANA,
    cc: 'Sam Ortiz <sam.ortiz@carlisle-foundation.example>',
    date: '2026-09-18 12:40',
    subject: 'Grant committee follow-up',
    body: `Dana,\n\nWould you have time to come by our office next Tuesday or Thursday afternoon? We'd love to walk you through the shortlist. Sam may join us if his schedule allows.\n\nBest,\nBeth\n\nBeth Carlisle\nExecutive Director, The Carlisle Foundation\n410 Park Avenue, 15th Floor\nNew York, NY 10022`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['beth@carlisle-foundation.example', 'sam.ortiz@carlisle-foundation.example?'],
      type: 'meeting',
      duration: null,
      location: '410 Park Avenue, 15th Floor, New York, NY 10022',
      when: [span('2026-09-22', '12:00', '18:00'), span('2026-09-24', '12:00', '18:00')],
    },
  },
  {
    // The US left DST on 1 November: 8am Eastern = 13:00 UTC = 18:30 in Kolkata. No video cue → call.
    id: 'ho3-en-kol-call-8am-eastern',
    tz: KOLKATA,
    self: SELF_ARJUN,
    from: 'Daniel Brooks <daniel.brooks@harborline.example>',
    to: ARJUN,
    date: '2026-11-03 21:10',
    subject: 'Q1 container allocation',
    body: `Arjun -\n\nCould we get on a call Thursday at 8am Eastern? That should be early evening for you. I want to lock the Q1 allocation before our board meets.\n\nDaniel Brooks\nVP Procurement, Harborline Inc.\nNewark, NJ`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['daniel.brooks@harborline.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-11-05 18:30')],
    },
  },
  {
    // "after the 15th" read as from the 16th on, open-ended.
    id: 'ho3-en-ldn-coffee-after-the-15th',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Amelia Stone <amelia@stone-recruit.example>',
    to: OLIVER,
    date: '2026-07-01 09:00',
    subject: 'Catch up',
    body: `Hi Oliver,\n\nHope all's well. Could we grab a coffee sometime after the 15th? Grind on London Wall is handy for me.\n\nAmelia\n\nAmelia Stone | Stone Legal Recruitment\n07700 900 651`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['amelia@stone-recruit.example'],
      type: 'coffee',
      duration: null,
      location: 'Grind on London Wall',
      when: [onward('2026-07-16 00:00')],
    },
  },
  {
    // A cancellation that states no new time.
    id: 'ho3-en-ny-cancel-call-no-new-time',
    tz: NY,
    self: SELF_DANA,
    from: 'Greg Hollis <greg@hollis-cpa.example>',
    to: DANA,
    date: '2026-12-08 08:30',
    subject: 'Cancelling our call',
    body: `Dana,\n\nI'm sorry, but I have to cancel our call - the audit timetable has been pushed back and there's nothing for us to go through yet. I'll be in touch once I have the draft numbers.\n\nGreg\n\nGreg Hollis, CPA\nHollis & Partners\n(212) 555-0190`,
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['greg@hollis-cpa.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // HTML only; "towards the end of the month" = 21–30 September; "our offices" from the signature; an hour.
    id: 'ho3-en-ldn-html-end-of-month-hour-our-offices',
    tz: LONDON,
    self: SELF_OLIVER,
    html: true,
    from: 'Priya Shah <priya.shah@lumen-health.example>',
    to: OLIVER,
    date: '2026-09-08 17:45',
    subject: 'Contract review',
    body: `Dear Oliver,\n\nNow that the redlines are back, could we schedule an hour-long meeting at our offices towards the end of the month to review the contract together?\n\nMany thanks,\nPriya\n\nPriya Shah\nGeneral Counsel, Lumen Health Ltd\n1 Canada Square, London E14 5AB`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya.shah@lumen-health.example'],
      type: 'meeting',
      duration: 60,
      location: '1 Canada Square, London E14 5AB',
      when: [days('2026-09-21', '2026-09-30')],
    },
  },
  {
    // Mid-week next week = Tue–Thu 6–8 October; "late afternoon or evening" = 16:00–18:00 + 18:00–22:00, merged.
    id: 'ho3-en-ny-drinks-midweek-late-afternoon-or-evening',
    tz: NY,
    self: SELF_DANA,
    from: 'Chris Palmer <chris@palmer-capital.example>',
    to: DANA,
    date: '2026-10-02 15:20',
    subject: 'drinks?',
    body: `Dana,\n\nDrinks mid-week next week to celebrate the close? Late afternoon or evening, whatever suits. How about Old Town Bar on East 18th?\n\nChris`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['chris@palmer-capital.example'],
      type: 'drinks',
      duration: null,
      location: 'Old Town Bar on East 18th',
      when: each(['2026-10-06', '2026-10-07', '2026-10-08'], '16:00', '22:00'),
    },
  },
  {
    // "first week of December" = 1–7 December minus the weekend (5–6).
    id: 'ho3-en-kol-breakfast-first-week-of-december',
    tz: KOLKATA,
    self: SELF_ARJUN,
    from: 'Kavita Rao <kavita.rao@indigo-consult.example>',
    to: ARJUN,
    date: '2026-11-20 11:00',
    subject: 'Breakfast meeting',
    body: `Dear Arjun,\n\nI'll be in Kolkata in the first week of December. Would you be free for breakfast at the Taj Bengal, Alipore? I'd like to introduce our new sourcing platform.\n\nRegards,\nKavita Rao\nPartner, Indigo Consulting\nBengaluru`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['kavita.rao@indigo-consult.example'],
      type: 'breakfast',
      duration: null,
      location: 'Taj Bengal, Alipore',
      when: [days('2026-12-01', '2026-12-04'), day('2026-12-07')],
    },
  },
  {
    // The client's own message with the assistant in Cc and a Bcc: early next week = Mon–Tue 19–20 January,
    // "before 11" on each day.
    id: 'ho3-en-par-own-message-cc-assistant-bcc-early-next-week',
    tz: PARIS,
    self: SELF_SOPHIE,
    assistant: ASSISTANT,
    from: SOPHIE,
    to: 'Ethan Moore <ethan@mooreandco.example>',
    cc: SLASH,
    bcc: 'Léa Martin <lea.martin@atelier-laurent.fr>',
    date: '2026-01-14 18:30',
    subject: 'Re: Showroom in Brooklyn',
    body: `Ethan,\n\nGreat to hear from you. I've copied Slash, my assistant, who will find us a time. I'd suggest a video call early next week, before 11 my time, as I'm in workshops for the rest of the day.\n\nBest,\n${SOPHIE_SIG}`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ethan@mooreandco.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2026-01-19', '00:00', '11:00'), span('2026-01-20', '00:00', '11:00')],
    },
  },
  {
    // A thank-you with documents and no request to meet.
    id: 'ho3-en-ny-other-thanks-no-meeting',
    tz: NY,
    self: SELF_DANA,
    from: 'Paul Jennings <paul@jennings-law.example>',
    to: DANA,
    date: '2026-03-19 17:05',
    subject: 'Documents from yesterday',
    body: `Dana,\n\nThanks for your time yesterday. Attached are the side letter and the cap table we discussed. No need to get together again before the closing; I'll circulate signature pages next week.\n\nPaul\n\nPaul Jennings\nJennings Law PLLC\n1 Liberty Plaza, New York, NY 10006`,
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['paul@jennings-law.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// English, threads (15)
// ---------------------------------------------------------------------------------------------------------------
const EN_THREADS: CaseRow[] = [
  {
    // Gmail reply: "come by" → Dana's office from her quoted signature; next week minus Friday, Friday excluded.
    id: 'ho3-en-ny-thread-any-day-but-friday-your-office',
    tz: NY,
    self: SELF_DANA,
    from: 'Marco Diaz <marco@diaz-design.example>',
    to: DANA,
    date: '2026-04-14 16:05',
    subject: 'Re: New mockups',
    body: `Happy to come by! Next week works for me, any day but Friday - I'm on a shoot. An hour should be enough to go through everything.\n\nMarco`,
    history: [
      {
        style: 'gmail-en',
        from: DANA,
        to: 'Marco Diaz <marco@diaz-design.example>',
        date: '2026-04-14 10:30',
        subject: 'New mockups',
        body: `Marco,\n\nWould love to see the new mockups in person - could you come to our office sometime soon?\n\n${DANA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['marco@diaz-design.example'],
      type: 'meeting',
      duration: 60,
      location: DANA_OFFICE,
      when: [days('2026-04-20', '2026-04-23')],
      excluded: [day('2026-04-24')],
    },
  },
  {
    // The newest message swaps the proposed lunch for a phone call: type call, no place.
    id: 'ho3-en-ldn-thread-lunch-swapped-for-call',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Hugo Fairbanks <hugo@fairbanks-estates.example>',
    to: OLIVER,
    date: '2026-04-22 10:10',
    subject: 'Re: Lunch Thursday?',
    body: `Oliver,\n\nCould we swap the lunch for a phone call? Friday morning would be easiest for me - half an hour is plenty.\n\nHugo`,
    history: [
      {
        style: 'gmail-en',
        from: OLIVER,
        to: 'Hugo Fairbanks <hugo@fairbanks-estates.example>',
        date: '2026-04-21 17:30',
        subject: 'Lunch Thursday?',
        body: `Hugo,\n\nLunch on Thursday at Dishoom Shoreditch? We can go over the lease terms.\n\n${OLIVER_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['hugo@fairbanks-estates.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [span('2026-04-24', '08:00', '12:00')],
    },
  },
  {
    // Outlook "-----Original Message-----": counter-proposal Wednesday 1–3pm; Monday and Tuesday ruled out;
    // "your office" → Dana's signature in the quoted message.
    id: 'ho3-en-ny-thread-original-message-counter-wednesday',
    tz: NY,
    self: SELF_DANA,
    from: 'Kenji Sato <kenji.sato@sato-robotics.example>',
    to: DANA,
    date: '2026-02-19 14:30',
    subject: 'RE: Board prep',
    body: `Dana,\n\nI'm in Boston on Monday and Tuesday, unfortunately. How about Wednesday between 1 and 3, at your office?\n\nRegards,\nKenji Sato\nCEO, Sato Robotics`,
    history: [
      {
        style: 'outlook-original',
        from: DANA,
        to: 'Kenji Sato <kenji.sato@sato-robotics.example>',
        date: '2026-02-19 09:00',
        subject: 'Board prep',
        body: `Kenji,\n\nCould we meet before the board? Monday 2-4pm or Tuesday 10-12 would work on my side.\n\n${DANA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['kenji.sato@sato-robotics.example'],
      type: 'meeting',
      duration: null,
      location: DANA_OFFICE,
      when: [span('2026-02-25', '13:00', '15:00')],
      excluded: [days('2026-02-23', '2026-02-24')],
    },
  },
  {
    // Apple Mail reply: Ben is copied for information only; "Wednesday after 3" = [15:00, 24:00); the office Oliver
    // proposed in the quoted message.
    id: 'ho3-en-ldn-thread-cc-for-information-after-3',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Isabel Hart <isabel.hart@hartwell-media.example>',
    to: OLIVER,
    cc: 'Ben Cole <ben.cole@hartwell-media.example>',
    date: '2026-07-06 12:05',
    subject: 'Re: Licence sign-off',
    body: `Hi Oliver,\n\nCopying Ben for information only - he won't be joining. Wednesday after 3 works for me, at your office as you suggested.\n\nIsabel\n\nSent from my iPhone`,
    history: [
      {
        style: 'apple-en',
        from: OLIVER,
        to: 'Isabel Hart <isabel.hart@hartwell-media.example>',
        date: '2026-07-06 09:00',
        subject: 'Licence sign-off',
        body: `Isabel,\n\nCould you come to our office on Wednesday or Thursday to sign off the licence?\n\n${OLIVER_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['isabel.hart@hartwell-media.example'],
      type: 'meeting',
      duration: null,
      location: OLIVER_OFFICE,
      when: [span('2026-07-08', '15:00', '24:00')],
    },
  },
  {
    // The client forwards to the assistant on a Monday; the forwarded "next week" was written on Friday 8 May:
    // 11–15 May, before noon each day. Zoom, 45 minutes from the client's note.
    id: 'ho3-en-ny-fwd-next-week-from-forwarded-date',
    tz: NY,
    self: SELF_DANA,
    assistant: ASSISTANT,
    from: DANA,
    to: SLASH,
    date: '2026-05-11 07:45',
    subject: 'Fwd: Catching up',
    body: `Slash, please set this up with Lena - 45 minutes on Zoom.\n\nThanks,\nDana`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Lena Fischer <lena.fischer@fischer-bio.example>',
        to: DANA,
        date: '2026-05-08 10:20',
        subject: 'Catching up',
        body: `Dana,\n\nCould we talk sometime next week about the bridge round? I'm in Berlin, so I can only do mornings - before noon your time.\n\nBest,\nLena Fischer\nFischer Bio GmbH, Berlin`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['lena.fischer@fischer-bio.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: each(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'], '00:00', '12:00'),
    },
  },
  {
    // Three messages: Meera rules out Wednesday, Rahul narrows to Thursday afternoon; both contacts; Arjun's office.
    id: 'ho3-en-kol-thread-intersection-thursday-afternoon',
    tz: KOLKATA,
    self: SELF_ARJUN,
    from: 'Rahul Sen <rahul.sen@sen-logistics.example>',
    to: ARJUN,
    cc: 'Meera Iyer <meera.iyer@sen-logistics.example>',
    date: '2026-08-17 15:10',
    subject: 'Re: Freight contract',
    body: `Arjun,\n\nThursday afternoon is good for me too. See you at your office.\n\nRahul`,
    history: [
      {
        style: 'gmail-en',
        from: 'Meera Iyer <meera.iyer@sen-logistics.example>',
        to: ARJUN,
        cc: 'Rahul Sen <rahul.sen@sen-logistics.example>',
        date: '2026-08-17 12:30',
        subject: 'Re: Freight contract',
        body: `Thursday works for me, not Wednesday.\n\nMeera`,
      },
      {
        style: 'gmail-en',
        from: ARJUN,
        to: 'Rahul Sen <rahul.sen@sen-logistics.example>, Meera Iyer <meera.iyer@sen-logistics.example>',
        date: '2026-08-17 10:00',
        subject: 'Freight contract',
        body: `Rahul, Meera,\n\nCould we meet at my office on Wednesday or Thursday to finalise the freight contract?\n\n${ARJUN_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rahul.sen@sen-logistics.example', 'meera.iyer@sen-logistics.example'],
      type: 'meeting',
      duration: null,
      location: ARJUN_OFFICE,
      when: [span('2026-08-20', '12:00', '18:00')],
      excluded: [day('2026-08-19')],
    },
  },
  {
    // Outlook reply moving a confirmed meeting: reschedule; "Monday after 2 or any time Tuesday" merge into one
    // window; the place stays the quoted office.
    id: 'ho3-en-ldn-thread-reschedule-early-next-week',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Clare Dunmore <clare.dunmore@dunmore-trust.example>',
    to: OLIVER,
    date: '2026-10-13 16:40',
    subject: 'RE: Trust deed review',
    body: `Oliver,\n\nI need to move our Thursday meeting, I'm afraid. Could we do early next week instead - Monday after 2, or any time on Tuesday?\n\nApologies,\nClare Dunmore\nTrustee, Dunmore Family Trust`,
    history: [
      {
        style: 'outlook-en',
        from: OLIVER,
        to: 'Clare Dunmore <clare.dunmore@dunmore-trust.example>',
        date: '2026-10-12 11:00',
        subject: 'Trust deed review',
        body: `Clare,\n\nConfirming Thursday 15 October at 10am at our office.\n\n${OLIVER_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['clare.dunmore@dunmore-trust.example'],
      type: 'meeting',
      duration: null,
      location: OLIVER_OFFICE,
      when: [['2026-10-19 14:00', '2026-10-21 00:00']],
    },
  },
  {
    // Apple Mail: 9am Pacific (PDT) = 16:00 UTC = 12:00 in New York; Teams → video.
    id: 'ho3-en-ny-thread-teams-9am-pt',
    tz: NY,
    self: SELF_DANA,
    from: 'Ava Lindqvist <ava@lindqvist-labs.example>',
    to: DANA,
    date: '2026-06-02 17:20',
    subject: 'Re: Quick Teams call',
    body: `Let's do Friday, 9am PT then. I'll send the Teams invite.\n\nAva`,
    history: [
      {
        style: 'apple-en',
        from: DANA,
        to: 'Ava Lindqvist <ava@lindqvist-labs.example>',
        date: '2026-06-02 13:00',
        subject: 'Quick Teams call',
        body: `Ava,\n\nWould Thursday or Friday work for a quick Teams call? Mornings before 11 ET are hard for me.\n\n${DANA_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ava@lindqvist-labs.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2026-06-05 12:00')],
    },
  },
  {
    // Outlook "-----Original Message-----": the introducer (in Cc) is told she need not stay; "the week of the 16th"
    // = 16–20 November; Wednesday and Thursday mornings.
    id: 'ho3-en-par-thread-intro-reply-week-of-16th',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Nathan Price <nathan.price@pricegroup.example>',
    to: SOPHIE,
    cc: 'Kate Wallace <kate@wallace-partners.example>',
    date: '2026-11-04 10:30',
    subject: 'RE: Introduction - Sophie Laurent / Nathan Price',
    body: `Thanks Kate for the intro - no need for you to stay on this thread.\n\nSophie, lovely to meet you virtually. I'm in Paris the week of the 16th: could we grab a coffee? Wednesday morning or Thursday morning would be ideal. Café Kitsuné in the Palais-Royal gardens?\n\nBest,\nNathan Price\nBuyer, Price Group\nLondon`,
    history: [
      {
        style: 'outlook-original',
        from: 'Kate Wallace <kate@wallace-partners.example>',
        to: 'Sophie Laurent <sophie@atelier-laurent.fr>; Nathan Price <nathan.price@pricegroup.example>',
        date: '2026-11-03 19:40',
        subject: 'Introduction - Sophie Laurent / Nathan Price',
        body: `Sophie, Nathan,\n\nYou should know each other: Sophie designs the furniture Nathan keeps telling me about. I'll leave it to you two.\n\nKate`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['nathan.price@pricegroup.example'],
      type: 'coffee',
      duration: null,
      location: 'Café Kitsuné in the Palais-Royal gardens',
      when: [span('2026-11-18', '08:00', '12:00'), span('2026-11-19', '08:00', '12:00')],
    },
  },
  {
    // The same sender supersedes his own "next Friday" with "the week after next" (23–27 Feb), evenings, not Monday;
    // the place stays the quoted restaurant.
    id: 'ho3-en-kol-thread-superseded-dinner-week-after-next',
    tz: KOLKATA,
    self: SELF_ARJUN,
    from: 'Vikram Joshi <vikram@joshi-steel.example>',
    to: ARJUN,
    date: '2026-02-10 19:00',
    subject: 'Re: Dinner',
    body: `Arjun, scratch that - my Mumbai trip has moved. Same place, but could we do the week after next instead? Any evening except Monday.\n\nVikram`,
    history: [
      {
        style: 'gmail-en',
        from: 'Vikram Joshi <vikram@joshi-steel.example>',
        to: ARJUN,
        date: '2026-02-09 11:00',
        subject: 'Dinner',
        body: `Arjun,\n\nDinner at Oh! Calcutta on Elgin Road next Friday? My treat.\n\nVikram Joshi\nJoshi Steel Ltd`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['vikram@joshi-steel.example'],
      type: 'dinner',
      duration: null,
      location: 'Oh! Calcutta on Elgin Road',
      when: each(['2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27'], '18:00', '22:00'),
      excluded: [day('2026-02-23')],
    },
  },
  {
    // Apple Mail forward to the assistant: "the week of the 2nd" = 2–6 February, the client rules Monday out.
    id: 'ho3-en-ldn-fwd-apple-week-of-2nd-not-monday',
    tz: LONDON,
    self: SELF_OLIVER,
    assistant: ASSISTANT,
    from: OLIVER,
    to: SLASH,
    date: '2026-01-23 08:15',
    subject: 'Fwd: Lunch soon?',
    body: `Slash - can you sort this out? I'd rather not do the Monday.\n\nO.`,
    history: [
      {
        style: 'fwd-apple-en',
        from: 'Georgina Pike <georgina.pike@pike-art.example>',
        to: OLIVER,
        date: '2026-01-22 18:00',
        subject: 'Lunch soon?',
        body: `Oliver,\n\nLunch soon? I'm free most days the week of the 2nd - The Wolseley, if that suits?\n\nG.\n\nGeorgina Pike\nPike Fine Art, Mayfair`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['georgina.pike@pike-art.example'],
      type: 'lunch',
      duration: null,
      location: 'The Wolseley',
      when: [days('2026-02-03', '2026-02-06')],
      excluded: [day('2026-02-02')],
    },
  },
  {
    // HTML, the client's own reply with the assistant in Cc: "Tuesday the 14th, not before 10"; Jill is optional;
    // the site visit is at Owen's office from his quoted signature; 90 minutes from the quoted message.
    id: 'ho3-en-ny-html-own-reply-not-before-10-optional',
    tz: NY,
    self: SELF_DANA,
    assistant: ASSISTANT,
    html: true,
    from: DANA,
    to: 'Owen Park <owen@parkside-re.example>',
    cc: `Jill Moss <jill.moss@parkside-re.example>, ${SLASH}`,
    date: '2026-07-07 09:30',
    subject: 'Re: Site walk',
    body: `Owen, Jill,\n\nTuesday the 14th suits me, not before 10 though. Jill, join us if you can. Slash (copied) will send a few options.\n\nDana`,
    history: [
      {
        style: 'gmail-en',
        from: 'Owen Park <owen@parkside-re.example>',
        to: DANA,
        cc: 'Jill Moss <jill.moss@parkside-re.example>',
        date: '2026-07-06 15:00',
        subject: 'Site walk',
        body: `Dana,\n\nCould we meet at our place in Brooklyn before walking the site - Tuesday 14th or Wednesday 15th? An hour and a half should do.\n\nOwen Park\nParkside Real Estate\n88 Front Street, Brooklyn, NY 11201`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['owen@parkside-re.example', 'jill.moss@parkside-re.example?'],
      type: 'meeting',
      duration: 90,
      location: '88 Front Street, Brooklyn, NY 11201',
      when: [span('2026-07-14', '10:00', '24:00')],
    },
  },
  {
    // Outlook: the boss's EA keeps his diary and will not be on the call; early next month (1–10 June), weekday
    // afternoons only.
    id: 'ho3-en-ldn-thread-ea-early-next-month-weekday-afternoons',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Harriet Lyle <harriet.lyle@ormsby-mgmt.example>',
    to: OLIVER,
    cc: 'Peter Ormsby <peter.ormsby@ormsby-mgmt.example>',
    date: '2026-05-27 11:00',
    subject: 'RE: Renewal',
    body: `Dear Oliver,\n\nFollowing up on Peter's note below - I manage his diary. He could do a Teams call early next month, any weekday afternoon. I won't be on the call myself.\n\nKind regards,\nHarriet Lyle\nPA to Peter Ormsby`,
    history: [
      {
        style: 'outlook-en',
        from: 'Peter Ormsby <peter.ormsby@ormsby-mgmt.example>',
        to: OLIVER,
        cc: 'Harriet Lyle <harriet.lyle@ormsby-mgmt.example>',
        date: '2026-05-26 09:00',
        subject: 'Renewal',
        body: `Oliver,\n\nWe should discuss the renewal before the summer. Harriet will find us a time.\n\nPeter`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['peter.ormsby@ormsby-mgmt.example'],
      type: 'video',
      duration: null,
      location: null,
      when: each(
        [
          '2026-06-01',
          '2026-06-02',
          '2026-06-03',
          '2026-06-04',
          '2026-06-05',
          '2026-06-08',
          '2026-06-09',
          '2026-06-10',
        ],
        '12:00',
        '18:00',
      ),
    },
  },
  {
    // Apple Mail: 11am London (BST) = 10:00 UTC = 15:30 in Kolkata; "I'll call your mobile" → call.
    id: 'ho3-en-kol-thread-11am-london-time-phone',
    tz: KOLKATA,
    self: SELF_ARJUN,
    from: 'Sarah Whitaker <sarah.whitaker@whitaker-tea.example>',
    to: ARJUN,
    date: '2026-08-03 13:40',
    subject: 'Re: Darjeeling first flush',
    body: `Tuesday works. Shall we say 11am London time? I'll call your mobile.\n\nSarah`,
    history: [
      {
        style: 'apple-en',
        from: ARJUN,
        to: 'Sarah Whitaker <sarah.whitaker@whitaker-tea.example>',
        date: '2026-08-03 10:15',
        subject: 'Darjeeling first flush',
        body: `Sarah,\n\nCould we speak by phone on Tuesday or Wednesday about the first flush allocation?\n\n${ARJUN_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sarah.whitaker@whitaker-tea.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-08-04 15:30')],
    },
  },
  {
    // "in the next two weeks" = [now, now + 14 days) (no DST change in between), Fridays cut out and excluded.
    id: 'ho3-en-ldn-thread-next-two-weeks-not-fridays',
    tz: LONDON,
    self: SELF_OLIVER,
    from: 'Rosa Mendes <rosa.mendes@mendes-arch.example>',
    to: OLIVER,
    date: '2026-03-02 14:30',
    subject: 'Re: Planning application',
    body: `Hi Oliver,\n\nAny time in the next two weeks is fine for a 30-minute video chat - just not Fridays, I'm on site all day.\n\nRosa`,
    history: [
      {
        style: 'gmail-en',
        from: OLIVER,
        to: 'Rosa Mendes <rosa.mendes@mendes-arch.example>',
        date: '2026-03-02 09:00',
        subject: 'Planning application',
        body: `Rosa,\n\nCould we set up a short video call to go over the planning application?\n\n${OLIVER_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rosa.mendes@mendes-arch.example'],
      type: 'video',
      duration: 30,
      location: null,
      when: [
        ['2026-03-02 14:30', '2026-03-06 00:00'],
        ['2026-03-07 00:00', '2026-03-13 00:00'],
        ['2026-03-14 00:00', '2026-03-16 14:30'],
      ],
      excluded: [day('2026-03-06'), day('2026-03-13')],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// French, single messages (15)
// ---------------------------------------------------------------------------------------------------------------
const FR_SINGLE: CaseRow[] = [
  {
    // "après-demain" said on Tuesday 17 March = Thursday 19; "dans la matinée" = 08:00–12:00.
    id: 'ho3-fr-par-cafe-apres-demain-matinee',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Julien Mercier <julien.mercier@mercier-patrimoine.fr>',
    to: MATHILDE,
    date: '2026-03-17 09:05',
    subject: 'Dossier succession Arnoux',
    body: `Bonjour Maître,\n\nSeriez-vous disponible après-demain dans la matinée pour un café ? Je serai dans le quartier : au Café Jacquemart-André, 158 boulevard Haussmann ?\n\nBien cordialement,\nJulien Mercier\nConseiller en gestion de patrimoine\nMercier Patrimoine`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julien.mercier@mercier-patrimoine.fr'],
      type: 'coffee',
      duration: null,
      location: 'Café Jacquemart-André, 158 boulevard Haussmann',
      when: [span('2026-03-19', '08:00', '12:00')],
    },
  },
  {
    // "dans quinze jours" = the Monday–Friday week containing now + 14 days (Wed 24 June): 22–26 June.
    id: 'ho3-fr-par-dejeuner-dans-quinze-jours',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Claire Dubois <claire.dubois@dubois-archi.fr>',
    to: SOPHIE,
    date: '2026-06-10 11:30',
    subject: 'Déj ?',
    body: `Coucou Sophie,\n\nOn se cale un déjeuner dans quinze jours ? Je te laisse choisir l'endroit, tu connais mieux le quartier que moi.\n\nBises,\nClaire`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['claire.dubois@dubois-archi.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2026-06-22', '2026-06-26')],
    },
  },
  {
    // "mardi en huit" said on Thursday 2 April: the Tuesday after next Tuesday (7 April) = 14 April; "notre agence"
    // → the address of the sender's signature.
    id: 'ho3-fr-lyon-mardi-en-huit-notre-agence',
    tz: PARIS,
    self: SELF_THOMAS,
    from: 'Antoine Lefèvre <a.lefevre@lefevre-immobilier.fr>',
    to: THOMAS,
    date: '2026-04-02 17:20',
    subject: 'Mandat Croix-Rousse',
    body: `Bonjour Thomas,\n\nPour avancer sur le mandat de la Croix-Rousse, je vous propose un rendez-vous mardi en huit à 14h30 à notre agence.\n\nCordialement,\nAntoine Lefèvre\nLefèvre Immobilier\n22 rue de la République, 69002 Lyon\n04 72 00 45 67`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['a.lefevre@lefevre-immobilier.fr'],
      type: 'meeting',
      duration: null,
      location: '22 rue de la République, 69002 Lyon',
      when: [at('2026-04-14 14:30')],
    },
  },
  {
    // "point téléphonique d'une demi-heure" → call, 30; next week (28 Sept–2 Oct) minus Wednesday 30.
    id: 'ho3-fr-par-telephone-semaine-prochaine-sauf-mercredi',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Nadia Benali <nadia.benali@benali-rh.fr>',
    to: MATHILDE,
    date: '2026-09-24 08:50',
    subject: 'Rupture conventionnelle – dossier Marchal',
    body: `Maître,\n\nJe vous propose un point téléphonique d'une demi-heure la semaine prochaine, n'importe quel jour sauf le mercredi.\n\nBien à vous,\nNadia Benali\nDRH, Benali RH Conseil`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nadia.benali@benali-rh.fr'],
      type: 'call',
      duration: 30,
      location: null,
      when: [days('2026-09-28', '2026-09-29'), days('2026-10-01', '2026-10-02')],
      excluded: [day('2026-09-30')],
    },
  },
  {
    // The assistant writes for her boss (in Cc) and will not attend; "dans nos bureaux" → her signature's address;
    // "pas avant 10h" = [10:00, 24:00); "dans l'après-midi" = 12:00–18:00; "une heure".
    id: 'ho3-fr-par-assistante-pour-patron-pas-avant-10h',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Sandrine Petit <sandrine.petit@groupe-valmont.fr>',
    to: MATHILDE,
    cc: 'Henri Valmont <henri.valmont@groupe-valmont.fr>',
    date: '2026-05-05 14:10',
    subject: 'Rendez-vous avec M. Valmont',
    body: `Maître,\n\nJe me permets de vous écrire de la part de M. Valmont, en copie, qui souhaiterait vous recevoir dans nos bureaux au sujet de la cession. Il serait disponible le jeudi 21 mai, pas avant 10h, ou le vendredi 22 mai dans l'après-midi. Merci de prévoir une heure.\n\nJe ne participerai pas à la réunion ; vous pouvez me répondre directement pour confirmer.\n\nBien cordialement,\nSandrine Petit\nAssistante de direction\nGroupe Valmont\n5 avenue Hoche, 75008 Paris`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['henri.valmont@groupe-valmont.fr'],
      type: 'meeting',
      duration: 60,
      location: '5 avenue Hoche, 75008 Paris',
      when: [span('2026-05-21', '10:00', '24:00'), span('2026-05-22', '12:00', '18:00')],
    },
  },
  {
    // Paris left summer time on 25 October, New York only on 1 November: 9h New York (EDT) = 13:00 UTC = 14:00 Paris.
    id: 'ho3-fr-par-visio-heure-de-new-york-semaine-decalee',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Élise Moreau <elise.moreau@moreau-conseil.fr>',
    to: SOPHIE,
    cc: 'Mark Ellison <mark.ellison@ellison-nyc.example>',
    date: '2026-10-27 10:00',
    subject: 'Visio avec Mark Ellison',
    body: `Bonjour Sophie,\n\nMark, en copie, propose une visio jeudi à 9h heure de New York pour parler de la distribution aux États-Unis. Une heure devrait suffire.\n\nBelle journée,\nÉlise Moreau\nMoreau Conseil`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['elise.moreau@moreau-conseil.fr', 'mark.ellison@ellison-nyc.example'],
      type: 'video',
      duration: 60,
      location: null,
      when: [at('2026-10-29 14:00')],
    },
  },
  {
    // "début juin" = 1–10 June.
    id: 'ho3-fr-lyon-dejeuner-debut-juin',
    tz: PARIS,
    self: SELF_THOMAS,
    from: 'Bruno Caradec <bruno@caradec-vins.fr>',
    to: THOMAS,
    date: '2026-05-12 12:15',
    subject: 'Déjeuner',
    body: `Salut Thomas,\n\nDéjeunons ensemble début juin, au Bouchon des Filles, 20 rue Sergent Blandan ? J'ai deux ou trois biens à te montrer.\n\nBruno`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bruno@caradec-vins.fr'],
      type: 'lunch',
      duration: null,
      location: 'Bouchon des Filles, 20 rue Sergent Blandan',
      when: [days('2026-06-01', '2026-06-10')],
    },
  },
  {
    // Québec French: "dîner" = lunch; "jeudi midi" = 12:00 exactly.
    id: 'ho3-fr-mtl-diner-quebecois-jeudi-midi',
    tz: TORONTO,
    self: SELF_GENEVIEVE,
    from: 'Marc-André Gagnon <ma.gagnon@gagnon-techno.ca>',
    to: GENEVIEVE,
    date: '2026-02-17 10:00',
    subject: 'Dîner jeudi?',
    body: `Salut Geneviève,\n\nÇa te dirait un dîner jeudi midi au Café Olimpico, rue Saint-Viateur? J'aimerais avoir ton avis sur notre ronde de financement.\n\nMarc-André\nGagnon Techno inc.`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['ma.gagnon@gagnon-techno.ca'],
      type: 'lunch',
      duration: null,
      location: 'Café Olimpico, rue Saint-Viateur',
      when: [at('2026-02-19 12:00')],
    },
  },
  {
    // 28-day rule: Tuesdays and Thursdays 17:00–20:00 over the 28 days after Wednesday 14 January 21:00.
    id: 'ho3-fr-par-fin-de-journee-mardis-jeudis-28-jours',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Hélène Fabre <helene.fabre@fabre-compta.fr>',
    to: MATHILDE,
    date: '2026-01-14 21:00',
    subject: 'Liasse fiscale',
    body: `Bonsoir Maître,\n\nPour faire le point sur la liasse, je suis joignable par téléphone en fin de journée, les mardis et les jeudis. Appelez-moi quand cela vous arrange.\n\nHélène Fabre\nExpert-comptable, Fabre & Associés`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['helene.fabre@fabre-compta.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: each(
        [
          '2026-01-15',
          '2026-01-20',
          '2026-01-22',
          '2026-01-27',
          '2026-01-29',
          '2026-02-03',
          '2026-02-05',
          '2026-02-10',
        ],
        '17:00',
        '20:00',
      ),
    },
  },
  {
    // A French client in London: "mardi vers 8h30" = exact start on Tuesday 31 March, read in London time.
    id: 'ho3-fr-ldn-petit-dejeuner-mardi-vers-8h30',
    tz: LONDON,
    self: SELF_CAMILLE,
    from: 'Pierre Lambert <pierre.lambert@lambert-fi.fr>',
    to: CAMILLE,
    date: '2026-03-26 09:00',
    subject: 'De passage à Londres',
    body: `Bonjour Camille,\n\nJe serai à Londres la semaine prochaine. Un petit-déjeuner mardi vers 8h30 chez Granger & Co à King's Cross, ça vous irait ?\n\nAmitiés,\nPierre Lambert\nLambert Finance`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['pierre.lambert@lambert-fi.fr'],
      type: 'breakfast',
      duration: null,
      location: "Granger & Co à King's Cross",
      when: [at('2026-03-31 08:30')],
    },
  },
  {
    // Moving tomorrow's meeting: reschedule; "lundi ou mardi prochain" = 16 and 17 November, "en fin de matinée"
    // = 10:00–12:00.
    id: 'ho3-fr-lyon-decaler-fin-de-matinee',
    tz: PARIS,
    self: SELF_THOMAS,
    from: 'Loïc Henry <loic.henry@henry-btp.fr>',
    to: THOMAS,
    date: '2026-11-12 18:00',
    subject: 'Report de notre réunion',
    body: `Bonsoir Thomas,\n\nJe dois malheureusement décaler notre réunion de demain, un chantier me retient à Villeurbanne. Seriez-vous disponible lundi ou mardi prochain en fin de matinée ?\n\nCordialement,\nLoïc Henry\nHenry BTP`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['loic.henry@henry-btp.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-11-16', '10:00', '12:00'), span('2026-11-17', '10:00', '12:00')],
    },
  },
  {
    // HTML only; Luc is copied "pour information"; Teams → video, 45 min; début de semaine prochaine = 7–8 December,
    // mornings.
    id: 'ho3-fr-par-html-teams-debut-semaine-matin-cc-info',
    tz: PARIS,
    self: SELF_SOPHIE,
    html: true,
    from: 'Valérie Simon <valerie.simon@simon-edition.fr>',
    to: SOPHIE,
    cc: 'Luc Perrin <luc.perrin@simon-edition.fr>',
    date: '2026-12-03 16:30',
    subject: 'Catalogue 2027',
    body: `Bonjour Sophie,\n\nJe mets Luc en copie pour information. Pourrions-nous faire un point de 45 minutes sur Teams en début de semaine prochaine, plutôt le matin ?\n\nBien à vous,\nValérie Simon\nÉditions Simon`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['valerie.simon@simon-edition.fr'],
      type: 'video',
      duration: 45,
      location: null,
      when: [span('2026-12-07', '08:00', '12:00'), span('2026-12-08', '08:00', '12:00')],
    },
  },
  {
    // "Capucine se joindra à nous si possible" → optional; France: dîner = dinner; two whole days.
    id: 'ho3-fr-par-diner-12-ou-17-novembre-optionnelle',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Arnaud Girard <arnaud.girard@girard-associes.fr>',
    to: MATHILDE,
    cc: 'Capucine Girard <capucine@girard-associes.fr>',
    date: '2026-10-20 13:00',
    subject: 'Dîner',
    body: `Chère Mathilde,\n\nPour fêter la fin du dossier, dîner le 12 ou le 17 novembre chez Allard, rue Saint-André-des-Arts ? Capucine se joindra à nous si possible.\n\nAmicalement,\nArnaud`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['arnaud.girard@girard-associes.fr', 'capucine@girard-associes.fr?'],
      type: 'dinner',
      duration: null,
      location: 'Allard, rue Saint-André-des-Arts',
      when: [day('2026-11-12'), day('2026-11-17')],
    },
  },
  {
    // "à partir du 15" = from 15 July on, open-ended; "appel" → call.
    id: 'ho3-fr-lyon-appel-a-partir-du-15',
    tz: PARIS,
    self: SELF_THOMAS,
    from: 'Yann Le Goff <yann.legoff@legoff-marine.fr>',
    to: THOMAS,
    date: '2026-07-01 10:00',
    subject: 'Local à Confluence',
    body: `Bonjour,\n\nDe retour de mission en mer, je suis disponible pour un appel au sujet du local à partir du 15.\n\nYann Le Goff\nLe Goff Marine`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['yann.legoff@legoff-marine.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [onward('2026-07-15 00:00')],
    },
  },
  {
    // The client's own message with the assistant in Cc: "mon cabinet" → her signature; the week of 8 February 2027,
    // Thursday or Friday 14:00–16:00.
    id: 'ho3-fr-par-propre-message-semaine-du-8-jeudi-vendredi',
    tz: PARIS,
    self: SELF_MATHILDE,
    assistant: ASSISTANT,
    from: MATHILDE,
    to: 'Olivier Marchand <olivier.marchand@marchand-sa.fr>',
    cc: SLASH,
    date: '2027-01-26 09:00',
    subject: 'Rendez-vous – pacte d’associés',
    body: `Olivier,\n\nJe mets Slash en copie pour organiser notre rendez-vous à mon cabinet la semaine du 8 février, le jeudi ou le vendredi entre 14h et 16h.\n\nBien à vous,\n${MATHILDE_SIG}`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['olivier.marchand@marchand-sa.fr'],
      type: 'meeting',
      duration: null,
      location: MATHILDE_OFFICE,
      when: [span('2027-02-11', '14:00', '16:00'), span('2027-02-12', '14:00', '16:00')],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// French, threads (15)
// ---------------------------------------------------------------------------------------------------------------
const FR_THREADS: CaseRow[] = [
  {
    // Gmail FR: the proposed lunch becomes a visio; Thursday ruled out; "vendredi en début d'après-midi" = 13–15.
    id: 'ho3-fr-par-thread-dejeuner-devient-visio',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Gilles Bertrand <gilles.bertrand@bertrand-ind.fr>',
    to: MATHILDE,
    date: '2026-02-03 08:30',
    subject: 'Re: Déjeuner jeudi ?',
    body: `Bonjour Mathilde,\n\nJeudi je suis coincé à Lille toute la journée. Faisons plutôt une visio vendredi en début d'après-midi, une heure suffira.\n\nGilles`,
    history: [
      {
        style: 'gmail-fr',
        from: MATHILDE,
        to: 'Gilles Bertrand <gilles.bertrand@bertrand-ind.fr>',
        date: '2026-02-02 10:00',
        subject: 'Déjeuner jeudi ?',
        body: `Gilles,\n\nUn déjeuner jeudi au Laurent pour parler du contentieux ?\n\n${MATHILDE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['gilles.bertrand@bertrand-ind.fr'],
      type: 'video',
      duration: 60,
      location: null,
      when: [span('2026-02-06', '13:00', '15:00')],
      excluded: [day('2026-02-05')],
    },
  },
  {
    // Outlook FR: counter-proposal "vendredi 17 à partir de 11h" = [11:00, 24:00); "l'atelier" → Sophie's signature.
    id: 'ho3-fr-par-thread-contre-proposition-a-partir-de-11h',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Rémi Chevalier <remi.chevalier@chevalier-bois.fr>',
    to: SOPHIE,
    date: '2026-04-08 14:00',
    subject: 'RE: Essences de bois',
    body: `Bonjour Sophie,\n\nAucun des deux créneaux ne me convient, hélas. Vendredi 17 à partir de 11h, ça irait ?\n\nRémi Chevalier\nScierie Chevalier`,
    history: [
      {
        style: 'outlook-fr',
        from: SOPHIE,
        to: 'Rémi Chevalier <remi.chevalier@chevalier-bois.fr>',
        date: '2026-04-07 09:30',
        subject: 'Essences de bois',
        body: `Rémi,\n\nPouvez-vous passer à l'atelier avec vos échantillons mercredi 15 à 10h ou jeudi 16 à 15h ?\n\n${SOPHIE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['remi.chevalier@chevalier-bois.fr'],
      type: 'meeting',
      duration: null,
      location: SOPHIE_OFFICE,
      when: [span('2026-04-17', '11:00', '24:00')],
    },
  },
  {
    // Gmail forward to the assistant: "la semaine prochaine" is read from the forwarded message (Thu 10 Sept):
    // 14–18 Sept, "fin de semaine" = Thu–Fri; both senders of the forwarded message are contacts.
    id: 'ho3-fr-lyon-fwd-semaine-prochaine-date-du-transfert',
    tz: PARIS,
    self: SELF_THOMAS,
    assistant: ASSISTANT,
    from: THOMAS,
    to: SLASH,
    date: '2026-09-14 08:00',
    subject: 'Fwd: Rendez-vous bail commercial',
    body: `Slash, peux-tu organiser ce rendez-vous ? Une heure, à notre bureau.\n\n${THOMAS_SIG}`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Inès Vidal <ines.vidal@vidal-avocats.fr>',
        to: THOMAS,
        cc: 'Marc Vidal <marc.vidal@vidal-avocats.fr>',
        date: '2026-09-10 16:00',
        subject: 'Rendez-vous bail commercial',
        body: `Bonjour Thomas,\n\nMarc et moi aimerions vous voir la semaine prochaine, de préférence en fin de semaine.\n\nInès Vidal\nVidal Avocats`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['ines.vidal@vidal-avocats.fr', 'marc.vidal@vidal-avocats.fr'],
      type: 'meeting',
      duration: 60,
      location: THOMAS_OFFICE,
      when: [days('2026-09-17', '2026-09-18')],
    },
  },
  {
    // Gmail FR: the introducer in Cc is released from the thread; "la semaine du 22" = 22–26 June; two mornings.
    id: 'ho3-fr-par-thread-mise-en-relation-semaine-du-22',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Aurélie Brun <aurelie.brun@brun-studio.fr>',
    to: SOPHIE,
    cc: 'François Noël <francois.noel@noel-conseil.fr>',
    date: '2026-06-12 09:15',
    subject: 'Re: Mise en relation Sophie / Aurélie',
    body: `Merci François, je te libère de cet échange !\n\nSophie, ravie de faire ta connaissance. Un café la semaine du 22 ? Je peux mardi matin ou mercredi matin, vers Bastille idéalement : au Café de l'Industrie ?\n\nAurélie\nBrun Studio – photographie`,
    history: [
      {
        style: 'gmail-fr',
        from: 'François Noël <francois.noel@noel-conseil.fr>',
        to: 'Sophie Laurent <sophie@atelier-laurent.fr>, Aurélie Brun <aurelie.brun@brun-studio.fr>',
        date: '2026-06-11 18:00',
        subject: 'Mise en relation Sophie / Aurélie',
        body: `Sophie, Aurélie,\n\nJe vous présente l'une à l'autre : Aurélie photographie des intérieurs, Sophie cherche quelqu'un pour son prochain catalogue. Je vous laisse poursuivre.\n\nFrançois`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['aurelie.brun@brun-studio.fr'],
      type: 'coffee',
      duration: null,
      location: "Café de l'Industrie",
      when: [span('2026-06-23', '08:00', '12:00'), span('2026-06-24', '08:00', '12:00')],
    },
  },
  {
    // Outlook FR, three messages: Sarah offers Tuesday or Thursday, Hugo Thursday afternoon → intersection Thursday
    // 3 December 12–18; Mathilde's office from her quoted signature.
    id: 'ho3-fr-par-thread-intersection-jeudi-apres-midi',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Hugo Lemaire <hugo.lemaire@lemaire-sa.fr>',
    to: MATHILDE,
    cc: 'Sarah Klein <sarah.klein@lemaire-sa.fr>',
    date: '2026-11-23 14:30',
    subject: 'RE: Réunion – augmentation de capital',
    body: `Maître,\n\nJeudi après-midi me convient. Ce sera donc jeudi après-midi, à votre cabinet.\n\nHugo Lemaire\nDirecteur financier, Lemaire SA`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Sarah Klein <sarah.klein@lemaire-sa.fr>',
        to: MATHILDE,
        cc: 'Hugo Lemaire <hugo.lemaire@lemaire-sa.fr>',
        date: '2026-11-23 11:00',
        subject: 'RE: Réunion – augmentation de capital',
        body: `Bonjour,\n\nPour moi, ce serait mardi ou jeudi.\n\nSarah Klein`,
      },
      {
        style: 'outlook-fr',
        from: MATHILDE,
        to: 'Hugo Lemaire <hugo.lemaire@lemaire-sa.fr>; Sarah Klein <sarah.klein@lemaire-sa.fr>',
        date: '2026-11-23 09:00',
        subject: 'Réunion – augmentation de capital',
        body: `Bonjour à tous deux,\n\nPourrions-nous nous réunir à mon cabinet la semaine prochaine pour préparer l'augmentation de capital ?\n\n${MATHILDE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['hugo.lemaire@lemaire-sa.fr', 'sarah.klein@lemaire-sa.fr'],
      type: 'meeting',
      duration: null,
      location: MATHILDE_OFFICE,
      when: [span('2026-12-03', '12:00', '18:00')],
    },
  },
  {
    // Apple Mail FR: moving a confirmed meeting; "mercredi prochain" said on a Wednesday = in 7 days (11 March);
    // "même heure" = 9h30 of the quoted confirmation; the office of the quoted signature.
    id: 'ho3-fr-lyon-thread-report-mercredi-prochain-meme-heure',
    tz: PARIS,
    self: SELF_THOMAS,
    from: 'Patrick Rousseau <patrick.rousseau@rousseau-transports.fr>',
    to: THOMAS,
    date: '2026-03-04 11:00',
    subject: 'Re: Confirmation réunion',
    body: `Thomas,\n\nJe dois annuler notre réunion de jeudi. Peut-on la reporter à mercredi prochain, même heure ?\n\nDésolé,\nPatrick\n\nEnvoyé de mon iPhone`,
    history: [
      {
        style: 'apple-fr',
        from: THOMAS,
        to: 'Patrick Rousseau <patrick.rousseau@rousseau-transports.fr>',
        date: '2026-02-26 17:00',
        subject: 'Confirmation réunion',
        body: `Patrick,\n\nJe vous confirme notre réunion jeudi 5 mars à 9h30 à notre bureau.\n\n${THOMAS_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['patrick.rousseau@rousseau-transports.fr'],
      type: 'meeting',
      duration: null,
      location: THOMAS_OFFICE,
      when: [at('2026-03-11 09:30')],
    },
  },
  {
    // Montréal: "souper" = dinner; "vendredi 19h" = exact start on Friday 8 May.
    id: 'ho3-fr-mtl-thread-souper-vendredi-19h',
    tz: TORONTO,
    self: SELF_GENEVIEVE,
    from: 'Julie Bouchard <julie.bouchard@bouchard-media.ca>',
    to: GENEVIEVE,
    date: '2026-05-04 12:00',
    subject: 'Re: Souper',
    body: `Super idée! Vendredi 19h chez Toqué!, 900 place Jean-Paul-Riopelle? Je réserve.\n\nJulie`,
    history: [
      {
        style: 'gmail-fr',
        from: GENEVIEVE,
        to: 'Julie Bouchard <julie.bouchard@bouchard-media.ca>',
        date: '2026-05-04 09:00',
        subject: 'Souper',
        body: `Julie,\n\nOn soupe ensemble bientôt? Ça fait une éternité.\n\n${GENEVIEVE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['julie.bouchard@bouchard-media.ca'],
      type: 'dinner',
      duration: null,
      location: 'Toqué!, 900 place Jean-Paul-Riopelle',
      when: [at('2026-05-08 19:00')],
    },
  },
  {
    // Outlook FR: "entre le 10 et le 20 décembre" (both days included) minus the Fridays 11 and 18; 1h30.
    id: 'ho3-fr-par-thread-entre-le-10-et-le-20-sauf-vendredis',
    tz: PARIS,
    self: SELF_MATHILDE,
    from: 'Florence Blanc <florence.blanc@blanc-notaires.fr>',
    to: MATHILDE,
    date: '2026-11-25 16:00',
    subject: 'RE: Signature de l’acte',
    body: `Chère Consœur,\n\nPour la signature, je vous propose une date entre le 10 et le 20 décembre, sauf les vendredis. Comptez une heure et demie, à l'étude, 3 place des Vosges, 75004 Paris.\n\nBien confraternellement,\nFlorence Blanc\nNotaire`,
    history: [
      {
        style: 'outlook-fr',
        from: MATHILDE,
        to: 'Florence Blanc <florence.blanc@blanc-notaires.fr>',
        date: '2026-11-25 10:00',
        subject: 'Signature de l’acte',
        body: `Chère Maître,\n\nQuand pourrions-nous organiser la signature de l'acte de cession ?\n\n${MATHILDE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['florence.blanc@blanc-notaires.fr'],
      type: 'meeting',
      duration: 90,
      location: '3 place des Vosges, 75004 Paris',
      when: [day('2026-12-10'), days('2026-12-12', '2026-12-17'), days('2026-12-19', '2026-12-20')],
      excluded: [day('2026-12-11'), day('2026-12-18')],
    },
  },
  {
    // Apple Mail forward: "après-demain" in the forwarded message of Wednesday 26 August = Friday 28, late morning;
    // "lundi" = 31 August; 20 minutes by phone from the client's note.
    id: 'ho3-fr-par-fwd-apple-apres-demain-date-du-message-transfere',
    tz: PARIS,
    self: SELF_SOPHIE,
    assistant: ASSISTANT,
    from: SOPHIE,
    to: SLASH,
    date: '2026-08-27 08:00',
    subject: 'Fwd: Tournage',
    body: `Slash, merci de proposer des créneaux à Bastien pour un appel de 20 minutes, c'est lui qui m'écrit ci-dessous.\n\nSophie`,
    history: [
      {
        style: 'fwd-apple-fr',
        from: 'Bastien Royer <bastien.royer@royer-prod.fr>',
        to: SOPHIE,
        date: '2026-08-26 19:00',
        subject: 'Tournage',
        body: `Sophie,\n\nOn s'appelle après-demain en fin de matinée, ou lundi ? Il faut caler le tournage à l'atelier.\n\nBastien\nRoyer Productions`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bastien.royer@royer-prod.fr'],
      type: 'call',
      duration: 20,
      location: null,
      when: [span('2026-08-28', '10:00', '12:00'), day('2026-08-31')],
    },
  },
  {
    // A French client in London: 18h Paris (CEST) = 16:00 UTC = 17:00 London (BST).
    id: 'ho3-fr-ldn-thread-appel-18h-heure-de-paris',
    tz: LONDON,
    self: SELF_CAMILLE,
    from: 'Nicolas Faure <nicolas.faure@faure-capital.fr>',
    to: CAMILLE,
    date: '2026-10-20 11:00',
    subject: 'Re: Point sur le closing',
    body: `Va pour un appel mercredi à 18h heure de Paris.\n\nNicolas`,
    history: [
      {
        style: 'gmail-fr',
        from: CAMILLE,
        to: 'Nicolas Faure <nicolas.faure@faure-capital.fr>',
        date: '2026-10-20 09:00',
        subject: 'Point sur le closing',
        body: `Nicolas,\n\nUn appel cette semaine pour faire le point sur le closing ? Je suis libre mercredi à partir de 16h.\n\n${CAMILLE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nicolas.faure@faure-capital.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-10-21 17:00')],
    },
  },
  {
    // HTML, Outlook FR: the assistant's second message supersedes Tuesday (ruled out) with Wednesday 12h30; she will
    // not attend; the boss is the contact.
    id: 'ho3-fr-par-html-thread-assistante-mardi-remplace-par-mercredi',
    tz: PARIS,
    self: SELF_MATHILDE,
    html: true,
    from: 'Corinne Masson <corinne.masson@delorme-group.fr>',
    to: MATHILDE,
    cc: 'Jean Delorme <jean.delorme@delorme-group.fr>',
    date: '2026-10-06 15:00',
    subject: 'RE: Déjeuner avec M. Delorme',
    body: `Maître,\n\nSuite à mon message ci-dessous : M. Delorme a un empêchement mardi. Il vous propose plutôt un déjeuner le mercredi 14 octobre à 12h30, au restaurant Epicure, 112 rue du Faubourg Saint-Honoré. Je ne serai pas présente.\n\nBien cordialement,\nCorinne Masson\nAssistante de M. Delorme`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Corinne Masson <corinne.masson@delorme-group.fr>',
        to: MATHILDE,
        cc: 'Jean Delorme <jean.delorme@delorme-group.fr>',
        date: '2026-10-05 10:00',
        subject: 'Déjeuner avec M. Delorme',
        body: `Maître,\n\nM. Delorme souhaiterait déjeuner avec vous le mardi 13 octobre. Seriez-vous disponible ?\n\nCorinne Masson`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['jean.delorme@delorme-group.fr'],
      type: 'lunch',
      duration: null,
      location: 'Epicure, 112 rue du Faubourg Saint-Honoré',
      when: [at('2026-10-14 12:30')],
      excluded: [day('2026-10-13')],
    },
  },
  {
    // "dans les quinze prochains jours" = [now, now + 14 days); Google Meet → video; 30 minutes.
    id: 'ho3-fr-lyon-thread-quinze-prochains-jours-meet',
    tz: PARIS,
    self: SELF_THOMAS,
    from: 'Mélanie Roy <melanie.roy@roy-conseil.fr>',
    to: THOMAS,
    date: '2026-06-16 10:30',
    subject: 'Re: Point d’étape',
    body: `Oui, volontiers ! Je suis disponible quand vous voulez dans les quinze prochains jours. Une demi-heure sur Google Meet ?\n\nMélanie Roy\nRoy Conseil`,
    history: [
      {
        style: 'gmail-fr',
        from: THOMAS,
        to: 'Mélanie Roy <melanie.roy@roy-conseil.fr>',
        date: '2026-06-15 09:00',
        subject: 'Point d’étape',
        body: `Mélanie,\n\nOn organise une visio pour faire un point d'étape sur l'étude de marché ?\n\n${THOMAS_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['melanie.roy@roy-conseil.fr'],
      type: 'video',
      duration: 30,
      location: null,
      when: [['2026-06-16 10:30', '2026-06-30 10:30']],
    },
  },
  {
    // Apple Mail FR: next week (2–6 Feb) ruled out; "la semaine suivante" = 9–13 Feb, Tuesday or Thursday early
    // afternoon (13–15); Hugo optional; the atelier from Sophie's quoted signature.
    id: 'ho3-fr-par-thread-semaine-suivante-debut-apres-midi-optionnel',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Laure Picard <laure.picard@picard-events.fr>',
    to: SOPHIE,
    cc: 'Hugo Picard <hugo@picard-events.fr>',
    date: '2026-01-27 12:00',
    subject: 'Re: Scénographie du salon',
    body: `Bonjour Sophie,\n\nLa semaine prochaine je suis au salon à Milan, mais la semaine suivante je peux mardi ou jeudi en début d'après-midi. Hugo viendra s'il peut se libérer.\n\nLaure Picard\nPicard Events`,
    history: [
      {
        style: 'apple-fr',
        from: SOPHIE,
        to: 'Laure Picard <laure.picard@picard-events.fr>',
        date: '2026-01-26 18:20',
        subject: 'Scénographie du salon',
        body: `Laure,\n\nOn se voit à l'atelier la semaine prochaine pour la scénographie ?\n\n${SOPHIE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['laure.picard@picard-events.fr', 'hugo@picard-events.fr?'],
      type: 'meeting',
      duration: null,
      location: SOPHIE_OFFICE,
      when: [span('2026-02-10', '13:00', '15:00'), span('2026-02-12', '13:00', '15:00')],
      excluded: [days('2026-02-02', '2026-02-06')],
    },
  },
  {
    // Thunderbird forward to the assistant: the contact offers the 3rd or 4th "vers 11h"; the client rules out the
    // 3rd → exact start on 4 September, the 3rd excluded.
    id: 'ho3-fr-par-fwd-thunderbird-le-3-ou-le-4-vers-11h',
    tz: PARIS,
    self: SELF_MATHILDE,
    assistant: ASSISTANT,
    from: MATHILDE,
    to: SLASH,
    date: '2026-08-25 08:00',
    subject: 'Fwd: Appel – contrat de distribution',
    body: `Slash, peux-tu caler cet appel ? Le 3, je plaide à Versailles, donc le 4 uniquement.\n\nMathilde`,
    history: [
      {
        style: 'fwd-thunderbird-fr',
        from: 'Damien Vasseur <damien.vasseur@vasseur-group.fr>',
        to: MATHILDE,
        date: '2026-08-24 09:00',
        subject: 'Appel – contrat de distribution',
        body: `Maître,\n\nPourrions-nous nous appeler le 3 ou le 4 septembre, vers 11h ?\n\nCordialement,\nDamien Vasseur\nVasseur Group`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['damien.vasseur@vasseur-group.fr'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-09-04 11:00')],
      excluded: [day('2026-09-03')],
    },
  },
  {
    // Outlook FR: "un verre" → drinks; "jeudi soir" = 18–22; Inès attends, Romain is copied for information.
    id: 'ho3-fr-par-thread-verre-jeudi-soir-copie-pour-info',
    tz: PARIS,
    self: SELF_SOPHIE,
    from: 'Maxime Colin <maxime.colin@colin-startup.fr>',
    to: SOPHIE,
    cc: 'Inès Roche <ines.roche@colin-startup.fr>, Romain Leroy <romain.leroy@colin-startup.fr>',
    date: '2026-04-28 09:00',
    subject: 'RE: Levée de fonds',
    body: `Avec plaisir ! Un verre jeudi soir au Perchoir, 14 rue Crespin du Gast ? Inès sera de la partie. Je mets Romain en copie pour info, il ne pourra pas venir.\n\nMaxime`,
    history: [
      {
        style: 'outlook-fr',
        from: SOPHIE,
        to: 'Maxime Colin <maxime.colin@colin-startup.fr>',
        date: '2026-04-27 10:00',
        subject: 'Levée de fonds',
        body: `Maxime,\n\nBravo pour la levée ! On se voit pour fêter ça ?\n\n${SOPHIE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['maxime.colin@colin-startup.fr', 'ines.roche@colin-startup.fr'],
      type: 'drinks',
      duration: null,
      location: 'Perchoir, 14 rue Crespin du Gast',
      when: [span('2026-04-30', '18:00', '22:00')],
    },
  },
];

export const HELD_OUT_3_CASES: readonly CaseRow[] = [...EN_SINGLE, ...EN_THREADS, ...FR_SINGLE, ...FR_THREADS];
