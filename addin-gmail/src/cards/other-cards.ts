/** Small cards: sign-in (client not linked yet), errors with a retry, the homepage. */
import type { CardModel } from './card-model.js';
import { fill, words } from './i18n.js';

export function buildSignInCard(language: string, signInUrl: string): CardModel {
  const w = words(language);
  return {
    name: 'sign-in',
    title: w.signInTitle,
    sections: [
      {
        widgets: [
          { kind: 'text', text: w.signInBody },
          { kind: 'buttons', buttons: [{ text: w.signIn, kind: 'link', url: signInUrl }] },
        ],
      },
    ],
  };
}

/** A failed call as a card with a way forward. `status` 0: no answer in time. */
export function buildErrorCard(
  language: string,
  failure: { status: number; detail: string },
  retry: string,
): CardModel {
  const w = words(language);
  const text =
    failure.status === 0
      ? w.timeout
      : failure.status >= 500 || failure.status === 429
        ? fill(w.server, { status: failure.status })
        : fill(w.invalid, { detail: failure.detail.slice(0, 300) });
  return {
    name: 'error',
    title: w.errorTitle,
    sections: [
      {
        widgets: [
          { kind: 'text', text },
          { kind: 'buttons', buttons: [{ text: w.retry, kind: 'action', action: { functionName: retry } }] },
        ],
      },
    ],
  };
}

export function buildHomeCard(language: string): CardModel {
  const w = words(language);
  return {
    name: 'home',
    title: 'Slash',
    sections: [
      {
        widgets: [
          { kind: 'text', text: w.home },
          {
            kind: 'buttons',
            buttons: [{ text: w.preferences, kind: 'action', action: { functionName: 'onShowPreferences' } }],
          },
        ],
      },
    ],
  };
}
