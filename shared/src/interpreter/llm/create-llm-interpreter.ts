/**
 * The optional LLM interpreter, behind the same signatures as the offline one.
 * It asks an OpenAI-compatible `/chat/completions` endpoint only when
 * configured and, by default, only when the offline confidence is low; on a
 * timeout, an HTTP error or an answer outside the contract it returns the
 * offline reading. `shared` does no I/O: the caller injects `fetch`.
 */
import type { Interpretation } from '../../contracts/interpretation.js';
import { analyzeThread, type InterpretOptions } from '../analyze-thread.js';
import { LOW_CONFIDENCE_THRESHOLD } from '../combine-confidence.js';
import { parseRawMessage } from '../interpret-message.js';
import { parseThreadInput, type ThreadInput } from '../interpret-thread.js';
import type { ParsedThread } from '../thread-message.js';
import { buildLlmRequest } from './build-llm-request.js';
import { allowedContactAddresses, sanitizeLlmOutput } from './sanitize-llm-output.js';

/** The minimal abort signal the injected `fetch` receives. */
export interface LlmAbortSignal {
  readonly aborted: boolean;
}

/** The HTTP call the LLM interpreter makes; the API passes `globalThis.fetch` (cast to this type). */
export type LlmFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: LlmAbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Configuration of the LLM interpreter. */
export interface LlmInterpreterConfig {
  /** Base URL of the OpenAI-compatible API, e.g. `https://api.example.com/v1`. */
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey?: string;
  /** Give up and use the offline reading after this many milliseconds (default 8000). */
  readonly timeoutMs?: number;
  readonly fetch: LlmFetch;
  /** `low-confidence` (default): ask the model only under `threshold`; `always`: every request. */
  readonly mode?: 'low-confidence' | 'always';
  readonly threshold?: number;
}

/** The interpreter entry points, asynchronous because the model is called over HTTP. */
export interface LlmInterpreter {
  interpretMessage(rawMessage: string, options?: InterpretOptions): Promise<Interpretation>;
  interpretThread(thread: ThreadInput, options?: InterpretOptions): Promise<Interpretation>;
}

interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  AbortController?: new () => { readonly signal: LlmAbortSignal; abort(): void };
}
// Timers and AbortController are runtime globals, not I/O; they are read here so that `shared` needs no DOM or Node types.
const runtime = globalThis as unknown as TimerApi;

async function withTimeout<T>(
  timeoutMs: number,
  run: (signal: LlmAbortSignal | undefined) => Promise<T>,
): Promise<T | undefined> {
  const controller = runtime.AbortController ? new runtime.AbortController() : undefined;
  let handle: unknown;
  const timeout = new Promise<undefined>((resolve) => {
    handle = runtime.setTimeout(() => {
      controller?.abort();
      resolve(undefined);
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(controller?.signal), timeout]);
  } finally {
    runtime.clearTimeout(handle);
  }
}

function excludedOf(thread: ParsedThread, options: InterpretOptions): Set<string> {
  const self =
    options.self !== undefined && options.self.length > 0 ? options.self : [thread.messages[0]?.from?.email ?? ''];
  return new Set([...self, ...(options.assistant ?? [])].map((a) => a.trim().toLowerCase()).filter(Boolean));
}

async function askModel(
  config: LlmInterpreterConfig,
  thread: ParsedThread,
  input: { options: InterpretOptions; offline: Interpretation },
): Promise<Interpretation | undefined> {
  const excluded = excludedOf(thread, input.options);
  const nowMs = input.options.now !== undefined ? Date.parse(input.options.now) : thread.messages[0]?.dateMs;
  const body = buildLlmRequest(thread, {
    model: config.model,
    timeZone: input.options.timeZone ?? 'UTC',
    excludedAddresses: [...excluded],
    offline: input.offline,
    nowIso: nowMs === undefined || nowMs === null || Number.isNaN(nowMs) ? null : new Date(nowMs).toISOString(),
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
  };
  const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const answer = await withTimeout(config.timeoutMs ?? 8000, async (signal) => {
    const response = await config.fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    return response.ok ? response.json() : undefined;
  });
  const content = (answer as { choices?: { message?: { content?: unknown } }[] } | undefined)?.choices?.[0]?.message
    ?.content;
  return sanitizeLlmOutput(content, allowedContactAddresses(thread, excluded));
}

/**
 * An interpreter that consults a language model when the offline reading is unsure.
 * Never throws for model trouble: a failed call, a timeout or an invalid answer yields the offline reading.
 */
export function createLlmInterpreter(config: LlmInterpreterConfig): LlmInterpreter {
  const threshold = config.threshold ?? LOW_CONFIDENCE_THRESHOLD;
  const interpret = async (thread: ParsedThread, options: InterpretOptions): Promise<Interpretation> => {
    const offline = analyzeThread(thread, options).interpretation;
    if (config.mode !== 'always' && offline.confidence >= threshold) return offline;
    try {
      return (await askModel(config, thread, { options, offline })) ?? offline;
    } catch {
      // Network errors, aborted requests and unreadable bodies all mean the same thing here: use the offline reading.
      return offline;
    }
  };
  return {
    interpretMessage: async (rawMessage, options = {}) =>
      interpret(await parseRawMessage(rawMessage, options.timeZone ?? 'UTC'), options),
    interpretThread: async (thread, options = {}) =>
      interpret(parseThreadInput(thread, options.timeZone ?? 'UTC'), options),
  };
}
