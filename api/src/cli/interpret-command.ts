import { interpretMessage, isValidTimeZone, NotAnEmailError } from '@slash/shared';
import type { CommandIo } from './command-io.js';

/** Exit code for input or options that break the contract (../../../shared/contracts/interpret.md). */
const EXIT_INVALID_INPUT = 2;

interface InterpretArgs {
  now?: string;
  timeZone?: string;
  self: string[];
  assistant: string[];
}

const FLAGS: Readonly<Record<string, (parsed: InterpretArgs, value: string) => void>> = {
  '--now': (parsed, value) => (parsed.now = value),
  '--tz': (parsed, value) => (parsed.timeZone = value),
  '--self': (parsed, value) => parsed.self.push(value),
  '--assistant': (parsed, value) => parsed.assistant.push(value),
};

/** The options of `args` (`--flag value` or `--flag=value`), or the one-line reason they are invalid. */
function parseArgs(args: readonly string[]): InterpretArgs | string {
  const parsed: InterpretArgs = { self: [], assistant: [] };
  for (let i = 0; i < args.length; i++) {
    const [flag = '', inline] = (args[i] ?? '').split(/=(.*)/s, 2);
    const apply = FLAGS[flag];
    if (apply === undefined) return `interpret: unknown option ${JSON.stringify(args[i])}`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `interpret: ${flag} needs a value`;
    apply(parsed, value);
  }
  if (parsed.now !== undefined && Number.isNaN(Date.parse(parsed.now)))
    return `interpret: --now is not an ISO 8601 instant: ${parsed.now}`;
  if (parsed.timeZone !== undefined && !isValidTimeZone(parsed.timeZone))
    return `interpret: --tz is not an IANA time zone: ${parsed.timeZone}`;
  return parsed;
}

/**
 * `slash interpret [--now ISO] [--tz IANA] [--self EMAIL]... [--assistant EMAIL]...`: reads one RFC 822
 * message on stdin and prints the interpretation as one JSON line; returns 0. Input that is not an
 * email, or invalid options: returns 2, one line on stderr, nothing on stdout.
 */
export async function runInterpretCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n`);
    return EXIT_INVALID_INPUT;
  }
  const raw = await io.readStdin();
  try {
    const interpretation = await interpretMessage(raw, {
      ...(parsed.now !== undefined ? { now: parsed.now } : {}),
      ...(parsed.timeZone !== undefined ? { timeZone: parsed.timeZone } : {}),
      self: parsed.self,
      assistant: parsed.assistant,
    });
    io.stdout(`${JSON.stringify(interpretation)}\n`);
    return 0;
  } catch (error) {
    // Only "not an email" is the caller's problem; anything else is a bug and propagates.
    if (!(error instanceof NotAnEmailError)) throw error;
    io.stderr(`interpret: not an email (${error.message})\n`);
    return EXIT_INVALID_INPUT;
  }
}
