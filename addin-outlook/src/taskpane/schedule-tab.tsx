/** The Schedule tab: sign-in, loading states, contacts, understood constraints, proposals, reply. */
import type { ApiClient } from '../lib/api-client.js';
import type { Auth } from '../lib/auth.js';
import type { Translate } from '../lib/i18n.js';
import { ContactsEditor } from './contacts-editor.js';
import { ErrorBanner } from './error-banner.js';
import { ProposalsList } from './proposals-list.js';
import { UnderstoodEditor } from './understood-editor.js';
import { useScheduling, type MailHost } from './use-scheduling.js';

export function ScheduleTab(props: {
  api: ApiClient;
  auth: Auth;
  mail: MailHost;
  language: 'en' | 'fr';
  t: Translate;
}) {
  const { t, language } = props;
  const { state, signIn, update, insertReply, retry } = useScheduling(props);
  const { view } = state;

  if (state.phase === 'signed-out') {
    return (
      <section className="sign-in">
        <h2>{t('signIn.title')}</h2>
        <p>{t('signIn.body')}</p>
        <button type="button" onClick={() => void signIn()}>
          {t('signIn.button')}
        </button>
      </section>
    );
  }
  const busy: Record<string, string> = {
    starting: t('loading.reading'),
    'signing-in': t('loading.signIn'),
    reading: t('loading.reading'),
    thinking: t('loading.thinking'),
  };
  return (
    <>
      {state.error !== null && <ErrorBanner error={state.error} t={t} onAction={retry} />}
      {busy[state.phase] !== undefined && (
        <p className="loading" role="status">
          {busy[state.phase]}
        </p>
      )}
      {state.phase === 'no-item' && <p className="notice">{t('noItem')}</p>}
      {state.bodyUnread && view !== null && <p className="notice">{t('bodyUnread')}</p>}
      {view !== null && state.phase !== 'thinking' && (
        <>
          {state.refreshing && (
            <p className="loading" role="status">
              {t('loading.refreshing')}
            </p>
          )}
          <ContactsEditor
            contacts={view.effective.contacts}
            disabled={state.refreshing}
            t={t}
            onChange={(contacts) => void update({ contacts })}
          />
          <UnderstoodEditor
            effective={view.effective}
            needsReview={view.needsReview}
            timeZone={state.timeZone}
            disabled={state.refreshing}
            t={t}
            onApply={(patch) => void update(patch)}
          />
          <ProposalsList view={view} timeZone={state.timeZone} language={language} t={t} />
          <button
            type="button"
            className="primary"
            disabled={state.refreshing || view.proposals.length === 0}
            onClick={() => void insertReply()}
          >
            {t('reply.insert')}
          </button>
          {state.replyOutcome === 'opened' && <p className="notice">{t('reply.inserted')}</p>}
          {(state.replyOutcome === 'unsupported' || state.replyOutcome === 'failed') && (
            <>
              <p className="notice">{t(state.replyOutcome === 'failed' ? 'error.insertFailed' : 'reply.copy')}</p>
              <textarea readOnly rows={8} value={view.draftReply.text} aria-label={t('reply.insert')} />
            </>
          )}
        </>
      )}
    </>
  );
}
