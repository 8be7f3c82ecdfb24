import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './messages-en.js';
import { MESSAGES, pickLanguage, pickLocale, translate, type Language } from './translate.js';

/** What components get from useI18n. */
export interface I18n {
  readonly language: Language;
  /** BCP 47 tag for date formatting. */
  readonly locale: string;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function browserLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** Picks the language from the browser once; the visible switch changes it. Keeps `<html lang>` in sync. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => pickLanguage(browserLanguages()));
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const t = useCallback<I18n['t']>((key, params) => translate(MESSAGES[language], key, params), [language]);
  const value = useMemo<I18n>(
    () => ({ language, locale: pickLocale(language, browserLanguages()), setLanguage, t }),
    [language, t],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, locale and translator. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === undefined) throw new RangeError('useI18n needs an <I18nProvider> above it');
  return value;
}
