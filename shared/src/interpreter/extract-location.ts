/**
 * Reads the physical place of the meeting: an address or venue as written
 * ("at Café de Flore, 172 bd Saint-Germain, Paris"), or a pointer resolved to
 * a signature's address ("at our office" → the writer's, "chez vous" → the
 * reader's). Calls and video meetings have no place.
 */
import type { ThreadMessage } from './thread-message.js';
import { findSignatureAddress, STREET_LINE } from './message/split-signature.js';
import { sentencesOf } from './mentions.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../slot-engine/calendar-names.js';

/** A place as written, and how sure the reading is. */
export interface LocationReading {
  readonly location: { readonly text: string } | null;
  readonly confidence: number;
}

// Premises a signature's address stands for ("our farm", "votre cabinet"); unaccented "a" is a common "à".
const EN_PREMISES =
  '(?:office|offices|place|premises|HQ|headquarters|studio|farm|factory|plant|warehouse|shop|store|site|home|house|showroom|gallery|winery|workshop)';
const FR_PREMISES =
  '(?:bureaux?|locaux|agence|cabinet|étude|etude|siège|siege|atelier|usine|ferme|boutique|magasin|studio|chai|château|chateau|domaine|showroom|entrepôt|entrepot|galerie)';
const OWN_PLACE = new RegExp(
  `\\b(?:at|to|in|by)\\s+(?:our|my)\\s+${EN_PREMISES}\\b|(?<![\\p{L}])(?:chez\\s+(?:nous|moi)|(?:à|a|dans|aux?)\\s+(?:nos|mes|notre|mon)\\s+${FR_PREMISES})(?![\\p{L}])`,
  'iu',
);
const THEIR_PLACE = new RegExp(
  `\\b(?:at|to|in|by)\\s+your\\s+${EN_PREMISES}\\b|(?<![\\p{L}])(?:chez\\s+(?:vous|toi)|(?:à|a|dans|aux?)\\s+(?:vos|tes|votre|ton)\\s+${FR_PREMISES})(?![\\p{L}])`,
  'iu',
);
const LABELLED = /^\s*(?:location|lieu|adresse|address|where|où)\s*:\s*(.+)$/im;
const NAME_WORD = "\\p{Lu}[\\p{L}'’&-]*";
// A venue is read only in a sentence about meeting: "who runs growth at Fox" names an employer, not a place.
const MEETING_SENTENCE =
  /(meet|host|welcome you|accueill|lunch|dinner|breakfast|coffee|drink|see you|catch up|join us|venue|how about|what about|café|cafe|déj|dîner|diner|souper|verre|apéro|rendez-vous|rdv|voir|voit|voyons|verra|passez|retrouv|rencontr|créneau|slot|session|séance|shooting|dégust|tasting|visit|aller |allons |go to |head to |rejoin|join|réunion|meeting|passer|come|invit)/i;
const CALENDAR_WORD = `(?:${[...MONTH_NAMES.en, ...WEEKDAY_NAMES.en, ...MONTH_NAMES.fr, ...WEEKDAY_NAMES.fr].join('|')})(?![\\p{L}])`;
// Where a place's text stops: a new clause about the time ("…, 1 rue Commines, mercredi après 19h").
const TIME_WORDS =
  'on|next|this|le|ce|say|vers|around|at|demain|tomorrow|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|la semaine|cette semaine|any|some|un matin|one';
// A clock time: "20h30", "8pm", "8:30", "19 h" (never a house number: "12 Hanover Square", "172 bd …").
const CLOCK = '\\d{1,2}(?:\\s?(?:h|am|pm|a\\.m\\.|p\\.m\\.)(?:\\d{2})?|[:.]\\d{2}(?:\\s?(?:am|pm))?)(?![\\p{L}\\d])';
const CLAUSE_STOP = `,\\s*(?:(?:${TIME_WORDS})(?![\\p{L}])|${CLOCK}|(?:du|from|entre|between)\\s+(?:${CALENDAR_WORD}|\\d))`;
// …or a question or condition about it: "chez Granger & Co à King's Cross, ça vous irait ?".
const CLAUSE_AFTER =
  ",\\s*(?:ça|ca|cela|if|does|would|is|what|how|or|ou|si|ok|et|and|but|mais|c'est|it's|that's|which|qui)(?![\\p{L}])";
