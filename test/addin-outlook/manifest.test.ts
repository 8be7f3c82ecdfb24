/**
 * The Outlook manifest: the committed root file, the build's rendering and the API's rendering all
 * validate against the vendored schemas with a real validator (xmllint-wasm, libxml2), plus the
 * rules a schema cannot express. Mutations prove a malformed manifest fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { renderOutlookManifest } from '@slash/api/addins/outlook-manifest';
import { createTestApp } from '../support/test-app.js';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const OFFICIAL = existsSync(new URL('addin-outlook/schemas/official/OfficeAppManifestV1_1.xsd', ROOT));
const SCHEMA_SETS = [
  {
    root: 'OfficeAppManifest.xsd',
    others: ['OfficeAppBasicTypes.xsd', 'MailAppVersionOverridesV1_0.xsd', 'MailAppVersionOverridesV1_1.xsd'],
    dir: 'addin-outlook/schemas/',
  },
];

async function schemaErrors(xml: string): Promise<string[]> {
  const problems: string[] = [];
  for (const set of SCHEMA_SETS) {
    const file = (name: string) => ({ fileName: name, contents: read(set.dir + name) });
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: xml }],
      schema: [file(set.root)],
      preload: set.others.map(file),
    });
    problems.push(...result.errors.map((error) => error.rawMessage));
  }
  return problems;
}

/** Rules the XSD cannot express (ADDINS.md §1.4). */
function ruleErrors(xml: string, baseUrl: string): string[] {
  const problems: string[] = [];
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((match) => match[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g))
    if (!ids.has(resid)) problems.push(`resid ${resid} does not resolve`);
  for (const [, url] of xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)) {
    if (url !== undefined && !url.startsWith(`${baseUrl}/`)) problems.push(`${url} is not on ${baseUrl} over https`);
  }
  for (const [, size, resid] of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    const url = new RegExp(`<bt:Image id="${resid?.replace('.', '\\.')}" DefaultValue="([^"]+)"`).exec(xml)?.[1] ?? '';
    const file = new URL(`addin-outlook/public/${url.replace(`${baseUrl}/addin/outlook/`, '')}`, ROOT);
    if (!existsSync(file)) problems.push(`icon ${url} missing`);
    else if (readFileSync(file).readUInt32BE(16) !== Number(size)) problems.push(`icon ${url} is not ${size}px`);
  }
  for (const [, icon] of xml.matchAll(
    /<(?:IconUrl|HighResolutionIconUrl) DefaultValue="[^"]+\/assets\/(icon-\d+\.png)"/g,
  )) {
    if (!existsSync(new URL(`addin-outlook/public/assets/${icon}`, ROOT))) problems.push(`icon ${icon} missing`);
  }
  const strings = [
    ...xml.matchAll(/<bt:String id="([^"]+)"[^/]*?>([\s\S]*?)<\/bt:String>|<bt:String id="([^"]+)"[^>]*\/>/g),
  ];
  for (const match of strings)
    if (!/Locale="fr-FR"/.test(match[2] ?? '')) problems.push(`string ${match[1] ?? match[3]} has no French override`);
  for (const element of ['DisplayName', 'Description']) {
    if (!new RegExp(`<${element} [^>]*>\\s*<Override Locale="fr-FR"`).test(xml))
      problems.push(`${element} has no French override`);
  }
  if (!/<SupportsPinning>true<\/SupportsPinning>/.test(xml)) problems.push('the task pane is not pinnable');
  return problems;
}

