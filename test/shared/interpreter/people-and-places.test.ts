/**
 * Category tests for the readers of who and where (contract "Who" and "Where"): people copied for
 * information, short first names, pointers to a signature's address ("your office", "chez nous",
 * "my place"), venues with their address, and Québec meal names. Sentences invented for these rules.
 */
import { describe, expect, it } from 'vitest';
import { interpretThread, type ThreadInputMessage } from '../../../shared/src/index.js';
import { isQuebecFrench } from '../../../shared/src/interpreter/detect-meeting-type.js';

const CLIENT = { email: 'client@home.example', name: 'Claire Client' };
const GUEST = { email: 'guest@away.example', name: 'Gus Guest' };

/** Reads a thread given oldest first; the client is `self`. */
function read(messages: readonly ThreadInputMessage[], timeZone = 'Europe/Paris'): ReturnType<typeof interpretThread> {
  return interpretThread({ subject: 'Meeting', messages }, { timeZone, self: [CLIENT.email] });
}

/** One message from the guest to the client, with optional Cc. */
function fromGuest(body: string, cc: ThreadInputMessage['cc'] = []): ThreadInputMessage {
  return { from: GUEST, to: [CLIENT], cc, date: '2026-02-10T10:00:00Z', body };
}

describe('people copied for information', () => {
  const cc = [
    { email: 'al.north@away.example', name: 'Al North' },
    { email: 'zoe.south@away.example', name: 'Zoe South' },
  ];

  it.each([
    ['Could we meet Friday? Al is copied for visibility only.', ['guest@away.example', 'zoe.south@away.example']],
    [
      'Friday at 10 works. I have copied Zoe, who will attend, and Al for information.',
      ['guest@away.example', 'zoe.south@away.example'],
    ],
    ['On se voit vendredi ? Al est en copie pour info, Zoe viendra.', ['guest@away.example', 'zoe.south@away.example']],
  ])('%j keeps only the attendees', (body, emails) => {
    expect(read([fromGuest(body, cc)]).contacts.map((c) => c.email)).toEqual(emails);
  });
});

describe('places pointed to by a signature', () => {
  const disclaimer =
    '\n\nThis e-mail may contain confidential information intended only for the recipient named above.';
  const guestSignature = `\n\nGus Guest\nHead of Ops | Away Ltd.\n12 Harbour Road, Leeds LS1 4AB\nT +44 113 496 0000${disclaimer}`;

  it('resolves "your office" to the other person\'s signature, even above a legal footer', () => {
    const thread = [
      { ...fromGuest(`Could you come over next week?${guestSignature}`), date: '2026-02-09T10:00:00Z' },
      { from: CLIENT, to: [GUEST], date: '2026-02-10T10:00:00Z', body: 'Happy to. Thursday at 3pm at your office?' },
    ];
    expect(read(thread, 'Europe/London').location).toEqual({ text: '12 Harbour Road, Leeds LS1 4AB' });
  });

  it.each([
    ['Passez plutôt chez nous jeudi à 15h.', '5 quai Voltaire, 75007 Paris'],
    ['Rendez-vous a notre etude jeudi.', '5 quai Voltaire, 75007 Paris'],
    ['Shall we meet at our farm on Saturday?', '5 quai Voltaire, 75007 Paris'],
  ])("resolves the writer's own premises in %j", (body, address) => {
    const signature =
      '\n\nGus Guest\n5 quai Voltaire, 75007 Paris\n\nCe message et ses pièces jointes sont confidentiels et destinés au seul destinataire.';
    expect(read([fromGuest(`${body}${signature}`)]).location).toEqual({ text: address });
  });

  it('reads an address with no street word from a signature ("4th Floor, Tower C, …, Pune 411001")', () => {
    const body =
      'Kindly meet us at our office on Monday.\n\nRegards,\nGus Guest\nAway Pvt. Ltd.\n4th Floor, Tower C, Magarpatta City, Pune 411001\nMob: +91 98000 11111';
    expect(read([fromGuest(body)], 'Asia/Kolkata').location).toEqual({
      text: '4th Floor, Tower C, Magarpatta City, Pune 411001',
    });
  });

  it('prefers the address written next to "my place" when there is no signature address', () => {
    expect(read([fromGuest('Dinner on Friday at my place - 14 Elm Road. See you!')]).location).toEqual({
      text: '14 Elm Road',
    });
  });

  it('does not take a signature address for the place when none is stated', () => {
    const body = `Coffee next Tuesday or Wednesday?\n\nKind regards,\nGus Guest\nAway Group | 9 Station Street, Leeds LS1 5AA\nT +44 113 496 0001${disclaimer}`;
    expect(read([fromGuest(body)], 'Europe/London').location).toBeNull();
  });
});

