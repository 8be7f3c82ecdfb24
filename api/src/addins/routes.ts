/**
 * The Outlook add-in's web side: the task pane (addin-outlook/dist, built by Vite) under
 * /addin/outlook/ and the manifest rendered for PUBLIC_BASE_URL. Public: Office fetches these
 * without credentials; the pane authenticates its API calls with a bearer token.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { NotFoundError } from '../errors/domain-error.js';
import { loadOutlookManifest } from './outlook-manifest.js';

/** Built task pane; api/src/addins and api/dist/addins are both three levels below the root. */
export const OUTLOOK_PANE_DIR = fileURLToPath(new URL('../../../addin-outlook/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * The pane is framed by Outlook on the web and opens pop-ups (MSAL, Office dialog): allow the Office
 * frame ancestors, let it open pop-ups, and let Outlook load the ribbon icons cross-origin.
 */
const PANE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' https://login.microsoftonline.com",
  "frame-src 'self' https://appsforoffice.microsoft.com",
  "frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.outlook.com https://*.microsoft.com",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

export interface AddinRoutesOptions {
  readonly publicBaseUrl: string;
  readonly outlookAddinId: string | undefined;
  /** Folder of the built pane (tests may point elsewhere). */
  readonly paneDir?: string;
}

export const addinRoutes: FastifyPluginAsync<AddinRoutesOptions> = async (app, options) => {
  const paneDir = options.paneDir ?? OUTLOOK_PANE_DIR;

  app.get(
    '/addin/outlook/manifest.xml',
    { config: { auth: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      const xml = await loadOutlookManifest({ baseUrl: options.publicBaseUrl, addinId: options.outlookAddinId });
      return reply.type('application/xml; charset=utf-8').header('cache-control', 'no-cache').send(xml);
    },
  );

  app.get<{ Params: { '*': string } }>(
    '/addin/outlook/*',
    { config: { auth: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const relative = request.params['*'] === '' ? 'taskpane.html' : request.params['*'];
      const file = await resolvePaneFile(paneDir, relative);
      return sendPaneFile(reply, file, relative);
    },
  );
};

/** The file under `root` for a request path; NotFound for anything outside it or of an unserved type. */
async function resolvePaneFile(root: string, relative: string): Promise<string> {
  const notFound = new NotFoundError('No such add-in file.');
  if (CONTENT_TYPES[extname(relative)] === undefined || relative.includes('\0')) throw notFound;
  try {
    const realRoot = await realpath(root);
    const file = await realpath(resolve(realRoot, relative));
    if (!file.startsWith(realRoot + sep)) throw notFound;
    return file;
  } catch {
    // Missing file (or a pane that was never built): the same 404 either way.
    throw notFound;
  }
}

async function sendPaneFile(reply: FastifyReply, file: string, relative: string): Promise<FastifyReply> {
  const body = await readFile(file);
  const extension = extname(file);
  // Hashed Vite bundles never change; HTML must revalidate; icons must be cacheable (Office rule).
  const cacheControl =
    extension === '.html'
      ? 'no-cache'
      : relative.startsWith('bundle/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=86400';
  reply
    .type(CONTENT_TYPES[extension] ?? 'application/octet-stream')
    .header('cache-control', cacheControl)
    .header('cross-origin-resource-policy', 'cross-origin')
    .header('cross-origin-opener-policy', 'same-origin-allow-popups');
  if (extension === '.html') {
    // Helmet wrote its defaults on the raw response in onRequest: replace them for the pane.
    reply.raw.removeHeader('x-frame-options');
    reply.raw.removeHeader('content-security-policy');
    reply.header('content-security-policy', PANE_CSP);
  }
  return reply.send(body);
}
