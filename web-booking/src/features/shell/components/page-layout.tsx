import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { LanguageSwitch } from './language-switch.js';

/** Skip link, header with the language switch, and the one main landmark. */
export function PageLayout({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="page-header">
        <span className="brand" aria-hidden="true">
          Slash
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="page-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
