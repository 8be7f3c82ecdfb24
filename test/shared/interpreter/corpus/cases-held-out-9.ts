/**
 * The ninth held-out set: 40 emails (20 English, 20 French; 21 single
 * messages and 19 threads with quoted or forwarded history, 4 of them
 * forwards to the assistant; zones Europe/Paris, Europe/London,
 * America/New_York, America/Los_Angeles, America/Toronto, Asia/Kolkata,
 * Australia/Sydney) written blind, labelled by hand from the contract's
 * reading rules without reading the interpreter's source and before any run
 * of the interpreter on them.
 *
 * Conventions:
 * - Contiguous windows may be written as one or several (compared as the time
 *   they allow); an exclusion inside a stated range is cut out of `when` and
 *   listed in `excluded`.
 * - "between the 10th and the 20th" includes both days; a part of day after
 *   "<day> or <day>" applies to both; weeks are Monday 00:00 to Saturday 00:00.
 * - A reschedule: `when` holds the new times; the slot moved away from is
 *   listed in `excluded` when the email names it.
 * - A cancellation: `when` holds the cancelled meeting's time when named, none
 *   otherwise.
 * - A message that asks for nothing: type null, no windows. Several people's
 *   constraints: their intersection.
 * - Windows are local wall times in the case's `tz`; `now` is the newest
 *   message's date unless given.
 */
import { at, day, days, onward, span, type CaseRow } from './corpus-case.js';

const SLASH = 'Slash <slash@slash.example>';

