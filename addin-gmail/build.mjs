/* global process, console, URL */
/* eslint-disable no-console -- a build script reports what it wrote */
// Bundles src/main.ts into one Apps Script file dist/Code.js (ADDINS.md §4.3): esbuild IIFE under
// `SlashAddon`, then one top-level `function name(e) { return SlashAddon.name(e); }` per export,
// because Apps Script resolves trigger and action names to top-level functions. Writes
// dist/appsscript.json with the API origin in urlFetchWhitelist and, with SCRIPT_ID, .clasp.json.
// Env: SLASH_API_BASE_URL (https; http only with SLASH_ALLOW_HTTP=1, for the offline tests),
// SCRIPT_ID; flag --outdir=DIR.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const outdir = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice(9) ?? join(here, 'dist');
const apiBase = (process.env.SLASH_API_BASE_URL ?? 'https://localhost:3000').replace(/\/+$/, '');
if (!apiBase.startsWith('https://') && process.env.SLASH_ALLOW_HTTP !== '1') {
  throw new Error(`SLASH_API_BASE_URL must be https (Apps Script allowlists need it), got ${apiBase}`);
}

const common = {
  entryPoints: [join(here, 'src/main.ts')],
  bundle: true,
  target: 'es2020',
  platform: 'neutral',
  define: { SLASH_API_BASE_URL: JSON.stringify(apiBase) },
  logLevel: 'warning',
};
const exports = (await build({ ...common, format: 'esm', write: false, metafile: true })).metafile.outputs;
const names = Object.values(exports).flatMap((output) => output.exports ?? []);
const bundle = await build({ ...common, format: 'iife', globalName: 'SlashAddon', write: false });
const stubs = names.map((name) => `function ${name}(e) { return SlashAddon.${name}(e); }`).join('\n');
mkdirSync(outdir, { recursive: true });
writeFileSync(
  join(outdir, 'Code.js'),
  `${bundle.outputFiles[0].text}\n// Top-level entry points for Apps Script.\n${stubs}\n`,
);
writeFileSync(
  join(outdir, 'appsscript.json'),
  readFileSync(join(here, 'appsscript.template.json'), 'utf8').replaceAll('{{API_BASE_URL}}', apiBase),
);
if (process.env.SCRIPT_ID)
  writeFileSync(
    join(here, '.clasp.json'),
    readFileSync(join(here, '.clasp.json.template'), 'utf8').replace('{{SCRIPT_ID}}', process.env.SCRIPT_ID),
  );
console.log(`Code.js with ${names.join(', ')} → ${outdir} (API ${apiBase})`);
