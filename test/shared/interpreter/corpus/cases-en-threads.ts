/** English threads: replies with quoted history (Gmail, Apple Mail, Outlook), forwards, HTML quotes. */
import { at, day, days, span, type CaseRow, type HistoryStyle } from './corpus-case.js';

const ASSISTANT = ['slash@slash.example'];
const SLASH = 'Slash <slash@slash.example>';

interface Person {
  readonly name: string;
  readonly email: string;
}
const p = (name: string, email: string): Person => ({ name, email });
const addr = (person: Person): string => `${person.name} <${person.email}>`;
const first = (person: Person): string => person.name.split(' ')[0] ?? person.name;

const CLIENTS: readonly Person[] = [
  p('David Miller', 'david@northwind.example'),
  p('Sarah Cole', 'sarah@bluepeak.example'),
  p('Liam Kelly', 'liam@coral.example'),
  p('Rebecca Hall', 'rebecca@hallmark.example'),
  p('James Wong', 'james@wong-capital.example'),
];
const CONTACTS: readonly Person[] = [
  p('Ann Lee', 'ann@acme.example'),
  p('Tom Baker', 'tom.baker@fabrikam.example'),
  p('Priya Shah', 'priya@contoso.example'),
  p('Mark Evans', 'mark@orbital.example'),
  p('Grace Kim', 'grace@verdant.example'),
  p('Oliver Grant', 'oliver@kestrel.example'),
  p('Nina Park', 'nina@halcyon.example'),
  p('Emma Stone', 'emma@brightline.example'),
  p('Ben Carter', 'ben@atlas.example'),
  p('Chloe Adams', 'chloe@harbor.example'),
  p('Ian Wright', 'ian@cobalt.example'),
];
const REPLY_STYLES: readonly HistoryStyle[] = ['gmail-en', 'apple-en', 'outlook-en', 'outlook-original'];
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

// Family A: a contact offers a week (read against their own Friday date); the reply picks days in it.
const WEEK_PICKS: ReadonlyArray<{
  kind: string;
  type: CaseRow['expect']['type'];
  reply: string;
  when: CaseRow['expect']['when'];
}> = [
  {
    kind: 'a coffee',
    type: 'coffee',
    reply: 'Thursday morning works best for me.',
    when: [span('2026-03-05', '08:00', '12:00')],
  },
  {
    kind: 'lunch',
    type: 'lunch',
    reply: 'Wednesday or Friday would be great.',
    when: [day('2026-03-04'), day('2026-03-06')],
  },
  {
    kind: 'a quick call',
    type: 'call',
    reply: 'Thursday afternoon suits me.',
    when: [span('2026-03-05', '12:00', '18:00')],
  },
  {
    kind: 'a Zoom',
    type: 'video',
    reply: 'How about Friday, late morning?',
    when: [span('2026-03-06', '10:00', '12:00')],
  },
  {
    kind: 'drinks',
    type: 'drinks',
    reply: 'Thursday evening is perfect.',
    when: [span('2026-03-05', '18:00', '22:00')],
  },
  {
    kind: 'a catch-up meeting',
    type: 'meeting',
    reply: 'I can do Wednesday after 2pm.',
    when: [['2026-03-04 14:00', '2026-03-05 00:00']],
  },
  {
    kind: 'breakfast',
    type: 'breakfast',
    reply: 'Friday morning, before 10?',
    when: [span('2026-03-06', '08:00', '10:00')],
  },
  {
    kind: 'dinner',
    type: 'dinner',
    reply: 'Thursday evening would be lovely.',
    when: [span('2026-03-05', '18:00', '22:00')],
  },
];

