/** French threads (France and Québec): replies with quoted history, forwards, introductions, HTML quotes. */
import { at, day, days, span, type CaseRow, type HistoryStyle, type LocalWindow } from './corpus-case.js';

const ASSISTANT = ['slash@slash.example'];
const SLASH = 'Slash <slash@slash.example>';

interface Person {
  readonly name: string;
  readonly email: string;
}
const p = (name: string, email: string): Person => ({ name, email });
const addr = (person: Person): string => `${person.name} <${person.email}>`;
const first = (person: Person): string => person.name.split(' ')[0] ?? person.name;
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

const CLIENTS: readonly Person[] = [
  p('Claire Martin', 'claire@martin-conseil.fr'),
  p('Nicolas Durand', 'nicolas@durand-associes.fr'),
  p('Sophie Lefèvre', 'sophie@lefevre-avocats.fr'),
  p('Mathieu Roche', 'mathieu@roche-invest.fr'),
];
const CONTACTS: readonly Person[] = [
  p('Marc Dubois', 'marc.dubois@acme.fr'),
  p('Julien Petit', 'julien.petit@orange-conseil.fr'),
  p('Nadia Haddad', 'nadia@atlas-rh.fr'),
  p('Hugo Moreau', 'hugo@moreau-invest.fr'),
  p('Léa Roux', 'lea@roux-design.fr'),
  p('Antoine Leroy', 'antoine@leroy-ind.fr'),
  p('Inès Faure', 'ines@faure.fr'),
  p('Camille Blanc', 'camille@blanc.fr'),
  p('Manon Garnier', 'manon@garnier.fr'),
  p('Lucas Mercier', 'lucas@mercier.fr'),
  p('Chloé Henry', 'chloe@henry.fr'),
  p('Romain Fabre', 'romain@fabre.fr'),
];
const REPLY_STYLES: readonly HistoryStyle[] = ['gmail-fr', 'apple-fr', 'outlook-fr', 'gmail-fr', 'outlook-fr'];
const FORWARD_STYLES: readonly HistoryStyle[] = ['fwd-gmail-fr', 'fwd-apple-fr', 'fwd-thunderbird-fr'];
const MORNINGS = (dates: readonly string[]): LocalWindow[] => dates.map((d) => span(d, '08:00', '12:00'));
type Kind = CaseRow['expect']['type'];

// Famille A : un contact propose « la semaine prochaine » (lu à sa propre date, vendredi 27 février) ; la réponse choisit.
const WEEK_PICKS: ReadonlyArray<{
  ask: string;
  type: Kind;
  reply: string;
  when: readonly LocalWindow[];
  duration?: number;
}> = [
  {
    ask: 'un café',
    type: 'coffee',
    reply: 'Jeudi matin me conviendrait.',
    when: [span('2026-03-05', '08:00', '12:00')],
  },
  {
    ask: 'un déjeuner',
    type: 'lunch',
    reply: 'Mercredi ou vendredi, comme vous préférez.',
    when: [day('2026-03-04'), day('2026-03-06')],
  },
  {
    ask: 'un appel',
    type: 'call',
    reply: 'Jeudi après-midi, ça vous va ?',
    when: [span('2026-03-05', '12:00', '18:00')],
  },
  {
    ask: 'une visio',
    type: 'video',
    reply: 'Vendredi en fin de matinée ?',
    when: [span('2026-03-06', '10:00', '12:00')],
  },
  { ask: 'un verre', type: 'drinks', reply: 'Jeudi soir, parfait.', when: [span('2026-03-05', '18:00', '22:00')] },
  {
    ask: 'une réunion',
    type: 'meeting',
    reply: 'Mercredi à partir de 14h.',
    when: [['2026-03-04 14:00', '2026-03-05 00:00']],
  },
  {
    ask: 'un petit-déjeuner',
    type: 'breakfast',
    reply: 'Vendredi matin ?',
    when: [span('2026-03-06', '08:00', '12:00')],
  },
  { ask: 'un dîner', type: 'dinner', reply: 'Jeudi soir serait idéal.', when: [span('2026-03-05', '18:00', '22:00')] },
  {
    ask: 'un échange téléphonique de 30 minutes',
    type: 'call',
    reply: 'Lundi 2 mars à 11h ?',
    when: [at('2026-03-02 11:00')],
    duration: 30,
  },
  {
    ask: "un point en visio d'une heure",
    type: 'video',
    reply: "Mardi en début d'après-midi.",
    when: [span('2026-03-03', '13:00', '15:00')],
    duration: 60,
  },
];

