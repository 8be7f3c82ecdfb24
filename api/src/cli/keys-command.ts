/**
 * `slash keys rotate`: re-seals every stored calendar secret under the first key of ENCRYPTION_KEYS.
 * Deploy with `ENCRYPTION_KEYS=new:…,old:…`, run this, check `remaining: 0`, then drop the old key.
 */
import { createCalendarsRepository } from '../calendars/repository.js';
import { rotateTokenKeys } from '../calendars/rotate-token-keys.js';
import { loadConfig } from '../config/config.js';
import { databaseLocation, openRuntime } from '../runtime.js';
import { createTokenVault } from '../vault/token-vault.js';
import type { CommandIo } from './command-io.js';

/** `slash keys <rotate>`; returns the exit code. */
export async function runKeysCommand(
  args: string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  if (args[0] !== 'rotate') {
    io.stderr('usage: slash keys rotate [--batch-size N]\n');
    return 2;
  }
  const sizeIndex = args.indexOf('--batch-size');
  const batchSize = sizeIndex === -1 ? 500 : Number(args[sizeIndex + 1]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    io.stderr('slash keys: --batch-size must be an integer from 1 to 10000\n');
    return 2;
  }
  const config = loadConfig(env);
  const vault = createTokenVault(config.encryptionKeys);
  const runtime = await openRuntime(databaseLocation(config), (error) => io.stderr(`job queue: ${error.message}\n`));
  try {
    const report = await rotateTokenKeys({
      repository: createCalendarsRepository(runtime.database.db),
      vault,
      batchSize,
    });
    io.stdout(
      `slash keys: rotated ${report.rotated}, already current ${report.alreadyCurrent}, remaining ${report.remaining} (key ${vault.currentKeyId})\n`,
    );
    return report.remaining === 0 ? 0 : 1;
  } finally {
    await runtime.database.close();
  }
}
