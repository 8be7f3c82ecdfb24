/** Single English messages (no history): the client writing with the assistant in copy, or a contact writing to the client. */
import { at, day, days, onward, span, type CaseRow } from './corpus-case.js';

const DAVID = 'David Miller <david@northwind.example>';
const DAVID_SIG = `David Miller
Partner, Northwind Advisory
4 Crown Place, London EC2A 4BT
+44 20 7946 0321`;
const SLASH = 'Slash <slash@slash.example>';
const ASSISTANT = ['slash@slash.example'];
const SELF = ['david@northwind.example'];

export const EN_SINGLE_CASES: readonly CaseRow[] = [
  {
    id: 'en-call-next-week-30', tz: 'Europe/London', from: DAVID, to: 'Ann Lee <ann@acme.example>', cc: SLASH,
    date: '2026-03-03 10:02', subject: 'Quick catch-up', assistant: ASSISTANT,
    body: `Hi Ann,\n\nGood to hear from you. Slash, in copy, will find us 30 minutes for a call next week.\n\nBest,\n${DAVID_SIG}`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'call', duration: 30, location: null, when: [days('2026-03-09', '2026-03-13')] },
  },
  {
    id: 'en-coffee-thursday-afternoon', tz: 'Europe/London', from: DAVID, to: 'Tom Baker <tom.baker@fabrikam.example>', cc: SLASH,
    date: '2026-03-03 09:15', subject: 'Coffee?', assistant: ASSISTANT,
    body: `Tom,\n\nWould you be up for a coffee on Thursday afternoon? Slash will send you a few options.\n\nCheers,\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['tom.baker@fabrikam.example'], type: 'coffee', duration: null, location: null, when: [span('2026-03-05', '12:00', '18:00')] },
  },
  {
    id: 'en-lunch-next-tuesday-at-venue', tz: 'Europe/London', from: DAVID, to: 'Priya Shah <priya@contoso.example>', cc: SLASH,
    date: '2026-03-03 11:40', subject: 'Lunch', assistant: ASSISTANT,
    body: `Hi Priya,\n\nLet's have lunch next Tuesday at Dishoom, 22 Kingly Street, London. Slash will confirm the time.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['priya@contoso.example'], type: 'lunch', duration: null, location: 'Dishoom, 22 Kingly Street, London', when: [day('2026-03-10')] },
  },
  {
    id: 'en-zoom-45-min-early-next-week', tz: 'America/New_York', from: 'Sarah Cole <sarah@bluepeak.example>', to: 'Mark Evans <mark@orbital.example>', cc: 'Slash <slash@slash.example>',
    date: '2026-03-03 14:20', subject: 'Intro call', assistant: ASSISTANT,
    body: `Hi Mark,\n\nThanks for reaching out. Happy to do a 45-minute Zoom early next week. My assistant Slash will coordinate.\n\nBest regards,\nSarah Cole\nCEO, Bluepeak`,
    expect: { language: 'en', intent: 'schedule', contacts: ['mark@orbital.example'], type: 'video', duration: 45, location: null, when: [days('2026-03-09', '2026-03-10')] },
  },
  {
    id: 'en-contact-asks-client-dinner', tz: 'Europe/London', self: SELF, from: 'Julia Roberts <julia@lumen.example>', to: DAVID,
    date: '2026-03-04 18:05', subject: 'Dinner next week?',
    body: `Hi David,\n\nI'll be in London next week. Are you free for dinner on Wednesday or Thursday?\n\nBest,\nJulia`,
    expect: { language: 'en', intent: 'schedule', contacts: ['julia@lumen.example'], type: 'dinner', duration: null, location: null, when: [day('2026-03-11'), day('2026-03-12')] },
  },
  {
    id: 'en-drinks-friday-evening', tz: 'Europe/London', from: DAVID, to: 'Oliver Grant <oliver@kestrel.example>', cc: SLASH,
    date: '2026-03-03 16:00', subject: 'Drinks', assistant: ASSISTANT,
    body: `Oliver,\n\nDrinks on Friday evening to celebrate the launch? Slash will pin down a time.\n\nD.`,
    expect: { language: 'en', intent: 'schedule', contacts: ['oliver@kestrel.example'], type: 'drinks', duration: null, location: null, when: [span('2026-03-06', '18:00', '22:00')] },
  },
  {
    id: 'en-breakfast-tomorrow-morning', tz: 'Europe/London', from: DAVID, to: 'Nina Park <nina@halcyon.example>', cc: SLASH,
    date: '2026-03-03 19:30', subject: 'Breakfast tomorrow', assistant: ASSISTANT,
    body: `Nina, breakfast tomorrow morning before the board meeting? Slash can find a slot.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['nina@halcyon.example'], type: 'breakfast', duration: null, location: null, when: [span('2026-03-04', '08:00', '12:00')] },
  },
  {
    id: 'en-meeting-our-office-signature', tz: 'Europe/London', from: DAVID, to: 'Grace Kim <grace@verdant.example>', cc: SLASH,
    date: '2026-03-03 12:00', subject: 'Project kick-off', assistant: ASSISTANT,
    body: `Hi Grace,\n\nCould we meet at our office for an hour to kick off the project? Any day next week works.\n\nKind regards,\n${DAVID_SIG}`,
    expect: { language: 'en', intent: 'schedule', contacts: ['grace@verdant.example'], type: 'meeting', duration: 60, location: '4 Crown Place, London EC2A 4BT', when: [days('2026-03-09', '2026-03-13')] },
  },
  {
    id: 'en-fyi-copied-colleague', tz: 'Europe/London', from: DAVID, to: 'Ann Lee <ann@acme.example>', cc: 'Slash <slash@slash.example>, Rachel Green <rachel@northwind.example>',
    date: '2026-03-03 10:30', subject: 'Follow-up call', assistant: ASSISTANT,
    body: `Hi Ann,\n\nLet's have a follow-up call on Monday morning. I'm copying Rachel for information.\n\nBest,\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'call', duration: null, location: null, when: [span('2026-03-09', '08:00', '12:00')] },
  },
  {
    id: 'en-optional-attendee-join-if-can', tz: 'Europe/London', from: DAVID, to: 'Ann Lee <ann@acme.example>, Paul Smith <paul@acme.example>', cc: SLASH,
    date: '2026-03-03 10:45', subject: 'Roadmap review', assistant: ASSISTANT,
    body: `Ann, Paul,\n\nLet's review the roadmap together next Wednesday afternoon. Paul will join if he can.\n\nThanks,\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example', 'paul@acme.example?'], type: 'meeting', duration: null, location: null, when: [span('2026-03-04', '12:00', '18:00')] },
  },
  {
    id: 'en-address-in-text-added', tz: 'Europe/London', from: DAVID, to: 'Ann Lee <ann@acme.example>', cc: SLASH,
    date: '2026-03-03 13:10', subject: 'Budget call', assistant: ASSISTANT,
    body: `Ann,\n\nPlease also include our auditor, Mike Ross <mike.ross@pearson.example>, in the budget call. Tuesday the 10th or Wednesday the 11th would be best.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example', 'mike.ross@pearson.example'], type: 'call', duration: null, location: null, when: [day('2026-03-10'), day('2026-03-11')] },
  },
  {
    id: 'en-exclusion-not-friday', tz: 'Europe/London', from: DAVID, to: 'Leo Martin <leo@quartz.example>', cc: SLASH,
    date: '2026-03-03 08:50', subject: 'Meeting next week', assistant: ASSISTANT,
    body: `Hi Leo,\n\nLet's meet next week, but not on Friday.\n\nBest,\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['leo@quartz.example'], type: 'meeting', duration: null, location: null, when: [days('2026-03-09', '2026-03-12')], excluded: [day('2026-03-13')] },
  },
  {
    id: 'en-exact-time-around-3pm', tz: 'Europe/London', from: DAVID, to: 'Emma Stone <emma@brightline.example>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Call Thursday', assistant: ASSISTANT,
    body: `Emma,\n\nCan we do a quick phone call on Thursday around 3pm?\n\nThanks\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['emma@brightline.example'], type: 'call', duration: null, location: null, when: [at('2026-03-05 15:00')] },
  },
  {
    id: 'en-other-zone-pt', tz: 'Europe/London', from: DAVID, to: 'Kevin Hart <kevin@sierra.example>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Teams call', assistant: ASSISTANT,
    body: `Kevin,\n\nA Teams call on Wednesday at 8am PT would work for me.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['kevin@sierra.example'], type: 'video', duration: null, location: null, when: [at('2026-03-04 16:00')] },
  },
  {
    id: 'en-after-4pm-thursday', tz: 'Europe/London', from: DAVID, to: 'Sophie Turner <sophie@meridian.example>', cc: SLASH,
    date: '2026-03-03 09:30', subject: 'Chat', assistant: ASSISTANT,
    body: `Sophie,\n\nI'm free after 4pm on Thursday for a call if that suits.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['sophie@meridian.example'], type: 'call', duration: null, location: null, when: [span('2026-03-05', '16:00', '24:00')] },
  },
  {
    id: 'en-before-11-monday', tz: 'Europe/London', from: DAVID, to: 'Ben Carter <ben@atlas.example>', cc: SLASH,
    date: '2026-03-03 09:30', subject: 'Coffee Monday', assistant: ASSISTANT,
    body: `Ben, coffee on Monday before 11am? Slash will send an invite.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ben@atlas.example'], type: 'coffee', duration: null, location: null, when: [span('2026-03-09', '00:00', '11:00')] },
  },
  {
    id: 'en-in-two-weeks', tz: 'Europe/London', from: DAVID, to: 'Chloe Adams <chloe@harbor.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Next review', assistant: ASSISTANT,
    body: `Chloe,\n\nLet's schedule the next review meeting in two weeks.\n\nRegards,\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['chloe@harbor.example'], type: 'meeting', duration: null, location: null, when: [days('2026-03-16', '2026-03-20')] },
  },
  {
    id: 'en-next-two-weeks', tz: 'Europe/London', from: DAVID, to: 'Ian Wright <ian@cobalt.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Video call', assistant: ASSISTANT,
    body: `Ian,\n\nCould we set up a video call in the next two weeks?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ian@cobalt.example'], type: 'video', duration: null, location: null, when: [['2026-03-03 10:00', '2026-03-17 10:00']] },
  },
  {
    id: 'en-late-march', tz: 'Europe/London', from: DAVID, to: 'Hannah Lee <hannah@sparrow.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Offsite planning', assistant: ASSISTANT,
    body: `Hannah,\n\nLet's meet in late March to plan the offsite. One hour should be enough.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['hannah@sparrow.example'], type: 'meeting', duration: 60, location: null, when: [days('2026-03-21', '2026-03-31')] },
  },
  {
    id: 'en-first-week-of-april', tz: 'Europe/London', from: DAVID, to: 'Ryan Cooper <ryan@delta.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Lunch in April', assistant: ASSISTANT,
    body: `Ryan,\n\nLunch in the first week of April?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ryan@delta.example'], type: 'lunch', duration: null, location: null, when: [days('2026-04-01', '2026-04-03'), days('2026-04-06', '2026-04-07')] },
  },
  {
    id: 'en-html-only-lunch', tz: 'Europe/London', html: true, from: DAVID, to: 'Lucy Gray <lucy@wren.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Lunch next week', assistant: ASSISTANT,
    body: `Hi Lucy,\n\nShall we have lunch next Thursday at The Ivy, 1-5 West Street?\n\nBest,\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['lucy@wren.example'], type: 'lunch', duration: null, location: 'The Ivy, 1-5 West Street', when: [day('2026-03-05')] },
  },
  {
    id: 'en-cancel', tz: 'Europe/London', self: SELF, from: 'Ann Lee <ann@acme.example>', to: DAVID,
    date: '2026-03-03 10:00', subject: 'Tomorrow',
    body: `Hi David,\n\nI'm so sorry but I have to cancel our meeting tomorrow. I'll be in touch when things calm down.\n\nAnn`,
    expect: { language: 'en', intent: 'cancel', contacts: ['ann@acme.example'], type: 'meeting', duration: null, location: null, when: [day('2026-03-04')] },
  },
  {
    id: 'en-reschedule', tz: 'Europe/London', self: SELF, from: 'Ann Lee <ann@acme.example>', to: DAVID,
    date: '2026-03-03 10:00', subject: 'Moving our call',
    body: `David,\n\nCould we reschedule our call to Friday morning? Something came up.\n\nAnn`,
    expect: { language: 'en', intent: 'reschedule', contacts: ['ann@acme.example'], type: 'call', duration: null, location: null, when: [span('2026-03-06', '08:00', '12:00')] },
  },
  {
    id: 'en-other-thanks', tz: 'Europe/London', self: SELF, from: 'Ann Lee <ann@acme.example>', to: DAVID,
    date: '2026-03-03 10:00', subject: 'The deck',
    body: `Hi David,\n\nThanks for sending the deck, it was very helpful. I've shared it with the team.\n\nAnn`,
    expect: { language: 'en', intent: 'other', contacts: ['ann@acme.example'], type: null, duration: null, location: null, when: [] },
  },
  {
    id: 'en-two-contacts-to-and-cc', tz: 'America/New_York', from: 'Sarah Cole <sarah@bluepeak.example>', to: 'Mark Evans <mark@orbital.example>', cc: 'Jenny Wu <jenny@orbital.example>, Slash <slash@slash.example>',
    date: '2026-03-03 15:00', subject: 'Pilot discussion', assistant: ASSISTANT,
    body: `Mark, Jenny,\n\nLet's find an hour on Thursday or Friday to discuss the pilot.\n\nSarah`,
    expect: { language: 'en', intent: 'schedule', contacts: ['mark@orbital.example', 'jenny@orbital.example'], type: 'meeting', duration: 60, location: null, when: [day('2026-03-05'), day('2026-03-06')] },
  },
  {
    id: 'en-dst-us-next-monday-9am-et', tz: 'America/New_York', from: 'Sarah Cole <sarah@bluepeak.example>', to: 'Mark Evans <mark@orbital.example>', cc: 'Slash <slash@slash.example>',
    date: '2026-03-05 15:00', subject: 'Monday call', assistant: ASSISTANT,
    body: `Mark, a call on Monday at 9am?\n\nSarah`,
    expect: { language: 'en', intent: 'schedule', contacts: ['mark@orbital.example'], type: 'call', duration: null, location: null, when: [at('2026-03-09 09:00')] },
  },
  {
    id: 'en-half-an-hour-tomorrow-afternoon', tz: 'Europe/London', from: DAVID, to: 'Zoe Hill <zoe@pinnacle.example>', cc: SLASH,
    date: '2026-03-03 17:00', subject: 'Quick sync', assistant: ASSISTANT,
    body: `Zoe,\n\nDo you have half an hour tomorrow afternoon for a quick Google Meet?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['zoe@pinnacle.example'], type: 'video', duration: 30, location: null, when: [span('2026-03-04', '12:00', '18:00')] },
  },
  {
    id: 'en-instead-of-lunch-call', tz: 'Europe/London', self: SELF, from: 'Ann Lee <ann@acme.example>', to: DAVID,
    date: '2026-03-03 10:00', subject: 'Re: Lunch',
    body: `David,\n\nMy week is packed. Let's do a call instead of lunch, Wednesday late afternoon?\n\nAnn`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'call', duration: null, location: null, when: [span('2026-03-04', '16:00', '18:00')] },
  },
  {
    id: 'en-their-office', tz: 'Europe/London', self: SELF, from: 'Frank Ocean <frank@tidal.example>', to: DAVID,
    date: '2026-03-03 10:00', subject: 'Visit',
    body: `Hi David,\n\nHappy to come to you. Could we meet at your office on Tuesday the 10th, late morning?\n\nFrank`,
    expect: { language: 'en', intent: 'schedule', contacts: ['frank@tidal.example'], type: 'meeting', duration: null, location: 'your office', when: [span('2026-03-10', '10:00', '12:00')] },
  },
  {
    id: 'en-weekend-brunch-saturday', tz: 'Europe/London', from: DAVID, to: 'Amy Pond <amy@tardis.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Breakfast this weekend', assistant: ASSISTANT,
    body: `Amy,\n\nBreakfast on Saturday morning at Granger & Co, 175 Westbourne Grove?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['amy@tardis.example'], type: 'breakfast', duration: null, location: 'Granger & Co, 175 Westbourne Grove', when: [span('2026-03-07', '08:00', '12:00')] },
  },
  {
    id: 'en-several-options', tz: 'Europe/London', from: DAVID, to: 'Carl Jung <carl@psyche.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Call options', assistant: ASSISTANT,
    body: `Carl,\n\nFor our call, Monday at 10am, Tuesday at 2pm or Wednesday at 4pm would work for me.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['carl@psyche.example'], type: 'call', duration: null, location: null, when: [at('2026-03-09 10:00'), at('2026-03-10 14:00'), at('2026-03-04 16:00')] },
  },
  {
    id: 'en-bcc-not-contact', tz: 'Europe/London', from: DAVID, to: 'Ann Lee <ann@acme.example>', cc: SLASH, bcc: 'Rachel Green <rachel@northwind.example>',
    date: '2026-03-03 10:00', subject: 'Coffee', assistant: ASSISTANT,
    body: `Ann,\n\nCoffee at Monmouth Coffee, 27 Monmouth Street, some morning next week?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'coffee', duration: null, location: 'Monmouth Coffee, 27 Monmouth Street', when: [span('2026-03-09', '08:00', '12:00'), span('2026-03-10', '08:00', '12:00'), span('2026-03-11', '08:00', '12:00'), span('2026-03-12', '08:00', '12:00'), span('2026-03-13', '08:00', '12:00')] },
  },
  {
    id: 'en-from-the-12th-on', tz: 'Europe/London', self: SELF, from: 'Ann Lee <ann@acme.example>', to: DAVID,
    date: '2026-03-03 10:00', subject: 'Workshop',
    body: `David,\n\nI'm travelling until then, so any time from the 12th on works for the workshop.\n\nAnn`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'meeting', duration: null, location: null, when: [onward('2026-03-12 00:00')] },
  },
  {
    id: 'en-sydney-client', tz: 'Australia/Sydney', from: 'Liam Kelly <liam@coral.example>', to: 'Mia Chen <mia@reef.example>', cc: 'Slash <slash@slash.example>',
    date: '2026-03-03 09:00', subject: 'Catch up', assistant: ASSISTANT,
    body: `Hi Mia,\n\nKeen for a coffee catch-up on Friday morning. Slash will sort out the details.\n\nLiam`,
    expect: { language: 'en', intent: 'schedule', contacts: ['mia@reef.example'], type: 'coffee', duration: null, location: null, when: [span('2026-03-06', '08:00', '12:00')] },
  },
  {
    id: 'en-uk-time-call', tz: 'America/New_York', from: 'Sarah Cole <sarah@bluepeak.example>', to: 'Harry Potts <harry@ldn.example>', cc: 'Slash <slash@slash.example>',
    date: '2026-03-03 09:00', subject: 'Call', assistant: ASSISTANT,
    body: `Harry,\n\nHow about a call on Thursday at 3pm UK time?\n\nSarah`,
    expect: { language: 'en', intent: 'schedule', contacts: ['harry@ldn.example'], type: 'call', duration: null, location: null, when: [at('2026-03-05 10:00')] },
  },
  {
    id: 'en-end-of-week', tz: 'Europe/London', from: DAVID, to: 'Ella Fitz <ella@jazz.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Check-in', assistant: ASSISTANT,
    body: `Ella,\n\nA 20 minute check-in call at the end of the week?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ella@jazz.example'], type: 'call', duration: 20, location: null, when: [days('2026-03-05', '2026-03-06')] },
  },
  {
    id: 'en-mid-week-meeting-venue', tz: 'Europe/London', from: DAVID, to: 'Omar Farouk <omar@dune.example>', cc: SLASH,
    date: '2026-03-05 10:00', subject: 'Meet', assistant: ASSISTANT,
    body: `Omar,\n\nLet's meet mid-week next week at the Barbican Centre, Silk Street.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['omar@dune.example'], type: 'meeting', duration: null, location: 'Barbican Centre, Silk Street', when: [days('2026-03-10', '2026-03-12')] },
  },
  {
    id: 'en-one-hour-and-a-half', tz: 'Europe/London', from: DAVID, to: 'Pia Lund <pia@fjord.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Strategy session', assistant: ASSISTANT,
    body: `Pia,\n\nWe'll need an hour and a half for the strategy session. Tuesday or Wednesday next week?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['pia@fjord.example'], type: 'meeting', duration: 90, location: null, when: [day('2026-03-10'), day('2026-03-11')] },
  },
  {
    id: 'en-assistant-addressed-please-find', tz: 'Europe/London', from: DAVID, to: 'Slash <slash@slash.example>', cc: 'Ann Lee <ann@acme.example>',
    date: '2026-03-03 10:00', subject: 'Find us time', assistant: ASSISTANT,
    body: `Slash, please find Ann and me 30 min next week, ideally in the morning.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'meeting', duration: 30, location: null, when: [span('2026-03-09', '08:00', '12:00'), span('2026-03-10', '08:00', '12:00'), span('2026-03-11', '08:00', '12:00'), span('2026-03-12', '08:00', '12:00'), span('2026-03-13', '08:00', '12:00')] },
  },
  {
    id: 'en-introducer-steps-out', tz: 'Europe/London', self: SELF, from: 'Kate Moss <kate@vogue.example>', to: 'David Miller <david@northwind.example>, Leo Fox <leo@fox.example>',
    date: '2026-03-03 10:00', subject: 'Intro: David <> Leo',
    body: `David, meet Leo, who runs growth at Fox. Leo, David is the partner I mentioned.\n\nI'll let you two find a time for a coffee next week.\n\nKate`,
    expect: { language: 'en', intent: 'schedule', contacts: ['leo@fox.example'], type: 'coffee', duration: null, location: null, when: [days('2026-03-09', '2026-03-13')] },
  },
  {
    id: 'en-signature-no-address-phone-only', tz: 'Europe/London', from: DAVID, to: 'Ruth Bader <ruth@court.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Phone call', assistant: ASSISTANT,
    body: `Ruth,\n\nCould you give me a ring on Monday afternoon?\n\nThanks,\nDavid Miller\nMobile: +44 7700 900123`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ruth@court.example'], type: 'call', duration: null, location: null, when: [span('2026-03-09', '12:00', '18:00')] },
  },
  {
    id: 'en-late-afternoon-wed-or-thu', tz: 'Europe/London', from: DAVID, to: 'Sam Wise <sam@shire.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Drinks', assistant: ASSISTANT,
    body: `Sam,\n\nDrinks on Wednesday evening or Thursday evening at The Churchill Arms, 119 Kensington Church Street?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['sam@shire.example'], type: 'drinks', duration: null, location: 'The Churchill Arms, 119 Kensington Church Street', when: [span('2026-03-04', '18:00', '22:00'), span('2026-03-05', '18:00', '22:00')] },
  },
  {
    id: 'en-this-week', tz: 'Europe/London', self: SELF, from: 'Ann Lee <ann@acme.example>', to: DAVID,
    date: '2026-03-03 10:00', subject: 'Contract',
    body: `David,\n\nCan we jump on a call this week to close the contract? 15 minutes is plenty.\n\nAnn`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'call', duration: 15, location: null, when: [days('2026-03-02', '2026-03-06')] },
  },
  {
    id: 'en-self-multiple-addresses', tz: 'Europe/London', self: ['david@northwind.example', 'd.miller@gmail.example'], from: 'Ann Lee <ann@acme.example>', to: 'David Miller <d.miller@gmail.example>',
    cc: 'David Miller <david@northwind.example>', date: '2026-03-03 10:00', subject: 'Dinner',
    body: `David,\n\nDinner on the 20th?\n\nAnn`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'dinner', duration: null, location: null, when: [day('2026-03-20')] },
  },
  {
    id: 'en-midday-meeting', tz: 'Europe/London', from: DAVID, to: 'Ali Khan <ali@saffron.example>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Lunch meeting', assistant: ASSISTANT,
    body: `Ali,\n\nLunch on Friday at Padella, 6 Southwark Street?\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ali@saffron.example'], type: 'lunch', duration: null, location: 'Padella, 6 Southwark Street', when: [day('2026-03-06')] },
  },
];
