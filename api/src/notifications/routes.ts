/**
 * `GET /dev/outbox`: the emails Slash queued, as an HTML page, so a demo shows invitations without
 * an SMTP server. Only in demo mode or tests; elsewhere it answers 404 like an unknown route.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { escapeHtml } from '@slash/shared';
import { NotFoundError } from '../errors/domain-error.js';
import type { NotificationService } from './service.js';

/** Routes of the notifications domain. */
export const notificationRoutes: FastifyPluginAsyncTypebox<{
  notifications: NotificationService;
  isEnabled: boolean;
}> = async (app, { notifications, isEnabled }) => {
  app.get('/dev/outbox', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    if (!isEnabled) throw new NotFoundError('No route for GET /dev/outbox');
    const emails = await notifications.listRecent(200);
    const items = emails
      .map(
        (email) => `<li><article><h2>${escapeHtml(email.subject)}</h2>
<p>To: ${escapeHtml(email.toAddresses.join(', '))} · ${escapeHtml(email.status)} · ${escapeHtml(email.createdAt.toISOString())}</p>
<pre>${escapeHtml(email.textBody)}</pre>${email.icsContent === null ? '' : `<details><summary>invite.ics</summary><pre>${escapeHtml(email.icsContent)}</pre></details>`}</article></li>`,
      )
      .join('\n');
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slash outbox (demo)</title></head>
<body><h1>Slash outbox (demo: emails are kept here, not sent)</h1><ol>${items}</ol></body></html>`);
  });
};
