/* global TextDecoder */
// Runs a built Code.js in node:vm with recording stand-ins for the Apps Script services. Runs in a
// worker thread so UrlFetchApp.fetch can be synchronous like Apps Script's: the worker posts the
// request to the main thread (which owns the HTTP server and does the real fetch) and blocks on
// Atomics.wait until the answer is in the shared buffer.
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

const { code, steps, fixture, shared } = workerData;
const state = new Int32Array(shared, 0, 2);
const bytes = new Uint8Array(shared, 8);
const calls = [];
const cache = new Map(Object.entries(fixture.cache ?? {}));

function fetchSync(url, options = {}) {
  calls.push({ service: 'UrlFetchApp', method: 'fetch', args: [url, options] });
  Atomics.store(state, 0, 0);
  parentPort.postMessage({ type: 'fetch', url, options });
  Atomics.wait(state, 0, 0, 60_000);
  const answer = JSON.parse(new TextDecoder().decode(bytes.slice(0, state[1])));
  if (answer.error) throw new Error(`Exception: ${answer.error}`);
  return { getResponseCode: () => answer.status, getContentText: () => answer.text, getHeaders: () => answer.headers };
}

const lazy = (value) => {
  if (value && typeof value === 'object' && value.$node)
    return { type: value.$node.type, calls: value.$node.calls.map(([m, a]) => [m, a.map(lazy)]) };
  if (Array.isArray(value)) return value.map(lazy);
  if (value && typeof value === 'object' && typeof value.toJSON === 'function') return value.toJSON();
  return value;
};

function builder(type) {
  const node = { type, calls: [] };
  const proxy = new Proxy(node, {
    get(_, prop) {
      if (prop === '$node') return node;
      if (prop === 'then') return undefined;
      if (prop === 'build') return () => ({ built: type, ...lazy(proxy) });
      if (prop === 'throwException')
        return () => {
          throw Object.assign(new Error(`${type} thrown`), { thrown: lazy(proxy) });
        };
      return (...args) => {
        node.calls.push([prop, args]);
        return proxy;
      };
    },
  });
  return proxy;
}

const CardService = new Proxy(
  {},
  {
    get(_, prop) {
      if (typeof prop === 'string' && prop.startsWith('new')) return () => builder(prop.slice(3));
      return new Proxy({}, { get: (__, value) => `${String(prop)}.${String(value)}` });
    },
  },
);

const message = fixture.message;
const GmailApp = {
  setCurrentMessageAccessToken(token) {
    calls.push({ service: 'GmailApp', method: 'setCurrentMessageAccessToken', args: [token] });
  },
  getMessageById(id) {
    calls.push({ service: 'GmailApp', method: 'getMessageById', args: [id] });
    return {
      getId: () => id,
      getFrom: () => message.from,
      getTo: () => message.to,
      getCc: () => message.cc,
      getSubject: () => message.subject,
      getDate: () => new Date(message.date),
      getPlainBody: () => message.body,
      createDraftReplyAll(body, options) {
        calls.push({ service: 'GmailApp', method: 'createDraftReplyAll', args: [body, options] });
        return { getId: () => 'draft-1', toJSON: () => ({ draft: 'draft-1', body, options }) };
      },
    };
  },
};

const context = vm.createContext({
  CardService,
  GmailApp,
  UrlFetchApp: { fetch: fetchSync },
  ScriptApp: {
    getIdentityToken: () => {
      calls.push({ service: 'ScriptApp', method: 'getIdentityToken', args: [] });
      return fixture.identityToken;
    },
  },
  Session: { getEffectiveUser: () => ({ getEmail: () => fixture.userEmail }), getActiveUserLocale: () => 'en' },
  CacheService: {
    getUserCache: () => ({
      get: (key) => cache.get(key) ?? null,
      put: (key, value) => {
        cache.set(key, value);
      },
    }),
  },
  Logger: { log: () => undefined },
  console: { log: () => undefined, error: () => undefined },
});
vm.runInContext(code, context, { filename: 'Code.js', timeout: 30_000 });

const results = [];
for (const step of steps) {
  const fn = context[step.fn];
  if (typeof fn !== 'function') {
    results.push({ fn: step.fn, missing: true });
    continue;
  }
  try {
    results.push({ fn: step.fn, value: lazy(fn(step.event)) });
  } catch (error) {
    results.push({ fn: step.fn, error: String(error.message ?? error), thrown: error.thrown });
  }
}
const topLevel = Object.keys(context).filter((key) => typeof context[key] === 'function');
parentPort.postMessage({ type: 'done', results, calls, topLevel, cache: Object.fromEntries(cache) });
