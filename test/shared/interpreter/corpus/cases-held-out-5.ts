/**
 * The fifth held-out set: 60 emails (30 EN, 30 FR; 30 with quoted or forwarded history, 6 of them forwards to
 * the assistant; 4 HTML-only; 30 single messages) written blind, labelled by hand from the contract's reading
 * rules (shared/contracts/interpret.md) without reading the interpreter's source, its tests, its evaluation
 * script or the other corpora (held-out-3 was read only as a format example), and before any run of the
 * interpreter on them. Never tune the interpreter on these.
 * Clients in London, New York, Chicago, Sydney, Tokyo, Kathmandu, Bengaluru (Asia/Kolkata), Paris, Nantes
 * (Europe/Paris), Brussels, Luxembourg and Québec City (America/Toronto); times stated in other zones, several in
 * DST-mismatch weeks (US/EU in March and late October 2026, March 2027; US fall-back week of November 2026;
 * Sydney/London around the April 2026 changes); ordinary requests, reschedules, cancellations and messages that
 * are not scheduling requests; typos and French without accents; Québec "dîner"/"souper"; intros where the
 * introducer steps out; assistants writing for their bosses; people copied for information; optional attendees;
 * superseded plans; counter-proposals; several options; open bounds; exclusions; month parts; multi-participant
 * intersections; the assistant in Cc; relative expressions resolved against a forwarded message's own date.
 * Labelling conventions (those of held-out-3) where the contract leaves a choice: contiguous allowed windows are
 * merged into one; an exclusion inside a stated range is cut out of `when` and also listed in `excluded`;
 * "between the 10th and the 20th" includes both days; a part of day after "<day> or <day>" applies to both days;
 * month parts and date ranges keep their weekend days unless the text says weekdays; a cancellation with no new
 * time has no windows; an "other" message has type null.
 * Over 500 lines because it is one data table, kept in one file so that the labels are frozen in one place.
 */
import { at, day, days, onward, span, type CaseRow, type LocalWindow } from './corpus-case.js';

const SLASH = 'Slash <slash@slash.example>';
const ASSISTANT = ['slash@slash.example'];

const LONDON = 'Europe/London';
const NY = 'America/New_York';
const CHICAGO = 'America/Chicago';
const SYDNEY = 'Australia/Sydney';
const TOKYO = 'Asia/Tokyo';
const KATHMANDU = 'Asia/Kathmandu';
const KOLKATA = 'Asia/Kolkata';
const PARIS = 'Europe/Paris';
const BRUSSELS = 'Europe/Brussels';
const LUXEMBOURG = 'Europe/Luxembourg';
const TORONTO = 'America/Toronto';

/** The same part of day on each listed date. */
const each = (dates: readonly string[], from: string, to: string): LocalWindow[] => dates.map((d) => span(d, from, to));

// --- clients ---
const HARRIET = 'Harriet Cole <harriet@cole-marsh.example>';
const SELF_HARRIET = ['harriet@cole-marsh.example'];
const HARRIET_SIG =
  'Harriet Cole\nPrincipal, Cole & Marsh Architects\n14 Clerkenwell Close, London EC1R 0AA\n+44 20 7946 0312';
const HARRIET_OFFICE = '14 Clerkenwell Close, London EC1R 0AA';

const MARCUS = 'Marcus Reid <marcus@reid-capital.example>';
const SELF_MARCUS = ['marcus@reid-capital.example'];
const MARCUS_SIG = 'Marcus Reid\nManaging Director, Reid Capital\n75 Spring Street, 6th Floor\nNew York, NY 10012';

const ELENA = 'Elena Novak <elena.novak@novak-design.example>';
const SELF_ELENA = ['elena.novak@novak-design.example'];
const ELENA_SIG =
  'Elena Novak\nFounder, Novak Design Group\n222 W Adams Street, Suite 1900\nChicago, IL 60606\n(312) 555-0177';
const ELENA_OFFICE = '222 W Adams Street, Suite 1900, Chicago, IL 60606';

const LIAM = "Liam O'Connor <liam@harbourview-advisory.example>";
const SELF_LIAM = ['liam@harbourview-advisory.example'];

const NAOMI = 'Naomi Fraser <naomi.fraser@fraser-ito.example>';
const SELF_NAOMI = ['naomi.fraser@fraser-ito.example'];
const NAOMI_SIG =
  'Naomi Fraser\nPartner, Fraser & Ito KK\nMarunouchi Building 21F, 2-4-1 Marunouchi\nChiyoda-ku, Tokyo 100-6321';

const SUMAN = 'Suman Shrestha <suman@himal-journeys.example>';
const SELF_SUMAN = ['suman@himal-journeys.example'];

const VIKRAM = 'Vikram Nair <vikram@nair-foods.example>';
const SELF_VIKRAM = ['vikram@nair-foods.example'];
const VIKRAM_SIG =
  'Vikram Nair\nManaging Director, Nair Foods Pvt Ltd\n3rd Floor, 99 Residency Road\nBengaluru 560025\n+91 80 4123 9900';

const CLAIRE = 'Claire Fontaine <claire.fontaine@fontaine-associes.fr>';
const SELF_CLAIRE = ['claire.fontaine@fontaine-associes.fr'];
const CLAIRE_SIG = "Claire Fontaine\nAssociée – Fontaine & Associés\n27 avenue de l'Opéra, 75001 Paris\n01 44 55 66 77";
const CLAIRE_OFFICE = "27 avenue de l'Opéra, 75001 Paris";

const ELODIE = 'Élodie Marchand <elodie@marchand-conseil.fr>';
const SELF_ELODIE = ['elodie@marchand-conseil.fr'];

const NATHALIE = 'Nathalie Dubois <nathalie@dubois-communication.be>';
const SELF_NATHALIE = ['nathalie@dubois-communication.be'];
const NATHALIE_SIG = 'Nathalie Dubois\nDubois Communication\nAvenue Louise 231, 1050 Bruxelles\n+32 2 555 12 34';

const JULIEN = 'Julien Weber <julien.weber@weber-fiduciaire.lu>';
const SELF_JULIEN = ['julien.weber@weber-fiduciaire.lu'];
const JULIEN_SIG = 'Julien Weber\nWeber Fiduciaire S.à r.l.\n12 boulevard Royal, L-2449 Luxembourg\n+352 26 00 11 22';
const JULIEN_OFFICE = '12 boulevard Royal, L-2449 Luxembourg';

const MARCANDRE = 'Marc-André Gagnon <marc-andre@gagnon-ingenierie.ca>';
const SELF_MARCANDRE = ['marc-andre@gagnon-ingenierie.ca'];
const MARCANDRE_SIG =
  'Marc-André Gagnon, ing.\nPrésident, Gagnon Ingénierie\n2500 boulevard Laurier, bureau 800\nQuébec (Québec) G1V 2L2';