// The address after a venue: ", 30 Water St" or in brackets "(93 Mont-Royal Ave W)".
const STREET_WORD =
  '(?:rue|avenue|av\\.|bd|boulevard|place|quai|chemin|allée|cours|impasse|route|passage|square|street|road|lane)(?![\\p{L}])';
// A time said after the venue is no part of its address: "au Clown Bar, 20h30 ?".
const VENUE_ADDRESS = `(?:,\\s*(?!${CLOCK})(?:\\d|\\p{Lu}|${STREET_WORD}|près de|near|next to|by|beside|behind|à côté de|en face de|opposite)[^.!?\\n]*?|!?\\s*\\(\\s*\\d[^)\\n]*\\))?`;
// Words inside a venue's name: "Café de l'Industrie", "Old Town Bar on East 18th", "Granger & Co à King's Cross".
const NAME_JOIN = `\\s+(?:(?:de|du|des|la|le|les|of|the|&|\\+|et|and|on|in|at|à|sur)\\s+){0,2}(?:(?:rue|avenue|place|boulevard|quai)\\s+(?:(?:de|du|des|la|le)\\s+)?)?(?:[dl]['’])?(?!${CALENDAR_WORD})`;
// "Room 3120", "Salle B12": a room's number is part of its name.
const NAME_PART = `(?:${NAME_WORD}|\\d+(?:st|nd|rd|th)(?![\\p{L}])|(?<=(?:Room|Salle|Suite|Studio)\\s)[A-Z]?\\d{1,5}[A-Z]?(?![\\p{L}\\d]))`;
const VENUE_NAME = `${NAME_WORD}(?:${NAME_JOIN}${NAME_PART})*`;
const VENUE = new RegExp(
  `(?<![\\p{L}])(?:[Aa]t|@|[Aa]u|[Aa]ux|[Cc]hez|[àÀ] la|[àÀ] l'|in the lobby of|in(?=\\s+(?:Room|Conference Room|Boardroom|Meeting Room|Suite)\\s))\\s+(?:the\\s+)?(${VENUE_NAME})(${VENUE_ADDRESS})(?=\\s*[.!?;\\n]|\\s+[-–—]\\s|${CLAUSE_STOP}|\\s+(?:${TIME_WORDS}|à|in|for|pour|early|late|later|sometime|début|fin|would|will|is|works?|sounds?|suits?|could|might)(?![\\p{L}])|${CLAUSE_AFTER}|\\s+(?:si possible|if possible|ideally|idéalement|de préférence|preferably)(?![\\p{L}])|$)`,
  'gu',
);
// "who runs growth at Fox", "directrice chez Benali": an employer, not a meeting place.
const EMPLOYER_BEFORE =
  /(?:works?|working|runs?|running|heads?|leads?|CEO|CTO|COO|CFO|VP|director|manager|partner|founder|growth|sales|marketing|engineer|colleague|dirige|travaille|responsable|directeur|directrice|associée?|fondateur|fondatrice|collègue)(?:\s+\S+){0,3}\s*$/i;
const NOT_A_VENUE =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Noon|Midi|Zoom|Teams|Google|Skype|Webex|Slack|Meet|Christmas|Easter|Noël|Pâques|Nous|Vous|Moi|Toi|Me|You|Us|Eux|Elle|Lui|ET|PT|CET|GMT|UTC|EST|PST|BST|CEST|EOD|EOW|Q\d|ASAP|The|Paris time|London time)$/i;

// A full stop ends the address unless it closes a street abbreviation ("5455 av. de Gaspé", "12 St. James").
const SENTENCE_END =
  "(?<!(?:^|\\s)(?:av|bd|boul|st|pl|rd|dr|ave|blvd|apt|no))[.](?=\\s|$)|(?<=(?:^|\\s)(?:ave|rd|dr|blvd))[.](?=\\s+(?:We|I|I'm|I'd|The|It|This|That|Could|Can|Would|Let's|Please|Looking|See)\\b)|[!?;)\\n]";
const PLACE_VERB =
  '\\s+(?:would|will|is|works?|should|sounds?|suits?|could|might|serait|sera|est|me va|conviendrait|irait|ferait)(?![\\p{L}])';

