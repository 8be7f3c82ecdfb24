/**
 * Runs steps of a built Apps Script bundle in a worker (apps-script-worker.mjs) and performs its
 * UrlFetchApp calls for real from this thread, which stays free to serve the test API. Chosen over
 * pre-fetching so the bundle's own request (method, headers, payload) is what reaches the server.
 */
import { Worker } from 'node:worker_threads';

export interface AppsScriptStep {
  fn: string;
  event?: unknown;
}
export interface AppsScriptRun {
  results: { fn: string; value?: unknown; error?: string; thrown?: unknown; missing?: boolean }[];
  calls: { service: string; method: string; args: unknown[] }[];
  topLevel: string[];
  cache: Record<string, string>;
}
export interface AppsScriptFixture {
  identityToken: string;
  userEmail: string;
  message?: { from: string; to: string; cc: string; subject: string; date: string; body: string };
  cache?: Record<string, string>;
}

const BUFFER_BYTES = 8 * 1024 * 1024;

export function runAppsScript(
  code: string,
  steps: AppsScriptStep[],
  fixture: AppsScriptFixture,
): Promise<AppsScriptRun> {
  const shared = new SharedArrayBuffer(8 + BUFFER_BYTES);
  const state = new Int32Array(shared, 0, 2);
  const bytes = new Uint8Array(shared, 8);
  const worker = new Worker(new URL('./apps-script-worker.mjs', import.meta.url), {
    workerData: { code, steps, fixture, shared },
  });
  const answer = (value: unknown) => {
    const encoded = new TextEncoder().encode(JSON.stringify(value));
    bytes.set(encoded.subarray(0, BUFFER_BYTES));
    Atomics.store(state, 1, Math.min(encoded.length, BUFFER_BYTES));
    Atomics.store(state, 0, 1);
    Atomics.notify(state, 0);
  };
  return new Promise((resolve, reject) => {
    worker.on(
      'message',
      async (message: { type: string; url?: string; options?: Record<string, unknown> } & AppsScriptRun) => {
        if (message.type === 'done') {
          resolve(message);
          void worker.terminate();
          return;
        }
        const options = message.options ?? {};
        try {
          const response = await fetch(message.url ?? '', {
            method: String(options.method ?? 'get').toUpperCase(),
            headers: {
              ...(options.headers as Record<string, string>),
              ...(options.contentType ? { 'content-type': String(options.contentType) } : {}),
            },
            body: options.payload === undefined ? undefined : String(options.payload),
          });
          answer({
            status: response.status,
            text: await response.text(),
            headers: { 'content-type': response.headers.get('content-type') ?? '' },
          });
        } catch (error) {
          answer({ error: String(error) });
        }
      },
    );
    worker.on('error', reject);
  });
}