// ---------------------------------------------------------------------------------------------------------------
// English, single messages (15)
// ---------------------------------------------------------------------------------------------------------------
const EN_SINGLE: CaseRow[] = [
  {
    // Next week = Mon 16 – Fri 20 February; the café as written.
    id: 'h5-en-01',
    tz: LONDON,
    self: SELF_HARRIET,
    from: 'Sam Okafor <sam.okafor@okafor-digital.example>',
    to: HARRIET,
    date: '2026-02-10 09:30',
    subject: 'Coffee?',
    body: `Hi Harriet,\n\nFancy a coffee next week? Any day works for me. Monmouth Coffee in Borough Market?\n\nSam\n\nSam Okafor\nOkafor Digital\n07700 900 432`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sam.okafor@okafor-digital.example'],
      type: 'coffee',
      duration: null,
      location: 'Monmouth Coffee in Borough Market',
      when: [days('2026-02-16', '2026-02-20')],
    },
  },
  {
    // Said on Friday 17 April: Tuesday 21 and Thursday 23, afternoons.
    id: 'h5-en-02',
    tz: NY,
    self: SELF_MARCUS,
    from: 'Jordan Lee <jordan@lee-media.example>',
    to: MARCUS,
    date: '2026-04-17 11:05',
    subject: 'Q2 numbers',
    body: `Hi Marcus,\n\nCould we set up a 30-minute call Tuesday or Thursday afternoon? I'd like to walk you through the Q2 numbers before the partners' meeting.\n\nThanks,\nJordan\n\nJordan Lee\nCFO, Lee Media Group`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jordan@lee-media.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: each(['2026-04-21', '2026-04-23'], '12:00', '18:00'),
    },
  },
  {
    // US on CDT since 8 March, UK still on GMT: 3pm London = 15:00 UTC = 10:00 Chicago.
    id: 'h5-en-03',
    tz: CHICAGO,
    self: SELF_ELENA,
    from: 'George Whitmore <george.whitmore@whitmore-partners.example>',
    to: ELENA,
    date: '2026-03-04 08:40',
    subject: 'Showroom fit-out',
    body: `Elena,\n\nCould we do a 45-minute Zoom on Monday 9 March at 3pm London time? I'll send the link.\n\nBest regards,\nGeorge Whitmore\nWhitmore Partners\nLondon`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['george.whitmore@whitmore-partners.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [at('2026-03-09 10:00')],
    },
  },
  {
    // "this Friday" said on Monday 13 April = 17 April, the whole day.
    id: 'h5-en-04',
    tz: SYDNEY,
    self: SELF_LIAM,
    from: 'Mia Patel <mia.patel@patel-legal.example>',
    to: LIAM,
    date: '2026-04-13 09:10',
    subject: 'Lunch this week',
    body: `Liam,\n\nLunch this Friday? How about Bennelong at the Opera House? My shout to say thanks for the referral.\n\nMia\n\nMia Patel | Patel Legal\nLevel 9, 60 Martin Place, Sydney`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['mia.patel@patel-legal.example'],
      type: 'lunch',
      duration: null,
      location: 'Bennelong at the Opera House',
      when: [day('2026-04-17')],
    },
  },
  {
    // The client's own message: "our office" from her signature; Wednesday 14 October 10:00–12:00.
    id: 'h5-en-05',
    tz: CHICAGO,
    self: SELF_ELENA,
    from: ELENA,
    to: 'Robert Haines <robert.haines@haines-steel.example>',
    date: '2026-10-09 14:20',
    subject: 'Renovation plans',
    body: `Hi Robert,\n\nWould you be able to come by our office on Wednesday the 14th, between 10 and noon, to walk through the renovation plans?\n\nBest,\n${ELENA_SIG}`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['robert.haines@haines-steel.example'],
      type: 'meeting',
      duration: null,
      location: ELENA_OFFICE,
      when: [span('2026-10-14', '10:00', '12:00')],
    },
  },
  {
    // Typos: tomorrow (Wed 10 June) or the day after (Thu 11 June), after 3pm each day.
    id: 'h5-en-06',
    tz: KATHMANDU,
    self: SELF_SUMAN,
    from: 'Raj Gurung <raj@everpeak-travel.example>',
    to: SUMAN,
    date: '2026-06-09 10:00',
    subject: 'quick q',
    body: `hey suman\n\ncn we do a call tmrw or day after? anytime aftr 3pm ur time works for me. need to sort the permits for the oct group\n\nthx\nraj`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['raj@everpeak-travel.example'],
      type: 'call',
      duration: null,
      location: null,
      when: each(['2026-06-10', '2026-06-11'], '15:00', '24:00'),
    },
  },
  {
    // US back on EST since 1 November: 7pm Eastern Tue 3 Nov = 00:00 UTC Wed 4 Nov = 09:00 Tokyo.
    id: 'h5-en-07',
    tz: TOKYO,
    self: SELF_NAOMI,
    from: 'Carla Jimenez <carla.jimenez@jimenez-pharma.example>',
    to: NAOMI,
    date: '2026-10-29 22:15',
    subject: 'Licensing terms',
    body: `Hi Naomi,\n\nWould Tuesday Nov 3 at 7pm Eastern work for a Google Meet? That should be Wednesday morning for you.\n\nBest,\nCarla\n\nCarla Jimenez\nHead of BD, Jimenez Pharma\nBoston, MA`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['carla.jimenez@jimenez-pharma.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2026-11-04 09:00')],
    },
  },
  {
    // An invoice: no meeting requested.
    id: 'h5-en-08',
    tz: LONDON,
    self: SELF_HARRIET,
    from: 'Gemma Bristow <gemma@bristow-print.example>',
    to: HARRIET,
    date: '2026-04-23 16:45',
    subject: 'Invoice INV-2291',
    body: `Hi Harriet,\n\nPlease find attached our invoice for the brochure print run. Payment is due within 30 days.\n\nMany thanks,\nGemma\n\nGemma Bristow\nBristow Print Ltd`,
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['gemma@bristow-print.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // A cancellation with no new time (Sydney has just moved to AEDT).
    id: 'h5-en-09',
    tz: SYDNEY,
    self: SELF_LIAM,
    from: 'Chloe Nguyen <chloe.nguyen@nguyen-wealth.example>',
    to: LIAM,
    date: '2026-10-05 07:20',
    subject: 'Tomorrow',
    body: `Hi Liam,\n\nSo sorry, but I have to cancel our coffee tomorrow - my daughter has come down with something. I'll be in touch to find another time.\n\nChloe`,
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['chloe.nguyen@nguyen-wealth.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // "in two weeks": now + 14 days = Thu 23 July; its Monday–Friday week is 20–24 July.
    id: 'h5-en-10',
    tz: NY,
    self: SELF_MARCUS,
    from: 'Ravi Menon <ravi@menon-labs.example>',
    to: MARCUS,
    date: '2026-07-09 13:30',
    subject: 'Re-up on the term sheet',
    body: `Marcus -\n\nWe're heads-down on the release right now. Can we pick this up in two weeks? A quick phone call is fine.\n\nRavi\n\nRavi Menon\nCEO, Menon Labs`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ravi@menon-labs.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [days('2026-07-20', '2026-07-24')],
    },
  },
  {
    // Mid-December = 11–20 December, the 15th and 16th cut out and excluded.
    id: 'h5-en-11',
    tz: KOLKATA,
    self: SELF_VIKRAM,
    from: 'Sneha Kulkarni <sneha@kulkarni-ventures.example>',
    to: VIKRAM,
    date: '2026-11-27 18:20',
    subject: 'Dinner in December',
    body: `Hi Vikram,\n\nDinner sometime mid-December? Not the 15th or 16th though - I'll be in Mumbai for board meetings. Karavalli at the Gateway Hotel is my usual, if that suits you.\n\nRegards,\nSneha\n\nSneha Kulkarni\nPartner, Kulkarni Ventures\nBengaluru`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sneha@kulkarni-ventures.example'],
      type: 'dinner',
      duration: null,
      location: 'Karavalli at the Gateway Hotel',
      when: [days('2026-12-11', '2026-12-14'), days('2026-12-17', '2026-12-20')],
      excluded: [days('2026-12-15', '2026-12-16')],
    },
  },
  {
    // An executive assistant writes for her boss (Cc) and will not attend; the week of 18 January 2027 minus
    // Wednesday, before 9:30 each day.
    id: 'h5-en-12',
    tz: CHICAGO,
    self: SELF_ELENA,
    from: 'Megan Walsh <megan.walsh@brightwater-foods.example>',
    to: ELENA,
    cc: 'Daniel Ortega <daniel.ortega@brightwater-foods.example>',
    date: '2027-01-12 10:05',
    subject: 'Breakfast with Daniel Ortega',
    body: `Dear Ms. Novak,\n\nI'm reaching out on behalf of Daniel Ortega (cc'd), who would like to meet you for breakfast the week of January 18 - any day but Wednesday, and it would need to be before 9:30 as he has a standing 10am. He suggested Wildberry Pancakes on Randolph.\n\nI won't be attending myself, but I'm happy to handle the logistics.\n\nBest regards,\nMegan Walsh\nExecutive Assistant to the CEO\nBrightwater Foods`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['daniel.ortega@brightwater-foods.example'],
      type: 'breakfast',
      duration: null,
      location: 'Wildberry Pancakes on Randolph',
      when: each(['2027-01-18', '2027-01-19', '2027-01-21', '2027-01-22'], '00:00', '09:30'),
      excluded: [day('2027-01-20')],
    },
  },
  {
    // HTML only; open-ended from Tuesday 8 September; Teams → video; 90 minutes.
    id: 'h5-en-13',
    tz: LONDON,
    self: SELF_HARRIET,
    html: true,
    from: 'Isabel Fonseca <isabel.fonseca@fonseca-wines.example>',
    to: HARRIET,
    date: '2026-08-20 12:10',
    subject: 'Tasting room design',
    body: `Dear Harriet,\n\nThank you for the concept sketches. I'm travelling until early September, so could we set up a 90-minute video call on Teams any time from Tuesday 8 September onwards?\n\nWarm regards,\nIsabel\n\nIsabel Fonseca\nFonseca Wines\nPorto`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['isabel.fonseca@fonseca-wines.example'],
      type: 'video',
      duration: 90,
      location: null,
      when: [onward('2026-09-08 00:00')],
    },
  },
  {
    // The client's own message, assistant in Cc, Ben optional; end of next week = Thu 28 – Fri 29 May, evenings.
    id: 'h5-en-14',
    tz: NY,
    self: SELF_MARCUS,
    assistant: ASSISTANT,
    from: MARCUS,
    to: 'Sofia Ruiz <sofia.ruiz@ruiz-gallery.example>',
    cc: `Ben Carter <ben@carter-art.example>, ${SLASH}`,
    date: '2026-05-18 09:15',
    subject: 'Drinks',
    body: `Sofia,\n\nLovely to meet you last night. Drinks at the end of next week to continue the conversation? An evening at Bemelmans Bar would be perfect. Ben will join if he can.\n\nI've copied Slash, my assistant, who will find us a time.\n\n${MARCUS_SIG}`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sofia.ruiz@ruiz-gallery.example', 'ben@carter-art.example?'],
      type: 'drinks',
      duration: null,
      location: 'Bemelmans Bar',
      when: each(['2026-05-28', '2026-05-29'], '18:00', '22:00'),
    },
  },
  {
    // London on BST since 29 March, Sydney still on AEDT until 5 April: 9am London = 08:00 UTC = 19:00 Sydney.
    id: 'h5-en-15',
    tz: SYDNEY,
    self: SELF_LIAM,
    from: 'Henry Ashdown <henry@ashdown-capital.example>',
    to: LIAM,
    date: '2026-03-27 08:00',
    subject: 'Fund allocation',
    body: `Liam,\n\nWould Wednesday 1 April at 9am London time work for a call? Should be early evening for you.\n\nHenry\n\nHenry Ashdown\nAshdown Capital, London`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['henry@ashdown-capital.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-04-01 19:00')],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// English, with quoted or forwarded history (15)
