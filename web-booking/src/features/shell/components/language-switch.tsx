import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { LANGUAGES, type Language } from '../../../lib/i18n/translate.js';

const NATIVE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français' };

/** Two buttons, each named in its own language, the current one pressed. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.switchLabel')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {NATIVE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
