/** Entry of the task pane: waits for Office.js, wires the Office adapter, the auth and the API client. */
import { createRoot } from 'react-dom/client';
import { ApiError, createApiClient } from './lib/api-client.js';
import { createAuth } from './lib/auth.js';
import { BUILD_CONFIG } from './lib/build-config.js';
import * as mailbox from './office/mailbox.js';
import { signInWithDialog } from './office/sign-in-dialog.js';
import { App } from './taskpane/app.js';
import './taskpane/taskpane.css';

async function main(): Promise<void> {
  await mailbox.whenOfficeReady();
  const auth = createAuth({ isNestedAppAuthSupported: mailbox.isNestedAppAuthSupported, signInWithDialog });
  const api = createApiClient({
    baseUrl: BUILD_CONFIG.apiBaseUrl,
    getToken: async () => {
      const token = auth.currentToken() ?? (await auth.silentToken());
      if (token === null)
        throw new ApiError({ status: 401, code: 'unauthorized', detail: 'Sign in to Slash to continue.' });
      return token;
    },
  });
  const root = document.getElementById('root');
  if (root === null) throw new Error('taskpane.html has no #root');
  createRoot(root).render(<App api={api} auth={auth} mail={mailbox} language={mailbox.displayLanguage()} />);
}

void main();
