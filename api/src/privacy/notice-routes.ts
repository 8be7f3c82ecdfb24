/**
 * `GET /privacy`: the published privacy policy (French, as published), linked from the booking page
 * and every email, with the way to exercise one's rights (the contact request form).
 */
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { escapeHtml, htmlPage } from './html-page.js';

/** The policy text, shipped with the API (src is kept beside dist, as for the migrations). */
const POLICY_FR = readFileSync(new URL('../../src/privacy/privacy-policy.fr.txt', import.meta.url), 'utf8');

/** The policy as HTML paragraphs: blank lines separate paragraphs in the published text. */
function policyHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !/^For English version/i.test(paragraph))
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

const PAGE = htmlPage({
  lang: 'fr',
  title: 'Politique de confidentialité — Privacy policy',
  body: [
    '<p lang="en"><strong>English:</strong> this is the policy Slash publishes (in French). To ask what Slash',
    'holds about you, or to have it erased, use <a href="/privacy/request">the request form</a>.</p>',
    '<p><strong>Vos droits :</strong> pour accéder à vos données ou les faire effacer, utilisez',
    '<a href="/privacy/request" lang="fr">le formulaire de demande</a>.</p>',
    policyHtml(POLICY_FR),
  ].join('\n'),
});

/** Registers `GET /privacy`. */
export const privacyNoticeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/privacy',
    { config: { auth: 'public' }, schema: { hide: true, response: { 200: Type.String() } } },
    async (_request, reply) =>
      reply
        .headers({ 'referrer-policy': 'no-referrer', 'cache-control': 'public, max-age=3600' })
        .type('text/html; charset=utf-8')
        .send(PAGE),
  );
};