const familyA: CaseRow[] = WEEK_PICKS.map((row, i) => {
  const client = pick(CLIENTS, i);
  const contact = pick(CONTACTS, i);
  return {
    id: `fr-thread-choix-semaine-${i + 1}`,
    tz: 'Europe/Paris',
    self: [client.email],
    from: addr(contact),
    to: addr(client),
    date: '2026-02-28 10:15',
    subject: `RE: Proposition`,
    body: `Bonjour ${first(client)},\n\nMerci pour votre message. ${row.reply}\n\nBien cordialement,\n${first(contact)}`,
    history: [
      {
        style: pick(REPLY_STYLES, i),
        from: addr(client),
        to: addr(contact),
        date: '2026-02-27 16:10',
        body: `Bonjour ${first(contact)},\n\nSeriez-vous disponible pour ${row.ask} la semaine prochaine ?\n\nCordialement,\n${first(client)}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [contact.email],
      type: row.type,
      duration: row.duration ?? null,
      location: null,
      when: row.when,
    },
  };
});

// Famille B : le dernier message écarte le jour proposé et en propose un autre.
const familyB: CaseRow[] = (
  [
    ['un déjeuner', 'lunch', 'mardi', 'jeudi', '2026-03-05', '2026-03-03'],
    ['un café', 'coffee', 'mercredi', 'vendredi', '2026-03-06', '2026-03-04'],
    ['un dîner', 'dinner', 'jeudi', 'lundi', '2026-03-09', '2026-03-05'],
    ['notre appel', 'call', 'vendredi', 'mercredi', '2026-03-04', '2026-03-06'],
    ['la visio', 'video', 'mardi', 'vendredi', '2026-03-06', '2026-03-03'],
  ] as const
).map(([kind, type, oldDay, newDay, newDate, oldDate], i) => {
  const client = pick(CLIENTS, i + 1);
  const contact = pick(CONTACTS, i + 4);
  return {
    id: `fr-thread-remplace-${i + 1}`,
    tz: 'Europe/Paris',
    self: [client.email],
    from: addr(contact),
    to: addr(client),
    date: '2026-03-02 18:00',
    subject: `RE: ${kind}`,
    body: `${first(client)},\n\nDésolé, ${oldDay} ne me convient plus. Pourrait-on plutôt faire ${newDay} ?\n\n${first(contact)}`,
    history: [
      {
        style: pick(REPLY_STYLES, i + 1),
        from: addr(client),
        to: addr(contact),
        date: '2026-03-02 09:00',
        body: `${first(contact)},\n\nOn se cale ${kind} ${oldDay} ?\n\n${first(client)}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: [contact.email],
      type,
      duration: null,
      location: null,
      when: [day(newDate)],
      excluded: [day(oldDate)],
    },
  } satisfies CaseRow;
});

// Famille C : le client transfère l'échange d'un contact à Slash ; les contacts sont les personnes du message transféré.
const familyC: CaseRow[] = (
  [
    [
      'Un café la semaine prochaine, un matin ?',
      'coffee',
      MORNINGS(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']),
    ],
    ['Pourrions-nous déjeuner jeudi 12 mars ?', 'lunch', [day('2026-03-12')]],
    ['Un appel de 20 minutes demain après-midi ?', 'call', [span('2026-03-03', '12:00', '18:00')]],
    ['Une visio mercredi 11 mars vers 10h ?', 'video', [at('2026-03-11 10:00')]],
    ['Un rendez-vous en fin de semaine prochaine ?', 'meeting', [days('2026-03-12', '2026-03-13')]],
    ['Un verre jeudi soir ?', 'drinks', [span('2026-03-05', '18:00', '22:00')]],
  ] as const
).map(([ask, type, when], i) => {
  const client = pick(CLIENTS, i);
  const contact = pick(CONTACTS, i + 2);
  const colleague = pick(CONTACTS, i + 7);
  const withColleague = i % 2 === 0;
  return {
    id: `fr-transfert-assistant-${i + 1}`,
    tz: 'Europe/Paris',
    assistant: ASSISTANT,
    from: addr(client),
    to: SLASH,
    date: '2026-03-02 19:00',
    subject: `TR: Rendez-vous`,
    body: `Slash, peux-tu organiser ça ?\n\n${first(client)}`,
    history: [
      {
        style: pick(FORWARD_STYLES, i),
        from: addr(contact),
        to: addr(client),
        ...(withColleague ? { cc: addr(colleague) } : {}),
        date: '2026-03-02 17:00',
        subject: 'Rendez-vous',
        body: `Bonjour ${first(client)},\n\n${ask}${withColleague ? ` ${first(colleague)} sera des nôtres.` : ''}\n\nBien à vous,\n${first(contact)}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: withColleague ? [contact.email, colleague.email] : [contact.email],
      type,
      duration: ask.includes('20 minutes') ? 20 : null,
      location: null,
      when,
    },
  } satisfies CaseRow;
});

// Famille D : une mise en relation ; l'intermédiaire se retire et reste en copie de la réponse.
const INTRO_EXITS = [
  'Je vous laisse échanger directement.',
  'Je vous laisse voir ensemble pour un café.',
  'Je vous laisse prendre le relais.',
  "Je m'efface et vous laisse organiser un déjeuner.",
];
const familyD: CaseRow[] = INTRO_EXITS.map((exit, i) => {
  const client = pick(CLIENTS, i);
  const contact = pick(CONTACTS, i + 5);
  const introducer = p(
    ['Isabelle Renaud', 'Olivier Marchal', 'Aurélie Jacob', 'Benoît Lemaire'][i] ?? 'Isabelle Renaud',
    `intro${i + 1}@reseau-pro.fr`,
  );
  const reply =
    [
      `Un café mardi prochain vers 9h ?`,
      `Je vous propose un café jeudi matin.`,
      `Pourrions-nous nous appeler lundi après-midi ?`,
      `Un déjeuner vendredi 6 mars ?`,
    ][i] ?? '';
  const when: LocalWindow[][] = [
    [at('2026-03-10 09:00')],
    [span('2026-03-05', '08:00', '12:00')],
    [span('2026-03-09', '12:00', '18:00')],
    [day('2026-03-06')],
  ];
  const types: Kind[] = ['coffee', 'coffee', 'call', 'lunch'];
  return {
    id: `fr-thread-intro-${i + 1}`,
    tz: 'Europe/Paris',
    self: [client.email],
    from: addr(contact),
    to: addr(client),
    cc: addr(introducer),
    date: '2026-03-03 09:00',
    subject: 'RE: Mise en relation',
    body: `Merci ${first(introducer)} pour la mise en relation !\n\n${first(client)}, ravi de faire votre connaissance. ${reply}\n\nBien à vous,\n${first(contact)}`,
    history: [
      {
        style: pick(REPLY_STYLES, i),
        from: addr(introducer),
        to: `${addr(client)}, ${addr(contact)}`,
        date: '2026-03-02 10:00',
        body: `${first(client)}, ${first(contact)},\n\nComme évoqué, je vous mets en relation : vous avez beaucoup à vous dire.\n${exit}\n\nBelle journée,\n${first(introducer)}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [contact.email],
      type: types[i] ?? 'coffee',
      duration: null,
      location: null,
      when: when[i] ?? [],
    },
  } satisfies CaseRow;
});

const CLAIRE = CLIENTS[0] as Person;
const CLAIRE_SIG = 'Claire Martin\nAssociée – Martin Conseil\n12 rue de la Paix\n75002 Paris\nTél. : 01 42 60 00 00';
const MARC = CONTACTS[0] as Person;
const MARC_SIG = "Marc Dubois\nDirecteur financier – Acme\n45 avenue de l'Opéra\n75001 Paris";
const JULIE = p('Julie Tremblay', 'julie@boreal.qc.ca');
const JULIE_SIG =
  'Julie Tremblay\nDirectrice, Boréal Stratégies\n1250 boulevard René-Lévesque Ouest\nMontréal (Québec) H3B 4W8';
const GAGNON = p('Marc-André Gagnon', 'ma.gagnon@laurentides.qc.ca');

const singles: CaseRow[] = [
  {
    id: 'fr-thread-chez-vous-signature-citee',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Réunion',
    body: `Claire,\n\nAvec plaisir, je passerai chez vous jeudi à 15h.\n\nMarc`,
    history: [
      {
        style: 'outlook-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        date: '2026-03-02 11:00',
        body: `Marc,\n\nPouvons-nous nous voir cette semaine pour le bilan ?\n\nCordialement,\n${CLAIRE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'meeting',
      duration: null,
      location: '12 rue de la Paix, 75002 Paris',
      when: [at('2026-03-05 15:00')],
    },
  },
  {
    id: 'fr-thread-a-vos-bureaux',
    tz: 'Europe/Paris',
    from: addr(CLAIRE),
    to: addr(MARC),
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'RE: Bilan',
    body: `Marc,\n\nJe viendrai à vos bureaux, mercredi 11 mars en fin de matinée.\n\nClaire`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(MARC),
        to: addr(CLAIRE),
        date: '2026-03-02 18:00',
        body: `Claire,\n\nPrenons une heure pour le bilan.\n\nBien à vous,\n${MARC_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'meeting',
      duration: 60,
      location: "45 avenue de l'Opéra, 75001 Paris",
      when: [span('2026-03-11', '10:00', '12:00')],
    },
  },
  {
    id: 'fr-thread-appel-plutot-que-dejeuner',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Déjeuner',
    body: `Claire,\n\nMa semaine est chargée : faisons plutôt un appel qu'un déjeuner, jeudi en fin de journée.\n\nMarc`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        date: '2026-03-02 09:00',
        body: `Marc, un déjeuner cette semaine ?\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-05', '17:00', '20:00')],
    },
  },
  {
    id: 'fr-thread-pour-info-reponse',
    tz: 'Europe/Paris',
    from: addr(CLAIRE),
    to: addr(MARC),
    cc: 'Slash <slash@slash.example>, Élodie Vidal <elodie@martin-conseil.fr>',
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'RE: Contrat',
    body: `Marc,\n\nFaisons un point téléphonique vendredi matin. Je mets Élodie en copie pour information.\n\nClaire`,
    history: [
      {
        style: 'outlook-fr',
        from: addr(MARC),
        to: addr(CLAIRE),
        date: '2026-03-02 10:00',
        body: `Claire, il faudrait qu'on parle du contrat.\n\nMarc`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'call',
      duration: null,
      location: null,
      when: [span('2026-03-06', '08:00', '12:00')],
    },
  },
  {
    id: 'fr-thread-optionnel-cite',
    tz: 'Europe/Paris',
    from: addr(CLAIRE),
    to: 'Marc Dubois <marc.dubois@acme.fr>, Paul Henry <paul.henry@acme.fr>',
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'RE: Comité',
    body: `Parfait, va pour mardi après-midi. Slash enverra l'invitation.\n\nClaire`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(MARC),
        to: addr(CLAIRE),
        cc: 'Paul Henry <paul.henry@acme.fr>',
        date: '2026-03-02 16:00',
        body: `Claire,\n\nPréparons le comité la semaine prochaine. Paul nous rejoindra si son agenda le permet.\n\nMarc`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email, 'paul.henry@acme.fr?'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-10', '12:00', '18:00')],
    },
  },
  {
    id: 'fr-thread-exclusion-citee',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Rencontre',
    body: `La semaine prochaine me va très bien.\n\nMarc`,
    history: [
      {
        style: 'apple-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        date: '2026-03-02 10:00',
        body: `Marc,\n\nPouvons-nous nous rencontrer bientôt ? Je suis en déplacement le vendredi 13 mars.\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'meeting',
      duration: null,
      location: null,
      when: [days('2026-03-09', '2026-03-12')],
      excluded: [day('2026-03-13')],
    },
  },
  {
    id: 'fr-thread-html-gmail',
    tz: 'Europe/Paris',
    html: true,
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Apéro',
    body: `Va pour jeudi !\n\nMarc`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        date: '2026-03-02 10:00',
        body: `Marc, un apéro cette semaine au Syndicat, 51 rue du Faubourg Saint-Denis ? Mercredi soir ou jeudi soir.\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'drinks',
      duration: null,
      location: 'Syndicat, 51 rue du Faubourg Saint-Denis',
      when: [span('2026-03-05', '18:00', '22:00')],
    },
  },
  {
    id: 'fr-thread-html-outlook',
    tz: 'Europe/Paris',
    html: true,
    from: addr(CLAIRE),
    to: addr(MARC),
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'RE: Revue',
    body: `Marc,\n\nFaisons-le sur Teams alors, 45 minutes vendredi.\n\nClaire`,
    history: [
      {
        style: 'outlook-fr',
        from: addr(MARC),
        to: addr(CLAIRE),
        date: '2026-03-02 10:00',
        body: `Claire, pouvons-nous revoir le contrat cette semaine ? Je suis en télétravail.\n\nMarc`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'video',
      duration: 45,
      location: null,
      when: [day('2026-03-06')],
    },
  },
  {
    id: 'fr-thread-annulation',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Dîner jeudi',
    body: `Claire, je suis navré mais je dois annuler notre dîner. Un imprévu familial.\n\nMarc`,
    history: [
      {
        style: 'apple-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        date: '2026-03-01 10:00',
        body: `Au plaisir de dîner jeudi chez Septime, 80 rue de Charonne.\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'cancel',
      contacts: [MARC.email],
      type: 'dinner',
      duration: null,
      location: 'Septime, 80 rue de Charonne',
      when: [day('2026-03-05')],
    },
  },
  {
    id: 'fr-thread-report',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Café jeudi',
    body: `Claire, pourrions-nous reporter notre café à la semaine prochaine ? Mardi matin ou mercredi matin.\n\nMarc`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        date: '2026-02-26 10:00',
        body: `Un café jeudi 5 mars à 9h ?\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'reschedule',
      contacts: [MARC.email],
      type: 'coffee',
      duration: null,
      location: null,
      when: MORNINGS(['2026-03-10', '2026-03-11']),
    },
  },
  {
    id: 'fr-thread-deux-niveaux',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    cc: 'Paul Henry <paul.henry@acme.fr>',
    date: '2026-03-03 10:00',
    subject: 'RE: RE: Planning',
    body: `Paul et moi pouvons tous les deux mercredi matin.\n\nMarc`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        cc: 'Paul Henry <paul.henry@acme.fr>',
        date: '2026-03-02 14:00',
        body: `Très bien. Mercredi matin ou jeudi matin cette semaine ?\n\nClaire`,
      },
      {
        style: 'gmail-fr',
        from: addr(MARC),
        to: addr(CLAIRE),
        cc: 'Paul Henry <paul.henry@acme.fr>',
        date: '2026-03-02 09:00',
        body: `Claire, Paul et moi souhaiterions vous rencontrer au sujet du planning.\n\nMarc`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email, 'paul.henry@acme.fr'],
      type: 'meeting',
      duration: null,
      location: null,
      when: [span('2026-03-04', '08:00', '12:00')],
    },
  },
  {
    id: 'fr-thread-merci-seulement',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: addr(MARC),
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Petit-déjeuner',
    body: `Parfait, merci !\n\nMarc`,
    history: [
      {
        style: 'outlook-fr',
        from: addr(CLAIRE),
        to: addr(MARC),
        date: '2026-03-02 10:00',
        body: `Marc, un petit-déjeuner vendredi à 8h au Café Marly, 93 rue de Rivoli ?\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email],
      type: 'breakfast',
      duration: null,
      location: 'Café Marly, 93 rue de Rivoli',
      when: [at('2026-03-06 08:00')],
    },
  },
  {
    id: 'fr-thread-heure-de-londres',
    tz: 'Europe/Paris',
    self: [CLAIRE.email],
    from: 'Harry Potts <harry@ldn.example>',
    to: addr(CLAIRE),
    date: '2026-03-03 10:00',
    subject: 'RE: Appel',
    body: `Claire,\n\nMercredi à 17h heure de Londres, ça vous irait ?\n\nHarry`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(CLAIRE),
        to: 'Harry Potts <harry@ldn.example>',
        date: '2026-03-02 09:00',
        body: `Harry, un appel cette semaine ?\n\nClaire`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['harry@ldn.example'],
      type: 'call',
      duration: null,
      location: null,
      when: [at('2026-03-04 18:00')],
    },
  },
  {
    id: 'fr-thread-nouvelle-personne',
    tz: 'Europe/Paris',
    from: addr(CLAIRE),
    to: addr(MARC),
    cc: 'Slash <slash@slash.example>, Sarah Klein <sarah@klein.fr>',
    assistant: ASSISTANT,
    date: '2026-03-03 10:00',
    subject: 'RE: Audit',
    body: `Marc,\n\nJ'ajoute Sarah, notre auditrice. Slash, trouve-nous une heure la semaine prochaine à tous les trois.\n\nClaire`,
    history: [
      {
        style: 'outlook-fr',
        from: addr(MARC),
        to: addr(CLAIRE),
        date: '2026-03-02 10:00',
        body: `Claire, il faudrait associer les auditeurs.\n\nMarc`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [MARC.email, 'sarah@klein.fr'],
      type: 'meeting',
      duration: 60,
      location: null,
      when: [days('2026-03-09', '2026-03-13')],
    },
  },
  {
    id: 'fr-quebec-thread-diner',
    tz: 'America/Toronto',
    self: [JULIE.email],
    from: addr(GAGNON),
    to: addr(JULIE),
    date: '2026-03-03 09:00',
    subject: 'RE: Dîner',
    body: `Bonjour Julie,\n\nJeudi pour dîner, c'est parfait. On se rejoint à midi?\n\nMarc-André`,
    history: [
      {
        style: 'outlook-fr',
        from: addr(JULIE),
        to: addr(GAGNON),
        date: '2026-03-02 15:00',
        body: `Marc-André,\n\nUn dîner cette semaine? Mercredi ou jeudi.\n\n${JULIE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [GAGNON.email],
      type: 'lunch',
      duration: null,
      location: null,
      when: [at('2026-03-05 12:00')],
    },
  },
  {
    id: 'fr-quebec-thread-souper-nos-bureaux',
    tz: 'America/Toronto',
    self: [JULIE.email],
    from: addr(GAGNON),
    to: addr(JULIE),
    date: '2026-03-03 09:00',
    subject: 'RE: Rencontre',
    body: `Julie,\n\nParfait pour mardi prochain à vos bureaux, puis on ira souper.\n\nMarc-André`,
    history: [
      {
        style: 'gmail-fr',
        from: addr(JULIE),
        to: addr(GAGNON),
        date: '2026-03-02 15:00',
        body: `Marc-André, on pourrait se rencontrer la semaine prochaine?\n\nMerci,\n${JULIE_SIG}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [GAGNON.email],
      type: 'dinner',
      duration: null,
      location: '1250 boulevard René-Lévesque Ouest, Montréal (Québec) H3B 4W8',
      when: [day('2026-03-10')],
    },
  },
  {
    id: 'fr-quebec-thread-dejeuner-matin',
    tz: 'America/Toronto',
    from: addr(JULIE),
    to: addr(GAGNON),
    cc: SLASH,
    assistant: ASSISTANT,
    date: '2026-03-03 09:00',
    subject: 'RE: Déjeuner',
    body: `Parfait, un déjeuner vendredi à 7h30 alors. Slash va t'envoyer l'invitation.\n\nJulie`,
    history: [
      {
        style: 'apple-fr',
        from: addr(GAGNON),
        to: addr(JULIE),
        date: '2026-03-02 15:00',
        body: `Julie, un déjeuner cette semaine avant le bureau? Je suis libre jeudi ou vendredi.\n\nMA`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [GAGNON.email],
      type: 'breakfast',
      duration: null,
      location: null,
      when: [at('2026-03-06 07:30')],
    },
  },
  {
    id: 'fr-thread-transfert-avec-commentaire',
    tz: 'Europe/Paris',
    assistant: ASSISTANT,
    from: addr(CLAIRE),
    to: SLASH,
    date: '2026-03-03 10:00',
    subject: 'TR: Demande de rendez-vous',
    body: `Slash, propose-leur 45 minutes en visio, mais pas lundi.\n\nClaire`,
    history: [
      {
        style: 'fwd-gmail-fr',
        from: 'Hélène Dupuis <helene@dupuis.fr>',
        to: addr(CLAIRE),
        cc: 'Gilles Marchand <gilles@marchand.fr>',
        date: '2026-03-02 16:00',
        subject: 'Demande de rendez-vous',
        body: `Bonjour Claire,\n\nGilles et moi aimerions vous présenter notre projet la semaine prochaine.\n\nHélène`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: ['helene@dupuis.fr', 'gilles@marchand.fr'],
      type: 'video',
      duration: 45,
      location: null,
      when: [days('2026-03-10', '2026-03-13')],
      excluded: [day('2026-03-09')],
    },
  },
];

// Famille E : le client répond en mettant Slash en copie ; la demande du contact, citée, fixe le créneau et le lieu.
const familyE: CaseRow[] = (
  [
    [
      'Un déjeuner au Bouillon Pigalle, 22 boulevard de Clichy, mardi prochain ?',
      'lunch',
      'Bouillon Pigalle, 22 boulevard de Clichy',
      [day('2026-03-10')],
    ],
    [
      'Un café au Café Kitsuné, 51 galerie de Montpensier, jeudi matin ?',
      'coffee',
      'Café Kitsuné, 51 galerie de Montpensier',
      [span('2026-03-05', '08:00', '12:00')],
    ],
    [
      'Un dîner au Chateaubriand, 129 avenue Parmentier, vendredi soir ?',
      'dinner',
      'Chateaubriand, 129 avenue Parmentier',
      [span('2026-03-06', '18:00', '22:00')],
    ],
    [
      'Un verre au Mary Celeste, 1 rue Commines, mercredi après 19h ?',
      'drinks',
      'Mary Celeste, 1 rue Commines',
      [['2026-03-04 19:00', '2026-03-05 00:00']],
    ],
    [
      'Rendez-vous à la Maison de la Radio, 116 avenue du Président Kennedy, lundi à 10h ?',
      'meeting',
      'Maison de la Radio, 116 avenue du Président Kennedy',
      [at('2026-03-09 10:00')],
    ],
  ] as const
).map(([ask, type, place, when], i) => {
  const client = pick(CLIENTS, i + 2);
  const contact = pick(CONTACTS, i + 1);
  return {
    id: `fr-thread-lieu-cite-${i + 1}`,
    tz: 'Europe/Paris',
    assistant: ASSISTANT,
    from: addr(client),
    to: addr(contact),
    cc: SLASH,
    date: '2026-03-03 11:00',
    subject: 'RE: Rendez-vous',
    body: `${first(contact)},\n\nAvec plaisir ! Slash, en copie, va confirmer.\n\n${first(client)}`,
    history: [
      {
        style: pick(REPLY_STYLES, i + 2),
        from: addr(contact),
        to: addr(client),
        date: '2026-03-03 09:00',
        body: `Bonjour ${first(client)},\n\n${ask}\n\n${first(contact)}`,
      },
    ],
    expect: {
      language: 'fr',
      intent: 'schedule',
      contacts: [contact.email],
      type,
      duration: null,
      location: place,
      when,
    },
  } satisfies CaseRow;
});

/** French threads. */
export const FR_THREAD_CASES: readonly CaseRow[] = [
  ...familyA,
  ...familyB,
  ...familyC,
  ...familyD,
  ...singles,
  ...familyE,
];
