/**
 * The server shell: build the app, listen, and shut down gracefully on SIGTERM/SIGINT — readiness
 * goes false, in-flight requests finish, new ones get 503, job leases are released, and the
 * process exits within SHUTDOWN_TIMEOUT_SECONDS whatever happens.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { systemClock } from './clock.js';
import type { AppConfig } from './config/config.js';
import type { Runtime } from './runtime.js';

/** A running server and how to stop it. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  shutdown(signal: string): Promise<void>;
}

/** Builds the app on `runtime`, starts jobs and listens on the configured port. */
export async function startServer(
  config: AppConfig,
  runtime: Runtime,
  options: { routes?: (app: FastifyInstance) => void } = {},
): Promise<RunningServer> {
  let isShuttingDown = false;
  const app = await buildApp({
    config,
    database: runtime.database,
    jobs: runtime.jobs,
    clock: systemClock,
    isShuttingDown: () => isShuttingDown,
  });
  options.routes?.(app);
  await app.ready();
  await runtime.jobs.start({ runWorkers: config.runWorkers });
  const url = await app.listen({ port: config.port, host: config.host });

  const shutdown = async (signal: string): Promise<void> => {
    if (isShuttingDown) return;
    isShuttingDown = true;
    const deadlineMs = config.shutdownTimeoutSeconds * 1000;
    const forced = setTimeout(() => {
      app.log.error({ signal }, 'shutdown took too long; exiting');
      process.exit(1);
    }, deadlineMs);
    forced.unref();
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    await runtime.jobs.stop(Math.max(1000, deadlineMs - 2000));
    await runtime.database.close();
    clearTimeout(forced);
  };
  return { app, url, shutdown };
}
