/** A failure with its message and the way forward (retry, sign in again, start again). */
import type { ErrorDescription } from '../lib/describe-error.js';
import type { Translate } from '../lib/i18n.js';

export function ErrorBanner(props: { error: ErrorDescription; t: Translate; onAction: () => void }) {
  const { error, t } = props;
  const label = error.action === 'signIn' ? t('error.signInAgain') : t('error.retry');
  return (
    <div role="alert" className="error" data-testid="error">
      <p>{t(error.key, error.params)}</p>
      {error.action !== 'none' && (
        <button type="button" onClick={props.onAction}>
          {label}
        </button>
      )}
    </div>
  );
}