// "I'll come to you", "je passerai vous voir": the reader's premises, when a signature gives them.
const COME_TO_THEM =
  /\b(?:come|come over|come round|come by|stop by|swing by|pop over|drop by)\s+(?:to\s+)?(?:you|yours)\b|(?<![\p{L}])je (?:viens|viendrai|passe|passerai) (?:vous|te) voir(?![\p{L}])/iu;

function resolvePointer(
  message: ThreadMessage,
  thread: readonly ThreadMessage[],
  people: ReadonlySet<string>,
): LocationReading | undefined {
  const writer = message.from?.email ?? null;
  const own = OWN_PLACE.exec(message.text);
  const their = THEIR_PLACE.exec(message.text) ?? COME_TO_THEM.exec(message.text);
  if (own === null && their === null) return writersPremises(message);
  const isOwn = own !== null && (their === null || own.index <= their.index);
  const candidates = thread.filter((other) =>
    isOwn
      ? other === message || (writer !== null && other.from?.email === writer)
      : other !== message && other.from?.email !== writer,
  );
  for (const candidate of candidates) {
    const address = findSignatureAddress(candidate.signature);
    if (address !== null) return { location: { text: address }, confidence: 0.82 };
  }
  // "at my place - 22 Ballygunge Park Road": the address written next to the pointer beats the bare phrase.
  const written = explicitPlace(message.text, people);
  if (written) return written;
  if (!isOwn && !THEIR_PLACE.test(message.text)) return undefined;
  const phrase = ((isOwn ? own : their)?.[0] ?? '').replace(/^(at|to|in|by|à|a|dans|aux?)\s+/i, '');
  return { location: { text: phrase }, confidence: 0.45 };
}

// "Pouvez-vous passer à l'atelier ?", "see you at the studio": premises with a definite article, in a sentence
// about meeting, are the writer's when the writer's signature gives an address (the bare phrase is not a place).
const DEFINITE_PREMISES = new RegExp(
  `\\b(?:at|to|by|in|round|over to) the\\s+${EN_PREMISES}\\b|(?<![\\p{L}])(?:à l['’]|a l['’]|au|aux)\\s*${FR_PREMISES}(?![\\p{L}])`,
  'iu',
);

function writersPremises(message: ThreadMessage): LocationReading | undefined {
  if (!sentencesOf(message.text).some((s) => MEETING_SENTENCE.test(s) && DEFINITE_PREMISES.test(s))) return undefined;
  const address = findSignatureAddress(message.signature);
  return address === null ? undefined : { location: { text: address }, confidence: 0.7 };
}

// A day or an hour in a sentence: "Saturday evening at The Dead Rabbit" names when and where.
const TIME_HINT =
  /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|morning|afternoon|evening|tonight|tomorrow|weekend|matin|après-midi|soir|demain|midi|noon)(?![\p{L}])|\d{1,2}(?::\d{2})?\s?(?:am|pm|h)(?![\p{L}])/iu;

// Sentences about meeting, or that say when and follow one: "Drinks this weekend? Saturday evening at The
// Dead Rabbit." ("Let's meet soon. Sam is at Acme." names an employer, not a place.)
// With `anyFollowing`, every sentence after a meeting one counts: "Coffee soon? Grind on London Wall is handy".
function meetingSentences(text: string, anyFollowing = false): string[] {
  const sentences = sentencesOf(text);
  const followsMeeting = (i: number): boolean => MEETING_SENTENCE.test(sentences[i - 1] ?? '');
  return sentences.filter(
    (sentence, i) =>
      MEETING_SENTENCE.test(sentence) || (followsMeeting(i) && (anyFollowing || TIME_HINT.test(sentence))),
  );
}

// A venue offered without "at": "How about Old Town Bar on East 18th?", "The Ivy, if that suits?", "Grind on
// London Wall is handy for me", "que dirais-tu du Petit Cler ?".
// A meeting's kind is no venue's first word: "Lunch on the 24th would work".
const MEETING_WORD =
  '(?:Lunch|Dinner|Breakfast|Coffee|Drinks|Call|Meeting|Déjeuner|Dîner|Souper|Petit-déjeuner|Réunion|Rendez-vous)(?![\\p{L}])';
