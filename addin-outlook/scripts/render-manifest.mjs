/* global process, URL, console */
/* eslint-disable no-console -- a build script reports what it wrote */
// Renders manifest.template.xml for one environment (ADDINS.md §1: own Id and DisplayName per
// environment so sideloads do not collide). Used by the build (dist/manifest.xml) and to refresh the
// committed root manifest.xml: `node scripts/render-manifest.mjs --root`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const TEMPLATE = new URL('../manifest.template.xml', import.meta.url);

/** A stable UUID per public base URL, so each environment gets its own add-in Id. */
export function addinIdFor(baseUrl) {
  const hex = createHash('sha256').update(`slash-outlook-addin:${baseUrl}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** "Slash" in production, "Slash (host)" elsewhere, so testers see which one they sideloaded. */
export function displayNameFor(baseUrl) {
  const { hostname, host } = new URL(baseUrl);
  return hostname === 'localhost' || hostname.startsWith('127.') || hostname.includes('staging')
    ? `Slash (${host})`
    : 'Slash';
}

/** The manifest for `baseUrl` (https, no trailing slash). */
export function renderManifest(template, { baseUrl, addinId, displayName }) {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw new Error(`PUBLIC_BASE_URL must be https for Office add-ins (got ${baseUrl})`);
  const base = baseUrl.replace(/\/+$/, '');
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return template
    .replaceAll('{{BASE_URL}}', escape(base))
    .replaceAll('{{ADDIN_ID}}', addinId ?? addinIdFor(base))
    .replaceAll('{{DISPLAY_NAME}}', escape(displayName ?? displayNameFor(base)));
}

export function readTemplate() {
  return readFileSync(TEMPLATE, 'utf8');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const toRoot = process.argv.includes('--root');
  const baseUrl = toRoot ? 'https://localhost:3000' : (process.env.PUBLIC_BASE_URL ?? 'https://localhost:3000');
  const xml = renderManifest(readTemplate(), { baseUrl, addinId: process.env.OUTLOOK_ADDIN_ID || undefined });
  const target = toRoot
    ? new URL('../../manifest.xml', import.meta.url)
    : new URL('../dist/manifest.xml', import.meta.url);
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, xml);
  console.log(`manifest for ${baseUrl} → ${target.pathname}`);
}