// ---------------------------------------------------------------------------------------------------------------
const EN_THREADS: CaseRow[] = [
  {
    // Moving a confirmed meeting to Friday morning; "same place" = the studio of the quoted signature.
    id: 'h5-en-16',
    tz: LONDON,
    self: SELF_HARRIET,
    from: 'Oscar Pike <oscar@pikebuild.example>',
    to: HARRIET,
    date: '2026-03-03 17:50',
    subject: 'Re: Site meeting',
    body: `Harriet,\n\nSomething's come up on Thursday - could we move our meeting to Friday morning instead? Same place.\n\nOscar\n\nOscar Pike\nPike Build Ltd`,
    history: [
      {
        style: 'gmail-en',
        from: HARRIET,
        to: 'Oscar Pike <oscar@pikebuild.example>',
        date: '2026-03-02 10:00',
        subject: 'Site meeting',
        body: `Oscar,\n\nConfirming Thursday 5 March at 11am at our studio.\n\n${HARRIET_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['oscar@pikebuild.example'],
      type: 'meeting',
      duration: null,
      location: HARRIET_OFFICE,
      when: [span('2026-03-06', '08:00', '12:00')],
    },
  },
  {
    // The newest message turns the proposed lunch into a call: Wednesday 25 February at 4pm.
    id: 'h5-en-17',
    tz: NY,
    self: SELF_MARCUS,
    from: 'Tessa Morgan <tessa@morgan-brands.example>',
    to: MARCUS,
    date: '2026-02-23 08:20',
    subject: 'RE: Lunch',
    body: `Marcus,\n\nMy week just got crazy - could we do a quick call instead of lunch? Wednesday at 4 works for me.\n\nTessa`,
    history: [
      {
        style: 'outlook-en',
        from: MARCUS,
        to: 'Tessa Morgan <tessa@morgan-brands.example>',
        date: '2026-02-20 15:00',
        subject: 'Lunch',
        body: `Tessa,\n\nLunch Tuesday at Balthazar to talk about the brand refresh?\n\n${MARCUS_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tessa@morgan-brands.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-02-25 16:00')],
    },
  },
  {
    // Forward to the assistant on Monday 15 June; "the week after next" is read from the forwarded Friday 12 June:
    // 22–26 June. Both people of the forwarded message; the client's office; an hour.
    id: 'h5-en-18',
    tz: CHICAGO,
    self: SELF_ELENA,
    assistant: ASSISTANT,
    from: ELENA,
    to: SLASH,
    date: '2026-06-15 08:10',
    subject: 'Fwd: Bid review',
    body: `Slash, please set up an hour with Greg and Tasha at our office.\n\nThanks,\n${ELENA_SIG}`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Greg Molina <greg.molina@molina-build.example>',
        to: ELENA,
        cc: 'Tasha Reed <tasha.reed@molina-build.example>',
        date: '2026-06-12 16:30',
        subject: 'Bid review',
        body: `Elena,\n\nTasha and I would like to sit down with you the week after next to go over the contractor bids.\n\nGreg Molina\nMolina Build Co.`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['greg.molina@molina-build.example', 'tasha.reed@molina-build.example'],
      type: 'meeting',
      duration: 60,
      location: ELENA_OFFICE,
      when: [days('2026-06-22', '2026-06-26')],
    },
  },
  {
    // Counter-proposal: Tuesday ruled out, Wednesday 19 or Thursday 20 August after 2pm; coffee and café from
    // the quoted message.
    id: 'h5-en-19',
    tz: SYDNEY,
    self: SELF_LIAM,
    from: 'Grace Tan <grace.tan@tan-super.example>',
    to: LIAM,
    date: '2026-08-14 10:25',
    subject: 'Re: Coffee',
    body: `Hi Liam,\n\nTuesday's no good for me, sorry - could we do Wednesday or Thursday instead, any time after 2?\n\nGrace`,
    history: [
      {
        style: 'apple-en',
        from: LIAM,
        to: 'Grace Tan <grace.tan@tan-super.example>',
        date: '2026-08-12 16:00',
        subject: 'Coffee',
        body: `Grace,\n\nCoffee at Reuben Hills in Surry Hills next week? How about Tuesday at 10?\n\nLiam`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['grace.tan@tan-super.example'],
      type: 'coffee',
      duration: null,
      location: 'Reuben Hills in Surry Hills',
      when: each(['2026-08-19', '2026-08-20'], '14:00', '24:00'),
      excluded: [day('2026-08-18')],
    },
  },
  {
    // The introduced person releases the introducer (still in Cc); mornings of 12–16 October.
    id: 'h5-en-20',
    tz: KATHMANDU,
    self: SELF_SUMAN,
    from: 'Lukas Berger <lukas@alpenroute.example>',
    to: SUMAN,
    cc: 'Anita Rai <anita.rai@rai-consulting.example>',
    date: '2026-09-30 14:40',
    subject: 'Re: Intro: Suman <> Lukas',
    body: `Anita, thank you for connecting us - I'll let you drop off from here.\n\nSuman, I'm in Kathmandu from 12 to 16 October. Would a coffee at Himalayan Java in Thamel work one of those mornings?\n\nBest,\nLukas Berger\nAlpenRoute GmbH, Innsbruck`,
    history: [
      {
        style: 'gmail-en',
        from: 'Anita Rai <anita.rai@rai-consulting.example>',
        to: `${SUMAN}, Lukas Berger <lukas@alpenroute.example>`,
        date: '2026-09-29 11:00',
        subject: 'Intro: Suman <> Lukas',
        body: `Suman, Lukas,\n\nAs promised, introducing you two. Lukas runs AlpenRoute and is looking for a trekking partner in Nepal; Suman's team is the best I know.\n\nAnita`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['lukas@alpenroute.example'],
      type: 'coffee',
      duration: null,
      location: 'Himalayan Java in Thamel',
      when: each(['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'], '08:00', '12:00'),
    },
  },
  {
    // A thank-you after the meeting, no new meeting.
    id: 'h5-en-21',
    tz: TOKYO,
    self: SELF_NAOMI,
    from: 'Yuki Morimoto <yuki.morimoto@sakura-ventures.example>',
    to: NAOMI,
    date: '2026-07-10 09:40',
    subject: 'Re: Lunch Thursday',
    body: `Naomi,\n\nThank you for lunch yesterday - it was a pleasure. As promised, our deck is attached. No need to meet again before the term sheet; I'll follow up by email.\n\nYuki`,
    history: [
      {
        style: 'gmail-en',
        from: NAOMI,
        to: 'Yuki Morimoto <yuki.morimoto@sakura-ventures.example>',
        date: '2026-07-06 10:00',
        subject: 'Lunch Thursday',
        body: `Yuki,\n\nLunch on Thursday at Tsuruton near Tokyo Station?\n\n${NAOMI_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['yuki.morimoto@sakura-ventures.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Cancelling a confirmed call, no new time.
    id: 'h5-en-22',
    tz: KOLKATA,
    self: SELF_VIKRAM,
    from: 'Anand Iyer <anand.iyer@kaveri-textiles.example>',
    to: VIKRAM,
    date: '2026-08-05 16:10',
    subject: 'RE: Supply agreement',
    body: `Dear Vikram,\n\nI'm afraid I need to cancel our call on Friday - our audit has been brought forward. I will write again once things settle.\n\nRegards,\nAnand Iyer\nKaveri Textiles`,
    history: [
      {
        style: 'outlook-original',
        from: VIKRAM,
        to: 'Anand Iyer <anand.iyer@kaveri-textiles.example>',
        date: '2026-08-03 12:00',
        subject: 'Supply agreement',
        body: `Dear Anand,\n\nConfirming our call on Friday 7 August at 11am.\n\n${VIKRAM_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['anand.iyer@kaveri-textiles.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Three options: Mon 12th 9–11, Tue 13th after 3, all of Fri 16th; Teams, 30 minutes.
    id: 'h5-en-23',
    tz: NY,
    self: SELF_MARCUS,
    from: 'Hannah Weiss <hannah@weiss-analytics.example>',
    to: MARCUS,
    date: '2026-10-08 10:30',
    subject: 'Re: Model review',
    body: `Happy to. For a 30-minute Teams call I could do Monday the 12th between 9 and 11, Tuesday the 13th after 3, or any time Friday the 16th.\n\nHannah\n\nHannah Weiss\nWeiss Analytics`,
    history: [
      {
        style: 'gmail-en',
        from: MARCUS,
        to: 'Hannah Weiss <hannah@weiss-analytics.example>',
        date: '2026-10-07 17:00',
        subject: 'Model review',
        body: `Hannah,\n\nCould we find half an hour next week to go through the model?\n\n${MARCUS_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['hannah@weiss-analytics.example'],
      type: 'video',
      duration: 30,
      location: null,
      when: [span('2026-10-12', '09:00', '11:00'), span('2026-10-13', '15:00', '24:00'), day('2026-10-16')],
    },
  },
  {
    // Nadia and Priyanka attend, Tom optional, Ruth copied for information; Wednesday 18 November at 2pm at the
    // address of Nadia's signature.
    id: 'h5-en-24',
    tz: LONDON,
    self: SELF_HARRIET,
    from: 'Nadia Hussain <nadia.hussain@kestrel-homes.example>',
    to: HARRIET,
    cc: 'Priyanka Das <priyanka.das@kestrel-homes.example>, Tom Ellis <tom.ellis@kestrel-homes.example>, Ruth Pryce <ruth.pryce@kestrel-homes.example>',
    date: '2026-11-16 09:05',
    subject: 'RE: Site plans',
    body: `Harriet,\n\nWednesday at 2pm at our office works for us. Priyanka will come with me, and Tom will join if he can. I've copied Ruth for information only - she won't attend.\n\nBest,\nNadia Hussain\nDevelopment Director, Kestrel Homes\n30 Old Street, London EC1V 9AB`,
    history: [
      {
        style: 'outlook-en',
        from: HARRIET,
        to: 'Nadia Hussain <nadia.hussain@kestrel-homes.example>',
        date: '2026-11-13 15:30',
        subject: 'Site plans',
        body: `Nadia,\n\nCould we meet next week to go through the site plans?\n\n${HARRIET_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [
        'nadia.hussain@kestrel-homes.example',
        'priyanka.das@kestrel-homes.example',
        'tom.ellis@kestrel-homes.example?',
      ],
      type: 'meeting',
      duration: null,
      location: '30 Old Street, London EC1V 9AB',
      when: [at('2026-11-18 14:00')],
    },
  },
  {
    // Paris on CET since 25 October, Chicago on CDT until 1 November: 4pm Paris = 15:00 UTC = 10:00 Chicago.
    id: 'h5-en-25',
    tz: CHICAGO,
    self: SELF_ELENA,
    from: 'Amélie Girard <amelie.girard@girard-lumiere.example>',
    to: ELENA,
    date: '2026-10-23 11:45',
    subject: 'Re: Lighting specs',
    body: `Hi Elena,\n\nThursday 29 October at 4pm Paris time works for me - I'll send a Teams link. An hour should be enough.\n\nAmélie Girard\nGirard Lumière, Paris`,
    history: [
      {
        style: 'apple-en',
        from: ELENA,
        to: 'Amélie Girard <amelie.girard@girard-lumiere.example>',
        date: '2026-10-22 09:00',
        subject: 'Lighting specs',
        body: `Amélie,\n\nCould we set up a call next week to review the lighting specs?\n\nElena`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['amelie.girard@girard-lumiere.example'],
      type: 'video',
      duration: 60,
      location: null,
      when: [at('2026-10-29 10:00')],
    },
  },
  {
    // HTML, the client's own reply with the assistant in Cc: 45 minutes of coffee early next week (Mon 7 – Tue
    // 8 December).
    id: 'h5-en-26',
    tz: NY,
    self: SELF_MARCUS,
    assistant: ASSISTANT,
    html: true,
    from: MARCUS,
    to: 'Lauren Kim <lauren.kim@kim-biotech.example>',
    cc: SLASH,
    date: '2026-12-02 18:30',
    subject: 'Re: Seed round',
    body: `Hi Lauren,\n\nGreat - I've copied Slash, my assistant, who will find us a time. Let's do 45 minutes over coffee early next week at Culture Espresso on 38th Street.\n\nBest,\nMarcus`,
    history: [
      {
        style: 'gmail-en',
        from: 'Lauren Kim <lauren.kim@kim-biotech.example>',
        to: MARCUS,
        date: '2026-12-02 14:10',
        subject: 'Seed round',
        body: `Marcus,\n\nThanks for taking a look at the deck. Would you have time to meet in person before the holidays?\n\nLauren Kim\nFounder, Kim Biotech`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['lauren.kim@kim-biotech.example'],
      type: 'coffee',
      duration: 45,
      location: 'Culture Espresso on 38th Street',
      when: [days('2026-12-07', '2026-12-08')],
    },
  },
  {
    // Apple forward to the assistant: the week of 22 February 2027, evenings, the client rules out Wednesday.
    id: 'h5-en-27',
    tz: TOKYO,
    self: SELF_NAOMI,
    assistant: ASSISTANT,
    from: NAOMI,
    to: SLASH,
    date: '2027-02-01 08:30',
    subject: 'Fwd: Visiting Tokyo',
    body: `Slash, please set this up - any evening that week except Wednesday, when I have a board dinner.\n\nNaomi`,
    history: [
      {
        style: 'fwd-apple-en',
        from: 'Sebastian Kraus <s.kraus@kraus-maschinen.example>',
        to: NAOMI,
        date: '2027-01-29 17:20',
        subject: 'Visiting Tokyo',
        body: `Dear Naomi,\n\nI will be in Tokyo the week of 22 February. Would you be free for dinner one evening?\n\nKind regards,\nSebastian Kraus\nKraus Maschinen AG, Stuttgart`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['s.kraus@kraus-maschinen.example'],
      type: 'dinner',
      duration: null,
      location: null,
      when: each(['2027-02-22', '2027-02-23', '2027-02-25', '2027-02-26'], '18:00', '22:00'),
      excluded: [day('2027-02-24')],
    },
  },
  {
    // Two contacts' constraints intersected: Tue–Thu and Thu–Fri of next week (12–16 April) → Thursday 15 April.
    id: 'h5-en-28',
    tz: KATHMANDU,
    self: SELF_SUMAN,
    from: 'Bina Thapa <bina.thapa@lodge-collective.example>',
    to: SUMAN,
    cc: 'Aarav Joshi <aarav.joshi@lodge-collective.example>',
    date: '2027-04-05 11:30',
    subject: 'Re: Lodge partnership',
    body: `Hi Suman,\n\nJust flagging that next week I can only do Thursday or Friday.\n\nBina`,
    history: [
      {
        style: 'gmail-en',
        from: 'Aarav Joshi <aarav.joshi@lodge-collective.example>',
        to: SUMAN,
        cc: 'Bina Thapa <bina.thapa@lodge-collective.example>',
        date: '2027-04-05 09:00',
        subject: 'Lodge partnership',
        body: `Suman,\n\nBina and I would like a Zoom with you next week about the lodge partnership. I'm free Tuesday to Thursday.\n\nAarav Joshi\nLodge Collective`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['bina.thapa@lodge-collective.example', 'aarav.joshi@lodge-collective.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [day('2027-04-15')],
    },
  },
  {
    // Moving a confirmed call: Thursday 21 January at 5pm Singapore (UTC+8) = 09:00 UTC = 14:30 IST.
    id: 'h5-en-29',
    tz: KOLKATA,
    self: SELF_VIKRAM,
    from: 'Wei Ling Chua <weiling@straitsbridge.example>',
    to: VIKRAM,
    date: '2027-01-18 10:20',
    subject: 'RE: Distribution deal',
    body: `Hi Vikram,\n\nCould we push our call to Thursday at 5pm Singapore time? Apologies for the shuffle.\n\nWei Ling\n\nWei Ling Chua\nStraitsBridge Pte Ltd, Singapore`,
    history: [
      {
        style: 'outlook-en',
        from: VIKRAM,
        to: 'Wei Ling Chua <weiling@straitsbridge.example>',
        date: '2027-01-14 15:00',
        subject: 'Distribution deal',
        body: `Dear Wei Ling,\n\nConfirming our call on Tuesday 19 January at 3pm IST.\n\n${VIKRAM_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['weiling@straitsbridge.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2027-01-21 14:30')],
    },
  },
  {
    // Accepting the 24th (Wednesday) and fixing 1pm at a named restaurant.
    id: 'h5-en-30',
    tz: LONDON,
    self: SELF_HARRIET,
    from: 'Felix Amadi <felix@amadi-studio.example>',
    to: HARRIET,
    date: '2026-06-16 12:15',
    subject: 'Re: Lunch',
    body: `Harriet,\n\nLunch on the 24th works for me - shall we say Barrafina in Coal Drops Yard at 1pm?\n\nFelix`,
    history: [
      {
        style: 'gmail-en',
        from: HARRIET,
        to: 'Felix Amadi <felix@amadi-studio.example>',
        date: '2026-06-15 09:40',
        subject: 'Lunch',
        body: `Felix,\n\nLunch one day next week? Wednesday 24th or Thursday 25th would suit me.\n\n${HARRIET_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['felix@amadi-studio.example'],
      type: 'lunch',
      duration: null,
      location: 'Barrafina in Coal Drops Yard',
      when: [at('2026-06-24 13:00')],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// French, single messages (15)
// ---------------------------------------------------------------------------------------------------------------
const FR_SINGLE: CaseRow[] = [
  {
    // La semaine prochaine = lun. 18 – ven. 22 mai ; le café tel qu'écrit.
    id: 'h5-fr-01',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Lucas Bernard <lucas.bernard@bernard-conseil.fr>',
    to: CLAIRE,
    date: '2026-05-13 10:20',
    subject: 'Café ?',
    body: `Bonjour Claire,\n\nUn café la semaine prochaine pour parler de ton projet ? Je te propose le Café Kitsuné du Palais-Royal.\n\nBonne journée,\nLucas`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lucas.bernard@bernard-conseil.fr'],
      type: 'coffee',
      duration: null,
      location: 'Café Kitsuné du Palais-Royal',
      when: [days('2026-05-18', '2026-05-22')],
    },
  },
  {
    // Dit un vendredi (25 sept.) : mardi 29 sept. et jeudi 1er oct., après-midi ; 30 minutes.
    id: 'h5-fr-02',
    tz: BRUSSELS,
    self: SELF_NATHALIE,
    from: 'Émilie Janssens <emilie.janssens@janssens-media.be>',
    to: NATHALIE,
    date: '2026-09-25 09:45',
    subject: 'Notre nouvelle offre',
    body: `Bonjour Nathalie,\n\nAurais-tu 30 minutes pour un appel mardi ou jeudi après-midi ? Je voudrais te présenter notre nouvelle offre régie.\n\nBelle journée,\nÉmilie Janssens\nJanssens Media`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['emilie.janssens@janssens-media.be'],
      type: 'call',
      duration: 30,
      location: null,
      when: each(['2026-09-29', '2026-10-01'], '12:00', '18:00'),
    },
  },
  {
    // Visio de 45 minutes, jeudi 19 mars à 9h30.
    id: 'h5-fr-03',
    tz: LUXEMBOURG,
    self: SELF_JULIEN,
    from: 'Stefan Klein <stefan.klein@klein-fonds.lu>',
    to: JULIEN,
    date: '2026-03-12 14:00',
    subject: 'Reporting annuel du fonds',
    body: `Monsieur Weber,\n\nJe vous propose une visio de 45 minutes jeudi 19 mars à 9h30 pour passer en revue le reporting annuel (lien Webex à suivre).\n\nBien cordialement,\nStefan Klein\nKlein Fonds S.A.`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['stefan.klein@klein-fonds.lu'],
      type: 'video',
      duration: 45,
      location: null,
      when: [at('2026-03-19 09:30')],
    },
  },
  {
    // Québec : dîner = lunch ; « jeudi prochain » dit un lundi = jeudi 12 novembre.
    id: 'h5-fr-04',
    tz: TORONTO,
    self: SELF_MARCANDRE,
    from: 'Patrick Lévesque <patrick.levesque@levesque-construction.ca>',
    to: MARCANDRE,
    date: '2026-11-09 08:30',
    subject: 'Dîner',
    body: `Salut Marc-André,\n\nOn pourrait dîner ensemble jeudi prochain ? Je propose le Café du Monde, 84 rue Dalhousie.\n\nPatrick\n\nPatrick Lévesque\nLévesque Construction`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['patrick.levesque@levesque-construction.ca'],
      type: 'lunch',
      duration: null,
      location: 'Café du Monde, 84 rue Dalhousie',
      when: [day('2026-11-12')],
    },
  },
  {
    // Québec, sans accents : souper = dinner ; vendredi 12 février au soir.
    id: 'h5-fr-05',
    tz: TORONTO,
    self: SELF_MARCANDRE,
    from: 'Karine Ouellet <karine@ouellet-design.ca>',
    to: MARCANDRE,
    date: '2027-02-09 12:40',
    subject: 'souper?',
    body: `salut marc-andre!\n\nca te dirait un souper vendredi soir? j'ai pense a Laurie Raphael, ca fait longtemps\n\nkarine`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['karine@ouellet-design.ca'],
      type: 'dinner',
      duration: null,
      location: 'Laurie Raphael',
      when: [span('2027-02-12', '18:00', '22:00')],
    },
  },
  {
    // « dans quinze jours » : now + 14 jours = jeu. 29 janvier ; sa semaine lun.–ven. = 26–30 janvier.
    id: 'h5-fr-06',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Mehdi Saidi <mehdi@saidi-studio.fr>',
    to: CLAIRE,
    date: '2026-01-15 11:00',
    subject: 'déj',
    body: `Hello Claire,\n\nOn se fait un déj dans quinze jours ? Je te laisse choisir le resto.\n\nBises,\nMehdi`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['mehdi@saidi-studio.fr'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2026-01-26', '2026-01-30')],
    },
  },
  {
    // L'assistante écrit pour son patron (en copie) et ne participera pas ; « nos bureaux » = sa signature ;
    // début avril = 1–10 avril, le lundi 6 retiré et exclu ; une heure.
    id: 'h5-fr-07',
    tz: LUXEMBOURG,
    self: SELF_JULIEN,
    from: 'Anne Schroeder <anne.schroeder@hoffmann-industries.lu>',
    to: JULIEN,
    cc: 'Marc Hoffmann <marc.hoffmann@hoffmann-industries.lu>',
    date: '2026-03-20 10:15',
    subject: 'Demande de rendez-vous – M. Hoffmann',
    body: `Monsieur Weber,\n\nJe me permets de vous contacter de la part de M. Marc Hoffmann (en copie), qui souhaiterait vous rencontrer dans nos bureaux pour une réunion d'une heure début avril, à l'exception du lundi 6 avril (férié).\n\nJe ne participerai pas à la réunion, mais n'hésitez pas à me répondre pour fixer la date.\n\nBien cordialement,\nAnne Schroeder\nAssistante de direction\nHoffmann Industries S.A.\n3 rue Gabriel Lippmann, L-5365 Munsbach`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['marc.hoffmann@hoffmann-industries.lu'],
      type: 'meeting',
      duration: 60,
      location: '3 rue Gabriel Lippmann, L-5365 Munsbach',
      when: [days('2026-04-01', '2026-04-05'), days('2026-04-07', '2026-04-10')],
      excluded: [day('2026-04-06')],
    },
  },
  {
    // Annulation sans nouvelle date.
    id: 'h5-fr-08',
    tz: BRUSSELS,
    self: SELF_NATHALIE,
    from: 'Vincent Dupont <vincent.dupont@dupont-avocats.be>',
    to: NATHALIE,
    date: '2026-06-08 08:50',
    subject: 'Déjeuner de jeudi',
    body: `Bonjour Nathalie,\n\nJe suis au regret de devoir annuler notre déjeuner de jeudi : une audience a été fixée le même jour. Je reviendrai vers toi pour une autre date.\n\nVincent Dupont\nDupont Avocats`,
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['vincent.dupont@dupont-avocats.be'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Un devis, aucune demande de rendez-vous.
    id: 'h5-fr-09',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Agathe Renaud <agathe.renaud@renaud-traduction.fr>',
    to: CLAIRE,
    date: '2026-09-15 15:30',
    subject: 'Devis traduction',
    body: `Bonjour Claire,\n\nMerci pour votre message. Vous trouverez ci-joint le devis pour la traduction du rapport annuel. Je reste à votre disposition pour toute question.\n\nCordialement,\nAgathe Renaud\nRenaud Traduction`,
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['agathe.renaud@renaud-traduction.fr'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Montréal encore à l'heure d'été (UTC−4), Paris à l'heure d'hiver depuis le 25 oct. : 10h Montréal =
    // 14:00 UTC = 15h Paris ; Teams → video ; une heure.
    id: 'h5-fr-10',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Jean-Philippe Côté <jp.cote@cote-logiciels.ca>',
    to: CLAIRE,
    date: '2026-10-21 16:00',
    subject: 'Rencontre',
    body: `Bonjour Claire,\n\nSeriez-vous disponible pour une rencontre par Teams mardi 27 octobre à 10h, heure de Montréal ? Une heure devrait suffire.\n\nCordialement,\nJean-Philippe Côté\nCôté Logiciels inc., Montréal`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['jp.cote@cote-logiciels.ca'],
      type: 'video',
      duration: 60,
      location: null,
      when: [at('2026-10-27 15:00')],
    },
  },
  {
    // HTML seul ; « à partir du 14 septembre », ouvert ; « nos locaux » = la signature de l'expéditeur.
    id: 'h5-fr-11',
    tz: PARIS,
    self: SELF_ELODIE,
    html: true,
    from: 'Rémi Caradec <remi.caradec@caradec-nautisme.fr>',
    to: ELODIE,
    date: '2026-08-28 09:10',
    subject: 'Point sur la commande',
    body: `Bonjour Élodie,\n\nDe retour de congés, je vous propose de nous retrouver dans nos locaux à partir du 14 septembre pour faire le point sur la commande.\n\nBien à vous,\nRémi Caradec\nCaradec Nautisme\n22 boulevard de la Prairie au Duc, 44200 Nantes`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['remi.caradec@caradec-nautisme.fr'],
      type: 'meeting',
      duration: null,
      location: '22 boulevard de la Prairie au Duc, 44200 Nantes',
      when: [onward('2026-09-14 00:00')],
    },
  },
  {
    // Sans accents : entre le 8 et le 12 juin (les deux inclus), 14h–16h chaque jour.
    id: 'h5-fr-12',
    tz: LUXEMBOURG,
    self: SELF_JULIEN,
    from: 'Laura Meyer <laura.meyer@meyer-lux.lu>',
    to: JULIEN,
    date: '2026-05-25 19:05',
    subject: 'cafe',
    body: `Bonjour Julien,\n\nje suis dispo entre le 8 et le 12 juin, entre 14h et 16h, pour un cafe si ca te dit ?\n\nLaura`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['laura.meyer@meyer-lux.lu'],
      type: 'coffee',
      duration: null,
      location: null,
      when: each(['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12'], '14:00', '16:00'),
    },
  },
  {
    // Message de la cliente, l'assistant en copie, une Cci ; fin de semaine prochaine = jeu. 25 – ven. 26 juin,
    // avant 9h30 ; « notre bureau » = sa signature.
    id: 'h5-fr-13',
    tz: PARIS,
    self: SELF_CLAIRE,
    assistant: ASSISTANT,
    from: CLAIRE,
    to: 'Victor Lemoine <victor.lemoine@lemoine-capital.fr>',
    cc: SLASH,
    bcc: 'Julie Fabre <julie.fabre@fontaine-associes.fr>',
    date: '2026-06-15 08:40',
    subject: 'Petit-déjeuner',
    body: `Bonjour Victor,\n\nRavie de votre retour. Je mets Slash, mon assistant, en copie pour trouver un créneau : un petit-déjeuner à notre bureau en fin de semaine prochaine, avant 9h30 ?\n\n${CLAIRE_SIG}`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['victor.lemoine@lemoine-capital.fr'],
      type: 'breakfast',
      duration: null,
      location: CLAIRE_OFFICE,
      when: each(['2026-06-25', '2026-06-26'], '00:00', '09:30'),
    },
  },
  {
    // Mi-juillet = 11–20 juillet, un soir en semaine : 13–17 et 20 juillet, 18h–22h.
    id: 'h5-fr-14',
    tz: BRUSSELS,
    self: SELF_NATHALIE,
    from: 'Sarah Wouters <sarah.wouters@wouters-rp.be>',
    to: NATHALIE,
    date: '2026-06-29 13:25',
    subject: 'Un verre ?',
    body: `Coucou Nathalie,\n\nUn verre à la mi-juillet, un soir en semaine ? On pourrait aller au Delirium, près de la Grand-Place.\n\nSarah`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sarah.wouters@wouters-rp.be'],
      type: 'drinks',
      duration: null,
      location: 'Delirium, près de la Grand-Place',
      when: each(
        ['2026-07-13', '2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17', '2026-07-20'],
        '18:00',
        '22:00',
      ),
    },
  },
  {
    // Déplacer la rencontre de mercredi : jeudi 11 ou vendredi 12 mars, en fin de journée (17h–20h).
    id: 'h5-fr-15',
    tz: TORONTO,
    self: SELF_MARCANDRE,
    from: 'Étienne Roy <etienne.roy@roy-transport.ca>',
    to: MARCANDRE,
    date: '2027-03-08 09:20',
    subject: 'Rencontre de mercredi',
    body: `Bonjour Marc-André,\n\nJe dois déplacer notre rencontre de mercredi. Serait-il possible de se voir jeudi ou vendredi, en fin de journée ?\n\nMerci,\nÉtienne Roy\nRoy Transport`,
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['etienne.roy@roy-transport.ca'],
      type: 'meeting',
      duration: null,
      location: null,
      when: each(['2027-03-11', '2027-03-12'], '17:00', '20:00'),
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// French, with quoted or forwarded history (15)
// ---------------------------------------------------------------------------------------------------------------
const FR_THREADS: CaseRow[] = [
  {
    // Décaler le déjeuner : jeudi 12 ou vendredi 13 novembre « midi » = 12h00 exactement ; même endroit (cité).
    id: 'h5-fr-16',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Hugo Perrin <hugo.perrin@perrin-editions.fr>',
    to: CLAIRE,
    date: '2026-11-09 18:10',
    subject: 'Re: Déjeuner',
    body: `Claire,\n\nDésolé, je dois décaler notre déjeuner de demain. Jeudi ou vendredi midi, ça vous irait ? Même endroit.\n\nHugo`,
    history: [
      {
        style: 'gmail-fr',
        from: CLAIRE,
        to: 'Hugo Perrin <hugo.perrin@perrin-editions.fr>',
        date: '2026-11-05 10:30',
        subject: 'Déjeuner',
        body: `Bonjour Hugo,\n\nDéjeuner mardi 10 novembre au Bouillon Chartier, rue du Faubourg-Montmartre ?\n\n${CLAIRE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['hugo.perrin@perrin-editions.fr'],
      type: 'lunch',
      duration: null,
      location: 'Bouillon Chartier, rue du Faubourg-Montmartre',
      when: [at('2026-11-12 12:00'), at('2026-11-13 12:00')],
    },
  },
  {
    // Transfert à l'assistant le lundi 23 février ; « début de semaine prochaine » lu depuis le message transféré
    // (jeu. 19 février) = lun. 23 – mar. 24 février ; visio d'une demi-heure.
    id: 'h5-fr-17',
    tz: PARIS,
    self: SELF_CLAIRE,
    assistant: ASSISTANT,
    from: CLAIRE,
    to: SLASH,
    date: '2026-02-23 09:00',
    subject: 'Fwd: Bail rue de Rivoli',
    body: `Slash, peux-tu caler une visio d'une demi-heure avec Bastien ? Merci.\n\nClaire`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Bastien Lefort <bastien@lefort-conseil.fr>',
        to: CLAIRE,
        date: '2026-02-19 17:00',
        subject: 'Bail rue de Rivoli',
        body: `Bonjour Claire,\n\nPourrions-nous échanger en début de semaine prochaine au sujet du bail ?\n\nBastien Lefort\nLefort Conseil`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bastien@lefort-conseil.fr'],
      type: 'video',
      duration: 30,
      location: null,
      when: [days('2026-02-23', '2026-02-24')],
    },
  },
  {
    // Transfert Thunderbird à l'assistant : le 3 ou le 4 décembre en matinée ; le client exclut le 3 ; les deux
    // personnes du message transféré ; « nos bureaux » = la signature transférée.
    id: 'h5-fr-18',
    tz: LUXEMBOURG,
    self: SELF_JULIEN,
    assistant: ASSISTANT,
    from: JULIEN,
    to: SLASH,
    date: '2026-11-24 08:15',
    subject: 'Fwd: Rendez-vous audit',
    body: `Slash, merci d'organiser cette réunion. Pas le 3, j'ai le conseil d'administration.\n\nJulien`,
    history: [
      {
        style: 'fwd-thunderbird-fr',
        from: 'Carine Schmit <carine.schmit@schmit-audit.lu>',
        to: JULIEN,
        cc: 'Paul Reuter <paul.reuter@schmit-audit.lu>',
        date: '2026-11-23 16:40',
        subject: 'Rendez-vous audit',
        body: `Monsieur Weber,\n\nPaul Reuter et moi-même souhaiterions vous rencontrer dans nos bureaux le 3 ou le 4 décembre, en matinée.\n\nBien cordialement,\nCarine Schmit\nAssociée, Schmit Audit\n7 rue de Bitbourg, L-1273 Luxembourg`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['carine.schmit@schmit-audit.lu', 'paul.reuter@schmit-audit.lu'],
      type: 'meeting',
      duration: null,
      location: '7 rue de Bitbourg, L-1273 Luxembourg',
      when: [span('2026-12-04', '08:00', '12:00')],
      excluded: [day('2026-12-03')],
    },
  },
  {
    // Contre-proposition : lundi 24 mai exclu ; mardi 25 à 10h30 ou mercredi 26 à 15h.
    id: 'h5-fr-19',
    tz: BRUSSELS,
    self: SELF_NATHALIE,
    from: 'Olivier Lambert <olivier.lambert@lambert-imprimerie.be>',
    to: NATHALIE,
    date: '2027-05-20 11:35',
    subject: 'RE: Point campagne',
    body: `Bonjour Nathalie,\n\nLundi je ne peux pas. Je vous propose mardi à 10h30 ou mercredi à 15h.\n\nOlivier Lambert\nLambert Imprimerie`,
    history: [
      {
        style: 'outlook-fr',
        from: NATHALIE,
        to: 'Olivier Lambert <olivier.lambert@lambert-imprimerie.be>',
        date: '2027-05-19 17:00',
        subject: 'Point campagne',
        body: `Bonjour Olivier,\n\nOn se voit lundi à 14h pour faire le point sur la campagne ?\n\n${NATHALIE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['olivier.lambert@lambert-imprimerie.be'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2027-05-25 10:30'), at('2027-05-26 15:00')],
      excluded: [day('2027-05-24')],
    },
  },
  {
    // La personne présentée libère l'intermédiaire (encore en copie) ; semaine du 7 septembre, début d'après-midi.
    id: 'h5-fr-20',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Antoine Ferrand <antoine@ferrand-bio.fr>',
    to: CLAIRE,
    cc: 'Gaëlle Marin <gaelle.marin@marin-rh.fr>',
    date: '2026-08-28 10:05',
    subject: 'Re: Mise en relation Claire / Antoine',
    body: `Merci Gaëlle pour la mise en relation, je te libère de ce fil !\n\nClaire, seriez-vous disponible pour un café la semaine du 7 septembre, en début d'après-midi ?\n\nBien à vous,\nAntoine Ferrand\nFerrand Bio`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Gaëlle Marin <gaelle.marin@marin-rh.fr>',
        to: `${CLAIRE}, Antoine Ferrand <antoine@ferrand-bio.fr>`,
        date: '2026-08-27 18:00',
        subject: 'Mise en relation Claire / Antoine',
        body: `Bonjour à tous les deux,\n\nComme promis, je vous mets en relation : Antoine cherche un cabinet pour sa levée de fonds, et Claire est la meilleure sur le sujet.\n\nJe vous laisse échanger !\nGaëlle`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['antoine@ferrand-bio.fr'],
      type: 'coffee',
      duration: null,
      location: null,
      when: each(['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11'], '13:00', '15:00'),
    },
  },
  {
    // Québec : le souper proposé devient un dîner (= lunch) mercredi 9 décembre.
    id: 'h5-fr-21',
    tz: TORONTO,
    self: SELF_MARCANDRE,
    from: 'Sylvie Bouchard <sylvie.bouchard@bouchard-notaires.ca>',
    to: MARCANDRE,
    date: '2026-12-07 09:30',
    subject: 'Re: Souper',
    body: `Va pour un dîner alors : mercredi, au Clocher Penché ?\n\nSylvie`,
    history: [
      {
        style: 'apple-fr',
        from: MARCANDRE,
        to: 'Sylvie Bouchard <sylvie.bouchard@bouchard-notaires.ca>',
        date: '2026-12-05 10:15',
        subject: 'Re: Souper',
        body: `Avec plaisir ! Je préférerais un dîner plutôt qu'un souper, si ça te va.\n\nMarc-André`,
      },
      {
        style: 'apple-fr',
        from: 'Sylvie Bouchard <sylvie.bouchard@bouchard-notaires.ca>',
        to: MARCANDRE,
        date: '2026-12-04 16:20',
        subject: 'Souper',
        body: `Salut Marc-André,\n\nUn souper la semaine prochaine pour fêter la signature ?\n\nSylvie Bouchard\nBouchard Notaires`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sylvie.bouchard@bouchard-notaires.ca'],
      type: 'lunch',
      duration: null,
      location: 'Clocher Penché',
      when: [day('2026-12-09')],
    },
  },
  {
    // Annulation de la visio confirmée, sans nouvelle date.
    id: 'h5-fr-22',
    tz: LUXEMBOURG,
    self: SELF_JULIEN,
    from: 'Marie Kieffer <marie.kieffer@kieffer-invest.lu>',
    to: JULIEN,
    date: '2026-07-09 15:50',
    subject: 'RE: Visio bilan',
    body: `Bonjour Julien,\n\nJe dois malheureusement annuler notre visio de demain. Je reviens vers vous dès que possible.\n\nMarie Kieffer\nKieffer Invest`,
    history: [
      {
        style: 'outlook-fr',
        from: JULIEN,
        to: 'Marie Kieffer <marie.kieffer@kieffer-invest.lu>',
        date: '2026-07-06 09:00',
        subject: 'Visio bilan',
        body: `Bonjour Marie,\n\nJe vous confirme notre visio Teams vendredi 10 juillet à 9h.\n\n${JULIEN_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['marie.kieffer@kieffer-invest.lu'],
      type: 'video',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Un compte rendu après la réunion, rien à planifier.
    id: 'h5-fr-23',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Yasmine Belkacem <yasmine@belkacem-design.fr>',
    to: CLAIRE,
    date: '2026-04-15 17:20',
    subject: 'Re: Réunion de demain',
    body: `Merci Claire pour la réunion d'hier, voici le compte rendu en pièce jointe. Rien à prévoir d'ici la livraison, je vous tiens au courant.\n\nYasmine`,
    history: [
      {
        style: 'gmail-fr',
        from: CLAIRE,
        to: 'Yasmine Belkacem <yasmine@belkacem-design.fr>',
        date: '2026-04-13 12:00',
        subject: 'Réunion de demain',
        body: `Yasmine,\n\nÀ demain 10h au cabinet !\n\n${CLAIRE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['yasmine@belkacem-design.fr'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    // Jeudi 26 mars à 10h dans les locaux de l'expéditeur ; Sophie facultative ; Luc en copie pour information.
    id: 'h5-fr-24',
    tz: BRUSSELS,
    self: SELF_NATHALIE,
    from: 'Karim Haddad <karim.haddad@haddad-events.be>',
    to: NATHALIE,
    cc: 'Sophie Claes <sophie.claes@haddad-events.be>, Luc Peeters <luc.peeters@haddad-events.be>',
    date: '2026-03-24 14:30',
    subject: 'RE: Préparation du salon',
    body: `Bonjour Nathalie,\n\nJeudi à 10h dans nos locaux, cela vous convient ? Sophie nous rejoindra si possible. Je mets Luc en copie pour information, il ne sera pas présent.\n\nKarim Haddad\nDirecteur, Haddad Events\nRue de la Loi 42, 1040 Bruxelles`,
    history: [
      {
        style: 'outlook-fr',
        from: NATHALIE,
        to: 'Karim Haddad <karim.haddad@haddad-events.be>',
        date: '2026-03-20 11:00',
        subject: 'Préparation du salon',
        body: `Bonjour Karim,\n\nPourrions-nous nous voir la semaine prochaine pour préparer le salon ?\n\n${NATHALIE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['karim.haddad@haddad-events.be', 'sophie.claes@haddad-events.be?'],
      type: 'meeting',
      duration: null,
      location: 'Rue de la Loi 42, 1040 Bruxelles',
      when: [at('2026-03-26 10:00')],
    },
  },
  {
    // Familier, fautes : mercredi 7 octobre vers 15h30, sinon jeudi 8 au matin ; café du message cité.
    id: 'h5-fr-25',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Théo Masson <theo.masson@masson-prod.fr>',
    to: CLAIRE,
    date: '2026-10-05 13:15',
    subject: 'Re: café',
    body: `ok pr moi !! mercredi aprem vers 15h30 ca te va ? sinon jeudi matin chui dispo\n\nTheo`,
    history: [
      {
        style: 'gmail-fr',
        from: CLAIRE,
        to: 'Théo Masson <theo.masson@masson-prod.fr>',
        date: '2026-10-02 18:00',
        subject: 'café',
        body: `Théo,\n\nUn café la semaine prochaine pour parler du tournage ?\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['theo.masson@masson-prod.fr'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [at('2026-10-07 15:30'), span('2026-10-08', '08:00', '12:00')],
    },
  },
  {
    // HTML ; Paris encore en CET (UTC+1), Québec en EDT depuis le 14 mars 2027 : 16h Paris = 15:00 UTC = 11h.
    id: 'h5-fr-26',
    tz: TORONTO,
    self: SELF_MARCANDRE,
    html: true,
    from: 'Céline Rousseau <celine.rousseau@rousseau-design.fr>',
    to: MARCANDRE,
    date: '2027-03-10 10:45',
    subject: 'Re: Visio',
    body: `Bonjour,\n\nQue diriez-vous de mardi 16 mars à 16h, heure de Paris ? Je vous enverrai un lien Teams.\n\nCéline Rousseau\nRousseau Design, Paris`,
    history: [
      {
        style: 'gmail-fr',
        from: MARCANDRE,
        to: 'Céline Rousseau <celine.rousseau@rousseau-design.fr>',
        date: '2027-03-08 14:00',
        subject: 'Visio',
        body: `Bonjour Mme Rousseau,\n\nSeriez-vous disponible pour une visio la semaine prochaine au sujet du pavillon ?\n\n${MARCANDRE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['celine.rousseau@rousseau-design.fr'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-03-16 11:00')],
    },
  },
  {
    // Transfert Apple à l'assistante : fin janvier 2027 = 21–31 janvier, le vendredi 29 retiré et exclu.
    id: 'h5-fr-27',
    tz: BRUSSELS,
    self: SELF_NATHALIE,
    assistant: ASSISTANT,
    from: NATHALIE,
    to: SLASH,
    date: '2027-01-11 08:45',
    subject: 'Tr: Lancement du projet',
    body: `Slash, peux-tu organiser ce déjeuner ? À la Brasserie Lola, et pas le vendredi 29, je serai à Paris.\n\nNathalie`,
    history: [
      {
        style: 'fwd-apple-fr',
        from: 'Bruno Verhaegen <bruno@verhaegen-archi.be>',
        to: NATHALIE,
        date: '2027-01-08 17:30',
        subject: 'Lancement du projet',
        body: `Chère Nathalie,\n\nUn déjeuner fin janvier pour lancer le projet ?\n\nBruno Verhaegen\nVerhaegen Architectes`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bruno@verhaegen-archi.be'],
      type: 'lunch',
      duration: null,
      location: 'Brasserie Lola',
      when: [days('2027-01-21', '2027-01-28'), days('2027-01-30', '2027-01-31')],
      excluded: [day('2027-01-29')],
    },
  },
  {
    // Trois messages : mardi ou mercredi après-midi ∩ mercredi à partir de 15h = mer. 29 avril 15h–18h ;
    // « mon bureau » = la signature du client citée.
    id: 'h5-fr-28',
    tz: LUXEMBOURG,
    self: SELF_JULIEN,
    from: 'Georges Wagner <georges.wagner@muller-conseil.lu>',
    to: JULIEN,
    cc: 'Sandrine Muller <sandrine.muller@muller-conseil.lu>',
    date: '2026-04-23 09:10',
    subject: 'Re: Signature des statuts',
    body: `Bonjour Julien,\n\nPour ma part, ce sera mercredi uniquement, à partir de 15h.\n\nGeorges Wagner`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Sandrine Muller <sandrine.muller@muller-conseil.lu>',
        to: JULIEN,
        cc: 'Georges Wagner <georges.wagner@muller-conseil.lu>',
        date: '2026-04-22 11:00',
        subject: 'Re: Signature des statuts',
        body: `Bonjour Julien,\n\nVolontiers. Je suis disponible mardi ou mercredi après-midi.\n\nSandrine`,
      },
      {
        style: 'gmail-fr',
        from: JULIEN,
        to: 'Sandrine Muller <sandrine.muller@muller-conseil.lu>, Georges Wagner <georges.wagner@muller-conseil.lu>',
        date: '2026-04-21 16:00',
        subject: 'Signature des statuts',
        body: `Bonjour à tous les deux,\n\nPourriez-vous passer à mon bureau la semaine prochaine pour signer les statuts ?\n\n${JULIEN_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['georges.wagner@muller-conseil.lu', 'sandrine.muller@muller-conseil.lu'],
      type: 'meeting',
      duration: null,
      location: JULIEN_OFFICE,
      when: [span('2026-04-29', '15:00', '18:00')],
    },
  },
  {
    // Décaler l'appel : New York en EDT depuis le 8 mars, Paris en CET jusqu'au 29 : 9h New York = 13:00 UTC =
    // 14h Paris, lundi 23 mars.
    id: 'h5-fr-29',
    tz: PARIS,
    self: SELF_CLAIRE,
    from: 'Rebecca Stein <rebecca.stein@stein-partners.example>',
    to: CLAIRE,
    date: '2026-03-18 13:40',
    subject: 'Re: Appel clôture',
    body: `Bonjour Claire,\n\nPourrions-nous décaler notre appel à lundi 23 mars, 9h heure de New York ? Désolée pour ce changement.\n\nRebecca Stein\nStein & Partners, New York`,
    history: [
      {
        style: 'gmail-fr',
        from: CLAIRE,
        to: 'Rebecca Stein <rebecca.stein@stein-partners.example>',
        date: '2026-03-16 10:00',
        subject: 'Appel clôture',
        body: `Bonjour Rebecca,\n\nJe vous confirme notre appel jeudi 19 mars à 15h.\n\n${CLAIRE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['rebecca.stein@stein-partners.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-03-23 14:00')],
    },
  },
  {
    // Transfert à l'assistant le lundi 11 mai ; « dès lundi prochain, toute la semaine » lu depuis le message
    // transféré (jeu. 7 mai) = 11–15 mai, mercredi matin retiré et exclu ; appel d'une heure.
    id: 'h5-fr-30',
    tz: TORONTO,
    self: SELF_MARCANDRE,
    assistant: ASSISTANT,
    from: MARCANDRE,
    to: SLASH,
    date: '2026-05-11 08:30',
    subject: 'TR: Approvisionnement',
    body: `Slash, planifie un appel d'une heure avec Josée, stp.\n\nMarc-André`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Josée Pelletier <josee.pelletier@pelletier-bois.ca>',
        to: MARCANDRE,
        date: '2026-05-07 15:00',
        subject: 'Approvisionnement',
        body: `Bonjour Marc-André,\n\nJe suis disponible dès lundi prochain, toute la semaine, sauf mercredi matin.\n\nJosée Pelletier\nPelletier Bois inc.`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['josee.pelletier@pelletier-bois.ca'],
      type: 'call',
      duration: 60,
      location: null,
      when: [
        ['2026-05-11 00:00', '2026-05-13 08:00'],
        ['2026-05-13 12:00', '2026-05-16 00:00'],
      ],
      excluded: [span('2026-05-13', '08:00', '12:00')],
    },
  },
];

export const HELD_OUT_5_CASES: CaseRow[] = [...EN_SINGLE, ...EN_THREADS, ...FR_SINGLE, ...FR_THREADS];
