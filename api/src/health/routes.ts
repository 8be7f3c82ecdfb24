/** Liveness and readiness: `/healthz` answers while the process lives; `/readyz` only when it can serve. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

/** What readiness depends on; the shell (server.ts) flips `isShuttingDown` on SIGTERM. */
export interface ReadinessProbe {
  isShuttingDown(): boolean;
  isDatabaseReachable(): Promise<boolean>;
  areMigrationsApplied(): Promise<boolean>;
  dataRegion: string;
}

const ReadinessSchema = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  database: Type.Boolean(),
  migrations: Type.Boolean(),
  shuttingDown: Type.Boolean(),
  dataRegion: Type.String(),
});

/** Registers `/healthz` and `/readyz`. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ probe: ReadinessProbe }> = async (app, { probe }) => {
  app.get(
    '/healthz',
    {
      config: { auth: 'public' },
      schema: { tags: ['health'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { auth: 'public' },
      schema: { tags: ['health'], response: { 200: ReadinessSchema, 503: ReadinessSchema } },
    },
    async (_request, reply) => {
      const shuttingDown = probe.isShuttingDown();
      const database = !shuttingDown && (await probe.isDatabaseReachable());
      const migrations = database && (await probe.areMigrationsApplied());
      const isReady = database && migrations && !shuttingDown;
      return reply.code(isReady ? 200 : 503).send({
        status: isReady ? 'ready' : 'not_ready',
        database,
        migrations,
        shuttingDown,
        dataRegion: probe.dataRegion,
      });
    },
  );
};
