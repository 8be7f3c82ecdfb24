/**
 * Study aid: `npx tsx test/shared/interpreter/read-one-message.ts <zone> "<local now>" "<text>"` prints the intent,
 * type, place and the windows read from a one-message email, in local time ("\n" in the text is a line break).
 */
import { interpretMessage } from '../../../shared/src/index.js';
import { localToMs } from './corpus/corpus-case.js';

const [tz = 'Europe/Paris', now = '2027-03-01 09:00', ...rest] = process.argv.slice(2);
const text = rest.join(' ');
const iso = new Date(localToMs(now, tz)).toISOString();
const eml = `From: A <a@x.example>\r\nTo: B <b@y.example>\r\nSubject: Meeting\r\nDate: ${new Date(iso).toUTCString()}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text.replace(/\\n/g, '\n')}\r\n`;
const local = (s: string | null): string =>
  s === null ? 'open' : new Date(s).toLocaleString('sv-SE', { timeZone: tz }).slice(0, 16);
const r = await interpretMessage(eml, { timeZone: tz, now: iso });
console.log('intent', r.intent, 'type', r.type, 'loc', r.location?.text ?? null);
console.log('when:', r.timeWindows.map((w) => `${local(w.from)}..${local(w.to)}`).join(' | '));
console.log('excl:', r.excluded.map((w) => `${local(w.from)}..${local(w.to)}`).join(' | '));
