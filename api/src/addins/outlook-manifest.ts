/**
 * Renders the Outlook add-in manifest (addin-outlook/manifest.template.xml) for this deployment's
 * public base URL. Same rules as addin-outlook/scripts/render-manifest.mjs (the build-time twin;
 * test/addin-outlook/manifest.test.ts proves both render the same bytes): one Id and display name
 * per environment, https only.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DomainError } from '../errors/domain-error.js';

/** Where the template lives; api/src/addins and api/dist/addins are both three levels below the root. */
export const OUTLOOK_MANIFEST_TEMPLATE = new URL('../../../addin-outlook/manifest.template.xml', import.meta.url);

/** 409: Office only loads add-ins over https, so an http deployment has no valid manifest. */
export class ManifestNeedsHttpsError extends DomainError {
  readonly type = 'https://slash.example/errors/manifest-needs-https';
  readonly status = 409;
  readonly title = 'The add-in manifest needs an https public URL';
  readonly code = 'manifest_needs_https';
}

/** A stable UUID per public base URL, so each environment gets its own add-in Id. */
export function outlookAddinIdFor(baseUrl: string): string {
  const hex = createHash('sha256').update(`slash-outlook-addin:${baseUrl}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** "Slash" in production, "Slash (host)" on local and staging hosts. */
export function outlookDisplayNameFor(baseUrl: string): string {
  const { hostname, host } = new URL(baseUrl);
  const isTestHost = hostname === 'localhost' || hostname.startsWith('127.') || hostname.includes('staging');
  return isTestHost ? `Slash (${host})` : 'Slash';
}

/** The manifest text for `baseUrl`; throws ManifestNeedsHttpsError for a non-https URL. */
export function renderOutlookManifest(
  template: string,
  options: { baseUrl: string; addinId?: string | undefined },
): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  if (new URL(base).protocol !== 'https:') {
    throw new ManifestNeedsHttpsError(`PUBLIC_BASE_URL is ${base}; Outlook loads add-ins over https only.`);
  }
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return template
    .replaceAll('{{BASE_URL}}', escape(base))
    .replaceAll('{{ADDIN_ID}}', options.addinId ?? outlookAddinIdFor(base))
    .replaceAll('{{DISPLAY_NAME}}', escape(outlookDisplayNameFor(base)));
}

/** Reads the template once and renders it. */
export async function loadOutlookManifest(options: { baseUrl: string; addinId?: string | undefined }): Promise<string> {
  return renderOutlookManifest(await readFile(OUTLOOK_MANIFEST_TEMPLATE, 'utf8'), options);
}
