/**
 * The seventh held-out set: 60 emails (30 English, 30 French; 30 single
 * messages, 23 threads with quoted history, 7 forwards to the assistant;
 * 4 HTML bodies; zones Europe/Paris, Europe/London, Europe/Brussels,
 * Europe/Zurich, America/New_York, America/Los_Angeles, America/Toronto,
 * Asia/Kolkata, Asia/Kathmandu, Australia/Sydney) written blind, labelled by
 * hand from the contract's reading rules without reading the interpreter's
 * source and before any run of the interpreter on them. Never tune the
 * interpreter on these.
 *
 * Labelling conventions:
 * - Windows are local wall times in the case's zone `tz`; `now` is the newest
 *   message's date; relative expressions in a quoted or forwarded message are
 *   read against that message's own date.
 * - Contiguous allowed windows may be written as one window or several (they
 *   are compared as the time they allow); an exclusion inside a stated range is
 *   cut out of `when` and also listed in `excluded`.
 * - "between the 10th and the 20th" includes both days; a part of day after
 *   "<day> or <day>" applies to both days; month parts and date ranges keep
 *   their weekend days; weeks are Monday 00:00 to Saturday 00:00 as the
 *   contract says.
 * - A reschedule: `when` holds the new times; the slot the meeting is moved
 *   away from is listed in `excluded` when the email names it.
 * - A cancellation: `when` holds the time of the meeting being cancelled when
 *   the email names it (so the assistant can find it); none when it is not
 *   named.
 * - A message that asks for nothing ("other") has type null.
 * - When several people in the thread give constraints, `when` is their
 *   intersection.
 * - A constraint on weekdays or times of day with no dates is resolved over the
 *   28 days that follow `now`.
 */
import { at, day, days, onward, span } from './corpus-case.js';
import type { CaseRow } from './corpus-case.js';

const SLASH = 'Slash <slash@slash.example>';
const ASSISTANT = ['slash@slash.example'];

