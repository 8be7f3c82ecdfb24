/**
 * The Schedule tab's state: sign in, read the open message, ask the API, apply edits (PATCH), insert
 * the reply, follow the selection. Late answers for a message no longer selected are dropped, so a
 * slow call never overwrites the current one and nothing waits forever (ADDINS.md §6 #6, #8).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../lib/api-client.js';
import type { SchedulingRequestView, UpdateSchedulingRequestBody } from '@slash/shared';
import type { Auth } from '../lib/auth.js';
import { describeError, type ErrorDescription } from '../lib/describe-error.js';
import { threadFromMessage } from '../lib/thread-from-message.js';
import type { OpenMessage } from '../office/mailbox.js';

/** What the Schedule tab needs from Office (the adapter in office/mailbox.ts, or a fake). */
export interface MailHost {
  readOpenMessage(): Promise<OpenMessage | null>;
  currentItemId(): string | null;
  mailboxOwner(): string;
  replyAllWith(html: string): Promise<'opened' | 'unsupported'>;
  onSelectionChange(listener: () => void): () => void;
}

export type Phase = 'starting' | 'signed-out' | 'signing-in' | 'no-item' | 'reading' | 'thinking' | 'ready' | 'failed';

export interface ScheduleState {
  phase: Phase;
  view: SchedulingRequestView | null;
  bodyUnread: boolean;
  refreshing: boolean;
  error: ErrorDescription | null;
  /** Zone the proposals are shown in (the client's, from /v1/me). */
  timeZone: string;
  replyOutcome: 'opened' | 'unsupported' | 'failed' | null;
}

const INITIAL: ScheduleState = {
  phase: 'starting',
  view: null,
  bodyUnread: false,
  refreshing: false,
  error: null,
  timeZone: 'UTC',
  replyOutcome: null,
};

export function useScheduling(deps: { api: ApiClient; auth: Auth; mail: MailHost }) {
  const { api, auth, mail } = deps;
  const [state, setState] = useState<ScheduleState>(INITIAL);
  const generation = useRef(0);
  const shownItem = useRef<string | null>(null);
  const timeZone = useRef<string | null>(null);
  /** Views by conversation, so going back to a thread does not ask again. */
  const cache = useRef(new Map<string, SchedulingRequestView>());

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) auth.forget();
      setState((current) => ({ ...current, phase: 'failed', refreshing: false, error: describeError(error) }));
    },
    [auth],
  );

  const load = useCallback(async () => {
    const mine = ++generation.current;
    const isStale = () => mine !== generation.current;
    setState((current) => ({ ...current, phase: 'reading', error: null, replyOutcome: null }));
    try {
      const message = await mail.readOpenMessage();
      if (isStale()) return;
      shownItem.current = message?.itemId ?? null;
      if (message === null) {
        setState((current) => ({ ...current, phase: 'no-item', view: null }));
        return;
      }
      const cacheKey = message.conversationId || message.itemId;
      const cached = cache.current.get(cacheKey);
      setState((current) => ({
        ...current,
        phase: cached ? 'ready' : 'thinking',
        view: cached ?? null,
        bodyUnread: message.bodyStatus === 'failed',
      }));
      if (cached) return;
      if (timeZone.current === null) timeZone.current = (await api.me()).timeZone;
      const view = await api.createRequest(threadFromMessage(message, mail.mailboxOwner()));
      if (isStale()) return;
      cache.current.set(cacheKey, view);
      setState((current) => ({ ...current, phase: 'ready', view, timeZone: timeZone.current ?? 'UTC' }));
    } catch (error) {
      if (!isStale()) fail(error);
    }
  }, [api, mail, fail]);

  const start = useCallback(async () => {
    const token = await auth.silentToken();
    if (token === null) setState((current) => ({ ...current, phase: 'signed-out' }));
    else await load();
  }, [auth, load]);

  const signIn = useCallback(async () => {
    setState((current) => ({ ...current, phase: 'signing-in', error: null }));
    try {
      await auth.signIn();
      await load();
    } catch (error) {
      fail(error);
    }
  }, [auth, load, fail]);

  const update = useCallback(
    async (patch: UpdateSchedulingRequestBody) => {
      const view = state.view;
      if (view === null) return;
      const mine = generation.current;
      setState((current) => ({ ...current, refreshing: true, error: null, replyOutcome: null }));
      try {
        const next = await api.updateRequest(view.id, patch);
        if (mine !== generation.current) return;
        for (const [key, cached] of cache.current) if (cached.id === next.id) cache.current.set(key, next);
        setState((current) => ({ ...current, view: next, refreshing: false, phase: 'ready' }));
      } catch (error) {
        if (mine === generation.current) fail(error);
      }
    },
    [api, state.view, fail],
  );

  const insertReply = useCallback(async () => {
    if (state.view === null) return;
    try {
      const outcome = await mail.replyAllWith(state.view.draftReply.html);
      setState((current) => ({ ...current, replyOutcome: outcome }));
    } catch {
      // Shown as "copy the text instead": the draft is on screen either way.
      setState((current) => ({ ...current, replyOutcome: 'failed' }));
    }
  }, [mail, state.view]);

  useEffect(() => {
    void start();
    return mail.onSelectionChange(() => {
      if (auth.currentToken() === null) return;
      if (mail.currentItemId() !== shownItem.current) void load();
    });
  }, [start, load, mail, auth]);

  const retry = useCallback(() => {
    if (state.error?.action === 'signIn') void signIn();
    else void load();
  }, [state.error, signIn, load]);

  return { state, signIn, update, insertReply, retry };
}
