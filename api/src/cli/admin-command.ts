/**
 * `slash admin create-key --role admin|support|read_only [--label text]`: creates an admin API key
 * and prints it once (only its hash is stored). `slash admin revoke-key <id>` revokes one.
 */
import { ADMIN_ROLES, createApiKeyServiceFor, type AdminRole } from '../admin/api-key-service.js';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config/config.js';
import { databaseLocation, openRuntime } from '../runtime.js';
import type { CommandIo } from './command-io.js';

const USAGE =
  'usage: slash admin create-key --role <admin|support|read_only> [--label <text>] | slash admin revoke-key <id>\n';

/** The options of `create-key`, or why they are wrong. */
export function parseCreateKeyArgs(args: readonly string[]): { role: AdminRole; label: string } | { error: string } {
  if (args[0] !== 'create-key') return { error: USAGE };
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const role = value('--role');
  if (role === undefined || !(ADMIN_ROLES as readonly string[]).includes(role))
    return { error: `slash admin: --role must be one of ${ADMIN_ROLES.join(', ')}\n` };
  return { role: role as AdminRole, label: value('--label') ?? '' };
}

/** `slash admin ...`. */
export async function runAdminCommand(
  args: string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const isRevoke = args[0] === 'revoke-key';
  const parsed = isRevoke ? undefined : parseCreateKeyArgs(args);
  if (parsed !== undefined && 'error' in parsed) {
    io.stderr(parsed.error);
    return 2;
  }
  if (isRevoke && args[1] === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  const config = loadConfig(env);
  const runtime = await openRuntime(databaseLocation(config), () => undefined);
  try {
    const keys = createApiKeyServiceFor(runtime.database.db, systemClock);
    if (isRevoke) {
      const isRevoked = await keys.revoke(args[1] ?? '');
      io.stdout(isRevoked ? 'slash admin: key revoked\n' : 'slash admin: no such live key\n');
      return isRevoked ? 0 : 1;
    }
    const created = await keys.create(parsed as { role: AdminRole; label: string });
    io.stdout(`${created.key}\n`);
    io.stderr(`slash admin: created ${created.role} key ${created.id}; it is shown once, keep it safe\n`);
    return 0;
  } finally {
    await runtime.database.close();
  }
}
