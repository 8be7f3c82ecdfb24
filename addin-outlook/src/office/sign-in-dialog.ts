/**
 * Fallback sign-in (ADDINS.md §2): an Office dialog opens Slash's own sign-in page, which hands a
 * Slash add-in token back with messageParent. Only opened from a click (pop-up blockers, §6 #4).
 */
import { parseDialogMessage } from '../lib/dialog-message.js';

/** A dialog that failed to open or closed without a token; `code` is Office's (12006, 12007, 12009, 12011…). */
export class DialogError extends Error {
  override readonly name = 'DialogError';
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Opens `url` in an Office dialog and resolves with the token it posts back. */
export function signInWithDialog(url: string): Promise<string> {
  const expectedOrigin = new URL(url, window.location.href).origin;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new DialogError(result.error?.code ?? 0, result.error?.message ?? 'The sign-in window did not open.'));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const received = arg as { message: string; origin?: string };
        const parsed = parseDialogMessage(received.message, received.origin, expectedOrigin);
        dialog.close();
        if (parsed.ok) resolve(parsed.token);
        else reject(new DialogError(0, parsed.reason));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = (arg as { error?: number }).error ?? 12006;
        reject(new DialogError(code, 'The sign-in window was closed.'));
      });
    });
  });
}
