/**
 * Every failure the pane can meet, as a message and a way forward (ADDINS.md §6). Pure: the view
 * renders what this returns.
 */
import { ApiError } from './api-client.js';
import type { MessageKey } from './i18n.js';

export type ErrorAction = 'retry' | 'signIn' | 'restart' | 'none';

export interface ErrorDescription {
  key: MessageKey;
  params: Record<string, string | number>;
  action: ErrorAction;
}

const describe = (
  key: MessageKey,
  action: ErrorAction,
  params: Record<string, string | number> = {},
): ErrorDescription => ({ key, action, params });

/** Office dialog error codes (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors). */
function describeDialog(code: number): ErrorDescription | undefined {
  if (code === 12006) return describe('error.dialogClosed', 'signIn');
  if (code === 12007) return describe('error.dialogOpen', 'signIn');
  if (code === 12009) return describe('error.dialogDeclined', 'signIn');
  if (code === 12011) return describe('error.popupBlocked', 'signIn');
  return undefined;
}

function describeApi(error: ApiError): ErrorDescription {
  if (error.status === 401)
    return error.code === 'link_required'
      ? describe('error.linkRequired', 'signIn')
      : describe('error.sessionExpired', 'signIn');
  if (error.status === 403) return describe('error.forbidden', 'none');
  if (error.status === 404) return describe('error.notFound', 'restart');
  if (error.status === 429) return describe('error.rateLimited', 'retry');
  if (error.status >= 400 && error.status < 500) return describe('error.invalid', 'restart', { detail: error.message });
  if (error.status === 0)
    return error.code === 'timeout' ? describe('error.timeout', 'retry') : describe('error.offline', 'retry');
  return describe('error.server', 'retry', { status: error.status });
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) return describeApi(error);
  const named = error as { name?: string; code?: unknown };
  if (named.name === 'SignInError' || named.name === 'DialogError') {
    const code = Number(named.code);
    return describeDialog(code) ?? describe('error.signInFailed', 'signIn', { code: String(named.code ?? '?') });
  }
  if (named.name === 'MailReadError') return describe('error.readFailed', 'retry');
  return describe('error.server', 'retry', { status: '?' });
}
