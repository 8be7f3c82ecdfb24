/**
 * What identifies a contact inside free text and JSON, and how it is scrubbed: every string value
 * they gave (email, names, contact means, company, role, booking-form answers) is replaced by
 * `[erased]`, case-insensitively, wherever it appears.
 */
import type { Contact } from './repository.js';

/** What replaces an erased value. */
export const ERASED = '[erased]';
/** Shorter values ("Al", "HR") would erase unrelated text; they only go with their own fields. */
const MIN_NEEDLE_LENGTH = 3;

/** The distinct values (longest first) identifying `contact`, plus their booking-form answers. */
export function contactNeedles(contact: Contact, formAnswers: readonly Record<string, string>[]): string[] {
  const values = [contact.email, contact.name, contact.firstName, contact.lastName, contact.contactMeans, contact.company, contact.role];
  for (const answers of formAnswers) values.push(...Object.values(answers));
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
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [scrub(key) as string, scrub(inner)]));
    }
    return value;
  };
  return scrub;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