describe('Outlook manifest', () => {
  const root = read('manifest.xml');

  it('validates the committed root manifest against the schemas and the extra rules', async () => {
    expect(await schemaErrors(root)).toEqual([]);
    expect(ruleErrors(root, 'https://localhost:3000')).toEqual([]);
  });

  it('is the template rendered for https://localhost:3000 (root file not stale)', () => {
    expect(
      renderOutlookManifest(read('addin-outlook/manifest.template.xml'), { baseUrl: 'https://localhost:3000' }),
    ).toBe(root);
  });

  it('renders a valid manifest per environment with its own Id from the build script', async () => {
    const env = { ...process.env, PUBLIC_BASE_URL: 'https://app.slash.example' };
    execFileSync('node', ['addin-outlook/scripts/render-manifest.mjs'], { cwd: ROOT, env, stdio: 'pipe' });
    const built = read('addin-outlook/dist/manifest.xml');
    expect(await schemaErrors(built)).toEqual([]);
    expect(ruleErrors(built, 'https://app.slash.example')).toEqual([]);
    expect(built).toBe(
      renderOutlookManifest(read('addin-outlook/manifest.template.xml'), { baseUrl: 'https://app.slash.example' }),
    );
    const idOf = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    expect(idOf(built)).not.toBe(idOf(root));
    expect(built).toContain('<DisplayName DefaultValue="Slash">');
  });

  it('serves the manifest rendered for PUBLIC_BASE_URL, and refuses an http base URL', async () => {
    const https = await createTestApp({ config: { publicBaseUrl: 'https://staging.slash.example' } });
    try {
      const response = await https.app.inject({ method: 'GET', url: '/addin/outlook/manifest.xml' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/xml');
      expect(await schemaErrors(response.body)).toEqual([]);
      expect(ruleErrors(response.body, 'https://staging.slash.example')).toEqual([]);
      const icon = await https.app.inject({ method: 'GET', url: '/addin/outlook/assets/icon-80.png' });
      if (existsSync(new URL('addin-outlook/dist/assets/icon-80.png', ROOT))) {
        expect(icon.statusCode).toBe(200);
        expect(icon.headers['cache-control']).not.toMatch(/no-store|no-cache/);
      }
      const escape = await https.app.inject({ method: 'GET', url: '/addin/outlook/..%2f..%2fpackage.json' });
      expect(escape.statusCode).toBe(404);
    } finally {
      await https.close();
    }
    const http = await createTestApp({ config: { publicBaseUrl: 'http://localhost:3000' } });
    try {
      const response = await http.app.inject({ method: 'GET', url: '/addin/outlook/manifest.xml' });
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
    } finally {
      await http.close();
    }
  });

  const mutations: [string, (xml: string) => string, RegExp][] = [
    [
      'elements out of order',
      (xml) => xml.replace(/(<DisplayName[\s\S]*?<\/DisplayName>)\s*(<Description[\s\S]*?<\/Description>)/, '$2$1'),
      /not expected|Expected/,
    ],
    [
      'an unknown permission',
      (xml) => xml.replace('<Permissions>ReadItem</Permissions>', '<Permissions>FullControl</Permissions>'),
      /Permissions/,
    ],
    [
      'a label over 125 characters',
      (xml) => xml.replace('DefaultValue="Schedule with Slash"', `DefaultValue="${'x'.repeat(126)}"`),
      /length|DefaultValue/,
    ],
    [
      'SupportsPinning in a 1.0 action (button moved out of the 1.1 block)',
      (xml) =>
        xml
          .replace(/<VersionOverrides xmlns="[^"]+\/1\.1" xsi:type="VersionOverridesV1_1">/, '')
          .replace('</VersionOverrides>\n  </VersionOverrides>', '</VersionOverrides>'),
      /SupportsPinning/,
    ],
    ['unclosed element', (xml) => xml.replace('</OfficeApp>', ''), /./],
    ['a bad Id', (xml) => xml.replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'), /Id/],
  ];
  for (const [name, mutate, message] of mutations) {
    it(`rejects a manifest with ${name}`, async () => {
      const mutated = mutate(root);
      expect(mutated).not.toBe(root);
      const errors = await schemaErrors(mutated).catch((error: unknown) => [String(error)]);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(message);
    });
  }

  it('catches what the schema cannot: a dangling resid, a non-https URL, a missing French string', async () => {
    const dangling = root.replace(
      '<SourceLocation resid="Taskpane.Url"/>',
      '<SourceLocation resid="Taskpane.Missing"/>',
    );
    expect(await schemaErrors(dangling)).toEqual([]);
    expect(ruleErrors(dangling, 'https://localhost:3000')).toContain('resid Taskpane.Missing does not resolve');
    const http = root.replace(
      'https://localhost:3000/addin/outlook/taskpane.html"/>\n        </bt:Urls>',
      'http://localhost:3000/addin/outlook/taskpane.html"/>\n        </bt:Urls>',
    );
    expect(ruleErrors(http, 'https://localhost:3000').join()).toMatch(/not on https:\/\/localhost:3000/);
    const english = root.replace('<bt:Override Locale="fr-FR" Value="Planifier avec Slash"/>', '');
    expect(ruleErrors(english, 'https://localhost:3000')).toContain('string Schedule.Label has no French override');
  });

  it.skipIf(!OFFICIAL)('validates against the official MS-OWEMXML set when it is vendored', () => {
    execFileSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', 'addin-outlook/schemas/official/OfficeAppManifestV1_1.xsd', 'manifest.xml'],
      { cwd: ROOT },
    );
  });
});
