/**
 * Turns a model's answer into an `Interpretation` or rejects it. Only the
 * contract's fields survive; anything else the model returns is dropped, and
 * a contact whose address is not among the email's own addresses is removed
 * (the model cannot invent people, SECURITY.md C27).
 */
import Value from 'typebox/value';
import { InterpretationSchema, type Interpretation } from '../../contracts/interpretation.js';
import type { ParsedThread } from '../thread-message.js';
import { findPeopleInText } from '../message/parse-people.js';

const FIELDS = [
  'language',
  'intent',
  'contacts',
  'type',
  'durationMinutes',
  'location',
  'timeWindows',
  'excluded',
  'confidence',
] as const;

/** Addresses a contact may have: the thread's header addresses and the addresses its texts name. */
export function allowedContactAddresses(thread: ParsedThread, excluded: ReadonlySet<string>): Set<string> {
  const allowed = new Set<string>();
  for (const message of thread.messages) {
    for (const person of [message.from, ...message.to, ...message.cc, ...findPeopleInText(message.text)]) {
      if (person && !excluded.has(person.email)) allowed.add(person.email);
    }
  }
  return allowed;
}

function pickContractFields(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const source = value as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS) picked[field] = source[field];
  const contacts = picked['contacts'];
  if (Array.isArray(contacts)) {
    picked['contacts'] = contacts.map((c: unknown) => {
      const contact = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
      const email = typeof contact['email'] === 'string' ? contact['email'].trim().toLowerCase() : contact['email'];
      return { email, name: contact['name'] ?? null, optional: contact['optional'] ?? false };
    });
  }
  return picked;
}

/** The model's `content` string read as an Interpretation, or undefined when it is not one. */
export function sanitizeLlmOutput(content: unknown, allowed: ReadonlySet<string>): Interpretation | undefined {
  if (typeof content !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    // Not JSON: the caller falls back to the offline reading; nothing to report here.
    return undefined;
  }
  const picked = pickContractFields(parsed);
  if (picked === undefined || !Value.Check(InterpretationSchema, picked)) return undefined;
  const interpretation = picked as Interpretation;
  const seen = new Set<string>();
  const contacts = interpretation.contacts.filter(
    (c) => allowed.has(c.email) && !seen.has(c.email) && seen.add(c.email),
  );
  return { ...interpretation, contacts };
}
