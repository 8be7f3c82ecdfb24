/**
 * The small HTML pages of the add-in sign-in, in English or French by `Accept-Language`. No script
 * at all (the app's CSP allows none inline, and links are all these pages need).
 */
import { escapeHtml } from '@slash/shared';
import type { SignInProviderName } from './addin-sign-in-service.js';

/** The languages of these pages. */
export type PageLanguage = 'en' | 'fr';

/** English or French, by the highest-weighted of the two in `Accept-Language`; English otherwise. */
export function pickLanguage(acceptLanguage: string | undefined): PageLanguage {
  let best: { language: PageLanguage; weight: number } = { language: 'en', weight: 0 };
  for (const part of (acceptLanguage ?? '').split(',').slice(0, 20)) {
    const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'en' && language !== 'fr') continue;
    const q = parameters.map((parameter) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    if (weight > best.weight) best = { language, weight };
  }
  return best.language;
}

const TEXT = {
  en: {
    chooseTitle: 'Sign in to Slash',
    chooseLead: 'Which account do you use with Slash?',
    continueWith: { microsoft: 'Continue with Microsoft', google: 'Continue with Google' },
    linkedTitle: 'Gmail is linked to Slash',
    linkedLead: (emails: string) => `Your Google account ${emails} is linked to Slash.`,
    linkedNext: 'Go back to Gmail and reopen the Slash add-on.',
    otherAccount: 'Not the Google account you use in Gmail? Use another Google account',
    failedTitle: 'Sign-in did not complete',
    failedLead: 'Slash could not keep you signed in. Allow cookies for this site, then try again.',
    tryAgain: 'Try again',
  },
  fr: {
    chooseTitle: 'Connexion à Slash',
    chooseLead: 'Quel compte utilisez-vous avec Slash ?',
    continueWith: { microsoft: 'Continuer avec Microsoft', google: 'Continuer avec Google' },
    linkedTitle: 'Gmail est relié à Slash',
    linkedLead: (emails: string) => `Votre compte Google ${emails} est relié à Slash.`,
    linkedNext: 'Revenez dans Gmail et rouvrez le module Slash.',
    otherAccount: "Ce n'est pas le compte Google de votre Gmail ? Utiliser un autre compte Google",
    failedTitle: "La connexion n'a pas abouti",
    failedLead: "Slash n'a pas pu garder votre session. Autorisez les cookies pour ce site, puis réessayez.",
    tryAgain: 'Réessayer',
  },
} as const;

/** The message the Outlook pane shows when the session cookie did not stick. */
export function sessionNotKeptMessage(language: PageLanguage): string {
  return TEXT[language].failedLead;
}

/** Microsoft or Google, for an Outlook user reaching the dialog (NAA covers most Microsoft users). */
export function chooseProviderPage(
  language: PageLanguage,
  choices: readonly { provider: SignInProviderName; path: string }[],
): string {
  const text = TEXT[language];
  const links = choices
    .map(
      ({ provider, path }) =>
        `<li><a class="button" href="${escapeHtml(path)}">${escapeHtml(text.continueWith[provider])}</a></li>`,
    )
    .join('');
  return page(language, text.chooseTitle, `<p>${escapeHtml(text.chooseLead)}</p><ul>${links}</ul>`);
}

/** Gmail linked: the Google account(s) of this Slash account, and a way to use another one. */
export function gmailLinkedPage(
  language: PageLanguage,
  input: { googleEmails: readonly string[]; otherAccountPath: string },
): string {
  const text = TEXT[language];
  return page(
    language,
    text.linkedTitle,
    `<p>${escapeHtml(text.linkedLead(input.googleEmails.join(', ')))}</p><p>${escapeHtml(text.linkedNext)}</p>` +
      `<p><a href="${escapeHtml(input.otherAccountPath)}">${escapeHtml(text.otherAccount)}</a></p>`,
  );
}

/** The session cookie did not stick after a sign-in. */
export function signInFailedPage(language: PageLanguage, retryPath: string): string {
  const text = TEXT[language];
  return page(
    language,
    text.failedTitle,
    `<p>${escapeHtml(text.failedLead)}</p><p><a class="button" href="${escapeHtml(retryPath)}">${escapeHtml(text.tryAgain)}</a></p>`,
  );
}

function page(language: PageLanguage, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;line-height:1.5}ul{list-style:none;padding:0}li{margin:.75rem 0}.button{display:block;padding:.6rem 1rem;border:1px solid #555;border-radius:.4rem;text-align:center;text-decoration:none;color:#111}.button:focus,.button:hover{background:#eef}</style>',
    '</head>',
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body>`,
    '</html>',
  ].join('\n');
}
