/**
 * `slash serve [--demo]`, `slash worker`, `slash migrate`: the long-running modes of the API.
 * `--demo` (what `npm start` runs) uses embedded PGlite and generated local secrets, seeds a demo
 * client and prints the URLs a newcomer needs.
 */
import { buildApp } from '../app.js';
import { createAccountsRepository } from '../accounts/repository.js';
import { createSessionService } from '../accounts/session-service.js';
import { systemClock } from '../clock.js';
import { loadConfig, type AppConfig } from '../config/config.js';
import { withLocalSecrets } from '../config/local-secrets.js';
import { seedDemo } from '../demo/seed-demo.js';
import { databaseLocation, openRuntime } from '../runtime.js';
import { startServer } from '../server.js';
import type { CommandIo } from './command-io.js';

function configFor(args: string[], env: NodeJS.ProcessEnv): AppConfig {
  const isDemo = args.includes('--demo') || env.SLASH_DEMO === 'true';
  const port = env.PORT ?? '3000';
  const config = loadConfig({
    ...env,
    ...(isDemo ? { SLASH_DEMO: 'true' } : {}),
    // Links point at this server unless a public URL is configured.
    PUBLIC_BASE_URL: env.PUBLIC_BASE_URL ?? `http://localhost:${/^\d+$/.test(port) ? port : '3000'}`,
  });
  return config.isDemo || config.nodeEnv !== 'production' ? withLocalSecrets(config) : config;
}

/** `slash serve`: runs until SIGTERM/SIGINT. */
export async function runServeCommand(args: string[], io: CommandIo): Promise<number> {
  const config = configFor(args, process.env);
  const runtime = await openRuntime(databaseLocation(config), (error) => io.stderr(`job queue: ${error.message}\n`));
  const server = await startServer(config, runtime);
  const stop = (signal: string) => void server.shutdown(signal).then(() => process.exit(0));
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  if (config.isDemo) {
    const clientId = await seedDemo(runtime.database.db, systemClock);
    const sessions = createSessionService({
      accounts: createAccountsRepository(runtime.database.db),
      clock: systemClock,
    });
    const { token } = await sessions.open(clientId, 'demo', 1);
    io.stdout(demoBanner(config, token));
  }
  return new Promise<number>(() => undefined);
}

function demoBanner(config: AppConfig, token: string): string {
  const base = config.publicBaseUrl;
  return [
    '',
    '  ┌──────────────────────────────────────────────────────────────────────┐',
    '  │  Slash — DEMO MODE: embedded database, local secrets, local outbox.  │',
    '  │  Not for production (set NODE_ENV=production and real secrets).     │',
    '  └──────────────────────────────────────────────────────────────────────┘',
    `  API docs        ${base}/docs`,
    `  Health          ${base}/readyz`,
    `  Outbox (emails) ${base}/dev/outbox`,
    `  Outlook add-in  ${base}/addin/outlook/`,
    `  Demo client     Camille Martin <camille.martin@demo.example.com>`,
    `  Demo token      ${token}   (valid 24 h: Authorization: Bearer <token>)`,
    '',
  ].join('\n');
}

/** `slash worker`: job workers only, no HTTP; several may run beside the API. */
export async function runWorkerCommand(args: string[], io: CommandIo): Promise<number> {
  const config = configFor(args, process.env);
  const runtime = await openRuntime(databaseLocation(config), (error) => io.stderr(`job queue: ${error.message}\n`));
  // Building the app defines every domain's job handlers; the worker never listens.
  const app = await buildApp({ config, database: runtime.database, jobs: runtime.jobs, clock: systemClock });
  await app.ready();
  await runtime.jobs.start({ runWorkers: true });
  io.stdout('slash worker: processing jobs\n');
  const stop = async () => {
    await runtime.jobs.stop(config.shutdownTimeoutSeconds * 1000 - 1000);
    await app.close();
    await runtime.database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  return new Promise<number>(() => undefined);
}

/** `slash migrate`: applies pending migrations and exits. */
export async function runMigrateCommand(args: string[], io: CommandIo): Promise<number> {
  const config = configFor(args, process.env);
  const runtime = await openRuntime(databaseLocation(config), () => undefined);
  await runtime.database.close();
  io.stdout('slash migrate: database is up to date\n');
  return 0;
}