export const HELD_OUT_7_CASES: readonly CaseRow[] = [
  {
    id: 'ho7-en-01',
    tz: 'America/New_York',
    self: ['dana@northbeam.example'],
    from: 'Marcus Reyes <marcus.reyes@tallyworks.example>',
    to: 'Dana Whitfield <dana@northbeam.example>',
    cc: 'Priya Nair <priya.nair@tallyworks.example>',
    date: '2026-11-10 09:14',
    subject: 'Next step after the demo',
    body: `Hi Dana,

Thanks again for walking us through Northbeam last week, the team was impressed.

Before we go further I'd like you to speak with our CFO, Priya Nair (copied). Could we set up a 30-minute call on Thursday or Friday, early afternoon? She's usually at her desk then.

Best,
Marcus

Marcus Reyes
VP Operations, Tallyworks
+1 (646) 555-0142`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['marcus.reyes@tallyworks.example', 'priya.nair@tallyworks.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [span('2026-11-12', '13:00', '15:00'), span('2026-11-13', '13:00', '15:00')],
    },
  },
  {
    id: 'ho7-en-02',
    tz: 'Europe/London',
    self: ['oliver@grantpartners.example'],
    assistant: ASSISTANT,
    from: 'Oliver Grant <oliver@grantpartners.example>',
    to: 'Hannah Cole <hannah.cole@meridianvc.example>',
    cc: SLASH,
    bcc: 'Tim Archer <tim@grantpartners.example>',
    date: '2027-01-19 17:40',
    subject: 'Coffee?',
    body: `Hannah,

Lovely to finally meet you at the Founders Forum dinner. I'd love to continue our conversation on climate infrastructure over a coffee.

Could we aim for early in the week of 1 February? Anything except Monday morning, which is our partners' meeting. I've copied Slash, my assistant, who will send you a few options.

Best,
Oliver

Oliver Grant
Grant Partners | 3 Cavendish Square, London W1G 0LB`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['hannah.cole@meridianvc.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [span('2027-02-01', '00:00', '08:00'), ['2027-02-01 12:00', '2027-02-03 00:00']],
      excluded: [span('2027-02-01', '08:00', '12:00')],
    },
  },
  {
    id: 'ho7-en-03',
    tz: 'America/Los_Angeles',
    self: ['jenna@hirelane.example'],
    from: 'Tomás Alvarez <tomas.alvarez@gmail.example>',
    to: 'Jenna Park <jenna@hirelane.example>',
    date: '2027-02-04 08:12',
    subject: 'Re: Interview, Senior Data Engineer',
    body: `Hi Jenna,

Thank you, I'm excited to meet the team!

Next week I'm free Tuesday after 1pm, or Wednesday before 11am (Pacific). Zoom is perfect for me.

Best regards,
Tomás`,
    history: [
      {
        style: 'gmail-en',
        from: 'Jenna Park <jenna@hirelane.example>',
        to: 'Tomás Alvarez <tomas.alvarez@gmail.example>',
        date: '2027-02-03 16:30',
        subject: 'Interview, Senior Data Engineer',
        body: `Hi Tomás,

Thanks for your time on the phone today. The next step is a 45-minute video interview with Carla, our hiring manager. Would you have some time next week?

Best,
Jenna

Jenna Park
Technical Recruiter, HireLane`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tomas.alvarez@gmail.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [['2027-02-09 13:00', '2027-02-10 00:00'], span('2027-02-10', '00:00', '11:00')],
    },
  },
  {
    id: 'ho7-en-04',
    tz: 'Asia/Kolkata',
    self: ['arjun@kiranlabs.example'],
    from: 'Sophie Lang <sophie@harbourcap.example>',
    to: 'Arjun Mehta <arjun@kiranlabs.example>',
    date: '2026-10-27 13:05',
    subject: 'Quick catch-up on the bridge round',
    body: `Hi Arjun,

Hope Bangalore is treating you well. I've read the updated model and have a few questions before our IC.

Could we do a 30-minute call on Thursday at 10:30am UK time? I'll ring your mobile unless you'd rather send a dial-in.

Thanks,
Sophie

Sophie Lang | Partner
Harbour Capital, 12 Hay Hill, London W1J 8NR`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sophie@harbourcap.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [at('2026-10-29 16:00')],
    },
  },
  {
    id: 'ho7-en-05',
    tz: 'America/New_York',
    self: ['rstone@stonelegal.example'],
    from: 'Ben Cho <ben.cho@cho-ventures.example>',
    to: 'Rachel Stone <rstone@stonelegal.example>',
    date: '2026-12-02 16:05',
    subject: 'RE: Meeting Thursday',
    body: `Rachel,

Something came up with a closing and I can't make tomorrow at 2. Could we move it to Monday or Tuesday next week, ideally in the morning? Same place works for me.

Apologies for the short notice.

Ben`,
    history: [
      {
        style: 'outlook-en',
        from: 'Rachel Stone <rstone@stonelegal.example>',
        to: 'Ben Cho <ben.cho@cho-ventures.example>',
        date: '2026-12-01 11:20',
        subject: 'Meeting Thursday',
        body: `Hi Ben,

Confirming our meeting at our office on Thursday, December 3 at 2:00 pm to go through the shareholder agreement. Please ask for me at reception.

Best regards,

Rachel Stone
Partner | Stone Legal LLP
350 Madison Avenue, 12th Floor
New York, NY 10017
(212) 555-0199`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['ben.cho@cho-ventures.example'],
      type: 'meeting',
      duration: null,
      location: '350 Madison Avenue, 12th Floor, New York, NY 10017',
      when: [span('2026-12-07', '08:00', '12:00'), span('2026-12-08', '08:00', '12:00')],
      excluded: [at('2026-12-03 14:00')],
    },
  },
  {
    id: 'ho7-en-06',
    tz: 'Europe/London',
    self: ['priya@lumenhealth.example'],
    assistant: ASSISTANT,
    from: 'Priya Shah <priya@lumenhealth.example>',
    to: SLASH,
    date: '2027-03-22 12:02',
    subject: 'Fwd: Your consultation with Dr Patel',
    body: `Slash, can you book one of these with Claire for me? Either works on my side.

Thanks,
Priya`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Claire Dunn <claire.dunn@harleyclinic.example>',
        to: 'Priya Shah <priya@lumenhealth.example>',
        date: '2027-03-22 11:20',
        subject: 'Your consultation with Dr Patel',
        body: `Dear Ms Shah,

Dr Patel can see you for a follow-up consultation on Wednesday 24th at 9:15 or on Friday 26th at 16:40. Appointments last 20 minutes.

The clinic is at 14 Harley Street, London W1G 9PQ (second floor).

Kind regards,
Claire Dunn
Practice Coordinator, Harley Clinic`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['claire.dunn@harleyclinic.example'],
      type: 'meeting',
      duration: 20,
      location: '14 Harley Street, London W1G 9PQ',
      when: [at('2027-03-24 09:15'), at('2027-03-26 16:40')],
    },
  },
  {
    id: 'ho7-en-07',
    tz: 'Australia/Sydney',
    self: ['liam@tidewater.example'],
    assistant: ASSISTANT,
    from: 'Liam Doyle <liam@tidewater.example>',
    to: 'Zoe Kim <zoe.kim@brightpath.example>',
    cc: SLASH,
    date: '2027-04-01 10:00',
    subject: 'Drinks next week?',
    body: `Hey Zoe,

Congrats on closing the round! We should celebrate properly. Drinks one evening next week? Not Wednesday though, I'm in Melbourne all day.

How about the rooftop at the Glenmore Hotel, 96 Cumberland St, The Rocks? Slash is cc'd and will sort out the time.

Cheers,
Liam`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['zoe.kim@brightpath.example'],
      type: 'drinks',
      duration: null,
      location: 'the rooftop at the Glenmore Hotel, 96 Cumberland St, The Rocks',
      when: [
        span('2027-04-05', '18:00', '22:00'),
        span('2027-04-06', '18:00', '22:00'),
        span('2027-04-08', '18:00', '22:00'),
        span('2027-04-09', '18:00', '22:00'),
      ],
      excluded: [day('2027-04-07')],
    },
  },
  {
    id: 'ho7-en-08',
    tz: 'America/Toronto',
    self: ['nadia@maplecrest.example'],
    from: 'Greg Fournier <greg@fournierbuild.example>',
    to: 'Nadia Haddad <nadia@maplecrest.example>',
    date: '2026-11-02 13:30',
    subject: 'Re: Lunch this week?',
    body: `Hi Nadia,

Thursday's out for me, I'm on site in Barrie all day. Friday works though! Terroni on Adelaide (57 Adelaide St E) is five minutes from my office if that suits you.

Greg`,
    history: [
      {
        style: 'apple-en',
        from: 'Nadia Haddad <nadia@maplecrest.example>',
        to: 'Greg Fournier <greg@fournierbuild.example>',
        date: '2026-11-02 09:00',
        subject: 'Lunch this week?',
        body: `Hi Greg,

It's been too long. Could we grab lunch on Thursday or Friday this week?

Nadia

Nadia Haddad
Maplecrest Properties
200 Bay St, Suite 1800, Toronto`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['greg@fournierbuild.example'],
      type: 'lunch',
      duration: null,
      location: 'Terroni on Adelaide (57 Adelaide St E)',
      when: [day('2026-11-06')],
      excluded: [day('2026-11-05')],
    },
  },
  {
    id: 'ho7-en-09',
    tz: 'Asia/Kathmandu',
    self: ['maya@yetiworks.example'],
    from: 'Anil Shrestha <anil@himalink.example>',
    to: 'Maya Gurung <maya@yetiworks.example>, Peter Voss <peter.voss@alpenfund.example>',
    date: '2027-04-26 08:45',
    subject: 'Intro: Maya (Yeti Works) <> Peter (Alpen Fund)',
    body: `Maya, Peter,

As promised, a quick introduction. Maya runs Yeti Works, the logistics platform I told you about, Peter. Peter is a partner at Alpen Fund and looks at mobility and supply chain across South Asia.

Peter will be in Kathmandu in mid-May and would love to have coffee with you, Maya. He suggested Himalayan Java in Thamel.

I'll leave you two to take it from here.

Best,
Anil`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['peter.voss@alpenfund.example'],
      type: 'coffee',
      duration: null,
      location: 'Himalayan Java in Thamel',
      when: [days('2027-05-11', '2027-05-20')],
    },
  },
  {
    id: 'ho7-en-10',
    tz: 'America/New_York',
    self: ['kbrandt@ironleaf.example'],
    from: 'Sara Lindqvist <sara@pixelharbor.example>',
    to: 'Kevin Brandt <kbrandt@ironleaf.example>',
    date: '2027-03-09 14:22',
    subject: 'RE: Q1 roadmap review',
    body: `Hi Kevin,

Sure thing. Next week I can do Monday 9-11am PT, or Wednesday any time after 2pm Pacific. Teams is fine on our side.

Sara

Sara Lindqvist
Head of Product, Pixel Harbor
Los Angeles, CA`,
    history: [
      {
        style: 'outlook-original',
        from: 'Kevin Brandt <kbrandt@ironleaf.example>',
        to: 'Sara Lindqvist <sara@pixelharbor.example>',
        date: '2027-03-09 10:00',
        subject: 'Q1 roadmap review',
        body: `Hi Sara,

Can we set up a one-hour video review of the Q1 roadmap next week? I'd like to walk through the integration milestones before the board deck goes out.

Thanks,
Kevin`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sara@pixelharbor.example'],
      type: 'video',
      duration: 60,
      location: null,
      when: [span('2027-03-15', '12:00', '14:00'), ['2027-03-17 17:00', '2027-03-18 03:00']],
    },
  },
  {
    id: 'ho7-en-11',
    tz: 'Europe/Paris',
    self: ['camille@atelier-roux.example'],
    assistant: ASSISTANT,
    from: 'Camille Roux <camille@atelier-roux.example>',
    to: 'James Whitaker <james@foxglove-agency.example>',
    cc: `Ellie Marsh <ellie@foxglove-agency.example>, ${SLASH}`,
    date: '2027-06-01 09:30',
    subject: 'Creative routes presentation',
    html: true,
    body: `Hi James, hi Ellie,

Thanks for the recap of the brief. We'd love to see the creative routes in person: could you come to our office to present them? Any day from Monday 14 to Wednesday 16 June works, between 10 and 4.

Slash (copied) will send you the options.

Best,
Camille

Camille Roux
Founder, Atelier Roux
18 rue de Paradis, 75010 Paris`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['james@foxglove-agency.example', 'ellie@foxglove-agency.example'],
      type: 'meeting',
      duration: null,
      location: '18 rue de Paradis, 75010 Paris',
      when: [
        span('2027-06-14', '10:00', '16:00'),
        span('2027-06-15', '10:00', '16:00'),
        span('2027-06-16', '10:00', '16:00'),
      ],
    },
  },
  {
    id: 'ho7-en-12',
    tz: 'Europe/London',
    self: ['fiona@blakeadvisory.example'],
    assistant: ASSISTANT,
    from: 'Fiona Blake <fiona@blakeadvisory.example>',
    to: 'Tom Hardy <tom@quaylogistics.example>',
    cc: SLASH,
    date: '2026-12-14 08:50',
    subject: 'Re: Lunch on the 18th',
    body: `Tom,

I'm so sorry, but I have to cancel our lunch on Friday. Year-end closing has swallowed my week. I'll come back to you after the holidays.

Fiona`,
    history: [
      {
        style: 'gmail-en',
        from: 'Tom Hardy <tom@quaylogistics.example>',
        to: 'Fiona Blake <fiona@blakeadvisory.example>',
        date: '2026-12-08 17:25',
        subject: 'Lunch on the 18th',
        body: `Fiona,

Great, booked: lunch at Dishoom King's Cross on Friday 18 December at 12:30, table under my name.

Tom`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['tom@quaylogistics.example'],
      type: 'lunch',
      duration: null,
      location: "Dishoom King's Cross",
      when: [at('2026-12-18 12:30')],
    },
  },
  {
    id: 'ho7-en-13',
    tz: 'America/Los_Angeles',
    self: ['alex@sunforge.example'],
    assistant: ASSISTANT,
    from: 'Alex Romero <alex@sunforge.example>',
    to: 'Helen Wu <helen.wu@bayviewbank.example>',
    cc: SLASH,
    date: '2027-01-13 15:00',
    subject: 'Breakfast catch-up',
    body: `Hi Helen,

Happy new year! Now that the holidays are behind us, let's catch up over breakfast in two weeks. Tuesday or Thursday that week would be ideal for me.

I've cc'd Slash to find a slot that works.

Alex`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['helen.wu@bayviewbank.example'],
      type: 'breakfast',
      duration: null,
      location: null,
      when: [day('2027-01-26'), day('2027-01-28')],
    },
  },
  {
    id: 'ho7-en-14',
    tz: 'America/New_York',
    self: ['jordan@crestline.example'],
    from: 'Raj Patel <raj.patel@orbit.example>',
    to: 'Jordan Ellis <jordan@crestline.example>',
    cc: 'Mia Chen <mia.chen@orbit.example>',
    date: '2027-04-13 09:02',
    subject: 'RE: Pilot scope call',
    body: `Jordan, Mia,

Wednesday and Thrusday next week both work for me, but I'm only free before 3pm those days.

Raj`,
    history: [
      {
        style: 'outlook-en',
        from: 'Mia Chen <mia.chen@orbit.example>',
        to: 'Jordan Ellis <jordan@crestline.example>',
        cc: 'Raj Patel <raj.patel@orbit.example>',
        date: '2027-04-12 15:10',
        subject: 'RE: Pilot scope call',
        body: `Hi Jordan,

Next week I'm open Tuesday, Wednesday or Thursday afternoon.

Mia`,
      },
      {
        style: 'outlook-en',
        from: 'Jordan Ellis <jordan@crestline.example>',
        to: 'Mia Chen <mia.chen@orbit.example>; Raj Patel <raj.patel@orbit.example>',
        date: '2027-04-12 11:00',
        subject: 'Pilot scope call',
        body: `Hi Mia, hi Raj,

Let's get the three of us on a call next week to close the pilot scope. What works for you?

Jordan Ellis
Crestline Software`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['raj.patel@orbit.example', 'mia.chen@orbit.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2027-04-21', '12:00', '15:00'), span('2027-04-22', '12:00', '15:00')],
    },
  },
  {
    id: 'ho7-en-15',
    tz: 'Europe/London',
    self: ['henry@lawsonwealth.example'],
    from: 'Isabel Moreno <isabel@verdanttrust.example>',
    to: 'Henry Lawson <henry@lawsonwealth.example>',
    date: '2027-02-15 11:00',
    subject: 'Annual portfolio review',
    body: `Dear Henry,

It's that time of year again. Could we find an hour for the annual review meeting in early March? I'm away from the 3rd to the 5th, otherwise I'm flexible.

Kind regards,
Isabel Moreno
Trustee, Verdant Trust`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['isabel@verdanttrust.example'],
      type: 'meeting',
      duration: 60,
      location: null,
      when: [days('2027-03-01', '2027-03-02'), days('2027-03-06', '2027-03-10')],
      excluded: [days('2027-03-03', '2027-03-05')],
    },
  },
  {
    id: 'ho7-en-16',
    tz: 'America/Los_Angeles',
    self: ['grace@redwoodbio.example'],
    assistant: ASSISTANT,
    from: 'Grace Liu <grace@redwoodbio.example>',
    to: SLASH,
    date: '2026-10-29 08:10',
    subject: 'Fwd: Partner meeting at Sand Hill',
    body: `Slash, please set this up with Ethan and add my CTO, Victor Ng (victor@redwoodbio.example).

Thanks!
Grace`,
    history: [
      {
        style: 'fwd-apple-en',
        from: 'Ethan Brooks <ethan@sandhillpartners.example>',
        to: 'Grace Liu <grace@redwoodbio.example>',
        date: '2026-10-28 17:45',
        subject: 'Partner meeting at Sand Hill',
        body: `Grace,

Great chatting today. The next step would be a full partner meeting at our office, 2800 Sand Hill Road, Suite 200, Menlo Park.

We hold partner meetings on Mondays: November 9 or November 16, between 10am and 1pm. Please bring your CTO.

Best,
Ethan Brooks
General Partner, Sand Hill Partners`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ethan@sandhillpartners.example', 'victor@redwoodbio.example'],
      type: 'meeting',
      duration: null,
      location: '2800 Sand Hill Road, Suite 200, Menlo Park',
      when: [span('2026-11-09', '10:00', '13:00'), span('2026-11-16', '10:00', '13:00')],
    },
  },
  {
    id: 'ho7-en-17',
    tz: 'Asia/Kolkata',
    self: ['neha@finloop.example'],
    from: 'Rohan Kapoor <rohan@zestpay.example>',
    to: 'Neha Iyer <neha@finloop.example>',
    date: '2026-11-23 19:20',
    subject: 'quick q',
    body: `hey neha

can we do a quick call tmrw or wed? anytime b4 noon works. 15 mins max, just need ur view on the UPI pricing thing

r`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rohan@zestpay.example'],
      type: 'call',
      duration: 15,
      location: null,
      when: [span('2026-11-24', '00:00', '12:00'), span('2026-11-25', '00:00', '12:00')],
    },
  },
  {
    id: 'ho7-en-18',
    tz: 'America/New_York',
    self: ['chloe@harborlight.example'],
    from: 'Dev Malhotra <dev@quillstack.example>',
    to: 'Chloe Adams <chloe@harborlight.example>',
    date: '2027-06-09 17:40',
    subject: 'Re: Call Wednesday',
    body: `Hi Chloe,

Thanks for the call earlier, really useful. I'll send the revised deck and the data room link by Friday.

Best,
Dev`,
    history: [
      {
        style: 'apple-en',
        from: 'Chloe Adams <chloe@harborlight.example>',
        to: 'Dev Malhotra <dev@quillstack.example>',
        date: '2027-06-07 10:15',
        subject: 'Call Wednesday',
        body: `Hi Dev,

Does Wednesday at 3pm work for a call? I'll dial you.

Chloe`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['dev@quillstack.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho7-en-19',
    tz: 'Europe/Paris',
    self: ['julien@voltaire-capital.example'],
    from: 'Amy Foster <afoster@hudsonpeak.example>',
    to: 'Julien Marchand <julien@voltaire-capital.example>',
    date: '2027-03-16 14:00',
    subject: 'Zoom this week?',
    body: `Hi Julien,

Following up on the co-investment memo. How about a Zoom on Thursday at 11am New York time? If that doesn't work, Friday at 8 or 9am ET is also fine for me.

Best,
Amy

Amy Foster
Principal, Hudson Peak Capital
New York, NY`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['afoster@hudsonpeak.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-03-18 16:00'), at('2027-03-19 13:00'), at('2027-03-19 14:00')],
    },
  },
  {
    id: 'ho7-en-20',
    tz: 'Europe/London',
    self: ['sam@turnerdesign.example'],
    assistant: ASSISTANT,
    from: 'Sam Turner <sam@turnerdesign.example>',
    to: 'Leo Martins <leo@kitebrand.example>',
    cc: SLASH,
    date: '2026-11-23 07:45',
    subject: 'Re: Brand workshop',
    body: `Hi Leo,

Sorry, only seeing this now. Yes, that day works for us, ideally in the morning. I've copied Slash to lock in the exact time.

Our studio is at Unit 4, 21 Wharf Road, London N1 7GR. Buzz 4 at the gate.

Sam`,
    history: [
      {
        style: 'gmail-en',
        from: 'Leo Martins <leo@kitebrand.example>',
        to: 'Sam Turner <sam@turnerdesign.example>',
        date: '2026-11-20 10:00',
        subject: 'Brand workshop',
        body: `Hi Sam,

Would Tuesday work for the brand workshop at your studio? We'd need about three hours with the whole team.

Leo`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leo@kitebrand.example'],
      type: 'meeting',
      duration: 180,
      location: 'Unit 4, 21 Wharf Road, London N1 7GR',
      when: [span('2026-11-24', '08:00', '12:00')],
    },
  },
  {
    id: 'ho7-en-21',
    tz: 'America/Toronto',
    self: ['priyanka@lakeshoreai.example'],
    assistant: ASSISTANT,
    from: 'Priyanka Das <priyanka@lakeshoreai.example>',
    to: 'Daniel Okafor <daniel@northstarhealth.example>',
    cc: `Wei Zhang <wei.zhang@northstarhealth.example>, ${SLASH}`,
    date: '2027-01-25 12:00',
    subject: 'Dinner in February',
    body: `Hi Daniel,

Following our call, I'd love to host you for dinner. Would an evening mid-week, the week of February 8th, work? My pick would be Alo, 163 Spadina Ave.

Wei, you'd be very welcome to join us if you can make it.

Slash, my assistant, will coordinate the details.

Priyanka`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['daniel@northstarhealth.example', 'wei.zhang@northstarhealth.example?'],
      type: 'dinner',
      duration: null,
      location: 'Alo, 163 Spadina Ave',
      when: [
        span('2027-02-09', '18:00', '22:00'),
        span('2027-02-10', '18:00', '22:00'),
        span('2027-02-11', '18:00', '22:00'),
      ],
    },
  },
  {
    id: 'ho7-en-22',
    tz: 'Australia/Sydney',
    self: ['hugo@coralpoint.example'],
    from: 'Rebecca Shaw <rebecca.shaw@thamesbio.example>',
    to: 'Hugo Bennett <hugo@coralpoint.example>',
    date: '2026-10-01 20:30',
    subject: 'RE: Distribution call',
    body: `Hi Hugo,

Thanks for bearing with the time difference. I could do Tuesday 6th or Wednesday 7th at 9pm London time. Would that suit you?

Best,
Rebecca

Rebecca Shaw
Commercial Director, Thames Bio
London`,
    history: [
      {
        style: 'outlook-en',
        from: 'Hugo Bennett <hugo@coralpoint.example>',
        to: 'Rebecca Shaw <rebecca.shaw@thamesbio.example>',
        date: '2026-10-01 09:00',
        subject: 'Distribution call',
        body: `Hi Rebecca,

Could we find 30 minutes for a call next week about the distribution agreement? Early morning or evening my time is usually easiest.

Regards,
Hugo Bennett
Coral Point Medical, Sydney`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rebecca.shaw@thamesbio.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [at('2026-10-07 07:00'), at('2026-10-08 07:00')],
    },
  },
  {
    id: 'ho7-en-23',
    tz: 'America/New_York',
    self: ['chris@nolanbuild.example'],
    from: 'Beth Adams <beth.adams@greenfieldcorp.example>',
    to: 'Chris Nolan <chris@nolanbuild.example>',
    cc: 'Laura Kim <laura.kim@greenfieldcorp.example>',
    date: '2027-02-22 10:30',
    subject: 'Kickoff meeting',
    body: `Hi Chris,

Unfortunately our leadership has decided to put the warehouse expansion on hold, so we need to cancel the kickoff meeting. I'm sorry for the late change. I'll reach out if things move again.

I've copied Laura for information.

Best,
Beth Adams
Facilities Manager, Greenfield Corp.`,
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['beth.adams@greenfieldcorp.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho7-en-24',
    tz: 'America/New_York',
    self: ['tanya@elmhire.example'],
    assistant: ASSISTANT,
    from: 'Tanya Brooks <tanya@elmhire.example>',
    to: SLASH,
    date: '2027-07-07 08:30',
    subject: 'Fwd: Onsite availability',
    body: `Slash, please schedule Noah's onsite at our office. We'll need 3 hours. Loop in Ray (ray@elmhire.example) as the interviewer.

Thanks,
Tanya

Tanya Brooks | Talent Partner
Elm Hire | 500 Boylston St, Boston, MA 02116`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Noah Fischer <noah.fischer@proton.example>',
        to: 'Tanya Brooks <tanya@elmhire.example>',
        date: '2027-07-06 21:10',
        subject: 'Onsite availability',
        body: `Hi Tanya,

Thanks for moving me forward! I'm available for the onsite any day the week of July 19 except Wednesday. Mornings are better for me, but I can make an afternoon work.

Best,
Noah Fischer`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['noah.fischer@proton.example', 'ray@elmhire.example'],
      type: 'meeting',
      duration: 180,
      location: '500 Boylston St, Boston, MA 02116',
      when: [days('2027-07-19', '2027-07-20'), days('2027-07-22', '2027-07-23')],
      excluded: [day('2027-07-21')],
    },
  },
  {
    id: 'ho7-en-25',
    tz: 'Europe/London',
    self: ['imogen@pricecoleman.example'],
    from: 'Daniel Reeve <dan.reeve@cobaltfund.example>',
    to: 'Imogen Price <imogen@pricecoleman.example>',
    date: '2026-12-10 16:45',
    subject: 'Lunch in the new year',
    body: `Hi Imogen,

Thanks for your note. I'm off on paternity leave over the holidays and back in the office on Monday 11 January. Any day from then on would be great for lunch. You choose the place!

Best,
Dan`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['dan.reeve@cobaltfund.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [onward('2027-01-11 00:00')],
    },
  },
  {
    id: 'ho7-en-26',
    tz: 'Asia/Kolkata',
    self: ['kavya@saffronlabs.example'],
    from: 'Vikram Joshi <vikram@arcadiacap.example>',
    to: 'Kavya Reddy <kavya@saffronlabs.example>',
    date: '2027-04-27 10:00',
    subject: 'Re: Lunch Friday?',
    body: `Hi Kavya,

Turns out I won't be in Mumbai on Friday after all. Can we do a Google Meet instead, same day, say around 2:30?

Vikram`,
    history: [
      {
        style: 'gmail-en',
        from: 'Kavya Reddy <kavya@saffronlabs.example>',
        to: 'Vikram Joshi <vikram@arcadiacap.example>',
        date: '2027-04-26 18:15',
        subject: 'Lunch Friday?',
        body: `Hi Vikram,

Shall we do lunch at Indigo Deli in Colaba on Friday? Would be good to go over the term sheet together.

Kavya`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['vikram@arcadiacap.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-04-30 14:30')],
    },
  },
  {
    id: 'ho7-en-27',
    tz: 'America/Los_Angeles',
    self: ['ryan@cascadeops.example'],
    assistant: ASSISTANT,
    from: 'Ryan Cole <ryan@cascadeops.example>',
    to: 'Elena Petrova <elena@brightfin.example>',
    cc: SLASH,
    date: '2027-05-21 10:00',
    subject: 'Intro call',
    body: `Hi Elena,

Thanks for reaching out via Marco. Happy to set up a 30-minute intro call. Tuesdays and Thursdays after 3pm are generally best for me.

Slash will send you a few times.

Ryan`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['elena@brightfin.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [
        ['2027-05-25 15:00', '2027-05-26 00:00'],
        ['2027-05-27 15:00', '2027-05-28 00:00'],
        ['2027-06-01 15:00', '2027-06-02 00:00'],
        ['2027-06-03 15:00', '2027-06-04 00:00'],
        ['2027-06-08 15:00', '2027-06-09 00:00'],
        ['2027-06-10 15:00', '2027-06-11 00:00'],
        ['2027-06-15 15:00', '2027-06-16 00:00'],
        ['2027-06-17 15:00', '2027-06-18 00:00'],
      ],
    },
  },
  {
    id: 'ho7-en-28',
    tz: 'Europe/London',
    self: ['edward@whitmorelane.example'],
    from: 'Kate Summers <kate.summers@arborcare.example>',
    to: 'Edward Lane <edward@whitmorelane.example>',
    date: '2027-02-05 12:40',
    subject: 'RE: Contract review',
    body: `Dear Edward,

Could we push our meeting on Tuesday to later in the week? Thursday or Friday, any time after 11, would work well for me.

Many thanks,
Kate`,
    history: [
      {
        style: 'outlook-original',
        from: 'Edward Lane <edward@whitmorelane.example>',
        to: 'Kate Summers <kate.summers@arborcare.example>',
        date: '2027-02-03 09:10',
        subject: 'Contract review',
        body: `Dear Kate,

Thank you. I confirm our meeting on Tuesday 9 February at 3pm at our offices.

Best wishes,
Edward Lane
Whitmore & Lane LLP
8 St James's Square, London SW1Y 4JU`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['kate.summers@arborcare.example'],
      type: 'meeting',
      duration: null,
      location: "8 St James's Square, London SW1Y 4JU",
      when: [
        ['2027-02-11 11:00', '2027-02-12 00:00'],
        ['2027-02-12 11:00', '2027-02-13 00:00'],
      ],
      excluded: [at('2027-02-09 15:00')],
    },
  },
  {
    id: 'ho7-en-29',
    tz: 'America/New_York',
    self: ['laura@bennettpr.example'],
    from: 'Omar Siddiqui <omar@risingtidemedia.example>',
    to: 'Laura Bennett <laura@bennettpr.example>',
    date: '2026-11-16 11:30',
    subject: 'Coffee in December',
    html: true,
    body: `Hi Laura,

I'll be in New York the first week of December, Tuesday through Thursday. Would you have time for a coffee? Blue Bottle at Bryant Park would be convenient for me.

Best,
Omar

Omar Siddiqui
Rising Tide Media, Chicago`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['omar@risingtidemedia.example'],
      type: 'coffee',
      duration: null,
      location: 'Blue Bottle at Bryant Park',
      when: [days('2026-12-01', '2026-12-03')],
    },
  },
  {
    id: 'ho7-en-30',
    tz: 'America/Los_Angeles',
    self: ['mike@russoventures.example'],
    from: 'Carl Jensen <carl@lumina.example>',
    to: 'Mike Russo <mike@russoventures.example>',
    cc: 'Jess Moreau <jess@lumina.example>',
    date: '2026-12-03 08:30',
    subject: 'Re: Board prep',
    body: `Mike, Jess,

Tue 15 I'm free 11-3. Mon 14 I'm traveling.

I'm also adding our GC, Dana Ruiz (dana.ruiz@lumina.example). She'll join if she can.

Carl`,
    history: [
      {
        style: 'apple-en',
        from: 'Jess Moreau <jess@lumina.example>',
        to: 'Mike Russo <mike@russoventures.example>',
        cc: 'Carl Jensen <carl@lumina.example>',
        date: '2026-12-02 14:00',
        subject: 'Re: Board prep',
        body: `Mon 14 or Tue 15, between 9 and 1, work for me.

Jess`,
      },
      {
        style: 'apple-en',
        from: 'Mike Russo <mike@russoventures.example>',
        to: 'Jess Moreau <jess@lumina.example>, Carl Jensen <carl@lumina.example>',
        date: '2026-12-02 09:05',
        subject: 'Board prep',
        body: `Jess, Carl,

Let's do a 90-minute board prep video call the week of December 14. What works?

Mike`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['carl@lumina.example', 'jess@lumina.example', 'dana.ruiz@lumina.example?'],
      type: 'video',
      duration: 90,
      location: null,
      when: [span('2026-12-15', '11:00', '13:00')],
      excluded: [day('2026-12-14')],
    },
  },
  {
    id: 'ho7-fr-01',
    tz: 'Europe/Paris',
    self: ['claire.dubois@cabinet-dubois.example'],
    from: 'Antoine Lefèvre <antoine.lefevre@batisud.example>',
    to: 'Claire Dubois <claire.dubois@cabinet-dubois.example>',
    date: '2026-10-12 10:05',
    subject: 'Dossier Batisud : rendez-vous',
    body: `Bonjour Maître,

Suite à la réception de l'assignation, je souhaiterais faire le point avec vous rapidement. Seriez-vous disponible pour un rendez-vous mardi ou jeudi prochain, en fin de matinée ? Il nous faudrait environ une heure.

Bien cordialement,

Antoine Lefèvre
Directeur administratif et financier
Batisud SAS`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['antoine.lefevre@batisud.example'],
      type: 'meeting',
      duration: 60,
      location: null,
      when: [span('2026-10-13', '10:00', '12:00'), span('2026-10-15', '10:00', '12:00')],
    },
  },
  {
    id: 'ho7-fr-02',
    tz: 'Europe/Paris',
    self: ['thomas@girard-conseil.example'],
    assistant: ASSISTANT,
    from: 'Thomas Girard <thomas@girard-conseil.example>',
    to: 'Sophie Martin <sophie.martin@lumio.example>',
    cc: SLASH,
    date: '2027-01-06 18:30',
    subject: 'Déjeuner',
    body: `Bonjour Sophie,

Meilleurs vœux pour cette nouvelle année ! Comme convenu, je vous propose un déjeuner la semaine du 18 janvier, idéalement chez Lipp, 151 boulevard Saint-Germain.

Slash, en copie, vous proposera quelques créneaux.

Bien à vous,
Thomas Girard`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sophie.martin@lumio.example'],
      type: 'lunch',
      duration: null,
      location: 'Lipp, 151 boulevard Saint-Germain',
      when: [days('2027-01-18', '2027-01-22')],
    },
  },
  {
    id: 'ho7-fr-03',
    tz: 'Europe/Paris',
    self: ['julie.fontaine@talentis.example'],
    from: 'Karim Benali <karim.benali@gmail.example>',
    to: 'Julie Fontaine <julie.fontaine@talentis.example>',
    date: '2027-03-24 19:40',
    subject: 'Re: Votre candidature, chef de projet data',
    body: `Bonjour Madame Fontaine,

Merci beaucoup pour votre retour. La semaine prochaine, je suis disponible lundi toute la journée et mercredi à partir de 14h. Mardi en revanche c'est impossible, j'ai un examen.

Bien cordialement,
Karim Benali`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Julie Fontaine <julie.fontaine@talentis.example>',
        to: 'Karim Benali <karim.benali@gmail.example>',
        date: '2027-03-23 11:00',
        subject: 'Votre candidature, chef de projet data',
        body: `Bonjour Karim,

Votre profil a retenu notre attention. Seriez-vous disponible pour un entretien en visio de 45 minutes la semaine prochaine avec notre directrice technique ?

Bien à vous,
Julie Fontaine
Chargée de recrutement, Talentis`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['karim.benali@gmail.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [day('2027-03-29'), ['2027-03-31 14:00', '2027-04-01 00:00']],
      excluded: [day('2027-03-30')],
    },
  },
  {
    id: 'ho7-fr-04',
    tz: 'Europe/Brussels',
    self: ['laurent@peeters-immo.example'],
    from: 'Isabelle Janssens <isabelle.janssens@flandria-invest.example>',
    to: 'Laurent Peeters <laurent@peeters-immo.example>',
    date: '2027-01-28 18:00',
    subject: 'Café ?',
    body: `Bonjour Laurent,

Ravie d'avoir fait votre connaissance au salon. Pourrions-nous prendre un café dans les deux prochaines semaines ? Un matin en semaine me convient le mieux, sauf le mercredi (je suis à Anvers ce jour-là). Le Café Belga, place Flagey, serait parfait.

Belle soirée,
Isabelle Janssens`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['isabelle.janssens@flandria-invest.example'],
      type: 'coffee',
      duration: null,
      location: 'Café Belga, place Flagey',
      when: [
        span('2027-01-29', '08:00', '12:00'),
        span('2027-02-01', '08:00', '12:00'),
        span('2027-02-02', '08:00', '12:00'),
        span('2027-02-04', '08:00', '12:00'),
        span('2027-02-05', '08:00', '12:00'),
        span('2027-02-08', '08:00', '12:00'),
        span('2027-02-09', '08:00', '12:00'),
        span('2027-02-11', '08:00', '12:00'),
      ],
      excluded: [day('2027-02-03'), day('2027-02-10')],
    },
  },
  {
    id: 'ho7-fr-05',
    tz: 'Europe/Paris',
    self: ['elodie.bernard@orange.example'],
    from: 'Élodie Bernard <elodie.bernard@orange.example>',
    to: 'Secrétariat Dr Morel <secretariat@cabinet-morel.example>',
    date: '2026-11-09 08:20',
    subject: 'RE: Confirmation de rendez-vous',
    body: `Bonjour,

Je ne pourrai malheureusement pas venir jeudi à 10h30. Serait-il possible de décaler le rendez-vous au lundi 16 ou au mardi 17 novembre, plutôt en fin d'après-midi ?

Merci d'avance,
Élodie Bernard`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Secrétariat Dr Morel <secretariat@cabinet-morel.example>',
        to: 'Élodie Bernard <elodie.bernard@orange.example>',
        date: '2026-11-03 15:00',
        subject: 'Confirmation de rendez-vous',
        body: `Madame,

Nous vous confirmons votre rendez-vous avec le Dr Morel le jeudi 12 novembre à 10h30, au cabinet : 14 rue de Rivoli, 75004 Paris.

En cas d'empêchement, merci de nous prévenir 48 heures à l'avance.

Le secrétariat du Dr Morel`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['secretariat@cabinet-morel.example'],
      type: 'meeting',
      duration: null,
      location: '14 rue de Rivoli, 75004 Paris',
      when: [span('2026-11-16', '16:00', '18:00'), span('2026-11-17', '16:00', '18:00')],
      excluded: [at('2026-11-12 10:30')],
    },
  },
  {
    id: 'ho7-fr-06',
    tz: 'Europe/Paris',
    self: ['nicolas@petit-associes.example'],
    assistant: ASSISTANT,
    from: 'Nicolas Petit <nicolas@petit-associes.example>',
    to: SLASH,
    date: '2027-02-11 09:00',
    subject: 'Fwd: Point téléphonique',
    body: `Slash, peux-tu organiser ce call avec Hélène ? 30 minutes suffiront.

Merci,
Nicolas`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Hélène Roussel <helene.roussel@banque-aurore.example>',
        to: 'Nicolas Petit <nicolas@petit-associes.example>',
        cc: 'Paul Garnier <paul.garnier@banque-aurore.example>',
        date: '2027-02-10 17:00',
        subject: 'Point téléphonique',
        body: `Bonjour Nicolas,

Suite à notre échange, je vous propose de faire un point téléphonique la semaine prochaine, idéalement mardi ou jeudi matin.

Je mets en copie mon assistant, Paul Garnier, pour information.

Bien cordialement,
Hélène Roussel
Directrice des financements, Banque Aurore`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['helene.roussel@banque-aurore.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [span('2027-02-16', '08:00', '12:00'), span('2027-02-18', '08:00', '12:00')],
    },
  },
  {
    id: 'ho7-fr-07',
    tz: 'America/Toronto',
    self: ['genevieve@roy-design.example'],
    from: 'Marc-André Gagnon <ma.gagnon@boreal-tech.example>',
    to: 'Geneviève Roy <genevieve@roy-design.example>',
    date: '2026-11-30 14:00',
    subject: 'Dîner cette semaine?',
    body: `Salut Geneviève,

Ça fait longtemps! On se fait un dîner jeudi ou vendredi, vers midi? Je te propose le Café Olimpico sur Saint-Viateur, c'est à deux pas du bureau.

À bientôt,
Marc-André`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['ma.gagnon@boreal-tech.example'],
      type: 'lunch',
      duration: null,
      location: 'Café Olimpico sur Saint-Viateur',
      when: [at('2026-12-03 12:00'), at('2026-12-04 12:00')],
    },
  },
  {
    id: 'ho7-fr-08',
    tz: 'Europe/Paris',
    self: ['mathilde@studio-leroy.example'],
    from: 'Pierre Vidal <pierre.vidal@vidal-freres.example>',
    to: 'Mathilde Leroy <mathilde@studio-leroy.example>',
    date: '2027-05-04 12:10',
    subject: 'Re: Planning du chantier',
    body: `Bonjour Mathilde,

Avec plaisir. Je passerai chez vous, plutôt le 11 ou le 12 mai l'après-midi. Comptez une heure et demie, j'apporterai les plans.

Cordialement,
Pierre Vidal
Vidal Frères, menuiserie`,
    history: [
      {
        style: 'apple-fr',
        from: 'Mathilde Leroy <mathilde@studio-leroy.example>',
        to: 'Pierre Vidal <pierre.vidal@vidal-freres.example>',
        date: '2027-05-03 09:30',
        subject: 'Planning du chantier',
        body: `Bonjour Pierre,

Pouvons-nous nous voir pour caler le planning du chantier de la rue Amelot ?

Bien à vous,
Mathilde Leroy
Studio Leroy, architecture intérieure
27 rue Oberkampf, 75011 Paris`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['pierre.vidal@vidal-freres.example'],
      type: 'meeting',
      duration: 90,
      location: '27 rue Oberkampf, 75011 Paris',
      when: [span('2027-05-11', '12:00', '18:00'), span('2027-05-12', '12:00', '18:00')],
    },
  },
  {
    id: 'ho7-fr-09',
    tz: 'Europe/Paris',
    self: ['baptiste@moreau-capital.example'],
    from: 'Chloé Lambert <chloe.lambert@atlantic-bridge.example>',
    to: 'Baptiste Moreau <baptiste@moreau-capital.example>',
    date: '2026-10-26 15:10',
    subject: 'Visio cette semaine',
    body: `Bonjour Baptiste,

Je suis à New York toute la semaine pour la levée. Pourrait-on faire une visio mercredi ou jeudi à 9h, heure de New York ? Je vous enverrai un lien Zoom.

Bien à vous,
Chloé`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['chloe.lambert@atlantic-bridge.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2026-10-28 14:00'), at('2026-10-29 14:00')],
    },
  },
  {
    id: 'ho7-fr-10',
    tz: 'Europe/Paris',
    self: ['romain@faure-studio.example'],
    assistant: ASSISTANT,
    from: 'Romain Faure <romain@faure-studio.example>',
    to: 'Inès Caron <ines.caron@lumen-edition.example>',
    cc: SLASH,
    date: '2027-06-16 11:00',
    subject: 'Re: Dîner jeudi',
    body: `Bonjour Inès,

Je suis vraiment désolé, je dois annuler notre dîner de demain soir : un déplacement imprévu à Lyon. Je reviens vers toi dès mon retour.

Amitiés,
Romain`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Inès Caron <ines.caron@lumen-edition.example>',
        to: 'Romain Faure <romain@faure-studio.example>',
        date: '2027-06-14 18:20',
        subject: 'Dîner jeudi',
        body: `Parfait, à jeudi 19h30 au Bouillon Chartier, 7 rue du Faubourg-Montmartre !

Inès`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['ines.caron@lumen-edition.example'],
      type: 'dinner',
      duration: null,
      location: 'Bouillon Chartier, 7 rue du Faubourg-Montmartre',
      when: [at('2027-06-17 19:30')],
    },
  },
  {
    id: 'ho7-fr-11',
    tz: 'Europe/Paris',
    self: ['vincent@lemaire-partners.example'],
    assistant: ASSISTANT,
    from: 'Vincent Lemaire <vincent@lemaire-partners.example>',
    to: 'Aurélie Masson <aurelie@masson-rh.example>',
    cc: SLASH,
    date: '2027-04-07 10:00',
    subject: 'Petit-déjeuner',
    body: `Bonjour Aurélie,

Merci pour votre appel. On se cale un petit-déjeuner dans quinze jours pour en reparler ? Le Pain Quotidien de la rue des Archives me semble pratique pour nous deux.

Je mets Slash en copie pour trouver le bon créneau.

Vincent`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['aurelie@masson-rh.example'],
      type: 'breakfast',
      duration: null,
      location: 'Le Pain Quotidien de la rue des Archives',
      when: [days('2027-04-19', '2027-04-23')],
    },
  },
  {
    id: 'ho7-fr-12',
    tz: 'Europe/Paris',
    self: ['stephane.blanc@groupe-altis.example'],
    from: 'Franck Morin <franck.morin@altis-legal.example>',
    to: 'Stéphane Blanc <stephane.blanc@groupe-altis.example>',
    cc: 'Caroline Henry <caroline.henry@altis-legal.example>',
    date: '2026-12-08 09:15',
    subject: 'RE: Dossier Vega, réunion',
    body: `Bonjour Stéphane,

De mon côté, je ne suis disponible que les après-midi, et pas le mardi 15.

Franck Morin`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Caroline Henry <caroline.henry@altis-legal.example>',
        to: 'Stéphane Blanc <stephane.blanc@groupe-altis.example>',
        cc: 'Franck Morin <franck.morin@altis-legal.example>',
        date: '2026-12-07 14:30',
        subject: 'RE: Dossier Vega, réunion',
        body: `Bonjour Stéphane,

Pour moi ce serait du 14 au 18 décembre, hors vendredi.

Caroline`,
      },
      {
        style: 'outlook-fr',
        from: 'Stéphane Blanc <stephane.blanc@groupe-altis.example>',
        to: 'Caroline Henry <caroline.henry@altis-legal.example>; Franck Morin <franck.morin@altis-legal.example>',
        date: '2026-12-07 10:00',
        subject: 'Dossier Vega, réunion',
        body: `Bonjour à tous,

Pouvons-nous tenir une réunion de deux heures sur le dossier Vega avant les fêtes ? Je propose la salle du conseil, au siège : 8 avenue Hoche, 75008 Paris.

Bien cordialement,
Stéphane Blanc
Directeur juridique, Groupe Altis`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['franck.morin@altis-legal.example', 'caroline.henry@altis-legal.example'],
      type: 'meeting',
      duration: 120,
      location: 'la salle du conseil, au siège : 8 avenue Hoche, 75008 Paris',
      when: [
        span('2026-12-14', '12:00', '18:00'),
        span('2026-12-16', '12:00', '18:00'),
        span('2026-12-17', '12:00', '18:00'),
      ],
      excluded: [day('2026-12-15'), day('2026-12-18')],
    },
  },
  {
    id: 'ho7-fr-13',
    tz: 'Europe/Zurich',
    self: ['fabienne@rochat-gestion.example'],
    from: 'Olivier Dumas <olivier.dumas@alpes-finance.example>',
    to: 'Fabienne Rochat <fabienne@rochat-gestion.example>',
    date: '2026-10-20 16:40',
    subject: 'De passage à Genève',
    body: `Bonjour Fabienne,

Je serai de passage à Genève entre le 9 et le 13 novembre. Que diriez-vous d'un apéro en fin de journée au Bottle Brothers, rue Henri-Blanvalet ? Ce serait l'occasion de parler du fonds.

Meilleures salutations,
Olivier Dumas
Alpes Finance SA, Lausanne`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['olivier.dumas@alpes-finance.example'],
      type: 'drinks',
      duration: null,
      location: 'Bottle Brothers, rue Henri-Blanvalet',
      when: [
        span('2026-11-09', '17:00', '20:00'),
        span('2026-11-10', '17:00', '20:00'),
        span('2026-11-11', '17:00', '20:00'),
        span('2026-11-12', '17:00', '20:00'),
        span('2026-11-13', '17:00', '20:00'),
      ],
    },
  },
  {
    id: 'ho7-fr-14',
    tz: 'Europe/Paris',
    self: ['anne.chevalier@chevalier-avocats.example'],
    from: 'Anne Chevalier <anne.chevalier@chevalier-avocats.example>',
    to: 'Sébastien Mercier <s.mercier@groupe-hexa.example>',
    date: '2027-01-29 08:10',
    subject: 'Re: Contentieux Hexa',
    body: `Bonjour Sébastien,

Les deux créneaux me conviennent. Appelez-moi directement sur mon portable, au 06 12 34 56 78.

Bien à vous,
Anne Chevalier`,
    history: [
      {
        style: 'apple-fr',
        from: 'Sébastien Mercier <s.mercier@groupe-hexa.example>',
        to: 'Anne Chevalier <anne.chevalier@chevalier-avocats.example>',
        date: '2027-01-28 16:00',
        subject: 'Contentieux Hexa',
        body: `Maître,

Je vous propose que nous nous appelions demain après-midi ou lundi matin, pour faire le point sur le contentieux.

Cordialement,
Sébastien Mercier
Groupe Hexa`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['s.mercier@groupe-hexa.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2027-01-29', '12:00', '18:00'), span('2027-02-01', '08:00', '12:00')],
    },
  },
  {
    id: 'ho7-fr-15',
    tz: 'Europe/Paris',
    self: ['sandrine.perrin@maison-perrin.example'],
    from: 'Lucas Perret <lucas@agence-nova.example>',
    to: 'Sandrine Perrin <sandrine.perrin@maison-perrin.example>',
    date: '2027-02-24 14:20',
    subject: 'Présentation de notre proposition',
    html: true,
    body: `Bonjour Madame Perrin,

Merci pour votre consultation. Nous aimerions vous présenter notre proposition lors d'une réunion d'une heure, et vous recevrions volontiers chez nous. Nous sommes disponibles toute la semaine du 8 mars, sauf le jeudi après-midi.

Bien cordialement,

Lucas Perret
Directeur conseil
Agence Nova
45 rue de la Roquette, 75011 Paris`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lucas@agence-nova.example'],
      type: 'meeting',
      duration: 60,
      location: '45 rue de la Roquette, 75011 Paris',
      when: [
        ['2027-03-08 00:00', '2027-03-11 12:00'],
        ['2027-03-11 18:00', '2027-03-13 00:00'],
      ],
      excluded: [span('2027-03-11', '12:00', '18:00')],
    },
  },
  {
    id: 'ho7-fr-16',
    tz: 'Europe/Paris',
    self: ['hugo@lambert-ventures.example'],
    assistant: ASSISTANT,
    from: 'Hugo Lambert <hugo@lambert-ventures.example>',
    to: SLASH,
    date: '2026-11-25 07:50',
    subject: 'Fwd: Café avant le comité',
    body: `Slash, organise ce café avec Céline, au Café Kitsuné du Palais-Royal si possible.

Hugo`,
    history: [
      {
        style: 'fwd-apple-fr',
        from: 'Céline Arnaud <celine.arnaud@fonds-horizon.example>',
        to: 'Hugo Lambert <hugo@lambert-ventures.example>',
        date: '2026-11-24 18:00',
        subject: 'Café avant le comité',
        body: `Bonjour Hugo,

Notre comité d'investissement se réunit le 3 décembre. D'ici là, je serais ravie de prendre un café avec vous : je suis disponible à partir du jeudi 26 novembre et jusqu'au mercredi 2 décembre inclus.

Bien à vous,
Céline Arnaud
Fonds Horizon`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['celine.arnaud@fonds-horizon.example'],
      type: 'coffee',
      duration: null,
      location: 'Café Kitsuné du Palais-Royal',
      when: [days('2026-11-26', '2026-12-02')],
    },
  },
  {
    id: 'ho7-fr-17',
    tz: 'America/Toronto',
    self: ['isabelle.cote@cote-conseil.example'],
    assistant: ASSISTANT,
    from: 'Isabelle Côté <isabelle.cote@cote-conseil.example>',
    to: 'Étienne Bouchard <etienne@bouchard-ing.example>',
    cc: SLASH,
    date: '2027-03-12 09:00',
    subject: 'Souper la semaine prochaine',
    body: `Bonjour Étienne,

Pour célébrer la signature du contrat, je t'invite à souper la semaine prochaine. Mardi, mercredi ou jeudi soir, chez Toqué! (900, place Jean-Paul-Riopelle)? Slash, en copie, va nous trouver un moment.

Isabelle`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['etienne@bouchard-ing.example'],
      type: 'dinner',
      duration: null,
      location: 'Toqué! (900, place Jean-Paul-Riopelle)',
      when: [
        span('2027-03-16', '18:00', '22:00'),
        span('2027-03-17', '18:00', '22:00'),
        span('2027-03-18', '18:00', '22:00'),
      ],
    },
  },
  {
    id: 'ho7-fr-18',
    tz: 'Europe/Paris',
    self: ['marion@delmas-rh.example'],
    from: 'Julien Perrault <julien.perrault@optima-btp.example>',
    to: 'Marion Delmas <marion@delmas-rh.example>',
    date: '2027-06-22 15:30',
    subject: 'Re: Rendez-vous de mardi',
    body: `Bonjour Marion,

Merci encore pour le rendez-vous de ce matin, c'était très éclairant. Je vous envoie le compte rendu d'ici vendredi.

Bonne fin de journée,
Julien`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Marion Delmas <marion@delmas-rh.example>',
        to: 'Julien Perrault <julien.perrault@optima-btp.example>',
        date: '2027-06-18 10:00',
        subject: 'Rendez-vous de mardi',
        body: `Bonjour Julien,

Je vous confirme notre rendez-vous mardi à 9h30 à nos bureaux.

Marion Delmas
Delmas RH, 12 rue Sainte-Catherine, 33000 Bordeaux`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['julien.perrault@optima-btp.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho7-fr-19',
    tz: 'Europe/Paris',
    self: ['julien.robert@robert-conseil.example'],
    from: 'Léa Fabre <lea.fabre@agence-fabre.example>',
    to: 'Julien Robert <julien.robert@robert-conseil.example>',
    date: '2026-12-15 21:30',
    subject: 'tel rapide',
    body: `Slt Julien,

Dispo pr un tel rapide dem matin ou jeu aprem ? 20 min max, c'est pour valider le devis.

Bises
Léa`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lea.fabre@agence-fabre.example'],
      type: 'call',
      duration: 20,
      location: null,
      when: [span('2026-12-16', '08:00', '12:00'), span('2026-12-17', '12:00', '18:00')],
    },
  },
  {
    id: 'ho7-fr-20',
    tz: 'Europe/Paris',
    self: ['arnaud@giraud-tech.example'],
    from: 'Marie-Ève Pelletier <me.pelletier@laurentide-capital.example>',
    to: 'Arnaud Giraud <arnaud@giraud-tech.example>',
    date: '2027-03-17 08:00',
    subject: 'RE: Visio jeudi',
    body: `Bonjour Arnaud,

Désolée, je dois décaler notre visio de demain. Est-ce que vendredi 19, entre 9h et 11h heure de Montréal, vous irait ?

Merci et désolée du contretemps,
Marie-Ève`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Arnaud Giraud <arnaud@giraud-tech.example>',
        to: 'Marie-Ève Pelletier <me.pelletier@laurentide-capital.example>',
        date: '2027-03-15 10:00',
        subject: 'Visio jeudi',
        body: `Bonjour Marie-Ève,

Je vous confirme notre visio du jeudi 18 mars à 15h (heure de Paris). Le lien Teams suit.

Cordialement,
Arnaud Giraud
Giraud Tech`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['me.pelletier@laurentide-capital.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-03-19', '14:00', '16:00')],
      excluded: [at('2027-03-18 15:00')],
    },
  },
  {
    id: 'ho7-fr-21',
    tz: 'Europe/Paris',
    self: ['sylvie.marchal@marchal-avocats.example'],
    from: 'Damien Rey <damien.rey@rey-industrie.example>',
    to: 'Sylvie Marchal <sylvie.marchal@marchal-avocats.example>',
    date: '2027-01-05 11:15',
    subject: 'Déjeuner fin janvier',
    body: `Chère Sylvie,

Tous mes vœux pour 2027 ! Pourrions-nous organiser un déjeuner fin janvier pour faire le bilan de l'année ? Pas le vendredi 29 en revanche, je serai à Lyon.

Bien amicalement,
Damien`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['damien.rey@rey-industrie.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2027-01-21', '2027-01-28'), days('2027-01-30', '2027-01-31')],
      excluded: [day('2027-01-29')],
    },
  },
  {
    id: 'ho7-fr-22',
    tz: 'Europe/Paris',
    self: ['agnes@vasseur-bio.example'],
    from: 'Yann Le Goff <yann.legoff@breizh-seed.example>',
    to: 'Agnès Vasseur <agnes@vasseur-bio.example>',
    cc: 'Bruno Lefort <bruno@lefort-network.example>',
    date: '2027-02-02 10:00',
    subject: 'Re: Mise en relation Agnès / Yann',
    body: `Merci Bruno pour la mise en relation !

Agnès, je vous propose un échange en visio de 30 minutes. Je suis disponible mercredi 10 ou jeudi 11 février, entre 14h et 17h. Mon associée, Claire Morvan (claire.morvan@breizh-seed.example), se joindra à nous si possible.

Bien cordialement,
Yann Le Goff
Breizh Seed`,
    history: [
      {
        style: 'apple-fr',
        from: 'Bruno Lefort <bruno@lefort-network.example>',
        to: 'Agnès Vasseur <agnes@vasseur-bio.example>, Yann Le Goff <yann.legoff@breizh-seed.example>',
        date: '2027-02-01 09:00',
        subject: 'Mise en relation Agnès / Yann',
        body: `Agnès, Yann,

Je vous mets en relation comme promis. Agnès dirige Vasseur Bio, spécialisée dans les biostimulants ; Yann a cofondé Breizh Seed, qui investit dans l'agritech en Bretagne. Vous avez beaucoup à vous dire.

Je vous laisse échanger et je m'éclipse.

Bruno`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['yann.legoff@breizh-seed.example', 'claire.morvan@breizh-seed.example?'],
      type: 'video',
      duration: 30,
      location: null,
      when: [span('2027-02-10', '14:00', '17:00'), span('2027-02-11', '14:00', '17:00')],
    },
  },
  {
    id: 'ho7-fr-23',
    tz: 'Europe/Paris',
    self: ['olivier@perrot-finance.example'],
    assistant: ASSISTANT,
    from: 'Olivier Perrot <olivier@perrot-finance.example>',
    to: 'Nathalie Brun <nathalie.brun@vitalis-sante.example>',
    cc: SLASH,
    date: '2027-05-14 11:00',
    subject: 'Point sur le financement',
    body: `Bonjour Nathalie,

Je vous propose un call de 45 minutes pour faire le point sur le financement. Je suis généralement disponible les lundis et mercredis matin, à partir de 9h30.

Slash, en copie, vous enverra des propositions.

Bien à vous,
Olivier Perrot`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nathalie.brun@vitalis-sante.example'],
      type: 'call',
      duration: 45,
      location: null,
      when: [
        span('2027-05-17', '09:30', '12:00'),
        span('2027-05-19', '09:30', '12:00'),
        span('2027-05-24', '09:30', '12:00'),
        span('2027-05-26', '09:30', '12:00'),
        span('2027-05-31', '09:30', '12:00'),
        span('2027-06-02', '09:30', '12:00'),
        span('2027-06-07', '09:30', '12:00'),
        span('2027-06-09', '09:30', '12:00'),
      ],
    },
  },
  {
    id: 'ho7-fr-24',
    tz: 'Europe/Paris',
    self: ['emmanuel.roche@roche-architectes.example'],
    assistant: ASSISTANT,
    from: 'Emmanuel Roche <emmanuel.roche@roche-architectes.example>',
    to: SLASH,
    date: '2026-10-22 08:00',
    subject: 'Fwd: Visite du chantier, école Jean-Macé',
    body: `Slash, peux-tu organiser cette visite ? Compte 2h sur place. Le rendez-vous est sur le chantier, 12 rue de Fontenay, Vincennes.

Merci,
Emmanuel`,
    history: [
      {
        style: 'fwd-thunderbird-fr',
        from: 'Valérie Dupuis <valerie.dupuis@mairie-vincennes.example>',
        to: 'Emmanuel Roche <emmanuel.roche@roche-architectes.example>',
        cc: 'François Besson <francois.besson@mairie-vincennes.example>',
        date: '2026-10-21 14:30',
        subject: 'Visite du chantier, école Jean-Macé',
        body: `Monsieur Roche,

Nous souhaiterions organiser une visite du chantier de l'école Jean-Macé avec vous et M. Besson, en copie, la semaine du 2 novembre. Le matin uniquement, et pas le mercredi 4 (conseil municipal).

Cordialement,
Valérie Dupuis
Direction des services techniques, Mairie de Vincennes`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['valerie.dupuis@mairie-vincennes.example', 'francois.besson@mairie-vincennes.example'],
      type: 'meeting',
      duration: 120,
      location: '12 rue de Fontenay, Vincennes',
      when: [
        span('2026-11-02', '08:00', '12:00'),
        span('2026-11-03', '08:00', '12:00'),
        span('2026-11-05', '08:00', '12:00'),
        span('2026-11-06', '08:00', '12:00'),
      ],
      excluded: [day('2026-11-04')],
    },
  },
  {
    id: 'ho7-fr-25',
    tz: 'Europe/Paris',
    self: ['frederic@blanchard-vins.example'],
    from: 'Lucie Garnier <lucie@kangourou-export.example>',
    to: 'Frédéric Blanchard <frederic@blanchard-vins.example>',
    date: '2027-06-01 10:30',
    subject: 'Appel distribution Australie',
    body: `Bonjour Frédéric,

Pour avancer sur la distribution de vos vins en Australie, je vous propose un appel la semaine prochaine : lundi 7 juin à 17h heure de Sydney, ou mardi 8 juin à 18h heure de Sydney.

Bien cordialement,
Lucie Garnier
Kangourou Export, Sydney`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['lucie@kangourou-export.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2027-06-07 09:00'), at('2027-06-08 10:00')],
    },
  },
  {
    id: 'ho7-fr-26',
    tz: 'Europe/Paris',
    self: ['jerome.noel@noel-immo.example'],
    from: 'Amandine Colin <amandine.colin@cabinet-colin.example>',
    to: 'Jérôme Noël <jerome.noel@noel-immo.example>',
    date: '2027-04-13 13:00',
    subject: 'RE: Café la semaine prochaine',
    body: `Bonjour Jérôme,

Jeudi 22, je ne suis pas disponible, et je serai en déplacement une bonne partie de la semaine. Faisons plutôt un Teams le vendredi 23, entre 10h et 12h ou après 15h ?

Amandine`,
    history: [
      {
        style: 'outlook-original',
        from: 'Jérôme Noël <jerome.noel@noel-immo.example>',
        to: 'Amandine Colin <amandine.colin@cabinet-colin.example>',
        date: '2027-04-12 17:45',
        subject: 'Café la semaine prochaine',
        body: `Bonjour Amandine,

Un café la semaine prochaine près de Saint-Lazare ?

Jérôme Noël
Noël Immobilier`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['amandine.colin@cabinet-colin.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-04-23', '10:00', '12:00'), ['2027-04-23 15:00', '2027-04-24 00:00']],
      excluded: [day('2027-04-22')],
    },
  },
  {
    id: 'ho7-fr-27',
    tz: 'Europe/Paris',
    self: ['patrick.lemoine@lemoine-courtage.example'],
    from: 'Corinne Baron <corinne.baron@baron-assurances.example>',
    to: 'Patrick Lemoine <patrick.lemoine@lemoine-courtage.example>',
    date: '2027-03-24 17:30',
    subject: 'Renouvellement des contrats',
    body: `Bonjour Patrick,

Pourrions-nous nous appeler en fin de semaine prochaine au sujet des renouvellements ? N'importe quand, sauf le vendredi 2 avril après 16h.

Cordialement,
Corinne Baron
Baron Assurances`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['corinne.baron@baron-assurances.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [day('2027-04-01'), span('2027-04-02', '00:00', '16:00')],
      excluded: [['2027-04-02 16:00', '2027-04-03 00:00']],
    },
  },
  {
    id: 'ho7-fr-28',
    tz: 'America/Toronto',
    self: ['sophie.lavoie@lavoie-cpa.example'],
    from: 'Jean Tremblay <jean.tremblay@granit-qc.example>',
    to: 'Sophie Lavoie <sophie.lavoie@lavoie-cpa.example>',
    date: '2026-10-30 09:00',
    subject: 'Re: Dîner la semaine prochaine?',
    body: `Bonjour Sophie,

Bonne idée! La semaine prochaine, mardi ou mercredi entre 11h30 et 13h30, ça m'irait bien. Au Cosmos sur Grande Allée?

Jean`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Sophie Lavoie <sophie.lavoie@lavoie-cpa.example>',
        to: 'Jean Tremblay <jean.tremblay@granit-qc.example>',
        date: '2026-10-29 16:00',
        subject: 'Dîner la semaine prochaine?',
        body: `Bonjour Jean,

Un dîner la semaine prochaine pour parler du mandat de vérification?

Sophie Lavoie, CPA
Lavoie CPA, Québec`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['jean.tremblay@granit-qc.example'],
      type: 'lunch',
      duration: null,
      location: 'Cosmos sur Grande Allée',
      when: [span('2026-11-03', '11:30', '13:30'), span('2026-11-04', '11:30', '13:30')],
    },
  },
  {
    id: 'ho7-fr-29',
    tz: 'Europe/Paris',
    self: ['claire.besnard@free.example'],
    from: 'Thibault Renard <thibault.renard@agence-montmartre.example>',
    to: 'Claire Besnard <claire.besnard@free.example>',
    date: '2027-03-19 12:00',
    subject: 'Visite, appartement rue Caulaincourt',
    body: `Bonjour Madame Besnard,

Suite à votre demande, je peux vous faire visiter l'appartement du 5 rue Caulaincourt, 75018 Paris, du vendredi 26 au lundi 29 mars. Une visite dure environ 30 minutes.

Bien cordialement,
Thibault Renard
Agence Montmartre Immobilier`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['thibault.renard@agence-montmartre.example'],
      type: 'meeting',
      duration: 30,
      location: '5 rue Caulaincourt, 75018 Paris',
      when: [days('2027-03-26', '2027-03-29')],
    },
  },
  {
    id: 'ho7-fr-30',
    tz: 'Europe/Brussels',
    self: ['marc.dewulf@dewulf-logistics.example'],
    assistant: ASSISTANT,
    from: 'Marc Dewulf <marc.dewulf@dewulf-logistics.example>',
    to: SLASH,
    date: '2027-05-27 08:15',
    subject: 'Fwd: Déjeuner',
    html: true,
    body: `Slash, organise ce déjeuner avec Sarah chez nous, mais pas le 10 : j'ai un vol ce jour-là.

Marc Dewulf
Dewulf Logistics
Avenue Louise 120, 1050 Bruxelles`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Sarah Claes <sarah.claes@port-antwerp-partners.example>',
        to: 'Marc Dewulf <marc.dewulf@dewulf-logistics.example>',
        date: '2027-05-26 16:00',
        subject: 'Déjeuner',
        body: `Bonjour Marc,

Je serais ravie de déjeuner avec vous pour discuter du partenariat. Je suis libre les 7, 8 et 10 juin, mais pas le 9.

Bien à vous,
Sarah Claes
Port Antwerp Partners`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sarah.claes@port-antwerp-partners.example'],
      type: 'lunch',
      duration: null,
      location: 'Avenue Louise 120, 1050 Bruxelles',
      when: [days('2027-06-07', '2027-06-08')],
      excluded: [day('2027-06-09'), day('2027-06-10')],
    },
  },
];
