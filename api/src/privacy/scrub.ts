/**
 * What identifies a contact inside free text and JSON, and how it is scrubbed. Rows about them are
 * found by strong values (address, full name, contact means); inside those rows every value they
 * gave (names, company, role, booking-form answers too) is replaced by `[erased]`, case-insensitively.
 * A first name or a company alone never selects a row: other people share them.
 */
import type { Contact } from './repository.js';

/** What replaces an erased value. */
export const ERASED = '[erased]';
/** Shorter values ("Al", "HR") would erase unrelated text; they only go with their own fields. */
const MIN_NEEDLE_LENGTH = 3;

/** Values identifying a contact: `strong` ones pick rows about them; `all` are scrubbed inside those rows. */
export interface ContactNeedles {
  /** Address, full name, contact means: specific enough to say a row is about this contact. */
  readonly strong: string[];
  /** Plus first and last name, company, role and every form answer, replaced wherever they appear in those rows. */
  readonly all: string[];
}

/** The distinct values (longest first) identifying `contact`, with their booking-form answers. */
export function contactNeedles(contact: Contact, formAnswers: readonly Record<string, string>[]): ContactNeedles {
  const strong = [contact.email, contact.name, contact.contactMeans];
  const weak: (string | null)[] = [contact.firstName, contact.lastName, contact.company, contact.role];
  for (const answers of formAnswers) {
    for (const [key, value] of Object.entries(answers))
      (/email|name|phone|means/i.test(key) && !/first|last/i.test(key) ? strong : weak).push(value);
  }
  const all = distinct([...strong, ...weak]);
  return { strong: distinct(strong), all };
}

function distinct(values: readonly (string | null | undefined)[]): string[] {
  const needles = new Set<string>();
  for (const value of values) {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed.length >= MIN_NEEDLE_LENGTH) needles.add(trimmed);
  }
  return [...needles].sort((a, b) => b.length - a.length);
}

/** A function replacing `needles` in any string, array or object (deeply); other values pass through. */
export function scrubber(needles: readonly string[]): (value: unknown) => unknown {
  const pattern = needles.length === 0 ? undefined : new RegExp(needles.map(escapeRegExp).join('|'), 'gi');
  const scrub = (value: unknown): unknown => {
    if (pattern === undefined) return value;
    if (typeof value === 'string') return value.replace(pattern, ERASED);
    if (Array.isArray(value)) return value.map(scrub);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, inner]) => [scrub(key) as string, scrub(inner)]),
      );
    }
    return value;
  };
  return scrub;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
