/**
 * Finds where a person is mentioned in a sentence: by address, full name,
 * first name or the first part of their address ("marie.dupont@" → "Marie").
 */

/** Someone who can be mentioned: an address and maybe a display name. */
export interface Mentionable {
  readonly email: string;
  readonly name: string | null;
}

/** The sentences of a text, for rules that need a person and a cue together. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

// Titles before a name ("Dr Lee", "Me Dupont" for Maître) are not given names.
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|me|mme|mlle|pr|prof|sir)\.?$/i;

function namesOf(person: Mentionable): string[] {
  const names: string[] = [];
  if (person.name !== null) {
    names.push(person.name);
    const first = person.name.split(/\s+/)[0];
    // A display name's first word is a given name even when short ("Jo", "Al"); mentions must be capitalised.
    if (first !== undefined && first.length >= 2 && !HONORIFIC.test(first)) names.push(first);
  }
  const local = person.email.split('@')[0]?.split(/[._-]/)[0];
  if (local !== undefined && local.length >= 3) names.push(local);
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Index of the first mention of `person` in `sentence`, or -1. Names must start with a capital letter. */
export function mentionIndex(sentence: string, person: Mentionable): number {
  const emailIndex = sentence.toLowerCase().indexOf(person.email);
  if (emailIndex >= 0) return emailIndex;
  for (const name of namesOf(person)) {
    const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(capitalised)}(?![\\p{L}])`, 'u');
    const match = pattern.exec(sentence);
    if (match) return match.index;
  }
  return -1;
}