const VENUE_KIND =
  '(?:Café|Cafe|Coffee|Bar|Restaurant|Hotel|Hôtel|Brasserie|Pub|Bistro|Bistrot|Trattoria|Taverne|Tavern|Grill|Kitchen|Diner)';
const OFFERED_VENUE = [
  new RegExp(
    `(?<![\\p{L}])(?:[Hh]ow about|[Ww]hat about|[Ss]hall we say|[Pp]ourquoi pas|[Qq]ue dirais-tu|[Qq]ue diriez-vous|[Jj]e (?:te|vous) propose|[Ii] (?:suggest|propose|recommend)|(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I) (?:suggested|suggests|recommended|recommends|proposed|proposes)|[Jj]'ai pens[ée] (?:à|a)|I was thinking (?:of|about)|[Ll]et's (?:go to|try))\\s+(?:(?:du|de la|de l'|des|de|la|le|les|l')\\s*)?(?:the\\s+)?(${VENUE_NAME})(${VENUE_ADDRESS})(?=\\s*[?.!]|${CLAUSE_AFTER}|\\s+(?:${TIME_WORDS})(?![\\p{L}]))`,
    'gu',
  ),
  new RegExp(
    `(?:^|[-–—:]\\s+)(?:[Tt]he\\s+)?(${VENUE_NAME})(${VENUE_ADDRESS})(?=(?:,\\s*|\\s+)(?:if (?:that|it) (?:suits|works)|is (?:handy|convenient|close|easy|ideal|perfect|great|nearby|my (?:usual|favourite|favorite|go-to|local))|would (?:be (?:handy|convenient|ideal|perfect|great|easiest|easy)|suit|work)|works (?:well )?for me|(?:si )?ça (?:te|vous) (?:va|convient|dit)|serait (?:parfait|idéal|pratique)|me (?:semble|paraît|parait) (?:pratique|idéal|parfait|bien|top)|is (?:only |just )?(?:a few|\\d+|two|three|four|five|ten|fifteen) minutes?\\b|is (?:always |usually |nice and )?(?:good|great|lovely|nice|quiet|calm|a good (?:spot|option|bet|choice))\\b|(?:c'est|est) à deux pas))`,
    'gu',
  ),
  // A question that is only a venue, named by its kind: "Café Kitsuné in the Palais-Royal gardens?",
  // "Ralph's Coffee on Fifth, say 9?".
  new RegExp(
    `^((?:(?:${NAME_WORD}\\s+){1,2}${VENUE_KIND}|${VENUE_KIND}(?:${NAME_JOIN}${NAME_PART})+)(?:${NAME_JOIN}${NAME_PART})*(?:\\s+(?:in|on|at|near|by|à|dans|près de|sur)\\s+(?:the\\s+|le\\s+|la\\s+|les\\s+|l['’])?(?!${CALENDAR_WORD})[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2})?)()(?=\\s*\\?$|,\\s*(?:say|vers|disons)\\s[^,]*\\?$)`,
    'gu',
  ),
  // A question that is only a venue on its street: "Marrow & Vine on Randolph?", "Le Perchoir sur Ménilmontant ?".
  new RegExp(
    `^((?:[Tt]he\\s+)?${VENUE_NAME}\\s+(?:on|in|at|near|by|sur|à)\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})()(?=\\s*\\?$)`,
    'gu',
  ),
  // A question that is only "at" a venue: "Au Cosmos sur Grande Allée?", "At the Wolseley?", "Chez Paul ?".
  new RegExp(`^(?:[Aa]u|[Cc]hez|[Aa]t(?:\\s+the)?|[Àà] la|[Àà] l['’])\\s+(${VENUE_NAME})()(?=\\s*\\?$)`, 'gu'),
];

