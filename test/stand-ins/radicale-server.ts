/**
 * A real Radicale CalDAV server (Debian `radicale`) for connector tests: a free port on 127.0.0.1,
 * storage in a temporary folder, htpasswd (plain) users so wrong passwords are really refused.
 * `makeCalendar` creates a calendar collection (MKCALENDAR, RFC 4791 §5.3.1) with a zone.
 * `setPassword` rewrites the htpasswd file: Radicale reads it on every request, so credentials
 * Slash stored earlier are refused from then on (a password changed or revoked after connecting).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running Radicale. */
export interface RadicaleServer {
  readonly url: string;
  /** Creates `/<user>/<name>/` as a VEVENT calendar whose calendar-timezone is `timeZone`. */
  makeCalendar(user: { username: string; password: string }, name: string, timeZone: string): Promise<string>;
  /** Changes (or sets) a user's password; takes effect on the next request. */
  setPassword(username: string, password: string): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`radicale exited: ${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`radicale did not answer: ${output()}`);
}

/** Starts Radicale with the given users (`username:password`, plain htpasswd). */
export async function startRadicale(users: readonly { username: string; password: string }[]): Promise<RadicaleServer> {
  const folder = await mkdtemp(join(tmpdir(), 'slash-radicale-'));
  const htpasswd = join(folder, 'users');
  const passwords = new Map(users.map((u) => [u.username, u.password]));
  const writeUsers = () =>
    writeFile(htpasswd, [...passwords].map(([username, password]) => `${username}:${password}`).join('\n'));
  await writeUsers();
  const port = await freePort();
  const args = [
    '--server-hosts',
    `127.0.0.1:${port}`,
    '--storage-filesystem-folder',
    join(folder, 'collections'),
    '--auth-type',
    'htpasswd',
  ];
  args.push(
    '--auth-htpasswd-filename',
    htpasswd,
    '--auth-htpasswd-encryption',
    'plain',
    '--rights-type',
    'owner_only',
    '--logging-level',
    'warning',
  );
  // An empty config file list: no system or user configuration leaks into the test server.
  const child = spawn('radicale', ['--config', '', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, () => output);
  return {
    url,
    async makeCalendar(user, name, timeZone) {
      const authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
      const vtimezone = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slash tests//EN\r\nBEGIN:VTIMEZONE\r\nTZID:${timeZone}\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n`;
      const body = `<?xml version="1.0" encoding="utf-8"?>
<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>
<D:displayname>${name}</D:displayname>
<C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>
<C:calendar-timezone><![CDATA[${vtimezone}]]></C:calendar-timezone>
</D:prop></D:set></C:mkcalendar>`;
      const path = `/${user.username}/${name.toLowerCase()}/`;
      // Radicale creates the principal collection on the first authenticated PROPFIND.
      await fetch(`${url}/${user.username}/`, { method: 'PROPFIND', headers: { authorization, depth: '0' } });
      const response = await fetch(`${url}${path}`, {
        method: 'MKCALENDAR',
        headers: { authorization, 'content-type': 'application/xml' },
        body,
      });
      if (response.status !== 201) throw new Error(`MKCALENDAR answered ${response.status}: ${await response.text()}`);
      return `${url}${path}`;
    },
    async setPassword(username, password) {
      passwords.set(username, password);
      await writeUsers();
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
