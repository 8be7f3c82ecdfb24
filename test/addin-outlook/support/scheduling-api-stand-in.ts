/**
 * A stand-in for the scheduling API routes (`/v1/me`, `/v1/me/preferences`,
 * `/v1/scheduling-requests`) with the wire shapes of shared/src/contracts, for add-in end-to-end
 * tests while those routes are still landing. Each route is added only when the real app lacks it,
 * so the tests move to the real API route by route without a change. Proposals are deterministic:
 * three weekday slots of the requested duration from 2026-03-04 09:00 Paris.
 */
import type { FastifyInstance } from 'fastify';
import { requireClient } from '@slash/api/auth/auth-class';
import { NotFoundError } from '@slash/api/errors/domain-error';
import { defaultPreferences, PreferencesSchema, type Preferences } from '@slash/shared';

interface Person {
  email: string;
  name?: string | null;
}
interface View {
  id: string;
  status: 'open';
  needsReview: boolean;
  interpretation: Record<string, unknown>;
  effective: {
    contacts: { email: string; name: string | null; optional: boolean }[];
    type: string;
    durationMinutes: number;
    location: string | null;
    timeWindows: { from: string; to: string | null }[];
    excluded: never[];
  };
  proposals: {
    start: string;
    end: string;
    reasonCodes: string[];
    reason: { en: string; fr: string };
    optionalAttendeesFree: string[];
  }[];
  bookingLink: { url: string; expiresAt: string };
  draftReply: { language: 'en' | 'fr'; subject: string; text: string; html: string };
}

const FIRST_SLOT_MS = Date.parse('2026-03-04T08:00:00Z');
const DAY_MS = 86_400_000;
const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

function withProposals(view: View, subject: string): View {
  const proposals = [0, 1, 2].map((day) => {
    const start = new Date(FIRST_SLOT_MS + day * DAY_MS + view.effective.durationMinutes * 60_000 * day).toISOString();
    const end = new Date(Date.parse(start) + view.effective.durationMinutes * 60_000).toISOString();
    return {
      start,
      end,
      reasonCodes: ['free'],
      reason: { en: 'Everyone is free.', fr: 'Tout le monde est libre.' },
      optionalAttendeesFree: [],
    };
  });
  const lines = proposals.map((p) => `${p.start.slice(0, 10)} ${hhmm(p.start)}–${hhmm(p.end)}`);
  return {
    ...view,
    proposals,
    draftReply: {
      language: 'en',
      subject: `Re: ${subject}`,
      text: `Would one of these suit you?\n${lines.join('\n')}\n${view.bookingLink.url}`,
      html: `<p>Would one of these suit you?</p><ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul><p><a href="${view.bookingLink.url}">${view.bookingLink.url}</a></p>`,
    },
  };
}

/** Adds the routes the app does not have yet. */
export function addSchedulingApiStandIn(app: FastifyInstance, options: { owner: string }): string[] {
  const added: string[] = [];
  const views = new Map<string, { view: View; subject: string }>();
  const preferences = new Map<string, Preferences>();
  const missing = (method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string) => {
    const isMissing = !app.hasRoute({ method, url });
    if (isMissing) added.push(`${method} ${url}`);
    return isMissing;
  };
  if (missing('GET', '/v1/me')) {
    app.get('/v1/me', { config: { auth: 'client' } }, async (request) => ({
      id: requireClient(request).clientId,
      email: options.owner,
      name: 'Client',
      timeZone: 'Europe/Paris',
      language: 'en',
    }));
  }
  if (missing('GET', '/v1/me/preferences')) {
    app.get(
      '/v1/me/preferences',
      { config: { auth: 'client' } },
      async (request) => preferences.get(requireClient(request).clientId) ?? defaultPreferences('Europe/Paris', 'en'),
    );
  }
  if (missing('PUT', '/v1/me/preferences')) {
    app.put<{ Body: Preferences }>(
      '/v1/me/preferences',
      { config: { auth: 'client' }, schema: { body: PreferencesSchema } },
      async (request) => {
        preferences.set(requireClient(request).clientId, request.body);
        return request.body;
      },
    );
  }
  if (missing('POST', '/v1/scheduling-requests')) {
    app.post<{ Body: { thread: { subject: string; messages: { from: Person; to: Person[]; cc?: Person[] }[] } } }>(
      '/v1/scheduling-requests',
      { config: { auth: 'client' } },
      async (request, reply) => {
        requireClient(request);
        const { thread } = request.body;
        const people = thread.messages
          .flatMap((m) => [m.from, ...m.to, ...(m.cc ?? [])])
          .filter((p) => p.email !== options.owner);
        const contacts = [
          ...new Map(people.map((p) => [p.email, { email: p.email, name: p.name ?? null, optional: false }])).values(),
        ];
        const id = crypto.randomUUID();
        const base: View = {
          id,
          status: 'open',
          needsReview: false,
          interpretation: {},
          effective: {
            contacts,
            type: 'video',
            durationMinutes: 30,
            location: null,
            timeWindows: [{ from: '2026-03-04T00:00:00.000Z', to: '2026-03-14T00:00:00.000Z' }],
            excluded: [],
          },
          proposals: [],
          bookingLink: { url: `https://localhost/b/${id}`, expiresAt: '2026-03-20T00:00:00.000Z' },
          draftReply: { language: 'en', subject: '', text: '', html: '' },
        };
        const view = withProposals(base, thread.subject);
        views.set(id, { view, subject: thread.subject });
        return reply.code(201).send(view);
      },
    );
  }
  if (missing('PATCH', '/v1/scheduling-requests/:id')) {
    app.patch<{ Params: { id: string }; Body: Partial<View['effective']> }>(
      '/v1/scheduling-requests/:id',
      { config: { auth: 'client' } },
      async (request) => {
        requireClient(request);
        const stored = views.get(request.params.id);
        if (stored === undefined) throw new NotFoundError('No such scheduling request.');
        const effective = { ...stored.view.effective, ...request.body };
        const view = withProposals({ ...stored.view, effective }, stored.subject);
        views.set(view.id, { view, subject: stored.subject });
        return view;
      },
    );
  }
  return added;
}