function venueIn(text: string, people: ReadonlySet<string>): LocationReading | undefined {
  const strict = new Set(meetingSentences(text));
  const [asked, praised, named, onStreet, askedAt] = OFFERED_VENUE;
  // A venue praised for being near ("X is five minutes from my office", "Y me semble pratique") or asked about on
  // its own ("Au Cosmos sur Grande Allée ?") is offered in any sentence.
  const sentences = sentencesOf(text);
  const followers = new Set(meetingSentences(text, true));
  // In each sentence the earliest reading wins: "How about Bennelong at the Opera House?" names Bennelong.
  const matches = sentences.flatMap((sentence) =>
    [
      ...(strict.has(sentence) ? sentence.matchAll(VENUE) : []),
      ...(followers.has(sentence) ? sentence.matchAll(asked!) : []),
      ...sentence.matchAll(praised!),
      ...(followers.has(sentence) ? sentence.matchAll(named!) : []),
      ...(followers.has(sentence) ? sentence.matchAll(onStreet!) : []),
      ...sentence.matchAll(askedAt!),
    ].sort((a, b) => a.index - b.index),
  );
  for (const match of matches) {
    const name = (match[1] ?? '').trim();
    if (EMPLOYER_BEFORE.test(match.input.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (NOT_A_VENUE.test(name) || new RegExp(`^(?:${CALENDAR_WORD}|${MEETING_WORD})`, 'iu').test(name)) continue;
    if (people.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) continue;
    if (/^\p{Lu}{1,4}$/u.test(name) && !(match[2] ?? '').trim()) continue;
    // "chez Toqué! (900, place …)": the sentence ended at "!", the bracketed address follows it.
    const after = text.slice(text.indexOf(match.input) + match.index + match[0].length);
    const bracketed = match[2] ? '' : (/^!?\s*\(\s*(\d[^)\n]*)\)/.exec(after)?.[1] ?? '');
    const address = (match[2] || bracketed).trim().replace(/^[,(]\s*|\s*\)$/g, '');
    const placeText = address ? `${name}, ${address}` : name;
    return { location: { text: placeText.replace(/[\s,]+$/, '') }, confidence: address ? 0.88 : 0.72 };
  }
  return undefined;
}

function explicitPlace(text: string, people: ReadonlySet<string>): LocationReading | undefined {
  const labelled = LABELLED.exec(text);
  if (labelled?.[1] !== undefined && !/zoom|teams|meet|http/i.test(labelled[1])) {
    return { location: { text: labelled[1].trim() }, confidence: 0.9 };
  }
  const venue = venueIn(text, people);
  if (venue) return venue;
  const street = STREET_LINE.exec(text);
  if (street) {
    // A bracketed address ends at its bracket: "(93 Mont-Royal Ave W) early next week"; a verb ends it too:
    // "18 Park Street would be perfect".
    const rest =
      text.slice(street.index).split(new RegExp(`\\s*(?:${SENTENCE_END})|${CLAUSE_STOP}|${PLACE_VERB}`, 'iu'))[0] ?? '';
    // "How about the Seven Stars, 53 Carey Street?": the name written just before the address is the venue's.
    const name = new RegExp(
      `(?:^|[\\s(])(?:the\\s+|le\\s+|la\\s+|l')?(${NAME_WORD}(?:\\s+(?:(?:of|the|and|&|de|du|des|la|le|et|d'|l')\\s+)?${NAME_WORD}){0,3}),\\s*$`,
      'u',
    ).exec(text.slice(Math.max(0, street.index - 60), street.index))?.[1];
    const isName = name !== undefined && !NOT_A_VENUE.test(name) && !/^(?:Hi|Hello|Dear|Bonjour|Salut)$/i.test(name);
    return { location: { text: isName ? `${name}, ${rest.trim()}` : rest.trim() }, confidence: 0.8 };
  }
  return undefined;
}

/** The meeting place of a thread (newest message first); null for remote meetings or when none is stated. */
export function extractLocation(thread: readonly ThreadMessage[], options: { isRemote: boolean }): LocationReading {
  if (options.isRemote) return { location: null, confidence: 0.85 };
  // Given names of the people in the thread: "Sam would be perfect" names a person, not a venue.
  const people = new Set(
    thread
      .flatMap((message) => [message.from, ...message.to, ...message.cc])
      .flatMap((person) => (person?.name ? [person.name.split(/\s+/)[0]!.toLowerCase()] : [])),
  );
  for (const message of thread) {
    const reading = resolvePointer(message, thread, people) ?? explicitPlace(message.text, people);
    if (reading) return reading;
  }
  return { location: null, confidence: 0.8 };
}
