/**
 * The durable job queue (pg-boss, in PostgreSQL): side effects that must not be lost — calendar
 * writes, emails — are jobs, retried with backoff until done. Handlers must be idempotent (a job
 * may run twice after a crash); `singletonKey` stops duplicates at enqueue time.
 *
 * On PGlite, pg-boss talks to the embedded database through `executeSql`; on PostgreSQL it opens
 * its own small pool. The API process runs workers unless RUN_WORKERS=false; `slash worker` runs
 * only workers, so jobs can be moved to separate processes.
 */
import PgBoss from 'pg-boss';
import type { ExecuteSql } from '../db/client.js';

/** What a job handler receives. */
export interface JobContext {
  readonly jobId: string;
  /** How many times this job was tried before (0 on the first run). */
  readonly retryCount: number;
}

/** A job handler; throwing makes pg-boss retry it later. */
export type JobHandler<T> = (data: T, context: JobContext) => Promise<void>;

/** How a kind of job is retried. */
export interface JobOptions {
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  readonly expireInSeconds?: number;
}

/** Enqueue options. */
export interface SendOptions {
  /** Only one queued job with this key at a time (idempotent enqueue). */
  readonly singletonKey?: string;
  /** Do not start before this instant. */
  readonly startAfter?: Date;
}

/** The queue the rest of the API uses. */
export interface JobQueue {
  define<T extends object>(name: string, handler: JobHandler<T>, options?: JobOptions): void;
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  start(options: { runWorkers: boolean }): Promise<void>;
  /** Stops fetching jobs, waits for running handlers (up to `timeoutMs`), releases their leases. */
  stop(timeoutMs: number): Promise<void>;
}

interface Definition {
  readonly handler: JobHandler<object>;
  readonly options: JobOptions;
}

/** Creates the queue over a database connection (a URL, or an SQL runner for PGlite). */
export function createJobQueue(
  connection: { url: string } | { executeSql: ExecuteSql },
  onError: (error: Error) => void,
): JobQueue {
  const boss =
    'url' in connection
      ? new PgBoss({ connectionString: connection.url, max: 4, schema: 'pgboss' })
      : new PgBoss({ db: { executeSql: connection.executeSql }, schema: 'pgboss' } as ConstructorParameters<
          typeof PgBoss
        >[0]);
  boss.on('error', onError);
  const definitions = new Map<string, Definition>();
  let isStarted = false;

  return {
    define(name, handler, options = {}) {
      if (isStarted) throw new Error(`job ${name} defined after the queue started`);
      definitions.set(name, { handler: handler as JobHandler<object>, options });
    },
    async send(name, data, options = {}) {
      const definition = definitions.get(name);
      if (definition === undefined) throw new Error(`unknown job ${name}`);
      return boss.send(name, data, {
        retryLimit: definition.options.retryLimit ?? 10,
        retryDelay: definition.options.retryDelaySeconds ?? 5,
        retryBackoff: true,
        expireInSeconds: definition.options.expireInSeconds ?? 300,
        ...(options.singletonKey === undefined ? {} : { singletonKey: options.singletonKey }),
        ...(options.startAfter === undefined ? {} : { startAfter: options.startAfter }),
      });
    },
    async start({ runWorkers }) {
      await boss.start();
      for (const [name, definition] of definitions) {
        await boss.createQueue(name);
        if (!runWorkers) continue;
        await boss.work<object>(
          name,
          { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true },
          async (jobs) => {
            for (const job of jobs) {
              await definition.handler(job.data, { jobId: job.id, retryCount: job.retryCount });
            }
          },
        );
      }
      isStarted = true;
    },
    async stop(timeoutMs) {
      if (!isStarted) return;
      isStarted = false;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}
