/**
 * The built Gmail add-on (dist/Code.js) under node:vm with recording Apps Script stand-ins, talking
 * to the API over real HTTP with the identity token as bearer (see support/run-apps-script.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAddinApi, type AddinApi } from '../addin-outlook/support/addin-api.js';
import { runAppsScript, type AppsScriptFixture } from './support/run-apps-script.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const OWNER = 'client@example.com';
let subject: AddinApi['subject'];
let origin: string;
let token: string;
let code: string;
let manifest: { urlFetchWhitelist: string[]; oauthScopes: string[]; addOns: Record<string, unknown> };

const message = {
  from: 'Alice Martin <alice@example.org>',
  to: `Client <${OWNER}>, "Stone, Bob" <bob@example.org>`,
  cc: 'carol@example.org',
  subject: 'Project kick-off',
  date: '2026-03-02T07:30:00Z',
  body: 'Could we have a 30 minute video call next week? Alice',
};
const fixture = (): AppsScriptFixture => ({ identityToken: token, userEmail: OWNER, message });
const event = (extra: { parameters?: Record<string, string>; form?: Record<string, string> } = {}) => ({
  gmail: { messageId: 'msg-1', threadId: 'thr-1', accessToken: 'per-message-token' },
  commonEventObject: {
    userLocale: 'en',
    timeZone: { id: 'Europe/Paris', offset: 3_600_000 },
    parameters: extra.parameters ?? {},
    formInputs: Object.fromEntries(
      Object.entries(extra.form ?? {}).map(([name, value]) => [name, { stringInputs: { value: [value] } }]),
    ),
  },
});
const texts = (value: unknown) => JSON.stringify(value);
/** The string arguments of every call of `method` anywhere in a recorded card. */
function argsOf(value: unknown, method: string, found: unknown[][] = []): unknown[][] {
  if (Array.isArray(value)) {
    if (value[0] === method && Array.isArray(value[1])) found.push(value[1] as unknown[]);
    for (const item of value) argsOf(item, method, found);
  } else if (value && typeof value === 'object') for (const item of Object.values(value)) argsOf(item, method, found);
  return found;
}
/** The form a card would submit: every text input's name → value. */
function formOf(card: unknown): Record<string, string> {
  const form: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      const record = node as { type?: string; calls?: [string, unknown[]][] };
      if (record.type === 'TextInput' && record.calls) {
        const name = record.calls.find(([m]) => m === 'setFieldName')?.[1][0] as string;
        form[name] = (record.calls.find(([m]) => m === 'setValue')?.[1][0] as string) ?? '';
      }
      for (const child of Object.values(node)) walk(child);
    }
  };
  walk(card);
  return form;
}

beforeAll(async () => {
  ({ subject, origin, token } = await startAddinApi(OWNER));
  const outdir = mkdtempSync(join(tmpdir(), 'slash-gas-'));
  execFileSync('node', ['addin-gmail/build.mjs', `--outdir=${outdir}`], {
    cwd: ROOT,
    env: { ...process.env, SLASH_API_BASE_URL: origin, SLASH_ALLOW_HTTP: '1' },
    stdio: 'pipe',
  });
  code = readFileSync(join(outdir, 'Code.js'), 'utf8');
  execFileSync('node', ['addin-gmail/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, SLASH_API_BASE_URL: 'https://api.slash.example' },
    stdio: 'pipe',
  });
  manifest = JSON.parse(readFileSync(join(ROOT, 'addin-gmail/dist/appsscript.json'), 'utf8'));
}, 120_000);

afterAll(async () => {
  await subject?.close();
});

function manifestFunctions(value: unknown, found: string[] = []): string[] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'runFunction' || key === 'onTriggerFunction') && typeof child === 'string') found.push(child);
      else manifestFunctions(child, found);
    }
  }
  return found;
}