describe('venues with their address', () => {
  it.each([
    ['Drinks on Friday? Say 7pm at The Old Anchor, 12 Dock Lane?', 'The Old Anchor, 12 Dock Lane'],
    ['Un café au Pain + Beurre (40 rue Saint-Denis) mardi ?', 'Pain + Beurre, 40 rue Saint-Denis'],
    ["Lunch at Sam's (7 King St) early next week?", "Sam's, 7 King St"],
    ['Dispo jeudi ? On se rejoint au Marché Atwater vers midi.', 'Marché Atwater'],
    // A time said after the venue is no part of its address.
    ['Un verre vendredi au Baron Rouge, 19h30 ?', 'Baron Rouge'],
    ['Dinner Thursday at the Rose and Crown, 8pm?', 'Rose and Crown'],
    // The venue a host offers.
    ['We can host the review at Canada House on Monday.', 'Canada House'],
    ['Nous pourrons vous accueillir à la Maison des Océans mardi.', 'Maison des Océans'],
  ])('%j is at %j', (body, place) => {
    expect(read([fromGuest(body)]).location).toEqual({ text: place });
  });
});

describe('Québec French', () => {
  it.each([
    ['America/Montreal', [], 'Un dîner mardi?'],
    ['Europe/Paris', ['ami@courriel.ca'], 'Un dîner mardi?'],
    ['Europe/Paris', [], 'Merci pour ton courriel, on se fait un dîner?'],
  ])('is read from a zone, a .ca address or a Québec word (%s)', (timeZone, addresses, text) => {
    expect(isQuebecFrench({ text, timeZone, addresses })).toBe(true);
  });

  it('is not read from a France French thread', () => {
    expect(isQuebecFrench({ text: 'Un dîner mardi ?', timeZone: 'Europe/Paris', addresses: ['a@b.fr'] })).toBe(false);
  });

  it('reads "dîner" as lunch in a Montréal thread with no accent but the î', () => {
    expect(read([fromGuest('Salut, on se fait un dîner jeudi?')], 'America/Montreal').type).toBe('lunch');
  });
});

describe('short first names and titles', () => {
  it('does not take a title for a first name ("Me Dupont" is not mentioned by "Me")', () => {
    const cc = [{ email: 'dupont@notaires.example', name: 'Me Dupont' }];
    const result = read([fromGuest('Friday at 10 works. Me too, I copied my assistant for info.', cc)]);
    expect(result.contacts.map((c) => c.email)).toContain('dupont@notaires.example');
  });
});

describe('a venue in the sentence after a meeting cue', () => {
  it('needs a day or an hour in that sentence: "Sam is at Acme Robotics" is an employer', () => {
    expect(read([fromGuest("Let's meet next week. Sam is at Acme Robotics.")]).location).toBeNull();
  });

  it('reads "Samedi soir au Bar Lucien ?" after "Un verre ce week-end ?"', () => {
    expect(read([fromGuest('Un verre ce week-end ? Samedi soir au Bar Lucien ?')]).location).toEqual({
      text: 'Bar Lucien',
    });
  });
});

describe('venues and pointers written in other ways', () => {
  it.each([
    ['Drinks on Friday? How about the Crown and Anchor, 22 Neal Street?', 'Crown and Anchor, 22 Neal Street'],
    ['Coffee on Friday? Flurys, 18 Park Street would be perfect.', 'Flurys, 18 Park Street'],
    ['I have to cancel our dinner this Friday at Carbone - my flight is late.', 'Carbone'],
    [
      'un cafe jeudi au Peloton, 17 rue du Pont Louis-Philippe ?\n\nenvoye de mon telephone',
      'Peloton, 17 rue du Pont Louis-Philippe',
    ],
  ])('%j is at %j', (body, place) => {
    expect(read([fromGuest(body)]).location).toEqual({ text: place });
  });

  it('resolves "I\'ll come to you" to the reader\'s signature address, with its building line', () => {
    const result = read([
      {
        from: CLIENT,
        to: [GUEST],
        date: '2026-02-09T10:00:00Z',
        body: 'Let me know when you are in town.\n\nClaire Client\n4th Floor, Harbour House\n12 boul. des Lilas\nMontréal (Québec) H2X 1Y4',
      },
      fromGuest('Tuesday breakfast? I will come to you.'),
    ]);
    expect(result.location).toEqual({
      text: '4th Floor, Harbour House, 12 boul. des Lilas, Montréal (Québec) H2X 1Y4',
    });
  });

  it('leaves a signature address alone when nothing points to it', () => {
    const body =
      'Bonjour,\n\nPourrions-nous nous voir dans quinze jours ?\n\nCordialement,\nJean Dupont\nDirecteur financier\nDupont Industrie – 27 rue du Faubourg Saint-Antoine, 75011 Paris\n01 43 00 00 00';
    expect(read([fromGuest(body)]).location).toBeNull();
  });
});