export const HELD_OUT_9_CASES: readonly CaseRow[] = [
  {
    id: 'ho9-en-01',
    tz: 'America/New_York',
    self: ['marcus@halebuild.example'],
    from: 'Marcus Hale <marcus@halebuild.example>',
    to: 'Jenna Ortiz <jenna.ortiz@brightform.example>',
    date: '2026-11-09 10:12',
    subject: 'Coffee?',
    body: `Hi Jenna,

Great running into you at the AIA mixer. I'd love to hear more about the facade retrofit you mentioned. Could we grab coffee Thursday or Friday morning? Birch Coffee on E 27th St is easy for me.

Best,
Marcus

Marcus Hale
Hale Builders | Project Executive
(212) 555-0143`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['jenna.ortiz@brightform.example'],
      type: 'coffee',
      duration: null,
      location: 'Birch Coffee on E 27th St',
      when: [span('2026-11-12', '08:00', '12:00'), span('2026-11-13', '08:00', '12:00')],
    },
  },
  {
    id: 'ho9-en-02',
    tz: 'Europe/London',
    self: ['aisha.rahman@northgate-pm.example'],
    from: 'Tom Fairweather <tom@fairweather-legal.example>',
    to: 'Aisha Rahman <aisha.rahman@northgate-pm.example>',
    date: '2027-01-14 16:40',
    subject: 'Harcourt Street lease - quick call',
    body: `Hi Aisha,

Following up on the Harcourt Street lease: I've had the landlord's markup back and there are two points I'd like to talk through before we respond. Are you free for a 20-minute call next week? Tuesday after 2pm or any time Wednesday would suit me.

Kind regards,
Tom

Tom Fairweather
Fairweather Legal LLP`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['tom@fairweather-legal.example'],
      type: 'call',
      duration: 20,
      location: null,
      when: [span('2027-01-19', '14:00', '24:00'), day('2027-01-20')],
    },
  },
  {
    id: 'ho9-en-03',
    tz: 'America/Los_Angeles',
    self: ['kate@morrowanalytics.example'],
    from: 'Kate Morrow <kate@morrowanalytics.example>',
    to: 'Rob Jensen <rob.jensen@pacificcoast-insure.example>',
    date: '2027-03-15 08:30',
    subject: 'Re: Quarterly review',
    body: `Hi Rob,

Something's come up on my side - could we push Tuesday's review to Thursday afternoon instead? Apologies for the shuffle.

Kate`,
    history: [
      {
        style: 'gmail-en',
        from: 'Kate Morrow <kate@morrowanalytics.example>',
        to: 'Rob Jensen <rob.jensen@pacificcoast-insure.example>',
        date: '2027-03-11 09:05',
        body: `Hi Rob,

Confirming the hour-long quarterly review on Tuesday the 16th at 10am, on Zoom. I'll send the link the day before.

Best,
Kate

Kate Morrow
Morrow Analytics`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['rob.jensen@pacificcoast-insure.example'],
      type: 'video',
      duration: 60,
      location: null,
      when: [span('2027-03-18', '12:00', '18:00')],
      excluded: [span('2027-03-16', '10:00', '11:00')],
    },
  },
  {
    id: 'ho9-en-04',
    tz: 'Asia/Kolkata',
    self: ['rohan@mehtaventures.example'],
    from: 'Rohan Mehta <rohan@mehtaventures.example>',
    to: 'Karan Desai <karan.desai@tilestack.example>',
    cc: 'Priya Nair <priya.nair@tilestack.example>',
    date: '2026-11-20 11:30',
    subject: 'Lunch to celebrate',
    body: `Hi Karan,

Now that the term sheet is signed, let's celebrate properly over lunch. Any day between the 10th and the 20th of December works for me, except the 15th when I'm in Bengaluru for the board meeting. How about The Bombay Canteen in Lower Parel?

Priya, you're very welcome too - join us if you can.

Cheers,
Rohan`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['karan.desai@tilestack.example', 'priya.nair@tilestack.example?'],
      type: 'lunch',
      duration: null,
      location: 'The Bombay Canteen, Lower Parel',
      when: [days('2026-12-10', '2026-12-14'), days('2026-12-16', '2026-12-20')],
      excluded: [day('2026-12-15')],
    },
  },
  {
    id: 'ho9-en-05',
    tz: 'America/Toronto',
    self: ['dana@northbeamcap.example'],
    assistant: ['slash@slash.example'],
    from: 'Dana Whitfield <dana@northbeamcap.example>',
    to: SLASH,
    date: '2027-11-01 08:15',
    subject: 'Fwd: Visit in Toronto',
    body: `Slash - please set this up with Greg. He's coming to us.

Dana Whitfield
Partner, Northbeam Capital
200 Bay St, Suite 1400, Toronto, ON M5J 2J2`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Greg Lawson <greg.lawson@tallpine.example>',
        to: 'Dana Whitfield <dana@northbeamcap.example>',
        date: '2027-10-29 14:02',
        subject: 'Visit in Toronto',
        body: `Hi Dana,

I'll be in Toronto the week after next and would love to drop by your office to walk you through the Series B deck. I can do Tuesday or Wednesday, before noon - I fly back Wednesday evening.

Best,
Greg

Greg Lawson
Tall Pine Robotics`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['greg.lawson@tallpine.example'],
      type: 'meeting',
      duration: null,
      location: '200 Bay St, Suite 1400, Toronto, ON M5J 2J2',
      when: [span('2027-11-09', '00:00', '12:00'), span('2027-11-10', '00:00', '12:00')],
    },
  },
  {
    id: 'ho9-en-06',
    tz: 'Australia/Sydney',
    self: ['ben.carter@harbourlane.example'],
    from: 'Olivia Grant <olivia@grantarchitects.example>',
    to: 'Ben Carter <ben.carter@harbourlane.example>',
    date: '2027-04-06 17:20',
    subject: 'Friday dinner',
    body: `Hi Ben,

I'm so sorry to do this, but I have to cancel our dinner on Friday at 7:30 - a site inspection in Newcastle has been moved and I'll be up there until late. I'll be in touch once things settle to find another date.

Apologies again,
Olivia

Olivia Grant
Grant Architects`,
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['olivia@grantarchitects.example'],
      type: 'dinner',
      duration: null,
      location: null,
      when: [at('2027-04-09 19:30')],
    },
  },
  {
    id: 'ho9-en-07',
    tz: 'Europe/London',
    self: ['james.okafor@okafor-consult.example'],
    from: 'Sophie Lambert <sophie.lambert@kestrelmedia.example>',
    to: 'James Okafor <james.okafor@okafor-consult.example>',
    cc: 'Dan Whitaker <dan.whitaker@kestrelmedia.example>',
    date: '2027-01-27 11:05',
    subject: 'RE: Q1 editorial planning',
    body: `Hi James,

Sorry for the slow reply. Any of those days works for me apart from Wednesday, which I'm spending at the printers.

Sophie`,
    history: [
      {
        style: 'outlook-en',
        from: 'Dan Whitaker <dan.whitaker@kestrelmedia.example>',
        to: 'James Okafor <james.okafor@okafor-consult.example>',
        cc: 'Sophie Lambert <sophie.lambert@kestrelmedia.example>',
        date: '2027-01-26 15:48',
        subject: 'RE: Q1 editorial planning',
        body: `Hi James,

Afternoons only for me that week, I'm afraid - mornings are taken up with the handover.

Dan`,
      },
      {
        style: 'outlook-en',
        from: 'James Okafor <james.okafor@okafor-consult.example>',
        to: 'Dan Whitaker <dan.whitaker@kestrelmedia.example>; Sophie Lambert <sophie.lambert@kestrelmedia.example>',
        date: '2027-01-26 09:30',
        subject: 'Q1 editorial planning',
        body: `Dan, Sophie,

Let's get the Q1 editorial planning session in the diary. I can do Monday 1 to Wednesday 3 February - I'll send a Teams link once we've settled on a time. Allow 90 minutes.

Thanks,
James`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['sophie.lambert@kestrelmedia.example', 'dan.whitaker@kestrelmedia.example'],
      type: 'video',
      duration: 90,
      location: null,
      when: [span('2027-02-01', '12:00', '18:00'), span('2027-02-02', '12:00', '18:00')],
      excluded: [day('2027-02-03')],
    },
  },
  {
    id: 'ho9-en-08',
    tz: 'America/New_York',
    self: ['leah@goldbergpr.example'],
    from: 'Leah Goldberg <leah@goldbergpr.example>',
    to: 'Chris Adams <chris.adams@vantagehotels.example>',
    date: '2027-02-17 18:05',
    subject: 'Launch timeline + media list',
    body: `Hi Chris,

Thanks again for making time yesterday - really useful. As promised, I've attached the launch timeline and the media list. Let me know if anything looks off.

Best,
Leah

Leah Goldberg
Goldberg PR`,
    expect: {
      language: 'en',
      intent: 'other',
      contacts: ['chris.adams@vantagehotels.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho9-en-09',
    tz: 'America/New_York',
    self: ['sam@riveralabs.example'],
    from: 'Harriet Cole <harriet.cole@cole-partners.example>',
    to: 'Sam Rivera <sam@riveralabs.example>',
    date: '2026-10-26 07:10',
    subject: 'Pilot scope',
    body: `Hi Sam,

Thanks for the intro call last week. Could we do a 45-minute video call on Wednesday at 9am London time to go through the pilot scope? I'll send a Google Meet link. I realise that's early on your side.

Best,
Harriet

Harriet Cole
Cole & Partners, London`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['harriet.cole@cole-partners.example'],
      type: 'video',
      duration: 45,
      location: null,
      when: [at('2026-10-28 05:00')],
    },
  },
  {
    id: 'ho9-en-10',
    tz: 'America/Los_Angeles',
    self: ['nina@patelstudio.example'],
    from: 'Nina Patel <nina@patelstudio.example>',
    to: 'Ethan Brooks <ethan.brooks@redwoodsupply.example>',
    date: '2027-05-25 13:20',
    subject: 'Re: Packaging order',
    body: `That works. Let's do lunch that week - any day except the Monday, since it's Memorial Day. I'll pick a place.

Nina`,
    history: [
      {
        style: 'apple-en',
        from: 'Ethan Brooks <ethan.brooks@redwoodsupply.example>',
        to: 'Nina Patel <nina@patelstudio.example>',
        date: '2027-05-20 10:02',
        body: `Hi Nina,

Happy to catch up on the packaging order. I'm on the road next week but free the week after.

Ethan`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ethan.brooks@redwoodsupply.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2027-06-01', '2027-06-04')],
      excluded: [day('2027-05-31')],
    },
  },
  {
    id: 'ho9-en-11',
    tz: 'Asia/Kolkata',
    self: ['meera@shahadvisory.example'],
    from: 'Arjun Iyer <arjun.iyer@quantumleaf.example>',
    to: 'Meera Shah <meera@shahadvisory.example>',
    date: '2026-12-14 12:45',
    subject: 'Catch-up in the new year',
    body: `Hi Meera,

The December close is eating all my time, so let's push our catch-up into the new year. Could we do a call in mid-January, on a weekday morning? Any of those should be fine for me.

Regards,
Arjun`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['arjun.iyer@quantumleaf.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [
        span('2027-01-11', '08:00', '12:00'),
        span('2027-01-12', '08:00', '12:00'),
        span('2027-01-13', '08:00', '12:00'),
        span('2027-01-14', '08:00', '12:00'),
        span('2027-01-15', '08:00', '12:00'),
        span('2027-01-18', '08:00', '12:00'),
        span('2027-01-19', '08:00', '12:00'),
        span('2027-01-20', '08:00', '12:00'),
      ],
    },
  },
  {
    id: 'ho9-en-12',
    tz: 'America/Toronto',
    self: ['alex.chen@lumenlabs.example'],
    from: 'Priya Sandhu <priya@maplecraft.example>',
    to: 'Alex Chen <alex.chen@lumenlabs.example>',
    date: '2027-03-09 13:48',
    subject: 'Re: coffee',
    body: `Thu am is better for me. 9:30 at Dineen on Yonge?

P`,
    history: [
      {
        style: 'gmail-en',
        from: 'Alex Chen <alex.chen@lumenlabs.example>',
        to: 'Priya Sandhu <priya@maplecraft.example>',
        date: '2027-03-09 11:02',
        body: `hey! coffee tmrw aft or thurs am? want to pick your brain on the wholesale stuff

A`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya@maplecraft.example'],
      type: 'coffee',
      duration: null,
      location: 'Dineen on Yonge',
      when: [at('2027-03-11 09:30')],
    },
  },
  {
    id: 'ho9-en-13',
    tz: 'Australia/Sydney',
    self: ['chloe@southerly.example'],
    from: 'Kyle Morgan <kyle@driftwoodgames.example>',
    to: 'Chloe Nguyen <chloe@southerly.example>',
    date: '2027-10-01 09:00',
    subject: 'Localisation budget',
    body: `Hi Chloe,

Would love 30 minutes on Zoom to go over the localisation budget. How about Tuesday at 4pm my time (Pacific)? Failing that, Wednesday any time before 11am Pacific also works.

Cheers,
Kyle

Kyle Morgan
Driftwood Games, Los Angeles`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['kyle@driftwoodgames.example'],
      type: 'video',
      duration: 30,
      location: null,
      when: [at('2027-10-06 10:00'), ['2027-10-06 18:00', '2027-10-07 05:00']],
    },
  },
  {
    id: 'ho9-en-14',
    tz: 'Europe/Paris',
    self: ['claire.dubois@dubois-conseil.example'],
    from: 'Lukas Weber <lukas.weber@alpenlogistik.example>',
    to: 'Claire Dubois <claire.dubois@dubois-conseil.example>',
    date: '2027-03-22 09:15',
    subject: 'Moving our Thursday call',
    body: `Hi Claire,

I need to move our 30-minute call on Thursday at 3pm - I've been pulled into a customs audit. Could we do Friday at the same time, or Monday morning?

Sorry for the change,
Lukas

Lukas Weber
Alpen Logistik GmbH`,
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: ['lukas.weber@alpenlogistik.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [at('2027-03-26 15:00'), span('2027-03-29', '08:00', '12:00')],
      excluded: [span('2027-03-25', '15:00', '15:30')],
    },
  },
  {
    id: 'ho9-en-15',
    tz: 'America/New_York',
    self: ['rachel.kim@ironbridge.example'],
    assistant: ['slash@slash.example'],
    from: 'Rachel Kim <rachel.kim@ironbridge.example>',
    to: SLASH,
    date: '2027-06-08 09:30',
    subject: 'Fwd: Drinks to celebrate the launch',
    body: `Hi Slash,

Can you find us an evening for this? I'm out on the 14th.

Thanks,
Rachel`,
    history: [
      {
        style: 'fwd-apple-en',
        from: 'Marco Bellini <marco@bellini-design.example>',
        to: 'Rachel Kim <rachel.kim@ironbridge.example>',
        cc: 'Sara Lopez <sara.lopez@bellini-design.example>',
        date: '2027-06-07 16:22',
        subject: 'Drinks to celebrate the launch',
        body: `Rachel,

Now that the showroom is open, Sara and I would love to take your team out for drinks next week to say thank you. Any evening works for us.

Marco`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['marco@bellini-design.example', 'sara.lopez@bellini-design.example'],
      type: 'drinks',
      duration: null,
      location: null,
      when: [
        span('2027-06-15', '18:00', '22:00'),
        span('2027-06-16', '18:00', '22:00'),
        span('2027-06-17', '18:00', '22:00'),
        span('2027-06-18', '18:00', '22:00'),
      ],
      excluded: [day('2027-06-14')],
    },
  },
  {
    id: 'ho9-en-16',
    tz: 'America/Los_Angeles',
    self: ['owen@clearpathsoftware.example'],
    from: 'Grace Liu <grace.liu@summitfoods.example>',
    to: 'Owen Price <owen@clearpathsoftware.example>',
    date: '2027-09-10 15:40',
    subject: 'RE: Inventory platform demo',
    body: `Hi Owen,

Thanks for reaching out. Anything from Monday the 20th onward works for the demo - just send over an invite.

Grace`,
    history: [
      {
        style: 'outlook-original',
        from: 'Owen Price <owen@clearpathsoftware.example>',
        to: 'Grace Liu <grace.liu@summitfoods.example>',
        date: '2027-09-09 10:12',
        subject: 'Inventory platform demo',
        body: `Hi Grace,

I'd love to schedule a 60-minute demo of the new inventory platform for you over Zoom. What does your availability look like over the next few weeks?

Best,
Owen

Owen Price | Clearpath Software`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['grace.liu@summitfoods.example'],
      type: 'video',
      duration: 60,
      location: null,
      when: [onward('2027-09-20 00:00')],
    },
  },
  {
    id: 'ho9-en-17',
    tz: 'Europe/London',
    self: ['fiona.hart@hartinteriors.example'],
    from: 'Ian McLeod <ian@mcleodjoinery.example>',
    to: 'Fiona Hart <fiona.hart@hartinteriors.example>',
    date: '2027-10-27 17:30',
    subject: 'Re: Samples',
    body: `Hi Fiona,

Happy to come over to your office to look at the samples. Any day next week between 10 and 4 works, except Friday.

Ian`,
    history: [
      {
        style: 'gmail-en',
        from: 'Fiona Hart <fiona.hart@hartinteriors.example>',
        to: 'Ian McLeod <ian@mcleodjoinery.example>',
        date: '2027-10-27 09:12',
        body: `Hi Ian,

The oak and walnut samples have arrived. Could you pop in next week to choose the finish for the Marylebone job?

Thanks,
Fiona

Fiona Hart
Hart Interiors
14 Clerkenwell Green, London EC1R 0DP`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ian@mcleodjoinery.example'],
      type: 'meeting',
      duration: null,
      location: '14 Clerkenwell Green, London EC1R 0DP',
      when: [
        span('2027-11-01', '10:00', '16:00'),
        span('2027-11-02', '10:00', '16:00'),
        span('2027-11-03', '10:00', '16:00'),
        span('2027-11-04', '10:00', '16:00'),
      ],
      excluded: [day('2027-11-05')],
    },
  },
  {
    id: 'ho9-en-18',
    tz: 'America/New_York',
    self: ['david@rosscapital.example'],
    from: 'David Ross <david@rosscapital.example>',
    to: 'Amy Chen <amy.chen@harborlight.example>',
    date: '2027-02-09 14:00',
    subject: 'Lunch',
    body: `Amy,

This Friday is a no-go for me unfortunately, but how about lunch next Friday? Via Carota in the West Village, if you're up for it.

David`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['amy.chen@harborlight.example'],
      type: 'lunch',
      duration: null,
      location: 'Via Carota, West Village',
      when: [day('2027-02-19')],
      excluded: [day('2027-02-12')],
    },
  },
  {
    id: 'ho9-en-19',
    tz: 'Asia/Kolkata',
    self: ['vikram.rao@indusworks.example'],
    from: 'Vikram Rao <vikram.rao@indusworks.example>',
    to: 'Neha Kapoor <neha.kapoor@pixelforge.example>',
    cc: 'Sanjay Gupta <sanjay.gupta@pixelforge.example>',
    date: '2027-01-20 18:20',
    subject: 'RE: Design review',
    body: `Hi Neha, Sanjay,

We'll have to call off tomorrow's 11am design review. The client has pushed back the wireframe sign-off, so there's nothing to review yet. I'll come back with new dates next week.

Regards,
Vikram`,
    history: [
      {
        style: 'outlook-en',
        from: 'Neha Kapoor <neha.kapoor@pixelforge.example>',
        to: 'Vikram Rao <vikram.rao@indusworks.example>',
        cc: 'Sanjay Gupta <sanjay.gupta@pixelforge.example>',
        date: '2027-01-18 10:05',
        subject: 'RE: Design review',
        body: `Hi Vikram,

Thursday 21st at 11:00 works for us. Teams is fine.

Neha`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: ['neha.kapoor@pixelforge.example', 'sanjay.gupta@pixelforge.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-01-21 11:00')],
    },
  },
  {
    id: 'ho9-en-20',
    tz: 'America/Toronto',
    self: ['julie.tremblay@northshorelog.example'],
    from: 'Mark Sullivan <mark@sullivanfreight.example>',
    to: 'Julie Tremblay <julie.tremblay@northshorelog.example>',
    date: '2027-11-03 10:25',
    subject: 'Winter rate card',
    body: `Hi Julie,

Let's set up a call about the winter rate card. I'm in Vancouver the week of the 15th, so please think Pacific time: Tuesday to Thursday that week, between 9 and 11am PT.

Thanks,
Mark`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['mark@sullivanfreight.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [
        span('2027-11-16', '12:00', '14:00'),
        span('2027-11-17', '12:00', '14:00'),
        span('2027-11-18', '12:00', '14:00'),
      ],
    },
  },
  {
    id: 'ho9-fr-01',
    tz: 'Europe/Paris',
    self: ['paul.girard@girard-traduction.example'],
    from: 'Hélène Marchand <helene.marchand@editions-lumen.example>',
    to: 'Paul Girard <paul.girard@girard-traduction.example>',
    date: '2026-11-13 10:20',
    subject: 'Un café ?',
    body: `Bonjour Paul,

Suite à notre échange au Salon du livre, seriez-vous disponible pour un café mardi ou jeudi matin ? Je propose le Café de la Paix, place de l'Opéra.

Bien à vous,
Hélène Marchand
Éditions Lumen`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['helene.marchand@editions-lumen.example'],
      type: 'coffee',
      duration: null,
      location: `Café de la Paix, place de l'Opéra`,
      when: [span('2026-11-17', '08:00', '12:00'), span('2026-11-19', '08:00', '12:00')],
    },
  },
  {
    id: 'ho9-fr-02',
    tz: 'Europe/Paris',
    self: ['julien@roux-immobilier.example'],
    from: 'Julien Roux <julien@roux-immobilier.example>',
    to: 'Camille Fabre <camille.fabre@fabre-notaires.example>',
    date: '2026-11-25 17:45',
    subject: 'Vente Oberkampf - déjeuner',
    body: `Bonjour Camille,

Pour faire le point sur la vente de la rue Oberkampf, je vous propose un déjeuner la semaine du 7 décembre, n'importe quel jour sauf le mercredi. Que diriez-vous de Racines, passage des Panoramas ?

Bonne soirée,
Julien`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['camille.fabre@fabre-notaires.example'],
      type: 'lunch',
      duration: null,
      location: 'Racines, passage des Panoramas',
      when: [days('2026-12-07', '2026-12-08'), days('2026-12-10', '2026-12-11')],
      excluded: [day('2026-12-09')],
    },
  },
  {
    id: 'ho9-fr-03',
    tz: 'Europe/Paris',
    self: ['sarah.benali@benali-invest.example'],
    from: 'Antoine Morel <antoine.morel@morel-avocats.example>',
    to: 'Sarah Benali <sarah.benali@benali-invest.example>',
    date: '2027-01-12 09:05',
    subject: 'Re: Rendez-vous du 14 janvier',
    body: `Bonjour Sarah,

Je dois malheureusement décaler notre rendez-vous de jeudi 10h, une audience vient d'être fixée ce matin-là. Pourriez-vous plutôt vendredi en fin de journée, ou lundi prochain à partir de 14h ?

Bien cordialement,
Antoine Morel
Morel & Associés
27 rue de Léningrad, 75008 Paris`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Sarah Benali <sarah.benali@benali-invest.example>',
        to: 'Antoine Morel <antoine.morel@morel-avocats.example>',
        date: '2027-01-08 16:30',
        body: `Bonjour Antoine,

Je vous confirme notre rendez-vous d'une heure jeudi 14 janvier à 10h, dans vos locaux.

Bien à vous,
Sarah`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: ['antoine.morel@morel-avocats.example'],
      type: 'meeting',
      duration: 60,
      location: '27 rue de Léningrad, 75008 Paris',
      when: [span('2027-01-15', '17:00', '20:00'), span('2027-01-18', '14:00', '24:00')],
      excluded: [span('2027-01-14', '10:00', '11:00')],
    },
  },
  {
    id: 'ho9-fr-04',
    tz: 'Europe/Paris',
    self: ['elodie.perrin@perrin-rh.example'],
    from: 'Élodie Perrin <elodie.perrin@perrin-rh.example>',
    to: 'Nicolas Blanc <nicolas.blanc@atelier-blanc.example>',
    cc: 'Inès Garnier <ines.garnier@atelier-blanc.example>',
    date: '2027-04-15 18:10',
    subject: 'Compte rendu de notre échange',
    body: `Bonjour Nicolas, bonjour Inès,

Merci pour l'échange d'hier. Vous trouverez ci-joint le compte rendu ainsi que la grille de salaires dont nous avons parlé. N'hésitez pas à revenir vers moi si vous avez des questions.

Belle soirée,
Élodie`,
    expect: {
      language: 'fr',
      intent: 'other',
      contacts: ['nicolas.blanc@atelier-blanc.example', 'ines.garnier@atelier-blanc.example'],
      type: null,
      duration: null,
      location: null,
      when: [],
    },
  },
  {
    id: 'ho9-fr-05',
    tz: 'Europe/Paris',
    self: ['thomas@lefevre-patrimoine.example'],
    assistant: ['slash@slash.example'],
    from: 'Thomas Lefèvre <thomas@lefevre-patrimoine.example>',
    to: SLASH,
    date: '2027-02-05 08:40',
    subject: 'Fwd: Déjeuner',
    body: `Slash, peux-tu caler ce déjeuner avec Mathilde ? Je ne suis pas disponible le lundi 15.

Merci,
Thomas`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Mathilde Caron <mathilde.caron@caron-architectes.example>',
        to: 'Thomas Lefèvre <thomas@lefevre-patrimoine.example>',
        date: '2027-02-04 19:12',
        subject: 'Déjeuner',
        body: `Bonjour Thomas,

Avec plaisir pour un déjeuner dans quinze jours, le jour qui vous arrange.

Mathilde`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['mathilde.caron@caron-architectes.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [days('2027-02-16', '2027-02-19')],
      excluded: [day('2027-02-15')],
    },
  },
  {
    id: 'ho9-fr-06',
    tz: 'Europe/Paris',
    self: ['agathe.simon@medisoft.example'],
    from: 'Bruno Lemoine <bruno.lemoine@clinique-saint-roch.example>',
    to: 'Agathe Simon <agathe.simon@medisoft.example>',
    cc: 'Claire Vidal <claire.vidal@clinique-saint-roch.example>',
    date: '2027-04-07 11:30',
    subject: 'RE: Démonstration module prescription',
    body: `Bonjour,

De mon côté, je ne peux que le matin.

Cordialement,
Dr Bruno Lemoine`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Claire Vidal <claire.vidal@clinique-saint-roch.example>',
        to: 'Agathe Simon <agathe.simon@medisoft.example>',
        cc: 'Bruno Lemoine <bruno.lemoine@clinique-saint-roch.example>',
        date: '2027-04-06 17:05',
        subject: 'RE: Démonstration module prescription',
        body: `Bonjour Agathe,

Pour moi ce serait mardi 13 ou jeudi 15.

Claire Vidal
Directrice des soins`,
      },
      {
        style: 'outlook-fr',
        from: 'Agathe Simon <agathe.simon@medisoft.example>',
        to: 'Claire Vidal <claire.vidal@clinique-saint-roch.example>; Bruno Lemoine <bruno.lemoine@clinique-saint-roch.example>',
        date: '2027-04-06 09:20',
        subject: 'Démonstration module prescription',
        body: `Bonjour à tous les deux,

Je vous propose une visio la semaine prochaine pour la démonstration du nouveau module de prescription. Merci de m'indiquer vos disponibilités.

Bien cordialement,
Agathe Simon
Medisoft`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bruno.lemoine@clinique-saint-roch.example', 'claire.vidal@clinique-saint-roch.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2027-04-13', '08:00', '12:00'), span('2027-04-15', '08:00', '12:00')],
    },
  },
  {
    id: 'ho9-fr-07',
    tz: 'America/Toronto',
    self: ['isabelle.roy@roy-comptables.example'],
    from: 'Mathieu Gagnon <mathieu.gagnon@gagnon-fils.example>',
    to: 'Isabelle Roy <isabelle.roy@roy-comptables.example>',
    date: '2027-05-10 15:10',
    subject: 'Dîner jeudi?',
    body: `Salut Isabelle,

On pourrait dîner ensemble jeudi prochain pour régler la question des déclarations? Vers midi et demi au Beauty's, avenue du Mont-Royal, ça t'irait?

Mathieu`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['mathieu.gagnon@gagnon-fils.example'],
      type: 'lunch',
      duration: null,
      location: `Beauty's, avenue du Mont-Royal`,
      when: [at('2027-05-13 12:30')],
    },
  },
  {
    id: 'ho9-fr-08',
    tz: 'Europe/Paris',
    self: ['lea.martin@martin-galerie.example'],
    from: 'Victor Henry <victor.henry@studio-henry.example>',
    to: 'Léa Martin <lea.martin@martin-galerie.example>',
    date: '2027-06-10 14:05',
    subject: 'Ce soir',
    body: `Bonjour Léa,

Je suis désolé mais je vais devoir annuler notre verre de ce soir à 19h : mon fils est malade. Je reviens vers vous dès que possible pour trouver une autre date.

Victor`,
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['victor.henry@studio-henry.example'],
      type: 'drinks',
      duration: null,
      location: null,
      when: [at('2027-06-10 19:00')],
    },
  },
  {
    id: 'ho9-fr-09',
    tz: 'Europe/Paris',
    self: ['aurelie.bonnet@bonnet-design.example'],
    from: 'Aurélie Bonnet <aurelie.bonnet@bonnet-design.example>',
    to: 'Kenji Sato <kenji.sato@sato-textiles.example>',
    date: '2027-09-06 08:50',
    subject: 'Re: De passage à Paris',
    body: `Bonjour Kenji,

Avec grand plaisir ! Mercredi je suis prise, mais jeudi matin c'est parfait. Retrouvons-nous au Café Kitsuné du Palais-Royal.

À jeudi,
Aurélie`,
    history: [
      {
        style: 'apple-fr',
        from: 'Kenji Sato <kenji.sato@sato-textiles.example>',
        to: 'Aurélie Bonnet <aurelie.bonnet@bonnet-design.example>',
        date: '2027-09-03 18:15',
        body: `Bonjour Aurélie,

Je serai à Paris la semaine prochaine, mercredi et jeudi. Un café pour parler de la collection d'hiver, si vous avez un moment ?

Kenji`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['kenji.sato@sato-textiles.example'],
      type: 'coffee',
      duration: null,
      location: 'Café Kitsuné du Palais-Royal',
      when: [span('2027-09-09', '08:00', '12:00')],
      excluded: [day('2027-09-08')],
    },
  },
  {
    id: 'ho9-fr-10',
    tz: 'Europe/Paris',
    self: ['francois.petit@petit-agence.example'],
    from: 'Rebecca Stone <rebecca.stone@hudsonbooks.example>',
    to: 'François Petit <francois.petit@petit-agence.example>',
    date: '2027-03-15 16:30',
    subject: 'Droits de traduction',
    body: `Bonjour François,

Pour discuter des droits de traduction, pourrions-nous prévoir un appel jeudi à 9h, heure de New York ? Je vous appellerai sur votre portable.

Bien à vous,
Rebecca Stone
Hudson Books, New York`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['rebecca.stone@hudsonbooks.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2027-03-18 14:00')],
    },
  },
  {
    id: 'ho9-fr-11',
    tz: 'Europe/Paris',
    self: ['margaux.dupuis@dupuis-deco.example'],
    from: 'Gabriel Fontaine <gabriel.fontaine@atelier-varenne.example>',
    to: 'Margaux Dupuis <margaux.dupuis@dupuis-deco.example>',
    date: '2026-11-02 12:10',
    subject: `Re: Chantier de l'hôtel`,
    body: `Bonjour Margaux,

Fin novembre me va très bien, sauf les 24 et 25 où je suis à Milan. Passez à nos bureaux, ce sera plus simple pour vous montrer les échantillons.

Gabriel Fontaine
Atelier Varenne
12 rue de Varenne, 75007 Paris`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Margaux Dupuis <margaux.dupuis@dupuis-deco.example>',
        to: 'Gabriel Fontaine <gabriel.fontaine@atelier-varenne.example>',
        date: '2026-10-30 10:00',
        body: `Bonjour Gabriel,

Pourrions-nous nous voir fin novembre pour faire le point sur le chantier de l'hôtel ?

Belle journée,
Margaux`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['gabriel.fontaine@atelier-varenne.example'],
      type: 'meeting',
      duration: null,
      location: '12 rue de Varenne, 75007 Paris',
      when: [days('2026-11-21', '2026-11-23'), days('2026-11-26', '2026-11-30')],
      excluded: [days('2026-11-24', '2026-11-25')],
    },
  },
  {
    id: 'ho9-fr-12',
    tz: 'America/Toronto',
    self: ['etienne.lavoie@lavoie-importations.example'],
    from: 'Sophie Marchal <sophie.marchal@vins-marchal.example>',
    to: 'Étienne Lavoie <etienne.lavoie@lavoie-importations.example>',
    date: '2026-10-28 10:00',
    subject: 'Présentation du millésime 2025',
    body: `Bonjour Étienne,

Pour la présentation du millésime 2025, je vous propose une visio Teams mardi entre 15h et 17h, heure de Paris. Dites-moi ce qui vous arrange dans ce créneau.

Cordialement,
Sophie Marchal
Domaine Marchal, Beaune`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['sophie.marchal@vins-marchal.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [span('2026-11-03', '09:00', '11:00')],
    },
  },
  {
    id: 'ho9-fr-13',
    tz: 'Europe/Paris',
    self: ['celine.robert@robert-audit.example'],
    from: 'Yann Le Gall <yann.legall@breizh-energie.example>',
    to: 'Céline Robert <celine.robert@robert-audit.example>',
    date: '2027-06-01 18:40',
    subject: 'RE: Point audit énergétique',
    body: `Bonjour Céline,

dispo jeudi aprem ou vendredi matin ? sinon lundi 9h30

Yann

Envoyé de mon iPhone`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Céline Robert <celine.robert@robert-audit.example>',
        to: 'Yann Le Gall <yann.legall@breizh-energie.example>',
        date: '2027-06-01 14:15',
        subject: 'Point audit énergétique',
        body: `Bonjour Yann,

Pourrions-nous caler un point téléphonique d'une demi-heure sur l'audit énergétique ? Je suis assez flexible cette semaine et la suivante.

Cordialement,
Céline Robert`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['yann.legall@breizh-energie.example'],
      type: 'call',
      duration: 30,
      location: null,
      when: [span('2027-06-03', '12:00', '18:00'), span('2027-06-04', '08:00', '12:00'), at('2027-06-07 09:30')],
    },
  },
  {
    id: 'ho9-fr-14',
    tz: 'Europe/Paris',
    self: ['raphael@mercier-vins.example'],
    from: 'Raphaël Mercier <raphael@mercier-vins.example>',
    to: 'Louise Chevalier <louise.chevalier@chevalier-traiteur.example>',
    date: '2027-10-04 09:40',
    subject: 'Dîner avant le salon',
    body: `Bonjour Louise,

Et si on dînait ensemble avant le 15 octobre pour parler du salon ? N'importe quel soir me va, sauf le mercredi 6.

Amitiés,
Raphaël`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['louise.chevalier@chevalier-traiteur.example'],
      type: 'dinner',
      duration: null,
      location: null,
      when: [
        span('2027-10-04', '18:00', '22:00'),
        span('2027-10-05', '18:00', '22:00'),
        span('2027-10-07', '18:00', '22:00'),
        span('2027-10-08', '18:00', '22:00'),
        span('2027-10-09', '18:00', '22:00'),
        span('2027-10-10', '18:00', '22:00'),
        span('2027-10-11', '18:00', '22:00'),
        span('2027-10-12', '18:00', '22:00'),
        span('2027-10-13', '18:00', '22:00'),
        span('2027-10-14', '18:00', '22:00'),
      ],
      excluded: [day('2027-10-06')],
    },
  },
  {
    id: 'ho9-fr-15',
    tz: 'Europe/Paris',
    self: ['nathalie.garnier@garnier-conseil.example'],
    assistant: ['slash@slash.example'],
    from: 'Nathalie Garnier <nathalie.garnier@garnier-conseil.example>',
    to: SLASH,
    date: '2027-11-18 08:55',
    subject: 'Fwd: Audit de la chaîne logistique',
    body: `Bonjour Slash,

Merci d'organiser ce rendez-vous avec Hugo et Manon, une heure, chez eux.

Nathalie`,
    history: [
      {
        style: 'fwd-apple-fr',
        from: 'Hugo Renard <hugo.renard@renard-industries.example>',
        to: 'Nathalie Garnier <nathalie.garnier@garnier-conseil.example>',
        cc: 'Manon Duval <manon.duval@renard-industries.example>',
        date: '2027-11-17 17:30',
        subject: 'Audit de la chaîne logistique',
        body: `Bonjour Nathalie,

Manon et moi serions ravis de vous recevoir dans nos locaux la semaine du 29 novembre, en milieu de semaine, pour lancer l'audit.

Bien cordialement,
Hugo Renard
Directeur des opérations
Renard Industries
45 quai Perrache, 69002 Lyon`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['hugo.renard@renard-industries.example', 'manon.duval@renard-industries.example'],
      type: 'meeting',
      duration: 60,
      location: '45 quai Perrache, 69002 Lyon',
      when: [days('2027-11-30', '2027-12-02')],
    },
  },
  {
    id: 'ho9-fr-16',
    tz: 'Europe/Paris',
    self: ['sandrine.colin@colin-archi.example'],
    from: 'Damien Faure <damien.faure@faure-menuiserie.example>',
    to: 'Sandrine Colin <sandrine.colin@colin-archi.example>',
    date: '2026-11-27 12:30',
    subject: 'Re: Plans de la cuisine',
    body: `Bonjour Sandrine,

Jeudi impossible pour moi, mais vendredi entre 14h et 16h30 ça irait.

Damien`,
    history: [
      {
        style: 'apple-fr',
        from: 'Sandrine Colin <sandrine.colin@colin-archi.example>',
        to: 'Damien Faure <damien.faure@faure-menuiserie.example>',
        date: '2026-11-26 09:45',
        body: `Bonjour Damien,

Pourriez-vous passer à l'agence jeudi 3 ou vendredi 4 décembre pour valider les plans de la cuisine ?

Sandrine Colin
Colin Architecture
8 cours Lafayette, 69003 Lyon`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['damien.faure@faure-menuiserie.example'],
      type: 'meeting',
      duration: null,
      location: '8 cours Lafayette, 69003 Lyon',
      when: [span('2026-12-04', '14:00', '16:30')],
      excluded: [day('2026-12-03')],
    },
  },
  {
    id: 'ho9-fr-17',
    tz: 'Europe/Paris',
    self: ['hugo.bertrand@bertrand-finance.example'],
    from: 'Hugo Bertrand <hugo.bertrand@bertrand-finance.example>',
    to: 'Anne Leroy <anne.leroy@leroy-assurances.example>',
    date: '2026-10-21 19:00',
    subject: 'Petit-déjeuner avant le comité',
    body: `Bonjour Anne,

Un petit-déjeuner lundi 26 ou mardi 27 octobre, vers 8h, au Pain Quotidien de la rue des Archives ? Cela nous laisserait le temps de préparer le comité.

Bonne soirée,
Hugo`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['anne.leroy@leroy-assurances.example'],
      type: 'breakfast',
      duration: null,
      location: 'Le Pain Quotidien, rue des Archives',
      when: [at('2026-10-26 08:00'), at('2026-10-27 08:00')],
    },
  },
  {
    id: 'ho9-fr-18',
    tz: 'Europe/Paris',
    self: ['olivier.masson@masson-btp.example'],
    from: 'Olivier Masson <olivier.masson@masson-btp.example>',
    to: 'Karine Picard <karine.picard@picard-ingenierie.example>',
    cc: 'Luc Moreau <luc.moreau@picard-ingenierie.example>',
    date: '2027-03-04 11:20',
    subject: 'RE: Réunion de lancement',
    body: `Bonjour Karine, bonjour Luc,

Le permis n'étant toujours pas délivré, je vous confirme que nous annulons la réunion de lancement du mardi 9 mars. Je reviendrai vers vous dès que nous aurons de la visibilité.

Cordialement,
Olivier Masson`,
    history: [
      {
        style: 'outlook-fr',
        from: 'Karine Picard <karine.picard@picard-ingenierie.example>',
        to: 'Olivier Masson <olivier.masson@masson-btp.example>',
        cc: 'Luc Moreau <luc.moreau@picard-ingenierie.example>',
        date: '2027-03-01 10:00',
        subject: 'RE: Réunion de lancement',
        body: `Bonjour Olivier,

C'est noté pour la réunion de lancement mardi 9 mars à 9h30, en visio sur Teams.

Bien à vous,
Karine Picard`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: ['karine.picard@picard-ingenierie.example', 'luc.moreau@picard-ingenierie.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [at('2027-03-09 09:30')],
    },
  },
  {
    id: 'ho9-fr-19',
    tz: 'Europe/Paris',
    self: ['chloe.besson@besson-logistique.example'],
    from: 'Laurent Giraud <laurent.giraud@giraud-transports.example>',
    to: 'Chloé Besson <chloe.besson@besson-logistique.example>',
    date: '2027-05-11 10:15',
    subject: 'Renouvellement du contrat',
    body: `Bonjour Chloé,

J'aimerais qu'on s'appelle une heure pour parler du renouvellement du contrat. Je suis disponible n'importe quand dans les deux prochaines semaines, sauf le vendredi 21 où je suis en congé.

Cordialement,
Laurent Giraud
Giraud Transports`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['laurent.giraud@giraud-transports.example'],
      type: 'call',
      duration: 60,
      location: null,
      when: [
        ['2027-05-11 10:15', '2027-05-21 00:00'],
        ['2027-05-22 00:00', '2027-05-25 10:15'],
      ],
      excluded: [day('2027-05-21')],
    },
  },
  {
    id: 'ho9-fr-20',
    tz: 'America/Toronto',
    self: ['genevieve.cote@cote-rp.example'],
    from: 'Simon Bouchard <simon.bouchard@bouchard-media.example>',
    to: 'Geneviève Côté <genevieve.cote@cote-rp.example>',
    date: '2027-11-04 16:50',
    subject: 'Re: Souper de lancement',
    body: `Oui, bonne idée! Mercredi ou jeudi soir, mais pas avant 19h, je finis tard ces temps-ci.

Simon`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Geneviève Côté <genevieve.cote@cote-rp.example>',
        to: 'Simon Bouchard <simon.bouchard@bouchard-media.example>',
        date: '2027-11-04 10:30',
        body: `Salut Simon,

On se fait un souper la semaine prochaine pour fêter le lancement? Je pensais au Toqué!, place Jean-Paul-Riopelle.

Geneviève`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['simon.bouchard@bouchard-media.example'],
      type: 'dinner',
      duration: null,
      location: 'Toqué!, place Jean-Paul-Riopelle',
      when: [span('2027-11-10', '19:00', '22:00'), span('2027-11-11', '19:00', '22:00')],
    },
  },
];
