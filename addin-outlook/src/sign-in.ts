/**
 * The Office dialog's page (sign-in fallback, ADDINS.md §2). First visit: go to Slash's add-in
 * sign-in (`/auth/addin/start`, built by the accounts engineer) with this page as the return URL.
 * Return visit: the token arrives in the URL fragment (never sent to a server) and is handed to the
 * pane with messageParent, which only the pane's origin receives.
 */
import { handToPane, whenDialogReady } from './office/dialog-page.js';

async function main(): Promise<void> {
  await whenDialogReady();
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const token = fragment.get('token');
  const error = fragment.get('error');
  if (token !== null) handToPane({ type: 'slash-token', token });
  else if (error !== null) handToPane({ type: 'slash-error', message: error });
  else window.location.assign(`/auth/addin/start?return_to=${encodeURIComponent(window.location.pathname)}`);
}

void main();