const familyA: CaseRow[] = WEEK_PICKS.map((pickRow, i) => {
  const client = pick(CLIENTS, i);
  const contact = pick(CONTACTS, i);
  const style = pick(REPLY_STYLES, i);
  return {
    id: `en-thread-week-pick-${i + 1}`,
    tz: 'Europe/London',
    self: [client.email],
    from: addr(contact),
    to: addr(client),
    date: '2026-03-03 09:30',
    subject: `Re: ${pickRow.kind.replace(/^an? /, '')}`,
    body: `Hi ${first(client)},\n\nThanks! ${pickRow.reply}\n\nBest,\n${first(contact)}`,
    history: [
      {
        style,
        from: addr(client),
        to: addr(contact),
        date: '2026-02-27 16:10',
        body: `Hi ${first(contact)},\n\nWould you be free for ${pickRow.kind} next week?\n\nCheers,\n${first(client)}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [contact.email],
      type: pickRow.type,
      duration: null,
      location: null,
      when: pickRow.when,
    },
  };
});

// Family B: the newest message drops the quoted day and offers another one; the kind stays from history.
const familyB: CaseRow[] = [
  ['lunch', 'lunch', 'Tuesday', 'Thursday', '2026-03-05', '2026-03-03'],
  ['coffee', 'coffee', 'Wednesday', 'Friday', '2026-03-06', '2026-03-04'],
  ['dinner', 'dinner', 'Thursday', 'Monday', '2026-03-09', '2026-03-05'],
  ['a call', 'call', 'Friday', 'Wednesday', '2026-03-04', '2026-03-06'],
].map(([kind, type, oldDay, newDay, newDate, oldDate], i) => {
  const client = pick(CLIENTS, i + 1);
  const contact = pick(CONTACTS, i + 3);
  return {
    id: `en-thread-superseded-${i + 1}`,
    tz: 'Europe/London',
    self: [client.email],
    from: addr(contact),
    to: addr(client),
    date: '2026-03-02 18:00',
    subject: `Re: ${kind}`,
    body: `${first(client)},\n\nSorry, ${oldDay} no longer works on my side. Could we do ${newDay} instead?\n\n${first(contact)}`,
    history: [
      {
        style: pick(REPLY_STYLES, i + 1),
        from: addr(client),
        to: addr(contact),
        date: '2026-03-02 09:00',
        body: `${first(contact)},\n\nShall we do ${kind} on ${oldDay}?\n\n${first(client)}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: [contact.email],
      type: type as CaseRow['expect']['type'],
      duration: null,
      location: null,
      when: [day(newDate as string)],
      excluded: [day(oldDate as string)],
    },
  } satisfies CaseRow;
});

const DAVID = CLIENTS[0] as Person;
const DAVID_SIG = 'David Miller\nPartner, Northwind Advisory\n4 Crown Place, London EC2A 4BT\n+44 20 7946 0321';
const ANN = CONTACTS[0] as Person;
const ANN_SIG = 'Ann Lee\nHead of Operations, Acme\n200 Aldersgate Street, London EC1A 4HD';

const singles: CaseRow[] = [
  {
    id: 'en-thread-call-instead-of-lunch',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    date: '2026-03-03 10:00',
    subject: 'Re: Lunch next week',
    body: `David,\n\nMy week got crazy. Let's do a 30 min call instead of lunch, same days.\n\nAnn`,
    history: [
      {
        style: 'gmail-en',
        from: addr(DAVID),
        to: addr(ANN),
        date: '2026-03-02 09:00',
        body: `Ann,\n\nLunch on Tuesday or Wednesday next week?\n\n${DAVID_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'call',
      duration: 30,
      location: null,
      when: [day('2026-03-10'), day('2026-03-11')],
    },
  },
  {
    id: 'en-thread-your-office-from-quoted-signature',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(DAVID),
    to: addr(ANN),
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'Re: Workshop',
    body: `Ann,\n\nHappy to come over: let's meet at your office on Thursday at 2pm.\n\nDavid`,
    history: [
      {
        style: 'outlook-en',
        from: addr(ANN),
        to: addr(DAVID),
        date: '2026-03-02 17:30',
        body: `Hi David,\n\nCould we hold the workshop this week?\n\nBest regards,\n${ANN_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'meeting',
      duration: null,
      location: '200 Aldersgate Street, London EC1A 4HD',
      when: [at('2026-03-05 14:00')],
    },
  },
  {
    id: 'en-thread-our-office-quoted',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    date: '2026-03-03 10:00',
    subject: 'Re: Kick-off',
    body: `Sounds good, see you Monday at 10.\n\nAnn`,
    history: [
      {
        style: 'apple-en',
        from: addr(DAVID),
        to: addr(ANN),
        date: '2026-03-02 12:00',
        body: `Ann,\n\nWould you like to come to our office for the kick-off next week? One hour should be enough.\n\nRegards,\n${DAVID_SIG}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'meeting',
      duration: 60,
      location: '4 Crown Place, London EC2A 4BT',
      when: [at('2026-03-09 10:00')],
    },
  },
  {
    id: 'en-forward-to-assistant',
    tz: 'Europe/London',
    from: addr(DAVID),
    to: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'Fwd: Coffee?',
    body: `Slash, please set this up.\n\nDavid`,
    history: [
      {
        style: 'fwd-gmail-en',
        from: 'Priya Shah <priya@contoso.example>',
        to: addr(DAVID),
        date: '2026-03-02 18:00',
        subject: 'Coffee?',
        body: `Hi David,\n\nWould love to grab a coffee next week, any morning.\n\nPriya`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['priya@contoso.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'].map((d) =>
        span(d, '08:00', '12:00'),
      ),
    },
  },
  {
    id: 'en-forward-apple-with-cc',
    tz: 'Europe/London',
    from: addr(DAVID),
    to: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'Fwd: Board prep',
    body: `Please find us an hour for this.`,
    history: [
      {
        style: 'fwd-apple-en',
        from: 'Mark Evans <mark@orbital.example>',
        to: addr(DAVID),
        cc: 'Jenny Wu <jenny@orbital.example>',
        date: '2026-03-02 18:00',
        subject: 'Board prep',
        body: `David,\n\nJenny and I would like to prepare the board with you, ideally on Thursday or Friday.\n\nMark`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['mark@orbital.example', 'jenny@orbital.example'],
      type: 'meeting',
      duration: 60,
      location: null,
      when: [day('2026-03-05'), day('2026-03-06')],
    },
  },
  {
    id: 'en-thread-introducer-in-cc',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: 'Leo Fox <leo@fox.example>',
    to: addr(DAVID),
    cc: 'Kate Moss <kate@vogue.example>',
    date: '2026-03-03 10:00',
    subject: 'Re: Intro: David <> Leo',
    body: `Thanks Kate!\n\nDavid, great to meet you. Are you free for a coffee on Friday morning?\n\nLeo`,
    history: [
      {
        style: 'gmail-en',
        from: 'Kate Moss <kate@vogue.example>',
        to: 'David Miller <david@northwind.example>, Leo Fox <leo@fox.example>',
        date: '2026-03-02 09:00',
        body: `David, meet Leo. Leo, meet David.\n\nI'll let you two take it from here.\n\nKate`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leo@fox.example'],
      type: 'coffee',
      duration: null,
      location: null,
      when: [span('2026-03-06', '08:00', '12:00')],
    },
  },
  {
    id: 'en-thread-moving-to-bcc',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: 'Leo Fox <leo@fox.example>',
    to: addr(DAVID),
    cc: 'Kate Moss <kate@vogue.example>',
    date: '2026-03-03 10:00',
    subject: 'Re: Intro',
    body: `Thanks Kate (moving you to bcc).\n\nDavid, lunch next Thursday?\n\nLeo`,
    history: [
      {
        style: 'apple-en',
        from: 'Kate Moss <kate@vogue.example>',
        to: 'David Miller <david@northwind.example>, Leo Fox <leo@fox.example>',
        date: '2026-03-02 09:00',
        body: `Connecting you two, you should talk about the retail project.\n\nKate`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['leo@fox.example'],
      type: 'lunch',
      duration: null,
      location: null,
      when: [day('2026-03-05')],
    },
  },
  {
    id: 'en-thread-optional-quoted',
    tz: 'America/New_York',
    from: 'Sarah Cole <sarah@bluepeak.example>',
    to: 'Mark Evans <mark@orbital.example>, Jenny Wu <jenny@orbital.example>',
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'Re: Pilot review',
    body: `Great, Tuesday afternoon then. Slash will send the invite.\n\nSarah`,
    history: [
      {
        style: 'gmail-en',
        from: 'Mark Evans <mark@orbital.example>',
        to: 'Sarah Cole <sarah@bluepeak.example>',
        cc: 'Jenny Wu <jenny@orbital.example>',
        date: '2026-03-02 16:00',
        body: `Sarah,\n\nCan we review the pilot next week? Jenny will join if she can.\n\nMark`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['mark@orbital.example', 'jenny@orbital.example?'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-10', '12:00', '18:00')],
    },
  },
  {
    id: 'en-thread-fyi-newest',
    tz: 'Europe/London',
    from: addr(DAVID),
    to: addr(ANN),
    cc: 'Slash <slash@slash.example>, Rachel Green <rachel@northwind.example>',
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'Re: Budget',
    body: `Ann,\n\nLet's settle it on a call this week. Rachel, FYI.\n\nDavid`,
    history: [
      {
        style: 'outlook-en',
        from: addr(ANN),
        to: addr(DAVID),
        date: '2026-03-02 10:00',
        body: `David, we need to discuss the Q2 budget.\n\nAnn`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'call',
      duration: null,
      location: null,
      when: [days('2026-03-02', '2026-03-06')],
    },
  },
  {
    id: 'en-thread-exclusion-in-quoted',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    date: '2026-03-03 10:00',
    subject: 'Re: Meeting',
    body: `Next week is fine for me.\n\nAnn`,
    history: [
      {
        style: 'gmail-en',
        from: addr(DAVID),
        to: addr(ANN),
        date: '2026-03-02 10:00',
        body: `Ann,\n\nCould we meet soon? I'm away on Friday the 13th.\n\nDavid`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-03-09', '2026-03-12')],
      excluded: [day('2026-03-13')],
    },
  },
  {
    id: 'en-thread-html-gmail',
    tz: 'Europe/London',
    html: true,
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    date: '2026-03-03 10:00',
    subject: 'Re: Drinks',
    body: `Thursday it is!\n\nAnn`,
    history: [
      {
        style: 'gmail-en',
        from: addr(DAVID),
        to: addr(ANN),
        date: '2026-03-02 10:00',
        body: `Ann, drinks this week at The Crown, 43 Monmouth Street? Wednesday or Thursday evening.\n\nDavid`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'drinks',
      duration: null,
      location: 'The Crown, 43 Monmouth Street',
      when: [span('2026-03-05', '18:00', '22:00')],
    },
  },
  {
    id: 'en-thread-html-outlook',
    tz: 'Europe/London',
    html: true,
    from: addr(DAVID),
    to: addr(ANN),
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'RE: Review',
    body: `Ann,\n\nLet's do it on Teams then, 45 minutes on Friday.\n\nDavid`,
    history: [
      {
        style: 'outlook-en',
        from: addr(ANN),
        to: addr(DAVID),
        date: '2026-03-02 10:00',
        body: `David, can we review the contract this week? I'm working from home.\n\nAnn`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'video',
      duration: 45,
      location: null,
      when: [day('2026-03-06')],
    },
  },
  {
    id: 'en-thread-two-levels',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    cc: 'Paul Smith <paul@acme.example>',
    date: '2026-03-03 10:00',
    subject: 'Re: Re: Planning',
    body: `Paul and I can both do Wednesday morning.\n\nAnn`,
    history: [
      {
        style: 'gmail-en',
        from: addr(DAVID),
        to: addr(ANN),
        cc: 'Paul Smith <paul@acme.example>',
        date: '2026-03-02 14:00',
        body: `Great. Wednesday or Thursday morning this week?\n\nDavid`,
      },
      {
        style: 'gmail-en',
        from: addr(ANN),
        to: addr(DAVID),
        cc: 'Paul Smith <paul@acme.example>',
        date: '2026-03-02 09:00',
        body: `David, Paul and I would like to meet you about the planning.\n\nAnn`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email, 'paul@acme.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-04', '08:00', '12:00')],
    },
  },
  {
    id: 'en-thread-cancel',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    date: '2026-03-03 10:00',
    subject: 'Re: Dinner Thursday',
    body: `David, I'm afraid I have to cancel our dinner. Family emergency. Sorry!\n\nAnn`,
    history: [
      {
        style: 'apple-en',
        from: addr(DAVID),
        to: addr(ANN),
        date: '2026-03-01 10:00',
        body: `Looking forward to dinner on Thursday at Noble Rot, 51 Lamb's Conduit Street.\n\nDavid`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'cancel',
      contacts: [ANN.email],
      type: 'dinner',
      duration: null,
      location: "Noble Rot, 51 Lamb's Conduit Street",
      when: [day('2026-03-05')],
    },
  },
  {
    id: 'en-thread-reply-pm-other-zone',
    tz: 'America/Los_Angeles',
    self: ['james@wong-capital.example'],
    from: addr(ANN),
    to: 'James Wong <james@wong-capital.example>',
    date: '2026-03-03 02:00',
    subject: 'Re: Call',
    body: `James,\n\nWednesday at 5pm London time works for me.\n\nAnn`,
    history: [
      {
        style: 'gmail-en',
        from: 'James Wong <james@wong-capital.example>',
        to: addr(ANN),
        date: '2026-03-02 09:00',
        body: `Ann, can we have a call this week? Any afternoon London time.\n\nJames`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-03-04 09:00')],
    },
  },
  {
    id: 'en-thread-assistant-cc-new-person',
    tz: 'Europe/London',
    from: addr(DAVID),
    to: addr(ANN),
    cc: 'Slash <slash@slash.example>, Mike Ross <mike.ross@pearson.example>',
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'Re: Audit',
    body: `Ann,\n\nAdding Mike from Pearson. Slash, please find the three of us an hour next week.\n\nDavid`,
    history: [
      {
        style: 'outlook-original',
        from: addr(ANN),
        to: addr(DAVID),
        date: '2026-03-02 10:00',
        body: `David, we should involve the auditors.\n\nAnn`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email, 'mike.ross@pearson.example'],
      type: 'meeting',
      duration: 60,
      location: null,
      when: [days('2026-03-09', '2026-03-13')],
    },
  },
  {
    id: 'en-thread-reschedule-quoted-invite',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    date: '2026-03-03 10:00',
    subject: 'Re: Coffee Thursday',
    body: `David, could we push our coffee to next week? Tuesday or Wednesday morning would work.\n\nAnn`,
    history: [
      {
        style: 'gmail-en',
        from: addr(DAVID),
        to: addr(ANN),
        date: '2026-02-26 10:00',
        body: `Coffee on Thursday the 5th at 9?\n\nDavid`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'reschedule',
      contacts: [ANN.email],
      type: 'coffee',
      duration: null,
      location: null,
      when: [span('2026-03-10', '08:00', '12:00'), span('2026-03-11', '08:00', '12:00')],
    },
  },
  {
    id: 'en-thread-thanks-only-newest',
    tz: 'Europe/London',
    self: [DAVID.email],
    from: addr(ANN),
    to: addr(DAVID),
    date: '2026-03-03 10:00',
    subject: 'Re: Breakfast',
    body: `Perfect, thanks!\n\nAnn`,
    history: [
      {
        style: 'outlook-en',
        from: addr(DAVID),
        to: addr(ANN),
        date: '2026-03-02 10:00',
        body: `Ann, breakfast on Friday at 8am at The Wolseley, 160 Piccadilly?\n\nDavid`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [ANN.email],
      type: 'breakfast',
      duration: null,
      location: 'The Wolseley, 160 Piccadilly',
      when: [at('2026-03-06 08:00')],
    },
  },
];

// Family C: newest message in a different mail client quoting a request written days before, read against its own date.
const familyC: CaseRow[] = [
  ['tomorrow afternoon', [span('2026-02-28', '12:00', '18:00')], 'Saturday afternoon'],
  ['on Monday morning', [span('2026-03-02', '08:00', '12:00')], 'Monday morning'],
  ['in two weeks', [days('2026-03-09', '2026-03-13')], 'that week'],
].map(([phrase, when, echo], i) => {
  const client = pick(CLIENTS, i + 2);
  const contact = pick(CONTACTS, i + 6);
  return {
    id: `en-thread-own-date-${i + 1}`,
    tz: 'Europe/London',
    self: [client.email],
    from: addr(client),
    to: addr(contact),
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-02-27 18:00',
    subject: 'Re: Call',
    body: `${first(contact)},\n\nYes, ${echo as string} works. Slash will send an invite.\n\n${first(client)}`,
    history: [
      {
        style: pick(REPLY_STYLES, i + 2),
        from: addr(contact),
        to: addr(client),
        date: '2026-02-27 09:00',
        body: `${first(client)}, could we have a call ${phrase as string}?\n\n${first(contact)}`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: [contact.email],
      type: 'call',
      duration: null,
      location: null,
      when: when as CaseRow['expect']['when'],
    },
  } satisfies CaseRow;
});

/** English threads. */
export const EN_THREAD_CASES: readonly CaseRow[] = [...familyA, ...familyB, ...singles, ...familyC];
