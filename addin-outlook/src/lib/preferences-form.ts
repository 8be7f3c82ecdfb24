/**
 * Pure helpers of the Preferences tab: immutable updates by path, and the API's 400 field names
 * (`body.workingHours.1.0.start`, or JSON pointers `/workingHours/1/0/start`) mapped to form paths.
 */
import type { FieldProblem } from './api-client.js';

export type Path = readonly (string | number)[];

/** A copy of `value` with `path` set to `next`. */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head)] = setIn(copy[Number(head)], rest, next);
    return copy as T;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  return { ...record, [String(head)]: setIn(record[String(head)], rest, next) } as T;
}

/** The form path an API field name points at: `body.a.b` and `/a/b` both become `a.b`. */
export function fieldKey(field: string): string {
  return field
    .replace(/^body\.?/, '')
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1');
}

export const pathKey = (path: Path): string => path.join('.');

/** Problems by form path; each problem also shows on its nearest parent that has an input. */
export function problemsByPath(errors: readonly FieldProblem[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const { field, message } of errors) {
    const key = fieldKey(field);
    byPath.set(key, byPath.has(key) ? `${byPath.get(key)}; ${message}` : message);
  }
  return byPath;
}

/** `''` → null, else the number (for nullable numeric fields). */
export function nullableNumber(raw: string): number | null {
  return raw.trim() === '' ? null : Number(raw);
}

/** `''` → null, else the text (for nullable text fields). */
export function nullableText(raw: string): string | null {
  return raw.trim() === '' ? null : raw;
}
