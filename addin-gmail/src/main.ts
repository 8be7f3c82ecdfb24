/**
 * The Gmail add-on's entry points. Every export becomes a top-level function of Code.js (build.mjs
 * appends the stubs Apps Script needs); appsscript.json names them. Each handler makes at most one
 * API call (quota and the 30 s limit, ADDINS.md §6 #8, #9).
 */
import type { MeView, Preferences, SchedulingRequestView } from '@slash/shared';
import type { CardModel } from './cards/card-model.js';
import { buildMessageCard, patchFromForm } from './cards/message-card.js';
import { buildErrorCard, buildHomeCard, buildSignInCard } from './cards/other-cards.js';
import { buildPreferencesCard, preferencesFromForm, problemsForForm } from './cards/preferences-card.js';
import { recallDraft, rememberDraft } from './gas/draft-cache.js';
import { draftReplyAll, readOpenThread } from './gas/gmail-message.js';
import { renderCard, updateCard } from './gas/render-card.js';
import { callApi, signInUrl, type ApiAnswer } from './gas/slash-api.js';

type Event = GoogleAppsScript.Addons.EventObject;

const language = (e: Event) => e.commonEventObject?.userLocale ?? 'en';
const zoneOf = (e: Event) => ({
  timeZone: e.commonEventObject?.timeZone?.id ?? 'UTC',
  offsetMs: Number(e.commonEventObject?.timeZone?.offset ?? 0),
});
const parameters = (e: Event): Record<string, string | undefined> =>
  (e.commonEventObject?.parameters ?? {}) as Record<string, string>;

/** Submitted form values (V8 event shape: formInputs[name].stringInputs.value). */
function formValues(e: Event): Record<string, string | undefined> {
  const inputs = (e.commonEventObject?.formInputs ?? {}) as Record<string, { stringInputs?: { value?: string[] } }>;
  return Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.stringInputs?.value?.[0]]));
}

/** A failed call's card: sign-in on 401, otherwise the error with a retry. */
function failureCard(e: Event, answer: ApiAnswer<unknown>, retry: string): CardModel {
  if (answer.status === 401) return buildSignInCard(language(e), signInUrl());
  return buildErrorCard(language(e), { status: answer.status, detail: answer.problem?.detail ?? '' }, retry);
}

function messageCard(e: Event, view: SchedulingRequestView): CardModel {
  rememberDraft(view.id, view.draftReply);
  return buildMessageCard(view, { language: language(e), ...zoneOf(e) });
}

/** Contextual trigger: a message was opened. */
export function onGmailMessageOpen(e: Event): GoogleAppsScript.Card_Service.Card[] {
  const { thread } = readOpenThread(e);
  const answer = callApi<SchedulingRequestView>('post', '/v1/scheduling-requests', { thread });
  return [renderCard(answer.body ? messageCard(e, answer.body) : failureCard(e, answer, 'onGmailMessageOpen'))];
}

/** "Update proposals": send the edits, show the fresh proposals. */
export function onRefresh(e: Event): GoogleAppsScript.Card_Service.ActionResponse {
  const params = parameters(e);
  const patch = patchFromForm(formValues(e), params, zoneOf(e).offsetMs);
  const answer = callApi<SchedulingRequestView>(
    'patch',
    `/v1/scheduling-requests/${encodeURIComponent(params.requestId ?? '')}`,
    patch,
  );
  return updateCard(answer.body ? messageCard(e, answer.body) : failureCard(e, answer, 'onGmailMessageOpen'));
}

/** "Insert reply": a reply-all draft holding the proposed times (compose action). */
export function onInsertReply(e: Event): GoogleAppsScript.Card_Service.ComposeActionResponse {
  const requestId = parameters(e).requestId ?? '';
  let draft = recallDraft(requestId);
  if (draft === null) {
    // Cache evicted: one PATCH without changes returns the view and its draft.
    draft =
      callApi<SchedulingRequestView>('patch', `/v1/scheduling-requests/${encodeURIComponent(requestId)}`, {}).body
        ?.draftReply ?? null;
  }
  const reply = draftReplyAll(e, draft ?? { text: '', html: '' });
  return CardService.newComposeActionResponseBuilder().setGmailDraft(reply).build();
}

/** Homepage trigger. */
export function onHomepage(e: Event): GoogleAppsScript.Card_Service.Card {
  return renderCard(buildHomeCard(language(e)));
}

/** Universal action and homepage button: the preferences card. */
export function onShowPreferences(e: Event): GoogleAppsScript.Card_Service.Card {
  const answer = callApi<Preferences>('get', '/v1/me/preferences');
  return renderCard(
    answer.body
      ? buildPreferencesCard(answer.body, { language: language(e) })
      : failureCard(e, answer, 'onShowPreferences'),
  );
}

/** "Save preferences": PUT, then the saved values (or the field problems beside the fields). */
export function onSavePreferences(e: Event): GoogleAppsScript.Card_Service.ActionResponse {
  const body = preferencesFromForm(formValues(e), parameters(e));
  const answer = callApi<Preferences>('put', '/v1/me/preferences', body);
  if (answer.body) return updateCard(buildPreferencesCard(answer.body, { language: language(e), saved: true }));
  if (answer.status === 400 && answer.problem && answer.problem.errors.length > 0) {
    const shown = { ...(body as unknown as Preferences) };
    return updateCard(
      buildPreferencesCard(shown, { language: language(e), problems: problemsForForm(answer.problem.errors) }),
    );
  }
  return updateCard(failureCard(e, answer, 'onShowPreferences'));
}

/** Who is signed in (kept for support: Run → whoAmI in the script editor). */
export function whoAmI(): MeView | undefined {
  return callApi<MeView>('get', '/v1/me').body;
}
