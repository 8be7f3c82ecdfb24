/** Hard cases written after the interpreter was tuned: a held-out check on mixed, noisy and unusual emails. */
import { at, day, days, span, type CaseRow } from './corpus-case.js';

const ASSISTANT = ['slash@slash.example'];
const SLASH = 'Slash <slash@slash.example>';
const DAVID = 'David Miller <david@northwind.example>';
const CLAIRE = 'Claire Martin <claire@martin-conseil.fr>';
const SELF_D = ['david@northwind.example'];
const SELF_C = ['claire@martin-conseil.fr'];

export const HARD_CASES: readonly CaseRow[] = [
  {
    id: 'hard-en-signature-quote-line', tz: 'Europe/London', self: SELF_D, from: 'Ann Lee <ann@acme.example>', to: DAVID, date: '2026-03-03 10:00', subject: 'Catch up',
    body: `David,\n\nFancy a coffee on Thursday at 11?\n\nAnn\n--\nAnn Lee | Head of Operations\nAcme Ltd, 200 Aldersgate Street, London EC1A 4HD\n"Make it simple."`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'coffee', duration: null, location: null, when: [at('2026-03-05 11:00')] },
  },
  {
    id: 'hard-en-sent-from-iphone', tz: 'Europe/London', self: SELF_D, from: 'Tom Baker <tom.baker@fabrikam.example>', to: DAVID, date: '2026-03-03 10:00', subject: 'Re: Lunch',
    body: `Lunch Friday works!\n\nSent from my iPhone`,
    history: [{ style: 'apple-en', from: DAVID, to: 'Tom Baker <tom.baker@fabrikam.example>', date: '2026-03-03 08:00', body: `Tom, lunch on Thursday or Friday at Hawksmoor, 157 Commercial Street?\n\nDavid` }],
    expect: { language: 'en', intent: 'schedule', contacts: ['tom.baker@fabrikam.example'], type: 'lunch', duration: null, location: 'Hawksmoor, 157 Commercial Street', when: [day('2026-03-06')] },
  },
  {
    id: 'hard-fr-envoye-de-mon-iphone', tz: 'Europe/Paris', self: SELF_C, from: 'Marc Dubois <marc.dubois@acme.fr>', to: CLAIRE, date: '2026-03-03 10:00', subject: 'RE: Café',
    body: `Vendredi c'est parfait !\n\nEnvoyé de mon iPhone`,
    history: [{ style: 'apple-fr', from: CLAIRE, to: 'Marc Dubois <marc.dubois@acme.fr>', date: '2026-03-03 08:00', body: `Marc, un café jeudi ou vendredi matin ?\n\nClaire` }],
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr'], type: 'coffee', duration: null, location: null, when: [span('2026-03-06', '08:00', '12:00')] },
  },
  {
    id: 'hard-en-cc-both-fyi-and-optional', tz: 'Europe/London', from: DAVID, to: 'Ann Lee <ann@acme.example>', cc: 'Slash <slash@slash.example>, Paul Smith <paul@acme.example>, Rachel Green <rachel@northwind.example>', assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Pricing',
    body: `Ann,\n\nLet's discuss pricing on a call next Monday. Paul may join if he's free; Rachel is copied for visibility only.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example', 'paul@acme.example?'], type: 'call', duration: null, location: null, when: [day('2026-03-09')] },
  },
  {
    id: 'hard-fr-en-copie-participe', tz: 'Europe/Paris', from: CLAIRE, to: 'Marc Dubois <marc.dubois@acme.fr>', cc: 'Slash <slash@slash.example>, Anne Roy <anne.roy@acme.fr>', assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Atelier',
    body: `Marc,\n\nJe mets Anne en copie : elle participera à l'atelier de mardi prochain.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr', 'anne.roy@acme.fr'], type: 'meeting', duration: null, location: null, when: [day('2026-03-10')] },
  },
  {
    id: 'hard-en-mixed-language-french-client', tz: 'Europe/Paris', from: CLAIRE, to: 'Emily Stone <emily@stone.example>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Call',
    body: `Hi Emily,\n\nGreat meeting you in Lyon. Shall we have a call next week to follow up? My assistant Slash will propose times.\n\nBien à vous,\nClaire`,
    expect: { language: 'en', intent: 'schedule', contacts: ['emily@stone.example'], type: 'call', duration: null, location: null, when: [days('2026-03-09', '2026-03-13')] },
  },
  {
    id: 'hard-fr-franglais-call', tz: 'Europe/Paris', self: SELF_C, from: 'Julien Petit <julien.petit@orange-conseil.fr>', to: CLAIRE, date: '2026-03-03 10:00', subject: 'Call rapide',
    body: `Hello Claire,\n\nOn peut se faire un call rapide demain matin ? 15 min max.\n\nJulien`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['julien.petit@orange-conseil.fr'], type: 'call', duration: 15, location: null, when: [span('2026-03-04', '08:00', '12:00')] },
  },
  {
    id: 'hard-en-bcc-header-and-move', tz: 'Europe/London', from: DAVID, to: 'Leo Fox <leo@fox.example>', cc: SLASH, bcc: 'Kate Moss <kate@vogue.example>', assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Re: Intro',
    body: `Thanks Kate, moving you to Bcc.\n\nLeo, dinner next Wednesday?\n\nDavid`,
    history: [{ style: 'gmail-en', from: 'Kate Moss <kate@vogue.example>', to: 'David Miller <david@northwind.example>, Leo Fox <leo@fox.example>', date: '2026-03-02 09:00', body: `You two should meet!\n\nKate` }],
    expect: { language: 'en', intent: 'schedule', contacts: ['leo@fox.example'], type: 'dinner', duration: null, location: null, when: [day('2026-03-04')] },
  },
  {
    id: 'hard-en-outlook-no-addresses', tz: 'Europe/London', self: SELF_D, from: 'Ann Lee <ann@acme.example>', to: DAVID, date: '2026-03-03 10:00', subject: 'RE: Planning',
    body: `Wednesday afternoon is good for me.\n\nAnn`,
    history: [{ style: 'outlook-en', from: 'David Miller', to: 'Ann Lee', date: '2026-03-02 10:00', body: `Ann, can we plan Q2 this week? An hour should do.\n\nDavid` }],
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'meeting', duration: 60, location: null, when: [span('2026-03-04', '12:00', '18:00')] },
  },
  {
    id: 'hard-en-video-and-lunch-words', tz: 'Europe/London', from: DAVID, to: 'Ann Lee <ann@acme.example>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Zoom',
    body: `Ann,\n\nLet's do a Zoom after lunch on Thursday, around 2pm.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ann@acme.example'], type: 'video', duration: null, location: null, when: [at('2026-03-05 14:00')] },
  },
  {
    id: 'hard-fr-visio-lien-teams', tz: 'Europe/Paris', from: CLAIRE, to: 'Nadia Haddad <nadia@atlas-rh.fr>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Entretien',
    body: `Nadia,\n\nJe vous enverrai un lien Teams pour notre entretien de jeudi après-midi.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['nadia@atlas-rh.fr'], type: 'video', duration: null, location: null, when: [span('2026-03-05', '12:00', '18:00')] },
  },
  {
    id: 'hard-en-tokyo-client', tz: 'Asia/Tokyo', from: 'Kenji Sato <kenji@sakura.example>', to: 'Mark Evans <mark@orbital.example>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Call',
    body: `Mark,\n\nCould we have a call on Thursday at 9am New York time?\n\nKenji`,
    expect: { language: 'en', intent: 'schedule', contacts: ['mark@orbital.example'], type: 'call', duration: null, location: null, when: [at('2026-03-05 23:00')] },
  },
  {
    id: 'hard-en-dst-paris-late-march', tz: 'Europe/Paris', from: CLAIRE, to: 'Emily Stone <emily@stone.example>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-27 10:00', subject: 'Meeting Monday',
    body: `Emily,\n\nLet's meet on Monday at 10am at our office.\n\nBest,\nClaire Martin\nMartin Conseil\n12 rue de la Paix\n75002 Paris`,
    expect: { language: 'en', intent: 'schedule', contacts: ['emily@stone.example'], type: 'meeting', duration: null, location: '12 rue de la Paix, 75002 Paris', when: [at('2026-03-30 10:00')] },
  },
  {
    id: 'hard-fr-quinze-minutes', tz: 'Europe/Paris', self: SELF_C, from: 'Hugo Moreau <hugo@moreau-invest.fr>', to: CLAIRE, date: '2026-03-03 10:00', subject: 'Question',
    body: `Claire,\n\nAuriez-vous quinze minutes lundi pour un appel ?\n\nHugo`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['hugo@moreau-invest.fr'], type: 'call', duration: 15, location: null, when: [day('2026-03-09')] },
  },
  {
    id: 'hard-fr-une-heure-et-demie', tz: 'Europe/Paris', from: CLAIRE, to: 'Lucas Mercier <lucas@mercier.fr>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Séminaire',
    body: `Lucas,\n\nIl nous faudra une heure et demie pour préparer le séminaire, la semaine du 23 mars.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['lucas@mercier.fr'], type: 'meeting', duration: 90, location: null, when: [days('2026-03-23', '2026-03-27')] },
  },
  {
    id: 'hard-en-weekend-only-when-said', tz: 'Europe/London', self: SELF_D, from: 'Amy Pond <amy@tardis.example>', to: DAVID, date: '2026-03-03 10:00', subject: 'Brunch',
    body: `David! Breakfast this weekend? Saturday or Sunday morning.\n\nAmy`,
    expect: { language: 'en', intent: 'schedule', contacts: ['amy@tardis.example'], type: 'breakfast', duration: null, location: null, when: [span('2026-03-07', '08:00', '12:00'), span('2026-03-08', '08:00', '12:00')] },
  },
  {
    id: 'hard-en-not-on-fridays', tz: 'Europe/London', from: DAVID, to: 'Ben Carter <ben@atlas.example>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Weekly',
    body: `Ben,\n\nLet's set up our call next week. I'm not available on Friday.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['ben@atlas.example'], type: 'call', duration: null, location: null, when: [days('2026-03-09', '2026-03-13')], excluded: [day('2026-03-06')] },
  },
  {
    id: 'hard-en-contact-in-text-with-assistant', tz: 'Europe/London', from: DAVID, to: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Intro call',
    body: `Slash, please set up a 30-minute call with Jane Roe (jane.roe@globex.example) next Tuesday or Wednesday.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['jane.roe@globex.example'], type: 'call', duration: 30, location: null, when: [day('2026-03-10'), day('2026-03-04')] },
  },
  {
    id: 'hard-fr-contact-dans-le-texte', tz: 'Europe/Paris', from: CLAIRE, to: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Rendez-vous',
    body: `Slash, organise un déjeuner avec Paul Henry <paul.henry@acme.fr> la semaine prochaine, mardi ou jeudi.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['paul.henry@acme.fr'], type: 'lunch', duration: null, location: null, when: [day('2026-03-10'), day('2026-03-12')] },
  },
  {
    id: 'hard-en-other-newsletter', tz: 'Europe/London', self: SELF_D, from: 'Acme News <news@acme.example>', to: DAVID, date: '2026-03-03 10:00', subject: 'Our March update',
    body: `Hello,\n\nHere is what we shipped in February: faster exports and a new dashboard.\n\nThe Acme team`,
    expect: { language: 'en', intent: 'other', contacts: ['news@acme.example'], type: null, duration: null, location: null, when: [] },
  },
  {
    id: 'hard-fr-autre-remerciement-cite', tz: 'Europe/Paris', self: SELF_C, from: 'Marc Dubois <marc.dubois@acme.fr>', to: CLAIRE, date: '2026-03-03 10:00', subject: 'RE: Compte rendu',
    body: `Merci Claire pour le compte rendu, tout est clair.\n\nMarc`,
    history: [{ style: 'gmail-fr', from: CLAIRE, to: 'Marc Dubois <marc.dubois@acme.fr>', date: '2026-03-02 10:00', body: `Marc, voici le compte rendu de notre réunion.\n\nClaire` }],
    expect: { language: 'fr', intent: 'other', contacts: ['marc.dubois@acme.fr'], type: null, duration: null, location: null, when: [] },
  },
  {
    id: 'hard-en-html-forward', tz: 'Europe/London', html: true, from: DAVID, to: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Fwd: Meeting request',
    body: `Slash, can you find a slot for this? In person at our office.\n\nDavid\n4 Crown Place, London EC2A 4BT`,
    history: [{ style: 'fwd-gmail-en', from: 'Grace Kim <grace@verdant.example>', to: DAVID, date: '2026-03-02 16:00', subject: 'Meeting request', body: `Hi David,\n\nCould we meet next week to discuss the partnership?\n\nGrace` }],
    expect: { language: 'en', intent: 'schedule', contacts: ['grace@verdant.example'], type: 'meeting', duration: null, location: '4 Crown Place, London EC2A 4BT', when: [days('2026-03-09', '2026-03-13')] },
  },
  {
    id: 'hard-fr-fin-de-journee', tz: 'Europe/Paris', self: SELF_C, from: 'Camille Blanc <camille@blanc.fr>', to: CLAIRE, date: '2026-03-03 10:00', subject: 'Point',
    body: `Claire, un point téléphonique mercredi en fin de journée ?\n\nCamille`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['camille@blanc.fr'], type: 'call', duration: null, location: null, when: [span('2026-03-04', '17:00', '20:00')] },
  },
  {
    id: 'hard-en-early-april', tz: 'America/New_York', from: 'Sarah Cole <sarah@bluepeak.example>', to: 'Mark Evans <mark@orbital.example>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Offsite',
    body: `Mark,\n\nLet's get dinner in early April when you're in town.\n\nSarah`,
    expect: { language: 'en', intent: 'schedule', contacts: ['mark@orbital.example'], type: 'dinner', duration: null, location: null, when: [days('2026-04-01', '2026-04-10')] },
  },
  {
    id: 'hard-fr-mi-mars', tz: 'Europe/Paris', from: CLAIRE, to: 'Inès Faure <ines@faure.fr>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Déjeuner',
    body: `Inès,\n\nDéjeunons ensemble mi-mars.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['ines@faure.fr'], type: 'lunch', duration: null, location: null, when: [days('2026-03-11', '2026-03-20')] },
  },
  {
    id: 'hard-en-apple-forward-to-assistant-with-exclusion', tz: 'Europe/London', from: DAVID, to: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Fwd: Drinks',
    body: `Slash, please sort this out. Not Thursday for me.`,
    history: [{ style: 'fwd-apple-en', from: 'Oliver Grant <oliver@kestrel.example>', to: DAVID, date: '2026-03-03 08:00', subject: 'Drinks', body: `David, drinks this week? Wednesday or Thursday evening?\n\nOllie` }],
    expect: { language: 'en', intent: 'schedule', contacts: ['oliver@kestrel.example'], type: 'drinks', duration: null, location: null, when: [span('2026-03-04', '18:00', '22:00')], excluded: [day('2026-03-05')] },
  },
  {
    id: 'hard-fr-quebec-fin-de-semaine-courriel', tz: 'America/Toronto', from: 'Julie Tremblay <julie@boreal.qc.ca>', to: 'Simon Côté <simon@cote.qc.ca>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Rencontre',
    body: `Simon,\n\nMerci pour ton courriel. On pourrait se voir jeudi en après-midi à tes bureaux?\n\nJulie`,
    history: [{ style: 'outlook-fr', from: 'Simon Côté <simon@cote.qc.ca>', to: 'Julie Tremblay <julie@boreal.qc.ca>', date: '2026-03-02 10:00', body: `Julie, on se rencontre cette semaine?\n\nSimon Côté\nCôté & Associés\n400 rue Saint-Paul Ouest\nMontréal (Québec) H2Y 2A6` }],
    expect: { language: 'fr', intent: 'schedule', contacts: ['simon@cote.qc.ca'], type: 'meeting', duration: null, location: '400 rue Saint-Paul Ouest, Montréal (Québec) H2Y 2A6', when: [span('2026-03-05', '12:00', '18:00')] },
  },
  {
    id: 'hard-en-several-people-reply-all', tz: 'Europe/London', self: SELF_D, from: 'Mark Evans <mark@orbital.example>', to: DAVID, cc: 'Jenny Wu <jenny@orbital.example>, Sam Wise <sam@shire.example>', date: '2026-03-03 10:00', subject: 'Re: Steering committee',
    body: `All,\n\nThursday 2pm works for Jenny and me. Sam?\n\nMark`,
    history: [{ style: 'gmail-en', from: DAVID, to: 'Mark Evans <mark@orbital.example>', cc: 'Jenny Wu <jenny@orbital.example>, Sam Wise <sam@shire.example>', date: '2026-03-02 10:00', body: `Steering committee this week: Wednesday 10am or Thursday 2pm?\n\nDavid` }],
    expect: { language: 'en', intent: 'schedule', contacts: ['mark@orbital.example', 'jenny@orbital.example', 'sam@shire.example'], type: 'meeting', duration: null, location: null, when: [at('2026-03-05 14:00')] },
  },
  {
    id: 'hard-fr-outlook-original-message', tz: 'Europe/Paris', self: SELF_C, from: 'Romain Fabre <romain@fabre.fr>', to: CLAIRE, date: '2026-03-03 10:00', subject: 'RE: Visite',
    body: `Claire,\n\nMardi 10 mars à 9h30 chez nous, c'est noté.\n\nRomain Fabre\nFabre Industries\n3 place Bellecour\n69002 Lyon`,
    history: [{ style: 'outlook-original', from: CLAIRE, to: 'Romain Fabre <romain@fabre.fr>', date: '2026-03-02 10:00', body: `Romain, je peux venir vous voir à Lyon la semaine prochaine.\n\nClaire` }],
    expect: { language: 'fr', intent: 'schedule', contacts: ['romain@fabre.fr'], type: 'meeting', duration: null, location: '3 place Bellecour, 69002 Lyon', when: [at('2026-03-10 09:30')] },
  },
  {
    id: 'hard-en-week-of-the-16th', tz: 'Europe/London', from: DAVID, to: 'Chloe Adams <chloe@harbor.example>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Review',
    body: `Chloe,\n\nCan we meet the week of the 16th? Two hours, ideally.\n\nDavid`,
    expect: { language: 'en', intent: 'schedule', contacts: ['chloe@harbor.example'], type: 'meeting', duration: 120, location: null, when: [days('2026-03-16', '2026-03-20')] },
  },
  {
    id: 'hard-en-cancel-then-new-time', tz: 'Europe/London', self: SELF_D, from: 'Ann Lee <ann@acme.example>', to: DAVID, date: '2026-03-03 10:00', subject: 'Tomorrow',
    body: `David, I need to cancel tomorrow's call, sorry. Could we do Friday at 4pm instead?\n\nAnn`,
    expect: { language: 'en', intent: 'reschedule', contacts: ['ann@acme.example'], type: 'call', duration: null, location: null, when: [at('2026-03-06 16:00')], excluded: [day('2026-03-04')] },
  },
  {
    id: 'hard-fr-annule-sans-nouvelle-date', tz: 'Europe/Paris', from: CLAIRE, to: 'Manon Garnier <manon@garnier.fr>', cc: SLASH, assistant: ASSISTANT, date: '2026-03-03 10:00', subject: 'Annulation',
    body: `Manon,\n\nJe dois malheureusement annuler notre visio. Je reviens vers vous.\n\nClaire`,
    expect: { language: 'fr', intent: 'cancel', contacts: ['manon@garnier.fr'], type: 'video', duration: null, location: null, when: [] },
  },
];
