#!/usr/bin/env node
/**
 * `slash <command>`: serve, worker, migrate, slots, interpret. Each command lives in
 * ./cli/<command>-command.ts and returns its exit code. Expected failures print one line.
 */
import { ConfigError } from './config/config.js';
import { processIo, type CommandIo } from './cli/command-io.js';

type Command = (args: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./cli/serve-command.js')).runServeCommand,
  worker: async () => (await import('./cli/serve-command.js')).runWorkerCommand,
  migrate: async () => (await import('./cli/serve-command.js')).runMigrateCommand,
  slots: async () => (await import('./cli/slots-command.js')).runSlotsCommand,
  admin: async () => (await import('./cli/admin-command.js')).runAdminCommand,
  keys: async () => (await import('./cli/keys-command.js')).runKeysCommand,
  interpret: async () => (await import('./cli/interpret-command.js')).runInterpretCommand,
};

const USAGE = `usage: slash <${Object.keys(COMMANDS).join('|')}> [options]\n`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load === undefined) {
    processIo.stderr(name === undefined ? USAGE : `slash: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(args, processIo);
  } catch (error) {
    if (error instanceof ConfigError) {
      processIo.stderr(`slash: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
