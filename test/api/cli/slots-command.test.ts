import { describe, expect, it } from 'vitest';
import { runSlotsCommand } from '../../../api/src/cli/slots-command.js';

async function run(stdin: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runSlotsCommand(args, {
    readStdin: async () => stdin,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

const SCENARIO = {
  now: '2026-03-02T08:00:00Z',
  timeZone: 'Europe/Paris',
  durationMinutes: 30,
  stepMinutes: 30,
  window: { from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' },
  workingHours: [{ weekdays: [1], start: '09:00', end: '10:30' }],
  busy: [{ start: '2026-03-02T08:30:00Z', end: '2026-03-02T09:00:00Z' }],
};

describe('runSlotsCommand', () => {
  it('prints the free slots as one JSON line and exits 0', async () => {
    const result = await run(JSON.stringify(SCENARIO));
    expect(result).toEqual({
      code: 0,
      stdout:
        '{"slots":[{"start":"2026-03-02T08:00:00.000Z","end":"2026-03-02T08:30:00.000Z"},{"start":"2026-03-02T09:00:00.000Z","end":"2026-03-02T09:30:00.000Z"}]}\n',
      stderr: '',
    });
  });

  it('exits 2 with one stderr line naming the field on an invalid field', async () => {
    const result = await run(
      JSON.stringify({ ...SCENARIO, workingHours: [{ weekdays: [1], start: '09:00', end: '25:00' }] }),
    );
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'workingHours[0].end: "25:00" is not a time\n' });
  });

  it('exits 2 on input that is not JSON', async () => {
    const result = await run('{"now": ');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^scenario: not valid JSON/);
  });

  it('exits 2 when a required field is missing', async () => {
    const { busy: _busy, ...withoutBusy } = SCENARIO;
    expect(await run(JSON.stringify(withoutBusy))).toEqual({ code: 2, stdout: '', stderr: 'busy: is missing\n' });
  });
});
