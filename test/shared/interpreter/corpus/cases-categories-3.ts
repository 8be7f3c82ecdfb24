/**
 * Development cases written for the people, place and type categories found on the third held-out set
 * (cases-held-out-3.ts), with wording of their own (never the held-out sentences): assistants and introducers
 * who say they will not attend, people dismissed from a thread, optional attendees addressed directly, venues
 * named without "at" or with a street after them, meetings turned into calls. Part of the development set.
 */
import { at, day, span, type CaseRow } from './corpus-case.js';

const LONDON = 'Europe/London';
const PARIS = 'Europe/Paris';
const NY = 'America/New_York';

const MAYA = 'Maya Collins <maya@collins-advisory.example>';
const SELF_MAYA = ['maya@collins-advisory.example'];
const MAYA_SIG = 'Maya Collins\nCollins Advisory\n40 Gracechurch Street, London EC3V 0BT';
const ELODIE = 'Élodie Fabre <elodie@fabre-design.fr>';
const SELF_ELODIE = ['elodie@fabre-design.fr'];

export const CATEGORY_3_CASES: readonly CaseRow[] = [
  {
    id: 'cat3-en-ldn-pa-writes-for-director-not-joining',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Gemma Hart <gemma.hart@lowther-holdings.example>',
    to: MAYA,
    cc: 'Ian Lowther <ian.lowther@lowther-holdings.example>',
    date: '2026-09-09 10:00',
    subject: 'Call with Ian Lowther',
    body: `Dear Maya,\n\nIan (cc) would like a call with you about the refinancing. He is free on Thursday 17 September between 3 and 5pm.\n\nI won't be joining the call myself, so please send the details to Ian directly.\n\nBest regards,\nGemma Hart\nPA to Ian Lowther`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['ian.lowther@lowther-holdings.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-09-17', '15:00', '17:00')],
    },
  },
  {
    id: 'cat3-en-ny-introducer-bows-out-leaves-it-to-you-two',
    tz: NY,
    self: SELF_MAYA,
    from: 'Luis Ortega <luis@ortega-ventures.example>',
    to: MAYA,
    cc: 'Dev Patel <dev@patel-robotics.example>',
    date: '2026-10-01 09:00',
    subject: 'Maya <> Dev',
    body: `Maya, Dev,\n\nAs discussed, introducing you. Dev is building warehouse robots; Maya advises on exactly that kind of deal.\n\nI'm bowing out here and leave it to you two to find a time for a video call on Monday 5 October.\n\nLuis`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['dev@patel-robotics.example'],
      type: 'video',
      duration: null,
      location: null,
      when: [day('2026-10-05')],
    },
  },
  {
    id: 'cat3-en-ldn-thread-introducer-told-no-need-to-stay',
    tz: LONDON,
    self: SELF_MAYA,
    from: 'Chloe Adams <chloe@adams-bakery.example>',
    to: MAYA,
    cc: 'Priya Nair <priya@nair-consulting.example>',
    date: '2026-11-03 08:40',
    subject: 'Re: Introduction',
    body: `Thanks Priya for connecting us - no need for you to stay on this thread.\n\nMaya, could we meet on Thursday 5 November at 10am?\n\nChloe`,
    history: [
      {
        style: 'gmail-en',
        from: 'Priya Nair <priya@nair-consulting.example>',
        to: `${MAYA}, Chloe Adams <chloe@adams-bakery.example>`,
        date: '2026-11-02 17:00',
        body: `Maya, Chloe,\n\nYou two should talk about Chloe's expansion plans.\n\nPriya`,
      },
    ],
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['chloe@adams-bakery.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-11-05 10:00')],
    },
  },
  {
    id: 'cat3-en-ldn-colleague-join-us-if-you-can',
    tz: LONDON,
    self: SELF_MAYA,
    from: MAYA,
    to: 'Oscar Reed <oscar@reed-logistics.example>',
    cc: 'Tom Hale <tom.hale@collins-advisory.example>, Slash <slash@slash.example>',
    assistant: ['slash@slash.example'],
    date: '2026-05-06 09:00',
    subject: 'Follow-up',
    body: `Oscar,\n\nLet's find an hour on Monday 11 May or Thursday 14 May. Tom, join us if you can.\n\n${MAYA_SIG}`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['oscar@reed-logistics.example', 'tom.hale@collins-advisory.example?'],
      type: 'meeting',
      duration: 60,
      location: null,
      when: [day('2026-05-11'), day('2026-05-14')],
    },
  },
  {
    id: 'cat3-en-ny-cant-make-a-day-is-not-stepping-out',
    tz: NY,
    self: SELF_MAYA,
    from: 'Rita Gomez <rita@gomez-foods.example>',
    to: MAYA,
    date: '2026-06-04 14:00',
    subject: 'Re: Tasting',
    body: `Maya,\n\nI can't make Wednesday 10 June, sorry - Thursday 11 June in the afternoon would work.\n\nRita`,
    expect: {
      language: 'en',
      intent: 'schedule',
      contacts: ['rita@gomez-foods.example'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-06-11', '12:00', '18:00')],
      excluded: [day('2026-06-10')],
    },
  },
  {
    id: 'cat3-fr-par-assistant-ne-sera-pas-des-votres',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Karim Benali <karim.benali@groupe-orsay.fr>',
    to: ELODIE,
    cc: 'Nathalie Orsay <nathalie.orsay@groupe-orsay.fr>',
    date: '2026-09-08 11:00',
    subject: 'Rendez-vous avec Mme Orsay',
    body: `Madame,\n\nMme Orsay, en copie, souhaiterait vous rencontrer le lundi 14 septembre dans la matinée. Je ne serai pas des vôtres, mais je reste à votre disposition pour l'organisation.\n\nCordialement,\nKarim Benali\nAssistant de direction`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['nathalie.orsay@groupe-orsay.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-09-14', '08:00', '12:00')],
    },
  },
  {
    id: 'cat3-fr-par-thread-je-te-libere-intro-poursuivre',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Bastien Roy <bastien@roy-menuiserie.fr>',
    to: ELODIE,
    cc: 'Claire Vidal <claire@vidal-rh.fr>',
    date: '2026-10-06 09:30',
    subject: 'Re: Présentation',
    body: `Merci Claire, je te libère de la conversation !\n\nÉlodie, je passerais volontiers te voir jeudi 8 octobre à 14h.\n\nBastien`,
    history: [
      {
        style: 'gmail-fr',
        from: 'Claire Vidal <claire@vidal-rh.fr>',
        to: `${ELODIE}, Bastien Roy <bastien@roy-menuiserie.fr>`,
        date: '2026-10-05 18:00',
        body: `Élodie, Bastien,\n\nJe vous mets en relation : Bastien fabrique les meubles dont tu parlais. Je vous laisse poursuivre.\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['bastien@roy-menuiserie.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [at('2026-10-08 14:00')],
    },
  },
  {
    id: 'cat3-fr-par-collegue-viendra-s-il-est-disponible',
    tz: PARIS,
    self: SELF_ELODIE,
    from: 'Inès Moulin <ines@moulin-textile.fr>',
    to: ELODIE,
    cc: 'Julien Moulin <julien@moulin-textile.fr>',
    date: '2027-01-06 10:00',
    subject: 'Point échantillons',
    body: `Bonjour Élodie,\n\nOn pourrait faire le point lundi 11 janvier ou jeudi 14 janvier ? Julien viendra s'il est disponible.\n\nInès`,
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['ines@moulin-textile.fr', 'julien@moulin-textile.fr?'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [day('2027-01-11'), day('2027-01-14')],
    },
  },
];
