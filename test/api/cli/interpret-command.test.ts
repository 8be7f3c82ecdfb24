import { describe, expect, it } from 'vitest';
import { runInterpretCommand } from '../../../api/src/cli/interpret-command.js';

function fakeIo(stdin: string): { io: Parameters<typeof runInterpretCommand>[1]; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { readStdin: async () => stdin, stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, out, err };
}

const EMAIL = [
  'From: Claire Martin <claire@martin-conseil.fr>',
  'To: Marc Dubois <Marc.Dubois@acme.fr>',
  'Cc: Slash <slash@slash.example>',
  'Subject: =?UTF-8?Q?Caf=C3=A9?=',
  'Date: Tue, 03 Mar 2026 09:00:00 +0100',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Marc, un caf=C3=A9 jeudi matin ?',
  '',
  'Claire',
  '',
].join('\r\n');

describe('runInterpretCommand', () => {
  it('prints the interpretation of an email as one JSON line and exits 0', async () => {
    const { io, out, err } = fakeIo(EMAIL);
    const code = await runInterpretCommand(['--tz', 'Europe/Paris', '--assistant', 'slash@slash.example'], io);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0] ?? '');
    expect(result.contacts).toEqual([{ email: 'marc.dubois@acme.fr', name: 'Marc Dubois', optional: false }]);
    expect(result.type).toBe('coffee');
    expect(result.language).toBe('fr');
    expect(result.timeWindows).toEqual([{ from: '2026-03-05T07:00:00.000Z', to: '2026-03-05T11:00:00.000Z' }]);
  });

  it('reads --now, repeated --self and --flag=value forms', async () => {
    const { io, out } = fakeIo(EMAIL);
    const code = await runInterpretCommand(
      [
        '--now=2026-03-06T09:00:00+01:00',
        '--tz=Europe/Paris',
        '--self',
        'claire@martin-conseil.fr',
        '--self',
        'slash@slash.example',
      ],
      io,
    );
    expect(code).toBe(0);
    const result = JSON.parse(out[0] ?? '');
    expect(result.contacts.map((c: { email: string }) => c.email)).toEqual(['marc.dubois@acme.fr']);
    expect(result.timeWindows[0].from).toBe('2026-03-12T07:00:00.000Z');
  });

  it('exits 2 with one line on stderr and nothing on stdout for input that is not an email', async () => {
    const { io, out, err } = fakeIo('just some words, no headers at all\n');
    expect(await runInterpretCommand([], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^interpret: not an email .*\n$/);
  });

  it('exits 2 on empty input and on an unknown zone', async () => {
    const empty = fakeIo('');
    expect(await runInterpretCommand([], empty.io)).toBe(2);
    expect(empty.out).toEqual([]);
    const badZone = fakeIo(EMAIL);
    expect(await runInterpretCommand(['--tz', 'Mars/Olympus'], badZone.io)).toBe(2);
    expect(badZone.err[0]).toMatch(/--tz/);
  });
});
