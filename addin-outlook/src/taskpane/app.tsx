/** The task pane: two tabs, Schedule and Preferences, in Office's display language. */
import { useMemo, useState } from 'react';
import type { ApiClient } from '../lib/api-client.js';
import type { Auth } from '../lib/auth.js';
import { translator } from '../lib/i18n.js';
import { PreferencesTab } from './preferences-tab.js';
import { ScheduleTab } from './schedule-tab.js';
import type { MailHost } from './use-scheduling.js';

export function App(props: { api: ApiClient; auth: Auth; mail: MailHost; language: 'en' | 'fr' }) {
  const t = useMemo(() => translator(props.language), [props.language]);
  const [tab, setTab] = useState<'schedule' | 'preferences'>('schedule');
  const [hasOpenedPreferences, setHasOpenedPreferences] = useState(false);
  const open = (next: 'schedule' | 'preferences') => {
    setTab(next);
    if (next === 'preferences') setHasOpenedPreferences(true);
  };
  return (
    <main lang={props.language}>
      <nav role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'schedule'} onClick={() => open('schedule')}>
          {t('tab.schedule')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'preferences'} onClick={() => open('preferences')}>
          {t('tab.preferences')}
        </button>
      </nav>
      {/* Preferences load when first opened, then stay mounted so unsaved edits survive a tab switch. */}
      <div role="tabpanel" hidden={tab !== 'schedule'}>
        <ScheduleTab api={props.api} auth={props.auth} mail={props.mail} language={props.language} t={t} />
      </div>
      <div role="tabpanel" hidden={tab !== 'preferences'}>
        {hasOpenedPreferences ? <PreferencesTab api={props.api} language={props.language} t={t} /> : null}
      </div>
    </main>
  );
}
