/**
 * Pure i18n logic: which language to show, which locale to format dates in, and message lookup.
 * React wiring lives in i18n-provider.tsx.
 */
import { MESSAGES_EN, type MessageKey, type Messages } from './messages-en.js';
import { MESSAGES_FR } from './messages-fr.js';

/** The languages the booking page speaks. */
export type Language = 'en' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

export const MESSAGES: Readonly<Record<Language, Messages>> = { en: MESSAGES_EN, fr: MESSAGES_FR };

/** The first of the browser's languages we speak (`fr-CA` → fr), else `fallback`. */
export function pickLanguage(browserLanguages: readonly string[], fallback: Language = 'en'): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match !== undefined) return match;
  }
  return fallback;
}

/** The browser's own tag for `language` (en-US keeps its 12-hour clock), else en-GB / fr-FR. */
export function pickLocale(language: Language, browserLanguages: readonly string[]): string {
  const own = browserLanguages.find((tag) => tag.toLowerCase().split('-')[0] === language && tag.includes('-'));
  return own ?? (language === 'fr' ? 'fr-FR' : 'en-GB');
}

/** The `{name}` placeholders of a message, sorted. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** `messages[key]` with `{name}` replaced by `params.name`; unknown placeholders stay visible. */
export function translate(
  messages: Messages,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
