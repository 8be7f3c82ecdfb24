/**
 * The eighth held-out set: 60 emails (30 English, 30 French; 33 threads with
 * quoted history, of which 7 are forwards to the assistant, 27 single
 * messages; 4 HTML bodies; zones Europe/Paris, Europe/London,
 * Europe/Brussels, Europe/Zurich, America/New_York, America/Chicago,
 * America/Los_Angeles, America/Toronto, Asia/Kolkata, Asia/Kathmandu,
 * Australia/Sydney) written blind, labelled by hand from the contract's
 * reading rules without reading the interpreter's source and before any run
 * of the interpreter on them. Never tune the interpreter on these.
 *
 * Labelling conventions:
 * - Windows are local wall times in the case's zone `tz`; `now` is the
 *   newest message's date unless stated. Relative expressions in a quoted or
 *   forwarded message are resolved against that message's own date.
 * - Contiguous allowed windows may be written as one window or several (they
 *   are compared as the time they allow); an exclusion inside a stated range
 *   is cut out of `when` and also listed in `excluded`.
 * - "between the 10th and the 20th" includes both days; a part of day after
 *   "<day> or <day>" applies to both days; month parts and date ranges keep
 *   their weekend days; weeks are Monday 00:00 to Saturday 00:00 as the
 *   contract says.
 * - A reschedule: `when` holds the new times; the slot the meeting is moved
 *   away from is listed in `excluded` when the email names it (an exact
 *   start when it is named by its start time).
 * - A cancellation: `when` holds the time of the meeting being cancelled when
 *   the email names it (so the assistant can find it); none when it is not
 *   named.
 * - A message that asks for nothing ("other") has type null and no windows.
 * - When several people in the thread give constraints, `when` is their
 *   intersection.
 * - An upper date bound with no stated start ("before the 19th") runs from
 *   `now`; a lower date bound with no end is open (`onward`).
 * - A time stated in another zone is converted to the case's zone with the
 *   DST rules of both zones on that date.
 * - A stated preference narrowing the offered times ("rather", "de
 *   préférence", "works best") is labelled as the constraint.
 * - Quoted and forwarded messages fill what the newest leaves open (place,
 *   duration, type); a place given as "our office" / "vos locaux" / "au
 *   cabinet" is the address of the matching signature.
 */
import { at, day, days, span, onward, type CaseRow } from './corpus-case.js';

const SLASH = 'Slash <slash@slash.example>';
const ASSISTANT: readonly string[] = ['slash@slash.example'];

