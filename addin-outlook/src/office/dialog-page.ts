/** Office.js calls of the sign-in dialog page. */
export function whenDialogReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}

/** Sends a message to the pane that opened the dialog, restricted to the pane's (our) origin. */
export function handToPane(
  message: { type: 'slash-token'; token: string } | { type: 'slash-error'; message: string },
): void {
  Office.context.ui.messageParent(JSON.stringify(message), { targetOrigin: window.location.origin });
}