describe('Gmail add-on bundle', () => {
  it('defines every function appsscript.json names as a top-level function', async () => {
    const names = manifestFunctions(manifest);
    expect(names).toEqual(expect.arrayContaining(['onHomepage', 'onShowPreferences', 'onGmailMessageOpen']));
    const run = await runAppsScript(code, [], fixture());
    for (const name of [...names, 'onRefresh', 'onInsertReply', 'onSavePreferences'])
      expect(run.topLevel).toContain(name);
    const broken = code.replace(/^function onHomepage\(e\).*$/m, '');
    expect((await runAppsScript(broken, [], fixture())).topLevel).not.toContain('onHomepage');
  });

  it('bundles only the add-on’s own sources: the shared contracts are imported as types only', async () => {
    const { metafile } = await build({
      entryPoints: [join(ROOT, 'addin-gmail/src/main.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'neutral',
      format: 'esm',
      define: { SLASH_API_BASE_URL: '""' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain('addin-gmail/src/cards/preferences-card.ts');
    expect(inputs.filter((input) => !input.startsWith('addin-gmail/src/'))).toEqual([]);
    expect(code).not.toMatch(/typebox|@slash\/shared/);
  });

  it('keeps appsscript.json to the approved scopes and https allowlists with a path', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
        'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
        'https://www.googleapis.com/auth/gmail.addons.execute',
        'https://www.googleapis.com/auth/script.external_request',
        'https://www.googleapis.com/auth/script.locale',
        'https://www.googleapis.com/auth/userinfo.email',
        'openid',
      ].sort(),
    );
    const prefixes = [
      ...manifest.urlFetchWhitelist,
      ...((manifest.addOns.common as { openLinkUrlPrefixes: string[] }).openLinkUrlPrefixes ?? []),
    ];
    for (const prefix of prefixes) expect(prefix).toMatch(/^https:\/\/[^/]+\/.*$/);
    expect(manifest.urlFetchWhitelist).toEqual(['https://api.slash.example/']);
  });

  it('reads the open message, calls the API with the identity token and returns a card with the proposals', async () => {
    const run = await runAppsScript(code, [{ fn: 'onGmailMessageOpen', event: event() }], fixture());
    expect(run.calls).toContainEqual({
      service: 'GmailApp',
      method: 'setCurrentMessageAccessToken',
      args: ['per-message-token'],
    });
    const fetches = run.calls.filter((call) => call.method === 'fetch');
    expect(fetches).toHaveLength(1);
    const [url, options] = fetches[0]?.args as [
      string,
      { method: string; headers: Record<string, string>; payload: string },
    ];
    expect(url).toBe(`${origin}/v1/scheduling-requests`);
    expect(options.headers.Authorization).toBe(`Bearer ${token}`);
    const sent = JSON.parse(options.payload) as {
      thread: { subject: string; messages: { from: { email: string }; to: { email: string; name?: string }[] }[] };
    };
    expect(sent.thread.subject).toBe('Project kick-off');
    expect(sent.thread.messages[0]?.to).toContainEqual({ email: 'bob@example.org', name: 'Stone, Bob' });
    const card = run.results[0]?.value;
    expect(run.results[0]?.error).toBeUndefined();
    expect((card as { built: string }[])[0]?.built).toBe('CardBuilder');
    const paragraphs = argsOf(card, 'setText').map((args) => String(args[0]));
    expect(
      paragraphs.filter((text) => /^<b>\w{3} \d+ \w{3}, \d\d:\d\d–\d\d:\d\d<\/b>/.test(text)).length,
    ).toBeGreaterThan(0);
    expect(texts(card)).toContain('alice@example.org');
    expect(texts(card)).toContain('onInsertReply');
  });

  it('inserts a reply-all draft holding the proposed times, without another API call', async () => {
    const opened = await runAppsScript(code, [{ fn: 'onGmailMessageOpen', event: event() }], fixture());
    const requestId =
      argsOf(opened.results[0]?.value, 'setParameters')
        .map((args) => (args[0] as Record<string, string>).requestId)
        .find(Boolean) ?? '';
    const run = await runAppsScript(code, [{ fn: 'onInsertReply', event: event({ parameters: { requestId } }) }], {
      ...fixture(),
      cache: opened.cache,
    });
    expect(run.calls.filter((call) => call.method === 'fetch')).toHaveLength(0);
    const draft = run.calls.find((call) => call.method === 'createDraftReplyAll');
    const html = (draft?.args[1] as { htmlBody: string }).htmlBody;
    const times = argsOf(opened.results[0]?.value, 'setText')
      .map((args) => /<b>[^,]+, (\d\d:\d\d)/.exec(String(args[0]))?.[1])
      .filter(Boolean);
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(html).toContain(time);
    expect(texts(run.results[0]?.value)).toContain('setGmailDraft');
  });

  it('refreshes with the edited fields: one PATCH with only what changed', async () => {
    const opened = await runAppsScript(code, [{ fn: 'onGmailMessageOpen', event: event() }], fixture());
    const card = opened.results[0]?.value;
    const parameters =
      argsOf(card, 'setParameters')
        .map((args) => args[0] as Record<string, string>)
        .find((p) => p.shownDuration !== undefined) ?? {};
    const form = { ...formOf(card), type: 'video', durationMinutes: '45' };
    const run = await runAppsScript(code, [{ fn: 'onRefresh', event: event({ parameters, form }) }], fixture());
    const fetches = run.calls.filter((call) => call.method === 'fetch');
    expect(fetches).toHaveLength(1);
    expect((fetches[0]?.args[1] as { method: string }).method).toBe('patch');
    expect(JSON.parse((fetches[0]?.args[1] as { payload: string }).payload)).toEqual({ durationMinutes: 45 });
    expect(texts(run.results[0]?.value)).toContain('updateCard');
  });

  it('round-trips the preferences card, and shows field problems of a 400 under the field', async () => {
    const shown = await runAppsScript(code, [{ fn: 'onShowPreferences', event: event() }], fixture());
    const form = {
      ...formOf(shown.results[0]?.value),
      horizonDays: '21',
      'workingHours.1': '08:30-12:00, 13:30-17:00',
      'followUps.count': '3',
      'followUps.spacingDays': '4',
    };
    const saved = await runAppsScript(
      code,
      [{ fn: 'onSavePreferences', event: event({ form, parameters: { places: '[]' } }) }],
      fixture(),
    );
    expect(texts(saved.results[0]?.value)).toContain('Preferences saved.');
    const stored = await subject.app.inject({
      method: 'GET',
      url: '/v1/me/preferences',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.json()).toMatchObject({
      horizonDays: 21,
      followUps: { count: 3, spacingDays: 4 },
      workingHours: {
        1: [
          { start: '08:30', end: '12:00' },
          { start: '13:30', end: '17:00' },
        ],
      },
    });

    const invalid = await runAppsScript(
      code,
      [{ fn: 'onSavePreferences', event: event({ form: { ...form, horizonDays: '500' } }) }],
      fixture(),
    );
    const hints = argsOf(invalid.results[0]?.value, 'setHint').map((args) => String(args[0]));
    expect(hints.some((hint) => hint.startsWith('⚠'))).toBe(true);
  });

  it('edits the follow-ups: a bad spacing is shown under its field, an empty one goes back to automatic', async () => {
    const shown = await runAppsScript(code, [{ fn: 'onShowPreferences', event: event() }], fixture());
    const form = formOf(shown.results[0]?.value);
    const get = async () =>
      (
        await subject.app.inject({
          method: 'GET',
          url: '/v1/me/preferences',
          headers: { authorization: `Bearer ${token}` },
        })
      ).json().followUps;
    const invalid = await runAppsScript(
      code,
      [{ fn: 'onSavePreferences', event: event({ form: { ...form, 'followUps.spacingDays': '20' } }) }],
      fixture(),
    );
    const invalidCard = formOf(invalid.results[0]?.value);
    expect(invalidCard['followUps.spacingDays']).toBe('20');
    const hints = argsOf(invalid.results[0]?.value, 'setHint').map((args) => String(args[0]));
    expect(hints.filter((hint) => hint.startsWith('⚠'))).toHaveLength(1);
    expect(hints.find((hint) => hint.startsWith('⚠'))).toMatch(/14/);
    const before = await get();
    expect(before.spacingDays).not.toBe(20);

    const saved = await runAppsScript(
      code,
      [
        {
          fn: 'onSavePreferences',
          event: event({ form: { ...form, 'followUps.count': '1', 'followUps.spacingDays': '' } }),
        },
      ],
      fixture(),
    );
    expect(texts(saved.results[0]?.value)).toContain('Preferences saved.');
    expect(await get()).toEqual({ count: 1 });
  });

  it('answers a client not yet linked (401) with a sign-in card', async () => {
    const run = await runAppsScript(code, [{ fn: 'onGmailMessageOpen', event: event() }], {
      ...fixture(),
      identityToken: 'unknown-google-identity-token-0000',
    });
    const card = texts(run.results[0]?.value);
    expect(card).toContain('Sign in to Slash');
    expect(card).toContain('OpenLink');
    expect(card).toContain('/auth/addin/start');
  });
});