export const HELD_OUT_8_CASES: readonly CaseRow[] = [
  // ---------------------------------------------------------------- English
  {
    id: 'ho8-en-01',
    tz: 'Europe/London',
    self: ['oliver@grantarchitects.example'],
    from: 'Priya Nair <priya.nair@hollisdev.example>',
    to: 'Oliver Grant <oliver@grantarchitects.example>',
    date: '2026-11-03 09:12',
    subject: 'Planning drawings – coffee?',
    body: `Hi Oliver,

Thanks for sending the revised elevations over. Before we submit to the council I'd like to go through the planning drawings with you in person, nothing formal.

Could we grab a coffee on Thursday or Friday morning? Fernleaf Coffee on Park Street, by Borough Market, is handy for both of us.

Best,
Priya

Priya Nair
Development Manager, Hollis Developments
+44 20 7946 0321`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya.nair@hollisdev.example'],
      type: 'coffee',
      duration: null,
      location: 'Fernleaf Coffee, Park Street, Borough Market',
      when: [span('2026-11-05', '08:00', '12:00'), span('2026-11-06', '08:00', '12:00')],
    },
  },
  {
    id: 'ho8-en-02',
    tz: 'America/New_York',
    self: ['dana@northbeam.example'],
    assistant: ASSISTANT,
    from: 'Dana Whitfield <dana@northbeam.example>',
    to: 'Marcus Bell <marcus@tallyhq.example>',
    cc: SLASH,
    date: '2026-10-29 16:40',
    subject: 'Great meeting you at Demo Day',
    body: `Hi Marcus,

Great to meet you at Demo Day yesterday. I enjoyed the pitch and would love to hear more about the pricing model.

I've copied Slash, my assistant, who will find us 45 minutes for a call next week. My mornings are taken up with partner meetings, so after 2pm works best, any day but Wednesday.

Talk soon,
Dana

Dana Whitfield
Partner, Northbeam Ventures`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['marcus@tallyhq.example'],
      type: 'call',
      duration: 45,
      location: null,
      when: [
        span('2026-11-02', '14:00', '24:00'),
        span('2026-11-03', '14:00', '24:00'),
        span('2026-11-05', '14:00', '24:00'),
        span('2026-11-06', '14:00', '24:00'),
      ],
      excluded: [day('2026-11-04')],
    },
  },
  {
    id: 'ho8-en-03',
    tz: 'Australia/Sydney',
    self: ['liam@harbourlights.example'],
    from: 'Jess Moreau <jess@bluewren-events.example>',
    to: 'Liam Carter <liam@harbourlights.example>',
    date: '2026-09-29 11:05',
    subject: 'Re: Venue walk-through',
    body: `Hi Liam,

Tuesday's no good for me unfortunately, I'm at a wedding fair all day. Monday 5 Oct I'm free from 10am onwards though, if that suits?

Let's meet at the venue itself: Pier One, 11 Hickson Rd, Walsh Bay. I'll bring the floor plans.

Cheers,
Jess`,
    history: [
      {
        style: 'gmail-en',
        from: 'Liam Carter <liam@harbourlights.example>',
        date: '2026-09-28 15:30',
        body: `Hi Jess,

Now that the client has signed off, could we meet early next week to walk through the venue together? Monday or Tuesday both work for me.

Thanks,
Liam

Liam Carter
Harbour Lights Productions
Level 3, 40 Bridge St, Sydney NSW 2000`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jess@bluewren-events.example'],
      type: 'meeting',
      duration: null,
      location: 'Pier One, 11 Hickson Rd, Walsh Bay',
      when: [span('2026-10-05', '10:00', '24:00')],
      excluded: [day('2026-10-06')],
    },
  },
  {
    id: 'ho8-en-04',
    tz: 'Asia/Kolkata',
    self: ['ananya@brightpath.example'],
    assistant: ASSISTANT,
    from: 'Ananya Rao <ananya@brightpath.example>',
    to: 'Rohan Mehta <rohan.mehta@kavyafoods.example>',
    cc: `Meera Iyer <meera@brightpath.example>, ${SLASH}`,
    date: '2027-01-08 17:25',
    subject: 'Supply chain review – next steps',
    body: `Hi Rohan,

Thanks for the data dump. Our team has gone through it and we have a first set of findings.

Could we do a Teams call on the 14th or 15th, any time between 11 and 1 IST? 30 mins should be enough to walk you through the highlights. Slash (cc) will send the invite once you confirm.

Copying Meera for visibility only. Meera, no need for you to join.

Regards,
Ananya`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rohan.mehta@kavyafoods.example'],
      type: 'video',
      duration: 30,
      location: null,
      when: [span('2027-01-14', '11:00', '13:00'), span('2027-01-15', '11:00', '13:00')],
    },
  },
  {
    id: 'ho8-en-05',
    tz: 'America/Chicago',
    self: ['karen@liutax.example'],
    from: 'Greg Olsen <greg@olsenhardware.example>',
    to: 'Karen Liu <karen@liutax.example>',
    date: '2027-03-09 08:20',
    subject: 'Re: Year-end review',
    body: `Morning Karen,

Something came up with a supplier and I can't make our Thursday 9:30 after all, sorry for the short notice. Could we push it to next week? Any afternoon except Monday works on my end.

Greg`,
    history: [
      {
        style: 'apple-en',
        from: 'Karen Liu <karen@liutax.example>',
        date: '2027-03-02 14:10',
        body: `Hi Greg,

Perfect, Thursday March 11 at 9:30 it is. We'll meet here at our office; there's visitor parking on Huron.

Please bring the Q4 inventory reports.

Best,
Karen

Karen Liu, CPA
Liu Tax & Advisory
220 W Huron St, Suite 400, Chicago, IL 60654
(312) 555-0148`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['greg@olsenhardware.example'],
      type: 'meeting',
      duration: null,
      location: '220 W Huron St, Suite 400, Chicago, IL 60654',
      when: [
        span('2027-03-16', '12:00', '18:00'),
        span('2027-03-17', '12:00', '18:00'),
        span('2027-03-18', '12:00', '18:00'),
        span('2027-03-19', '12:00', '18:00'),
      ],
      excluded: [at('2027-03-11 09:30'), day('2027-03-15')],
    },
  },
  {
    id: 'ho8-en-06',
    tz: 'Europe/London',
    self: ['tom@ferncloud.example'],
    from: 'Hannah Price <h.price@theledger.example>',
    to: 'Tom Becker <tom@ferncloud.example>',
    date: '2026-11-10 14:03',
    subject: 'Interview request – The Ledger',
    body: `Dear Tom,

I'm writing a piece for The Ledger on how UK cloud start-ups are coping with the new data-residency rules, and your name came up several times.

Would you have 20 minutes for a phone interview before the 19th? That's when my copy is due, so anything earlier works and I can be flexible on time.

Many thanks,
Hannah Price
Technology Correspondent, The Ledger
07700 900123`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['h.price@theledger.example'],
      type: 'call',
      duration: 20,
      location: null,
      when: [['2026-11-10 14:03', '2026-11-19 00:00']],
    },
  },
  {
    id: 'ho8-en-07',
    tz: 'America/Toronto',
    self: ['rachel@adamsrealty.example'],
    assistant: ASSISTANT,
    from: 'Rachel Adams <rachel@adamsrealty.example>',
    to: SLASH,
    date: '2026-10-29 07:45',
    subject: 'Fwd: Second viewing – 48 Balsam Ave',
    body: `Slash, please book the second viewing for the Hendersons. Sunday doesn't work for me (open house in Leslieville), so Saturday please.

Rachel`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Mike Henderson <mike.henderson@mailbox.example>',
        to: 'Rachel Adams <rachel@adamsrealty.example>',
        cc: 'Laura Henderson <laura.h@mailbox.example>',
        date: '2026-10-28 19:30',
        subject: 'Second viewing – 48 Balsam Ave',
        body: `Hi Rachel,

Laura and I can't stop thinking about the house at 48 Balsam Ave. We'd love to see it again before we put in an offer, this time with my dad, who's a contractor.

We're free this weekend, Saturday or Sunday, any time after 11.

Thanks!
Mike`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['mike.henderson@mailbox.example', 'laura.h@mailbox.example'],
      type: 'meeting',
      duration: null,
      location: '48 Balsam Ave',
      when: [span('2026-10-31', '11:00', '24:00')],
      excluded: [day('2026-11-01')],
    },
  },
  {
    id: 'ho8-en-08',
    tz: 'America/Los_Angeles',
    self: ['eruiz@pacificstate.example'],
    assistant: ASSISTANT,
    from: 'Elena Ruiz <eruiz@pacificstate.example>',
    to: 'Alan Brooks <abrooks@pacificstate.example>, Wen Zhao <wzhao@pacificstate.example>, Sam Okafor <sokafor@pacificstate.example>',
    cc: `Beth Lawson <blawson@pacificstate.example>, ${SLASH}`,
    date: '2027-05-07 15:10',
    subject: 'RE: Sam Okafor – qualifying exam committee meeting',
    body: `Hi all,

Tuesday afternoon works for me as well, so that's our slot. Slash, please send the invitation for 2 hours in Room 3120, Hale Hall.

Beth, copying you for information only, no need to attend.

Best,
Elena

Elena Ruiz, PhD
Professor of Sociology, Pacific State University`,
    history: [
      {
        style: 'outlook-en',
        from: 'Wen Zhao <wzhao@pacificstate.example>',
        to: 'Elena Ruiz <eruiz@pacificstate.example>; Alan Brooks <abrooks@pacificstate.example>; Beth Lawson <blawson@pacificstate.example>',
        cc: 'Sam Okafor <sokafor@pacificstate.example>',
        date: '2027-05-07 09:48',
        subject: 'RE: Sam Okafor – qualifying exam committee meeting',
        body: `I'm at a conference on Thursday, so that one's out for me. Tuesday afternoon only, I teach in the morning.

Wen`,
      },
      {
        style: 'outlook-en',
        from: 'Alan Brooks <abrooks@pacificstate.example>',
        to: 'Beth Lawson <blawson@pacificstate.example>; Elena Ruiz <eruiz@pacificstate.example>; Wen Zhao <wzhao@pacificstate.example>',
        cc: 'Sam Okafor <sokafor@pacificstate.example>',
        date: '2027-05-05 11:02',
        subject: 'RE: Sam Okafor – qualifying exam committee meeting',
        body: `Tuesday the 11th or Thursday the 13th both work for me.

Alan`,
      },
      {
        style: 'outlook-en',
        from: 'Beth Lawson <blawson@pacificstate.example>',
        to: 'Elena Ruiz <eruiz@pacificstate.example>; Alan Brooks <abrooks@pacificstate.example>; Wen Zhao <wzhao@pacificstate.example>',
        cc: 'Sam Okafor <sokafor@pacificstate.example>',
        date: '2027-05-03 10:15',
        subject: 'Sam Okafor – qualifying exam committee meeting',
        body: `Dear committee members,

Sam Okafor's qualifying exam committee needs to meet the week of May 10th. Could you each let me know which days work for you that week?

Thank you,
Beth Lawson
Graduate Program Coordinator`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['abrooks@pacificstate.example', 'wzhao@pacificstate.example', 'sokafor@pacificstate.example'],
      type: 'meeting',
      duration: 120,
      location: 'Room 3120, Hale Hall',
      when: [span('2027-05-11', '12:00', '18:00')],
      excluded: [day('2027-05-13')],
    },
  },
  {
    id: 'ho8-en-09',
    tz: 'America/New_York',
    self: ['office@feldtherapy.example', 'naomi@feldtherapy.example'],
    from: 'Jordan Ellis <jordan.ellis@fastmail.example>',
    to: 'Feld Psychotherapy <office@feldtherapy.example>',
    date: '2027-02-07 21:10',
    subject: 'New client enquiry – referral from Dr. Kim',
    html: true,
    body: `Hello,

I was referred to Dr. Feld by Dr. Susan Kim and would like to book an initial consultation, in person if possible.

My work schedule is a bit rigid: I'm available Mondays and Wednesdays after 5:30pm, or Friday mornings.

Thank you,
Jordan Ellis
(917) 555-0172`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jordan.ellis@fastmail.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [
        span('2027-02-08', '17:30', '24:00'),
        span('2027-02-10', '17:30', '24:00'),
        span('2027-02-12', '08:00', '12:00'),
        span('2027-02-15', '17:30', '24:00'),
        span('2027-02-17', '17:30', '24:00'),
        span('2027-02-19', '08:00', '12:00'),
        span('2027-02-22', '17:30', '24:00'),
        span('2027-02-24', '17:30', '24:00'),
        span('2027-02-26', '08:00', '12:00'),
        span('2027-03-01', '17:30', '24:00'),
        span('2027-03-03', '17:30', '24:00'),
        span('2027-03-05', '08:00', '12:00'),
      ],
    },
  },
  {
    id: 'ho8-en-10',
    tz: 'Asia/Kathmandu',
    self: ['sanjay@himalayanroutes.example'],
    from: 'Claire Dawson <claire@wanderwell.example>',
    to: 'Sanjay Shrestha <sanjay@himalayanroutes.example>',
    date: '2027-02-02 08:15',
    subject: 'Re: Partnership for the 2027 season',
    body: `Hi Sanjay,

Lovely to hear from you. How about Wednesday at 9am UK time, or Thursday at the same time if that's easier? I'll send a Zoom link once we've settled on one.

Best wishes,
Claire

Claire Dawson
Product Manager, Wanderwell Travel, Bristol`,
    history: [
      {
        style: 'gmail-en',
        from: 'Sanjay Shrestha <sanjay@himalayanroutes.example>',
        date: '2027-02-01 16:40',
        body: `Dear Claire,

Thank you for your interest in offering our Annapurna circuits. I would be happy to talk about a partnership. Any day this week after 1pm my time (Kathmandu) works for me.

Warm regards,
Sanjay Shrestha
Himalayan Routes Pvt. Ltd., Thamel, Kathmandu`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['claire@wanderwell.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-02-03 14:45'), at('2027-02-04 14:45')],
    },
  },
  {
    id: 'ho8-en-11',
    tz: 'Australia/Sydney',
    self: ['nick@tidepool.example'],
    assistant: ASSISTANT,
    from: 'Nick Papadopoulos <nick@tidepool.example>',
    to: 'Aroha Wilson <aroha.wilson@gmail.example>',
    cc: SLASH,
    date: '2027-04-01 10:30',
    subject: 'Dinner next week?',
    body: `Hi Aroha,

Really enjoyed our chat on Tuesday, the whole team was impressed. Before we talk offers, I'd love to take you to dinner and tell you more about where Tidepool is heading.

How does Thursday or Friday evening next week sound? I'll book Bistro Marigold, 12 Foster St, Surry Hills. Slash (cc'd) will sort out the details.

Cheers,
Nick`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['aroha.wilson@gmail.example'],
      type: 'dinner',
      duration: null,
      location: 'Bistro Marigold, 12 Foster St, Surry Hills',
      when: [span('2027-04-08', '18:00', '22:00'), span('2027-04-09', '18:00', '22:00')],
    },
  },
  {
    id: 'ho8-en-12',
    tz: 'America/Chicago',
    self: ['ben@hartleyadvisory.example'],
    assistant: ASSISTANT,
    from: 'Ben Hartley <ben@hartleyadvisory.example>',
    to: SLASH,
    date: '2027-05-18 12:05',
    subject: 'Fwd: Intro: Ben <> Aisha (Lakeshore Health)',
    body: `Slash, please set up a 30-min call with Aisha early next month. Mornings only, Central time.

Thanks,
Ben`,
    history: [
      {
        style: 'fwd-apple-en',
        from: 'Paul Greene <paul@greene.example>',
        to: 'Ben Hartley <ben@hartleyadvisory.example>, Aisha Karim <aisha.karim@lakeshorehealth.example>',
        date: '2027-05-17 18:22',
        subject: 'Intro: Ben <> Aisha (Lakeshore Health)',
        body: `Ben, Aisha, as promised, connecting you two.

Aisha runs operations at Lakeshore Health and is looking at how to restructure their scheduling team. Ben has done exactly this for three hospital groups in the Midwest.

I'll let you two take it from here (moving myself to bcc).

Paul`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['aisha.karim@lakeshorehealth.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [
        span('2027-06-01', '08:00', '12:00'),
        span('2027-06-02', '08:00', '12:00'),
        span('2027-06-03', '08:00', '12:00'),
        span('2027-06-04', '08:00', '12:00'),
        span('2027-06-05', '08:00', '12:00'),
        span('2027-06-06', '08:00', '12:00'),
        span('2027-06-07', '08:00', '12:00'),
        span('2027-06-08', '08:00', '12:00'),
        span('2027-06-09', '08:00', '12:00'),
        span('2027-06-10', '08:00', '12:00'),
      ],
    },
  },
  {
    id: 'ho8-en-13',
    tz: 'Europe/Brussels',
    self: ['james@whitakerpa.example'],
    from: 'Sofia Lindqvist <sofia.lindqvist@nordicpolicy.example>',
    to: 'James Whitaker <james@whitakerpa.example>',
    date: '2027-03-02 18:45',
    subject: 'Breakfast before the committee vote?',
    body: `Dear James,

With the ENVI vote coming up, it would be useful to compare notes beforehand. Would Tuesday the 9th at 8:00 or Wednesday the 10th at 8:30 work for a breakfast? The Café des Minimes on Rue des Minimes is quiet at that hour.

Kind regards,
Sofia

Sofia Lindqvist
Nordic Policy Partners, Brussels`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sofia.lindqvist@nordicpolicy.example'],
      type: 'breakfast',
      duration: null,
      location: 'Café des Minimes, Rue des Minimes',
      when: [at('2027-03-09 08:00'), at('2027-03-10 08:30')],
    },
  },
  {
    id: 'ho8-en-14',
    tz: 'Europe/London',
    self: ['daniel@harwoodco.example'],
    from: 'Daniel Harwood <daniel@harwoodco.example>',
    to: 'Jane Mercer <jane@mercerinteriors.example>',
    date: '2027-06-22 10:40',
    subject: 'RE: Year-end accounts meeting',
    body: `Hi Jane,

Apologies, but I need to cancel our meeting on Friday at 11. We're still waiting on the bank statements from your old provider, so the accounts won't be ready to go through. I'll be back in touch as soon as we have everything.

Kind regards,
Daniel

Daniel Harwood ACA
Harwood & Co Chartered Accountants
14 Tabernacle Street, London EC2A 4LU
020 7946 0888`,
    history: [
      {
        style: 'outlook-original',
        from: 'Jane Mercer <jane@mercerinteriors.example>',
        to: 'Daniel Harwood <daniel@harwoodco.example>',
        date: '2027-06-15 16:02',
        subject: 'Year-end accounts meeting',
        body: `Hi Daniel,

Great, Friday 25th at 11 suits me. I'll come to your office.

Jane`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['jane@mercerinteriors.example'],
      type: 'meeting',
      duration: null,
      location: '14 Tabernacle Street, London EC2A 4LU',
      when: [at('2027-06-25 11:00')],
    },
  },
  {
    id: 'ho8-en-15',
    tz: 'America/Los_Angeles',
    self: ['chris@tanakabuild.example'],
    from: 'Marisol Vega <marisol@vegastudio.example>',
    to: 'Chris Tanaka <chris@tanakabuild.example>',
    date: '2027-08-20 17:55',
    subject: 'Thank you!',
    body: `Hi Chris,

Thanks again for lunch yesterday. It was great to finally catch up properly, and congrats on the Pasadena project.

As promised, I'll send over the deck and the revised fee proposal on Monday. No rush at all on your side.

Have a great weekend,
Marisol`,
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['marisol@vegastudio.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho8-en-16',
    tz: 'America/New_York',
    self: ['kevin@brooklynpantry.example'],
    from: 'Amélie Verdier <amelie@maisonverdier.example>',
    to: 'Kevin Walsh <kevin@brooklynpantry.example>',
    date: '2027-03-23 05:50',
    subject: 'Re: Distribution in the US',
    body: `Dear Kevin,

Thank you for your message. Thursday between 3 and 5pm Paris time would suit me for the call. I will be back from Lyon by then.

Best regards,
Amélie Verdier
Export Director, Maison Verdier`,
    history: [
      {
        style: 'gmail-en',
        from: 'Kevin Walsh <kevin@brooklynpantry.example>',
        date: '2027-03-22 13:15',
        body: `Hi Amélie,

Following up on our chat at the fancy food show: could we find time this week for a call about distribution in the US?

Best,
Kevin

Kevin Walsh
Founder, Brooklyn Pantry Co.`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['amelie@maisonverdier.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2027-03-25', '10:00', '12:00')],
    },
  },
  {
    id: 'ho8-en-17',
    tz: 'Asia/Kolkata',
    self: ['neha.kapoor@lumenlabs.example'],
    from: 'Vikram Desai <vikram@desaicapital.example>',
    to: 'Neha Kapoor <neha.kapoor@lumenlabs.example>',
    date: '2027-11-10 12:30',
    subject: 'Lunch later this month?',
    body: `Hi Neha,

Congratulations on closing the round! Let's catch up over lunch sometime in the week of the 22nd, any day except Thursday, I'm flying to Singapore that morning.

How about Tiffin House on 100 Feet Road, Indiranagar?

Cheers,
Vikram`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['vikram@desaicapital.example'],
      type: 'lunch',
      duration: null,
      location: 'Tiffin House, 100 Feet Road, Indiranagar',
      when: [days('2027-11-22', '2027-11-24'), day('2027-11-26')],
      excluded: [day('2027-11-25')],
    },
  },
  {
    id: 'ho8-en-18',
    tz: 'America/Toronto',
    self: ['matt@kowalskidesign.example'],
    from: 'Priyanka Sharma <priyanka@northloop.example>',
    to: 'Matt Kowalski <matt@kowalskidesign.example>',
    date: '2026-12-04 09:20',
    subject: 'Re: Brand refresh kickoff',
    body: `Hi Matt,

Wednesday works. How about 10:30? I'll send a Teams link. My colleague Dev (dev.patel@northloop.example) will join if he can; he's juggling a launch.

Thanks,
Priyanka`,
    history: [
      {
        style: 'apple-en',
        from: 'Matt Kowalski <matt@kowalskidesign.example>',
        date: '2026-12-03 16:05',
        body: `Hi Priyanka,

Thanks for choosing us for the brand refresh! Could we set up a kickoff on Tuesday or Wednesday morning next week?

Matt

Matt Kowalski
Kowalski Design Studio, 401 Richmond St W, Toronto`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priyanka@northloop.example', 'dev.patel@northloop.example?'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2026-12-09 10:30')],
    },
  },
  {
    id: 'ho8-en-19',
    tz: 'Europe/London',
    self: ['charlotte@evansevents.example'],
    assistant: ASSISTANT,
    from: 'Charlotte Evans <charlotte@evansevents.example>',
    to: SLASH,
    date: '2026-11-17 08:50',
    subject: 'Fwd: Site visit – The Glasshouse',
    body: `Slash, could you book a site visit with Marco at the venue? Any time in the first week of December except the Wednesday morning, when I'm with the florist.

Thanks!
Charlotte`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Marco Bellini <marco@theglasshouse.example>',
        to: 'Charlotte Evans <charlotte@evansevents.example>',
        date: '2026-11-16 15:12',
        subject: 'Site visit – The Glasshouse',
        body: `Dear Charlotte,

Thank you for considering The Glasshouse for your client's winter gala. I'd be delighted to show you around. The venue is at 5 Riverside Walk, Richmond TW9 1TJ.

I'm around all of the first week of December, so just let me know what suits.

Best regards,
Marco Bellini
Events Manager, The Glasshouse`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['marco@theglasshouse.example'],
      type: 'meeting',
      duration: null,
      location: 'The Glasshouse, 5 Riverside Walk, Richmond TW9 1TJ',
      when: [
        day('2026-12-01'),
        span('2026-12-02', '00:00', '08:00'),
        ['2026-12-02 12:00', '2026-12-05 00:00'],
        day('2026-12-07'),
      ],
      excluded: [span('2026-12-02', '08:00', '12:00')],
    },
  },
  {
    id: 'ho8-en-20',
    tz: 'America/Chicago',
    self: ['olivia@grantpr.example'],
    from: 'Tyler Brooks <tyler@brooksmedia.example>',
    to: 'Olivia Grant <olivia@grantpr.example>',
    date: '2027-09-10 15:20',
    subject: 'drinks?',
    body: `Hey Olivia,

Long time! Want to grab drinks one evening next week? I'm out Monday and Tuesday for a shoot, so Wednesday onward. Harlow's on Wells St is always good.

T.`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tyler@brooksmedia.example'],
      type: 'drinks',
      duration: null,
      location: "Harlow's, Wells St",
      when: [
        span('2027-09-15', '18:00', '22:00'),
        span('2027-09-16', '18:00', '22:00'),
        span('2027-09-17', '18:00', '22:00'),
      ],
      excluded: [day('2027-09-13'), day('2027-09-14')],
    },
  },
  {
    id: 'ho8-en-21',
    tz: 'America/Los_Angeles',
    self: ['grace@pixelforge.example'],
    from: 'Oliver Hughes <oliver.hughes@kestrelgames.example>',
    to: 'Grace Kim <grace@pixelforge.example>',
    date: '2027-10-28 02:30',
    subject: 'Re: Co-publishing call',
    body: `Hi Grace,

Thanks for getting back to me. Tuesday at 4pm UK time or Wednesday at 5pm UK time would both work for a video call on my end, whichever you prefer.

Cheers,
Oliver
Kestrel Games, London`,
    history: [
      {
        style: 'gmail-en',
        from: 'Grace Kim <grace@pixelforge.example>',
        date: '2027-10-27 16:10',
        body: `Hi Oliver,

Could we do a video call next week to talk through the co-publishing terms? Mornings (Pacific) are best for me.

Grace

Grace Kim
Head of Partnerships, PixelForge, Los Angeles`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['oliver.hughes@kestrelgames.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-11-02 09:00'), at('2027-11-03 10:00')],
    },
  },
  {
    id: 'ho8-en-22',
    tz: 'Australia/Sydney',
    self: ['steve@marshallrealestate.example'],
    from: 'Bec Nguyen <bec@coastalprop.example>',
    to: 'Steve Marshall <steve@marshallrealestate.example>',
    date: '2027-06-09 16:20',
    subject: 'quick one re the Manly listing',
    body: `Hi Steve,

Vendor's come back with a couple of questions on the campaign budget. Can you do a 15 min call tomorrow before 10, or else Friday arvo?

Thanks,
Bec

Bec Nguyen | Coastal Property Group | 0412 555 019`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['bec@coastalprop.example'],
      type: 'call',
      duration: 15,
      location: null,
      when: [span('2027-06-10', '00:00', '10:00'), span('2027-06-11', '12:00', '18:00')],
    },
  },
  {
    id: 'ho8-en-23',
    tz: 'America/New_York',
    self: ['lauren@fisherandco.example'],
    assistant: ASSISTANT,
    from: 'Lauren Fisher <lauren@fisherandco.example>',
    to: 'Ethan Park <ethan.park@coldbrewlabs.example>',
    cc: SLASH,
    date: '2027-01-19 09:05',
    subject: 'Re: Coffee?',
    html: true,
    body: `Hi Ethan,

Sounds good! I've copied Slash, who'll find us a time that week. Grindhouse Coffee on 23rd & Park?

Lauren`,
    history: [
      {
        style: 'gmail-en',
        from: 'Ethan Park <ethan.park@coldbrewlabs.example>',
        date: '2027-01-14 17:40',
        body: `Hi Lauren,

I'd love to grab a coffee and hear about the new fund. I'm travelling a lot at the moment, but any time the week after next would be great.

Ethan`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ethan.park@coldbrewlabs.example'],
      type: 'coffee',
      duration: null,
      location: 'Grindhouse Coffee, 23rd & Park',
      when: [days('2027-01-25', '2027-01-29')],
    },
  },
  {
    id: 'ho8-en-24',
    tz: 'Europe/London',
    self: ['emma@collinsfoods.example'],
    from: 'Robert Shaw <robert.shaw@meridianpartners.example>',
    to: 'Emma Collins <emma@collinsfoods.example>',
    date: '2027-10-20 11:15',
    subject: 'Q3 review',
    body: `Dear Emma,

Shall we do the Q3 review in two weeks? Tuesday or Wednesday would be ideal on our side. We'll need about 90 minutes, and we'd be glad to host you at our offices (address below).

Best regards,
Robert

Robert Shaw
Senior Manager, Meridian Partners LLP
30 Finsbury Square, London EC2A 1AG
+44 20 7946 0555`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['robert.shaw@meridianpartners.example'],
      type: 'meeting',
      duration: 90,
      location: '30 Finsbury Square, London EC2A 1AG',
      when: [days('2027-11-02', '2027-11-03')],
    },
  },
  {
    id: 'ho8-en-25',
    tz: 'Asia/Kolkata',
    self: ['ravi@kumarlegal.example'],
    from: 'Siddharth Menon <sid@tealbridge.example>',
    to: 'Ravi Kumar <ravi@kumarlegal.example>',
    date: '2027-08-11 18:30',
    subject: 'RE: Contract review',
    body: `Hi Ravi,

Apologies, I have to move tomorrow's 4pm Meet; our board call got pushed into that slot. Could we do Friday instead, any time after lunch, say from 2?

Regards,
Sid`,
    history: [
      {
        style: 'outlook-en',
        from: 'Ravi Kumar <ravi@kumarlegal.example>',
        to: 'Siddharth Menon <sid@tealbridge.example>',
        date: '2027-08-06 11:00',
        subject: 'Contract review',
        body: `Hi Sid,

Confirming our Google Meet on Thursday 12 August at 4pm to go through the vendor contract. Link below.

meet.google.com/abc-defg-hij

Ravi`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['sid@tealbridge.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-08-13', '14:00', '24:00')],
      excluded: [at('2027-08-12 16:00')],
    },
  },
  {
    id: 'ho8-en-26',
    tz: 'America/Los_Angeles',
    self: ['priya@patelcpa.example'],
    from: 'Jake Morrison <jake@sunsetsaas.example>',
    to: 'Priya Patel <priya@patelcpa.example>',
    date: '2027-02-16 13:40',
    subject: 'tax questions',
    body: `hey Priya - slammed this week w/ the launch. can we do a quick call nxt wk? mon, wendesday or fri btw 10-12 works for me

thx
Jake

Sent from my iPhone`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jake@sunsetsaas.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [
        span('2027-02-22', '10:00', '12:00'),
        span('2027-02-24', '10:00', '12:00'),
        span('2027-02-26', '10:00', '12:00'),
      ],
    },
  },
  {
    id: 'ho8-en-27',
    tz: 'America/Toronto',
    self: ['sarah@lincoffee.example'],
    assistant: ASSISTANT,
    from: 'Sarah Lin <sarah@lincoffee.example>',
    to: 'Maya Thompson <maya.thompson@globepost.example>',
    cc: SLASH,
    date: '2027-11-09 14:30',
    subject: 'Re: Interview request – small business series',
    body: `Hi Maya,

Happy to do it! Monday doesn't work for me, but either of the other two options is fine. Slash (cc'd) will confirm the time with you.

Best,
Sarah

Sarah Lin
Founder, Lin Coffee Roasters`,
    history: [
      {
        style: 'gmail-en',
        from: 'Maya Thompson <maya.thompson@globepost.example>',
        date: '2027-11-08 10:05',
        body: `Hi Sarah,

I'm putting together a series on independent Toronto businesses for the Globe Post and would love to feature Lin Coffee Roasters.

Would you be available for a 30-minute video interview on Monday Nov 15 at 2pm, Tuesday Nov 16 at 10am, or Wednesday Nov 17 at 3:30pm (all Eastern)?

Thanks so much,
Maya Thompson
Reporter, The Globe Post`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['maya.thompson@globepost.example'],
      type: 'video',
      duration: 30,
      location: null,
      when: [at('2027-11-16 10:00'), at('2027-11-17 15:30')],
      excluded: [day('2027-11-15')],
    },
  },
  {
    id: 'ho8-en-28',
    tz: 'Australia/Sydney',
    self: ['hugh@fraserlegal.example'],
    assistant: ASSISTANT,
    from: 'Hugh Fraser <hugh@fraserlegal.example>',
    to: 'Mia Chen <mia.chen@bluegumcap.example>, Tom Reid <tom.reid@reidproperty.example>',
    cc: SLASH,
    date: '2026-11-20 12:15',
    subject: 'Re: Settlement meeting',
    body: `Thanks both, Thursday suits me best then. Slash, please lock in an hour for the three of us at our office on George St.

Hugh

Hugh Fraser
Partner, Fraser Legal
Level 12, 88 George St, Sydney NSW 2000`,
    history: [
      {
        style: 'gmail-en',
        from: 'Tom Reid <tom.reid@reidproperty.example>',
        date: '2026-11-20 08:40',
        body: `Wed or Thu works for me, but not before 10, I'm doing the school run.

Tom`,
      },
      {
        style: 'gmail-en',
        from: 'Mia Chen <mia.chen@bluegumcap.example>',
        date: '2026-11-19 17:05',
        body: `Hi Hugh, Tom,

Happy to meet to finalise the settlement terms. I'm free Tuesday to Thursday next week, mornings only.

Mia`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['mia.chen@bluegumcap.example', 'tom.reid@reidproperty.example'],
      type: 'meeting',
      duration: 60,
      location: 'Level 12, 88 George St, Sydney NSW 2000',
      when: [span('2026-11-26', '10:00', '12:00')],
    },
  },
  {
    id: 'ho8-en-29',
    tz: 'America/New_York',
    self: ['mark@daviesconsulting.example'],
    from: 'Anita Shah <anita.shah@corelinehealth.example>',
    to: 'Mark Davies <mark@daviesconsulting.example>',
    date: '2027-07-14 11:20',
    subject: 'Follow-up meeting',
    body: `Hi Mark,

Thank you for the proposal and for your time last week. After discussing internally, we've decided to go with another vendor, so please cancel the follow-up meeting we had pencilled in.

I'll keep your details on file for future projects.

Best regards,
Anita Shah
Director of Operations, Coreline Health`,
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['anita.shah@corelinehealth.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho8-en-30',
    tz: 'America/Chicago',
    self: ['sam@whitleydev.example'],
    from: 'Nadia Haddad <nadia@haddadarch.example>',
    to: 'Sam Whitley <sam@whitleydev.example>',
    date: '2027-07-01 10:05',
    subject: 'Re: Lunch soon?',
    body: `Hi Sam,

I'd love that! Any day from the 12th on works for lunch. Marrow & Vine on Randolph?

Nadia`,
    history: [
      {
        style: 'apple-en',
        from: 'Sam Whitley <sam@whitleydev.example>',
        date: '2027-06-29 17:30',
        body: `Hi Nadia,

It's been too long. Lunch soon? My treat, to celebrate the Fulton Market permit finally coming through.

Sam`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['nadia@haddadarch.example'],
      type: 'lunch',
      duration: null,
      location: 'Marrow & Vine, Randolph',
      when: [onward('2027-07-12 00:00')],
    },
  },
  // ---------------------------------------------------------------- French
  {
    id: 'ho8-fr-01',
    tz: 'Europe/Paris',
    self: ['julien@mercier-architectes.example'],
    from: 'Claire Fontaine <claire.fontaine@atelier-fontaine.example>',
    to: 'Julien Mercier <julien@mercier-architectes.example>',
    date: '2026-10-19 10:00',
    subject: 'Projet rue des Martyrs – café ?',
    body: `Bonjour Julien,

Suite à votre envoi des plans de la mezzanine, j'aurais quelques questions sur la structure. Seriez-vous disponible pour un café mardi ou mercredi matin ? Je propose le Café des Arts, 12 rue des Martyrs, juste à côté du chantier.

Bien cordialement,
Claire Fontaine
Atelier Fontaine – bureau d'études structure`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['claire.fontaine@atelier-fontaine.example'],
      type: 'coffee',
      duration: null,
      location: 'Café des Arts, 12 rue des Martyrs',
      when: [span('2026-10-20', '08:00', '12:00'), span('2026-10-21', '08:00', '12:00')],
    },
  },
  {
    id: 'ho8-fr-02',
    tz: 'Europe/Paris',
    self: ['nathalie@garnier-conseil.example'],
    from: 'Marc Lefèvre <marc.lefevre@lefevre-immo.example>',
    to: 'Nathalie Garnier <nathalie@garnier-conseil.example>',
    date: '2026-10-21 09:30',
    subject: 'Re: Rendez-vous bilan',
    body: `Bonjour Nathalie,

Je suis désolé, un imprévu m'oblige à décaler notre rendez-vous de jeudi 14 h. Seriez-vous disponible le lundi 26 ou le mardi 27 en fin de journée ?

Bien à vous,
Marc Lefèvre
Lefèvre Immobilier`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Nathalie Garnier <nathalie@garnier-conseil.example>',
        date: '2026-10-14 11:20',
        body: `Bonjour Marc,

C'est noté pour jeudi 22 octobre à 14 h, à notre agence. Au plaisir,

Nathalie Garnier
Garnier Conseil
8 rue de Turenne, 75004 Paris
01 42 72 00 00`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['marc.lefevre@lefevre-immo.example'],
      type: 'meeting',
      duration: null,
      location: '8 rue de Turenne, 75004 Paris',
      when: [span('2026-10-26', '17:00', '20:00'), span('2026-10-27', '17:00', '20:00')],
      excluded: [at('2026-10-22 14:00')],
    },
  },
  {
    id: 'ho8-fr-03',
    tz: 'Europe/Paris',
    self: ['isabelle@moreau-associes.example'],
    assistant: ASSISTANT,
    from: 'Isabelle Moreau <isabelle@moreau-associes.example>',
    to: 'Thomas Girard <thomas.girard@banque-atlantique.example>',
    cc: SLASH,
    date: '2027-02-03 18:10',
    subject: 'Déjeuner',
    body: `Bonjour Thomas,

Comme évoqué au téléphone, je vous propose un déjeuner pour faire le point sur le financement. Slash, en copie, nous trouvera un créneau d'une heure la semaine du 15, plutôt en fin de semaine.

Bien cordialement,
Isabelle Moreau
Moreau & Associés`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['thomas.girard@banque-atlantique.example'],
      type: 'lunch',
      duration: 60,
      location: null,
      when: [days('2027-02-18', '2027-02-19')],
    },
  },
  {
    id: 'ho8-fr-04',
    tz: 'Europe/Brussels',
    self: ['sophie.lambert@lambert-fiduciaire.example'],
    assistant: ASSISTANT,
    from: 'Sophie Lambert <sophie.lambert@lambert-fiduciaire.example>',
    to: 'Olivier Dubois <olivier.dubois@brasserie-dubois.example>, Anne Peeters <anne.peeters@brasserie-dubois.example>',
    cc: SLASH,
    date: '2027-04-13 16:00',
    subject: 'RE: Clôture des comptes 2026',
    body: `Bonjour à tous les deux,

Le jeudi 22 me convient très bien. On se retrouve dans nos bureaux. Slash, peux-tu nous réserver 1 h 30 ?

Bien à vous,
Sophie Lambert
Lambert Fiduciaire
Avenue Louise 120, 1050 Bruxelles
02 345 67 89`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Anne Peeters <anne.peeters@brasserie-dubois.example>',
        to: 'Sophie Lambert <sophie.lambert@lambert-fiduciaire.example>; Olivier Dubois <olivier.dubois@brasserie-dubois.example>',
        date: '2027-04-13 10:25',
        subject: 'RE: Clôture des comptes 2026',
        body: `Bonjour,

Le mercredi 21, je suis en formation toute la journée. Le mardi 20 ou le jeudi 22, après 14 h, ce serait parfait pour moi.

Anne Peeters
Responsable administrative`,
      },
      {
        style: 'outlook-fr',
        from: 'Olivier Dubois <olivier.dubois@brasserie-dubois.example>',
        to: 'Sophie Lambert <sophie.lambert@lambert-fiduciaire.example>',
        cc: 'Anne Peeters <anne.peeters@brasserie-dubois.example>',
        date: '2027-04-12 09:40',
        subject: 'Clôture des comptes 2026',
        body: `Bonjour Madame Lambert,

Je vous propose une réunion de clôture des comptes la semaine prochaine. Je suis libre mardi, mercredi et jeudi.

À tantôt,
Olivier Dubois
Gérant, Brasserie Dubois`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['olivier.dubois@brasserie-dubois.example', 'anne.peeters@brasserie-dubois.example'],
      type: 'meeting',
      duration: 90,
      location: 'Avenue Louise 120, 1050 Bruxelles',
      when: [span('2027-04-22', '14:00', '24:00')],
      excluded: [day('2027-04-21')],
    },
  },
  {
    id: 'ho8-fr-05',
    tz: 'America/Toronto',
    self: ['genevieve@gagnon-design.example'],
    from: 'Mathieu Tremblay <mathieu.tremblay@tremblay-cpa.example>',
    to: 'Geneviève Gagnon <genevieve@gagnon-design.example>',
    date: '2027-01-19 11:45',
    subject: 'Dîner jeudi prochain?',
    body: `Salut Geneviève,

Ça fait longtemps! On pourrait dîner ensemble jeudi prochain? Vers midi et quart au Café Bonaparte, rue Saint-Denis, ça t'irait?

Bonne journée,
Mathieu`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['mathieu.tremblay@tremblay-cpa.example'],
      type: 'lunch',
      duration: null,
      location: 'Café Bonaparte, rue Saint-Denis',
      when: [at('2027-01-21 12:15')],
    },
  },
  {
    id: 'ho8-fr-06',
    tz: 'Europe/Paris',
    self: ['helene.marchal@marchal-avocats.example'],
    assistant: ASSISTANT,
    from: 'Hélène Marchal <helene.marchal@marchal-avocats.example>',
    to: SLASH,
    date: '2027-05-27 08:30',
    subject: 'Fwd: Rendez-vous succession Dubreuil',
    body: `Bonjour Slash,

Peux-tu organiser un rendez-vous au cabinet avec M. Dubreuil ? Je préfère éviter le vendredi 4.

Merci,
Hélène Marchal
Cabinet Marchal Avocats
27 avenue de l'Opéra, 75001 Paris`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Bernard Dubreuil <b.dubreuil@orange.example>',
        to: 'Hélène Marchal <helene.marchal@marchal-avocats.example>',
        date: '2027-05-26 17:45',
        subject: 'Rendez-vous succession Dubreuil',
        body: `Maître,

Suite à notre échange téléphonique, je pourrais passer à votre cabinet le jeudi 3 juin, le vendredi 4 ou le lundi 7, de préférence l'après-midi.

Veuillez agréer, Maître, mes salutations distinguées.

Bernard Dubreuil`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['b.dubreuil@orange.example'],
      type: 'meeting',
      duration: null,
      location: "27 avenue de l'Opéra, 75001 Paris",
      when: [span('2027-06-03', '12:00', '18:00'), span('2027-06-07', '12:00', '18:00')],
      excluded: [day('2027-06-04')],
    },
  },
  {
    id: 'ho8-fr-07',
    tz: 'Europe/Paris',
    self: ['camille@lumen-paris.example'],
    from: 'Jean-François Bouchard <jf.bouchard@nordik-ia.example>',
    to: 'Camille Rousseau <camille@lumen-paris.example>',
    date: '2026-10-28 15:20',
    subject: 'Re: Échange partenariat',
    body: `Bonjour Camille,

Merci pour votre retour. Je vous propose le jeudi 29 octobre ou le mardi 3 novembre, à 10 h heure de Montréal, en visio (je vous enverrai un lien Teams).

Au plaisir,
Jean-François Bouchard
Nordik IA, Montréal`,
    history: [
      {
        style: 'apple-fr',
        from: 'Camille Rousseau <camille@lumen-paris.example>',
        date: '2026-10-22 09:40',
        body: `Bonjour Jean-François,

Ravie de notre rencontre au salon. Pourrions-nous prévoir un échange en visio la semaine prochaine ou la suivante ?

Bien à vous,
Camille Rousseau
Lumen, Paris`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['jf.bouchard@nordik-ia.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2026-10-29 15:00'), at('2026-11-03 16:00')],
    },
  },
  {
    id: 'ho8-fr-08',
    tz: 'Europe/Paris',
    self: ['pauline.roche@roche-conseil.example'],
    from: 'Aurélie Blanc <aurelie@blanc-evenements.example>',
    to: 'Pauline Roche <pauline.roche@roche-conseil.example>',
    date: '2027-04-27 14:15',
    subject: 'Dégustation pour la soirée des 20 ans',
    html: true,
    body: `Bonjour Pauline,

Le traiteur est prêt pour la dégustation du menu de votre soirée des 20 ans. Pourriez-vous passer à l'agence entre le 10 et le 20 mai ? Sauf le week-end du 15-16, où nous sommes sur un mariage.

Comptez environ 2 heures.

Belle journée,
Aurélie Blanc
Blanc Événements
45 rue de Charonne, 75011 Paris`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['aurelie@blanc-evenements.example'],
      type: 'meeting',
      duration: 120,
      location: '45 rue de Charonne, 75011 Paris',
      when: [days('2027-05-10', '2027-05-14'), days('2027-05-17', '2027-05-20')],
      excluded: [days('2027-05-15', '2027-05-16')],
    },
  },
  {
    id: 'ho8-fr-09',
    tz: 'Europe/Paris',
    self: ['francois@duval-partners.example'],
    from: 'Élodie Martin <elodie.martin@studio-lumiere.example>',
    to: 'François Duval <francois@duval-partners.example>',
    date: '2027-01-12 19:40',
    subject: 'Re: Petit-déjeuner',
    body: `Bonsoir François,

Je suis vraiment désolée, mais je dois annuler notre petit-déjeuner de demain 8 h 30 : je suis clouée au lit avec la grippe. Je vous recontacte dès que je suis sur pied.

Élodie`,
    history: [
      {
        style: 'gmail-fr',
        from: 'François Duval <francois@duval-partners.example>',
        date: '2027-01-07 10:05',
        body: `Bonjour Élodie,

Parfait, va pour mercredi 13 à 8 h 30 au Comptoir Vivienne, 4 rue Vivienne.

À mercredi,
François`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['elodie.martin@studio-lumiere.example'],
      type: 'breakfast',
      duration: null,
      location: 'Comptoir Vivienne, 4 rue Vivienne',
      when: [at('2027-01-13 08:30')],
    },
  },
  {
    id: 'ho8-fr-10',
    tz: 'Europe/Paris',
    self: ['laura.benoit@fromagerie-benoit.example'],
    from: 'Antoine Petit <antoine@petit-growth.example>',
    to: 'Laura Benoît <laura.benoit@fromagerie-benoit.example>',
    date: '2027-06-16 17:30',
    subject: 'Prochain point',
    body: `Bonjour Laura,

Merci pour cet atelier très productif. On refait le point dans quinze jours, en visio ? Le mardi ou le jeudi matin, ça vous irait ?

Bonne soirée,
Antoine`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['antoine@petit-growth.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-06-29', '08:00', '12:00'), span('2027-07-01', '08:00', '12:00')],
    },
  },
  {
    id: 'ho8-fr-11',
    tz: 'Europe/Paris',
    self: ['sandrine.roux@roux-paysage.example'],
    from: 'Karim Benali <karim.benali@ingeo.example>',
    to: 'Sandrine Roux <sandrine.roux@roux-paysage.example>',
    date: '2027-03-03 12:10',
    subject: 'RE: Étude de sol – appel',
    body: `Bonjour Sandrine,

Le mardi ne m'arrange pas, j'ai une visite de chantier à Orléans. Mercredi 10, plutôt en début d'après-midi ?

Cordialement,
Karim Benali
Ingénieur géotechnicien, INGEO`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Sandrine Roux <sandrine.roux@roux-paysage.example>',
        to: 'Karim Benali <karim.benali@ingeo.example>',
        date: '2027-03-02 09:15',
        subject: 'Étude de sol – appel',
        body: `Bonjour Karim,

Pourrions-nous nous appeler pour parler des résultats de l'étude de sol ? Je vous propose mardi 9 ou mercredi 10 mars, l'après-midi.

Sandrine Roux
Roux Paysage`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['karim.benali@ingeo.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2027-03-10', '13:00', '15:00')],
      excluded: [day('2027-03-09')],
    },
  },
  {
    id: 'ho8-fr-12',
    tz: 'Europe/Brussels',
    self: ['philippe@janssens-industries.example'],
    assistant: ASSISTANT,
    from: 'Philippe Janssens <philippe@janssens-industries.example>',
    to: SLASH,
    date: '2027-09-15 08:10',
    subject: 'Fwd: Déjeuner de présentation',
    body: `Slash, organise un déjeuner avec eux s'il te plaît. Je suis à Anvers le lundi 4.

Philippe`,
    history: [
      {
        style: 'fwd-apple-fr',
        from: 'Caroline Dumont <caroline.dumont@dumont-conseil.example>',
        to: 'Philippe Janssens <philippe@janssens-industries.example>',
        cc: 'Laurent Hublet <laurent.hublet@dumont-conseil.example>',
        date: '2027-09-14 16:30',
        subject: 'Déjeuner de présentation',
        body: `Cher Monsieur Janssens,

Suite à notre échange lors du salon, mon associé Laurent Hublet (en copie) et moi-même serions ravis de vous présenter notre approche autour d'un déjeuner, la première semaine d'octobre.

Bien cordialement,
Caroline Dumont
Dumont Conseil, Namur`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['caroline.dumont@dumont-conseil.example', 'laurent.hublet@dumont-conseil.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [day('2027-10-01'), days('2027-10-05', '2027-10-07')],
      excluded: [day('2027-10-04')],
    },
  },
  {
    id: 'ho8-fr-13',
    tz: 'Europe/Paris',
    self: ['ines@haddad-rp.example'],
    from: 'Romain Lefort <romain@lefort-studio.example>',
    to: 'Inès Haddad <ines@haddad-rp.example>',
    date: '2027-12-06 13:00',
    subject: 'Un verre jeudi ?',
    body: `Hello Inès,

Ça te dit qu'on prenne un verre jeudi, à partir de 19 h ? Au Bistrot du Canal, 40 quai de Valmy. Julie (julie.marchand@lefort-studio.example) se joindra à nous si elle peut.

Bises,
Romain`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['romain@lefort-studio.example', 'julie.marchand@lefort-studio.example?'],
      type: 'drinks',
      duration: null,
      location: 'Bistrot du Canal, 40 quai de Valmy',
      when: [span('2027-12-09', '19:00', '24:00')],
    },
  },
  {
    id: 'ho8-fr-14',
    tz: 'Europe/Zurich',
    self: ['marie.chevalley@uni-leman.example'],
    from: 'Lucas Favre <lucas.favre@uni-leman.example>',
    to: 'Marie Chevalley <marie.chevalley@uni-leman.example>',
    date: '2027-08-25 10:30',
    subject: 'Re: Réunion de suivi de thèse',
    body: `Chère Professeure Chevalley,

Mi-septembre me convient tout à fait, sauf le 15 et le 16 où je serai à Lausanne pour un colloque.

Avec mes meilleures salutations,
Lucas Favre
Doctorant, Département de géographie`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Marie Chevalley <marie.chevalley@uni-leman.example>',
        date: '2027-08-23 14:00',
        body: `Cher Lucas,

Pourrions-nous organiser votre réunion de suivi de thèse à la mi-septembre, en salle M2130 ?

Bien cordialement,
Marie Chevalley
Professeure ordinaire, Université du Léman`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lucas.favre@uni-leman.example'],
      type: 'meeting',
      duration: null,
      location: 'salle M2130',
      when: [days('2027-09-11', '2027-09-14'), days('2027-09-17', '2027-09-20')],
      excluded: [days('2027-09-15', '2027-09-16')],
    },
  },
  {
    id: 'ho8-fr-15',
    tz: 'Europe/Paris',
    self: ['agnes@caron-architecture.example'],
    from: 'Vincent Morel <vincent.morel@morel-btp.example>',
    to: 'Agnès Caron <agnes@caron-architecture.example>',
    date: '2027-05-12 18:20',
    subject: 'Merci pour la visite',
    body: `Bonjour Agnès,

Merci encore pour votre accueil hier et pour la visite du chantier de Montreuil. Je vous envoie le compte rendu et le planning mis à jour d'ici vendredi.

Bonne soirée,
Vincent Morel
Morel BTP`,
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['vincent.morel@morel-btp.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho8-fr-16',
    tz: 'Europe/Paris',
    self: ['camille.perrin@okko-app.example'],
    from: 'Lucas Renaud <lucas@renaud-ventures.example>',
    to: 'Camille Perrin <camille.perrin@okko-app.example>',
    cc: 'Sophie Marchetti <sophie@marchetti-talent.example>',
    date: '2027-03-18 09:10',
    subject: 'Re: Mise en relation Camille / Lucas',
    body: `Merci Sophie pour la mise en relation !

Camille, ravi de faire votre connaissance. Seriez-vous disponible pour un café en début de semaine prochaine ?

Bien à vous,
Lucas Renaud
Renaud Ventures`,
    history: [
      {
        style: 'apple-fr',
        from: 'Sophie Marchetti <sophie@marchetti-talent.example>',
        date: '2027-03-17 18:45',
        body: `Bonjour à tous les deux,

Comme promis, je vous mets en relation : Camille a fondé Okko, une appli de covoiturage scolaire, et Lucas investit en amorçage dans la mobilité. Je pense que vous avez beaucoup à vous dire.

Je vous laisse poursuivre directement, je m'éclipse !

Sophie`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lucas@renaud-ventures.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [days('2027-03-22', '2027-03-23')],
    },
  },
  {
    id: 'ho8-fr-17',
    tz: 'Asia/Kolkata',
    self: ['aurore.lemaire@textiles-bernard.example'],
    from: 'Nicolas Bernard <nicolas.bernard@textiles-bernard.example>',
    to: 'Aurore Lemaire <aurore.lemaire@textiles-bernard.example>',
    date: '2027-03-24 14:30',
    subject: 'Point commandes été',
    body: `Bonjour Aurore,

Pouvons-nous faire un point téléphonique sur les commandes de l'été vendredi à 9 h, heure de Paris ? Sinon lundi 29 à la même heure (heure de Paris toujours).

Merci,
Nicolas
Textiles Bernard, siège de Roubaix`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nicolas.bernard@textiles-bernard.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2027-03-26 13:30'), at('2027-03-29 12:30')],
    },
  },
  {
    id: 'ho8-fr-18',
    tz: 'Europe/Paris',
    self: ['guillaume@laurent-patrimoine.example'],
    assistant: ASSISTANT,
    from: 'Guillaume Laurent <guillaume@laurent-patrimoine.example>',
    to: 'Catherine Roussel <c.roussel@roussel-sa.example>',
    cc: SLASH,
    date: '2027-11-15 08:45',
    subject: 'RE: Point patrimoine',
    body: `Bonjour Madame Roussel,

Je suis navré, je ne pourrai finalement pas assurer notre visio de mercredi 10 h. Slash, en copie, va vous proposer un autre créneau la semaine suivante, hors lundi matin.

Bien cordialement,
Guillaume Laurent
Conseiller en gestion de patrimoine`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Catherine Roussel <c.roussel@roussel-sa.example>',
        to: 'Guillaume Laurent <guillaume@laurent-patrimoine.example>',
        date: '2027-11-08 17:30',
        subject: 'Point patrimoine',
        body: `Bonjour Monsieur Laurent,

C'est noté pour mercredi 17 novembre à 10 h en visio.

Cordialement,
Catherine Roussel`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['c.roussel@roussel-sa.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-11-22', '00:00', '08:00'), ['2027-11-22 12:00', '2027-11-27 00:00']],
      excluded: [at('2027-11-17 10:00'), span('2027-11-22', '08:00', '12:00')],
    },
  },
  {
    id: 'ho8-fr-19',
    tz: 'Europe/Paris',
    self: ['chloe@vasseur-design.example'],
    from: 'Max Delorme <max.delorme@gmail.example>',
    to: 'Chloé Vasseur <chloe@vasseur-design.example>',
    date: '2027-01-05 21:30',
    subject: 'dej ?',
    body: `Coucou Chloé,

Bonne année !! Dejeuner fin janvier ca te dit ? N'importe quel jour sauf le 27, j'ai un séminaire.

Max`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['max.delorme@gmail.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2027-01-21', '2027-01-26'), days('2027-01-28', '2027-01-31')],
      excluded: [day('2027-01-27')],
    },
  },
  {
    id: 'ho8-fr-20',
    tz: 'Europe/Paris',
    self: ['stephanie@blanchard-rh.example'],
    assistant: ASSISTANT,
    from: 'Stéphanie Blanchard <stephanie@blanchard-rh.example>',
    to: 'Yann Le Goff <yann.legoff@armor-logistique.example>',
    cc: `Pierre Lemoine <pierre.lemoine@armor-logistique.example>, ${SLASH}`,
    date: '2027-09-21 09:00',
    subject: 'Re: Recrutement – responsable entrepôt',
    body: `Bonjour Yann,

Parfait pour moi. Slash, en copie, va vous envoyer une invitation de 45 minutes.

Belle journée,
Stéphanie Blanchard
Blanchard RH – cabinet de recrutement
12 rue de la Chaussée-d'Antin, 75009 Paris`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Yann Le Goff <yann.legoff@armor-logistique.example>',
        date: '2027-09-20 18:10',
        body: `Bonjour Stéphanie,

Je vous propose de nous retrouver dans vos locaux le mardi 28 ou le mercredi 29 septembre, dans l'après-midi, pour faire le point sur les candidatures. Pierre (pierre.lemoine@armor-logistique.example) se joindra à nous si possible.

Cordialement,
Yann Le Goff
DRH, Armor Logistique`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['yann.legoff@armor-logistique.example', 'pierre.lemoine@armor-logistique.example?'],
      type: 'meeting',
      duration: 45,
      location: "12 rue de la Chaussée-d'Antin, 75009 Paris",
      when: [span('2027-09-28', '12:00', '18:00'), span('2027-09-29', '12:00', '18:00')],
    },
  },
  {
    id: 'ho8-fr-21',
    tz: 'Europe/Paris',
    self: ['emilie.fabre@fabre-sas.example'],
    from: 'Sébastien Roy <sebastien.roy@cabinet-roy.example>',
    to: 'Émilie Fabre <emilie.fabre@fabre-sas.example>',
    date: '2027-02-01 16:00',
    subject: 'Point téléphonique – bilan 2026',
    body: `Bonjour Madame Fabre,

Je vous propose un point téléphonique sur le bilan 2026 lundi 8 février entre 14 h et 16 h, ou mardi 9 à 11 h, selon vos disponibilités.

Bien cordialement,
Sébastien Roy
Expert-comptable, Cabinet Roy`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sebastien.roy@cabinet-roy.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2027-02-08', '14:00', '16:00'), at('2027-02-09 11:00')],
    },
  },
  {
    id: 'ho8-fr-22',
    tz: 'America/Toronto',
    self: ['olivier.cote@cote-strategies.example'],
    from: 'Annie Bélanger <annie.belanger@belanger-avocats.example>',
    to: 'Olivier Côté <olivier.cote@cote-strategies.example>',
    date: '2027-10-15 12:30',
    subject: 'RE: Souper',
    body: `Salut Olivier,

Oui, avec plaisir! Mardi ou jeudi soir, mais pas avant 19 h par contre, j'ai les enfants jusqu'à 18 h 30. Chez Ernestine, avenue Laurier, ça te va?

Bonne fin de semaine!
Annie`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Olivier Côté <olivier.cote@cote-strategies.example>',
        to: 'Annie Bélanger <annie.belanger@belanger-avocats.example>',
        date: '2027-10-14 16:40',
        subject: 'Souper',
        body: `Salut Annie,

On se fait un souper la semaine prochaine pour célébrer ton nouveau poste?

Olivier`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['annie.belanger@belanger-avocats.example'],
      type: 'dinner',
      duration: null,
      location: 'Chez Ernestine, avenue Laurier',
      when: [span('2027-10-19', '19:00', '22:00'), span('2027-10-21', '19:00', '22:00')],
    },
  },
  {
    id: 'ho8-fr-23',
    tz: 'Europe/Paris',
    self: ['arnaud.giraud@giraud-invest.example'],
    assistant: ASSISTANT,
    from: 'Arnaud Giraud <arnaud.giraud@giraud-invest.example>',
    to: SLASH,
    date: '2027-11-23 07:50',
    subject: 'Fwd: Signature acte authentique – 14 rue Caulaincourt',
    body: `Bonjour Slash,

Merci de caler la signature avec l'étude. Je ne suis disponible que le matin cette semaine-là.

Arnaud`,
    history: [
      {
        style: 'fwd-thunderbird-fr',
        from: 'Claire Noël <claire.noel@etude-delacroix.example>',
        to: 'Arnaud Giraud <arnaud.giraud@giraud-invest.example>',
        cc: 'Maître Paul Delacroix <paul.delacroix@etude-delacroix.example>',
        date: '2027-11-22 15:05',
        subject: 'Signature acte authentique – 14 rue Caulaincourt',
        body: `Monsieur,

Suite à la levée des conditions suspensives, l'étude vous propose de fixer la signature de l'acte authentique la semaine du 6 décembre. Prévoir environ 1 h 30. La signature aura lieu en nos locaux : 5 place des Vosges, 75004 Paris.

Je reste à votre disposition,
Claire Noël
Clerc de notaire, Étude Delacroix`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['claire.noel@etude-delacroix.example', 'paul.delacroix@etude-delacroix.example'],
      type: 'meeting',
      duration: 90,
      location: '5 place des Vosges, 75004 Paris',
      when: [
        span('2027-12-06', '08:00', '12:00'),
        span('2027-12-07', '08:00', '12:00'),
        span('2027-12-08', '08:00', '12:00'),
        span('2027-12-09', '08:00', '12:00'),
        span('2027-12-10', '08:00', '12:00'),
      ],
    },
  },
  {
    id: 'ho8-fr-24',
    tz: 'Europe/Brussels',
    self: ['valerie@lejeune-immo.example'],
    from: 'Marc Dewitte <marc.dewitte@dewitte-architectes.example>',
    to: 'Valérie Lejeune <valerie@lejeune-immo.example>',
    date: '2027-05-20 17:15',
    subject: 'Annulation rendez-vous',
    body: `Bonjour Madame Lejeune,

Le client ayant décidé de suspendre le projet de la rue du Bailli, je dois malheureusement annuler notre rendez-vous de mardi prochain. Je reviendrai vers vous dès que nous aurons plus de visibilité.

Avec mes excuses,
Marc Dewitte
Dewitte Architectes, Bruxelles`,
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['marc.dewitte@dewitte-architectes.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2027-05-25')],
    },
  },
  {
    id: 'ho8-fr-25',
    tz: 'Europe/Paris',
    self: ['bertrand@joly-conseil.example'],
    assistant: ASSISTANT,
    from: 'Bertrand Joly <bertrand@joly-conseil.example>',
    to: 'Mélanie Perrot <melanie.perrot@editions-perrot.example>',
    cc: SLASH,
    date: '2027-06-10 09:20',
    subject: 'Re: Déjeuner',
    body: `Bonjour Mélanie,

Très bien, je note. Slash, en copie, va nous trouver un créneau pour ce déjeuner.

Bien à vous,
Bertrand`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Mélanie Perrot <melanie.perrot@editions-perrot.example>',
        date: '2027-06-03 11:45',
        body: `Bonjour Bertrand,

Merci pour votre message. Je suis assez prise en ce moment avec la sortie de notre catalogue ; pourrions-nous plutôt déjeuner dans quinze jours ?

Bien cordialement,
Mélanie Perrot
Éditions Perrot`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['melanie.perrot@editions-perrot.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2027-06-14', '2027-06-18')],
    },
  },
  {
    id: 'ho8-fr-26',
    tz: 'Asia/Kathmandu',
    self: ['maelle.riviere@solidarite-himalaya.example'],
    from: 'Hugo Lambert <hugo.lambert@solidarite-himalaya.example>',
    to: 'Maëlle Rivière <maelle.riviere@solidarite-himalaya.example>',
    date: '2027-10-27 14:00',
    subject: 'Visio budget 2028',
    body: `Salut Maëlle,

Est-ce qu'on peut caler une visio pour le budget 2028 mardi prochain à 8 h (heure de Paris) ? Sinon mercredi, même heure.

Bon courage pour la mission,
Hugo`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['hugo.lambert@solidarite-himalaya.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-11-02 12:45'), at('2027-11-03 12:45')],
    },
  },
  {
    id: 'ho8-fr-27',
    tz: 'Europe/Paris',
    self: ['secretariat@cabinet-lemoine.example', 'a.lemoine@cabinet-lemoine.example'],
    from: 'Thomas Vidal <thomas.vidal@free.example>',
    to: 'Cabinet Lemoine <secretariat@cabinet-lemoine.example>',
    date: '2027-10-07 20:15',
    subject: 'Re: Premier rendez-vous',
    body: `Bonsoir,

Merci pour votre réponse rapide. Le jeudi 14 ne m'est pas possible, mais le mardi 12 ou le vendredi 15 me conviennent.

Cordialement,
Thomas Vidal`,
    history: [
      {
        style: 'apple-fr',
        from: 'Cabinet Lemoine <secretariat@cabinet-lemoine.example>',
        date: '2027-10-07 11:30',
        body: `Bonjour Monsieur Vidal,

Suite à votre demande, Mme Lemoine peut vous recevoir au cabinet pour un premier rendez-vous le mardi 12 octobre à 17 h, le jeudi 14 à 9 h ou le vendredi 15 à 18 h 30. La séance dure 50 minutes.

Bien cordialement,
Le secrétariat
Cabinet de psychologie Lemoine
18 rue Oberkampf, 75011 Paris
01 43 55 00 00`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['thomas.vidal@free.example'],
      type: 'meeting',
      duration: 50,
      location: '18 rue Oberkampf, 75011 Paris',
      when: [at('2027-10-12 17:00'), at('2027-10-15 18:30')],
      excluded: [day('2027-10-14')],
    },
  },
  {
    id: 'ho8-fr-28',
    tz: 'Europe/Paris',
    self: ['py.marchand@marchand-industrie.example'],
    from: 'Nadia Belkacem <nadia.belkacem@belkacem-formation.example>',
    to: 'Pierre-Yves Marchand <py.marchand@marchand-industrie.example>',
    date: '2027-09-06 11:00',
    subject: 'Rendez-vous téléphonique – plan de formation',
    html: true,
    body: `Bonjour Monsieur Marchand,

Je fais suite à votre demande concernant le plan de formation de vos équipes. Je suis en déplacement chez des clients la plupart du temps en ce moment, mais je suis joignable les mardis et jeudis en fin d'après-midi pour un rendez-vous téléphonique.

Bien cordialement,
Nadia Belkacem
Belkacem Formation`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nadia.belkacem@belkacem-formation.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [
        span('2027-09-07', '16:00', '18:00'),
        span('2027-09-09', '16:00', '18:00'),
        span('2027-09-14', '16:00', '18:00'),
        span('2027-09-16', '16:00', '18:00'),
        span('2027-09-21', '16:00', '18:00'),
        span('2027-09-23', '16:00', '18:00'),
        span('2027-09-28', '16:00', '18:00'),
        span('2027-09-30', '16:00', '18:00'),
      ],
    },
  },
  {
    id: 'ho8-fr-29',
    tz: 'Europe/Paris',
    self: ['jerome@aubert-promotion.example'],
    assistant: ASSISTANT,
    from: 'Jérôme Aubert <jerome@aubert-promotion.example>',
    to: 'Léa Marin <lea.marin@marin-architectes.example>, Hervé Colin <herve.colin@betstructure.example>',
    cc: SLASH,
    date: '2027-01-27 08:30',
    subject: 'Re: Réunion de lancement du chantier',
    body: `Merci à tous les deux. Slash, peux-tu organiser la réunion de lancement sur le chantier en tenant compte de vos contraintes ? Prévoir 2 h.

Jérôme Aubert
Aubert Promotion`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Hervé Colin <herve.colin@betstructure.example>',
        date: '2027-01-26 17:20',
        body: `Bonjour,

De mon côté, je suis absent toute la semaine du 22 février. En dehors de cela, pas de contrainte particulière.

Cordialement,
Hervé Colin
BET Structure Colin`,
      },
      {
        style: 'gmail-fr',
        from: 'Léa Marin <lea.marin@marin-architectes.example>',
        date: '2027-01-26 09:10',
        body: `Bonjour Jérôme,

Pour moi ce sera pas avant le 15 février, le temps de finaliser le dossier d'exécution.

Léa Marin
Marin Architectes`,
      },
      {
        style: 'gmail-fr',
        from: 'Jérôme Aubert <jerome@aubert-promotion.example>',
        date: '2027-01-25 18:00',
        body: `Bonjour Léa, bonjour Hervé,

Le permis est purgé, nous pouvons lancer les travaux. Je vous propose d'organiser la réunion de lancement sur place, au 14 rue des Tanneurs à Lyon. Merci de me faire part de vos contraintes.

Jérôme`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lea.marin@marin-architectes.example', 'herve.colin@betstructure.example'],
      type: 'meeting',
      duration: 120,
      location: '14 rue des Tanneurs, Lyon',
      when: [['2027-02-15 00:00', '2027-02-22 00:00'], onward('2027-02-27 00:00')],
      excluded: [days('2027-02-22', '2027-02-26')],
    },
  },
  {
    id: 'ho8-fr-30',
    tz: 'Europe/Paris',
    self: ['delphine@carre-cosmetiques.example'],
    assistant: ASSISTANT,
    from: 'Delphine Carré <delphine@carre-cosmetiques.example>',
    to: SLASH,
    date: '2027-04-30 08:15',
    subject: 'Fwd: Interview pour Commerce Magazine',
    body: `Slash, cale l'interview s'il te plaît, en fin de matinée uniquement.

Delphine`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Anne-Sophie Mallet <as.mallet@commerce-mag.example>',
        to: 'Delphine Carré <delphine@carre-cosmetiques.example>',
        date: '2027-04-29 16:40',
        subject: 'Interview pour Commerce Magazine',
        body: `Bonjour Madame Carré,

Je prépare un dossier sur les marques de cosmétiques solides et j'aimerais beaucoup vous interroger. Seriez-vous disponible pour une interview d'une demi-heure par téléphone en milieu de semaine prochaine ?

Bien cordialement,
Anne-Sophie Mallet
Journaliste, Commerce Magazine`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['as.mallet@commerce-mag.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [
        span('2027-05-04', '10:00', '12:00'),
        span('2027-05-05', '10:00', '12:00'),
        span('2027-05-06', '10:00', '12:00'),
      ],
    },
  },
];
