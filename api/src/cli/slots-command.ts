import { freeSlotsOfQuery, parseSlotScenario } from '@slash/shared';
import type { CommandIo } from './command-io.js';

/** Exit code for input that breaks the contract (../../../shared/contracts/slots.md). */
const EXIT_INVALID_INPUT = 2;

/**
 * `slash slots`: reads one JSON scenario on stdin, prints `{"slots":[...]}` and a newline, returns 0.
 * Invalid JSON or an invalid field: returns 2, prints nothing on stdout and one line on stderr that
 * names the field. `args` is accepted for symmetry with other commands; `slots` takes no flags.
 */
export async function runSlotsCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.length > 0) {
    io.stderr(`slots: unexpected argument ${JSON.stringify(args[0])} (the scenario is read from stdin)\n`);
    return EXIT_INVALID_INPUT;
  }
  const text = await io.readStdin();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A syntax error is the caller's input problem, reported as such; its message is one line.
    io.stderr(`scenario: not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})\n`);
    return EXIT_INVALID_INPUT;
  }
  const parsed = parseSlotScenario(json);
  if (!parsed.ok) {
    io.stderr(`${parsed.error}\n`);
    return EXIT_INVALID_INPUT;
  }
  io.stdout(`${JSON.stringify(freeSlotsOfQuery(parsed.query))}\n`);
  return 0;
}
