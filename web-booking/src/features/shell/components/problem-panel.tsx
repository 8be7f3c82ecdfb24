import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { ApiError, NetworkError, isGoneError } from '../../../lib/http.js';

/** The text to show for an error: network and gone links get their own words, else the API's detail. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    if (error instanceof NetworkError) return t('error.network');
    if (isGoneError(error)) return t('error.linkGone');
    if (error instanceof ApiError) return t('error.generic', { detail: error.message });
    // Errors the page raises itself carry a message already written for the contact.
    return error instanceof Error ? error.message : t('error.generic', { detail: String(error) });
  };
}

/** An error the user can act on: role="alert" so it is announced, with a retry button when it helps. */
export function ProblemPanel({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const isGone = isGoneError(error);
  return (
    <div className="panel panel-error" role="alert">
      <p>{errorText(error)}</p>
      {isGone ? <p>{t('error.linkGoneHelp')}</p> : null}
      {!isGone && onRetry !== undefined ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
