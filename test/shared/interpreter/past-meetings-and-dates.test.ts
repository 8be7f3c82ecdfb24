/**
 * Category tests (sentences invented for the rules): a past meeting named in passing (an invoice, a
 * polite request for a document) asks for nothing, and a weekday with a day number before a part of
 * day ("lundi 23 après-midi") is the next such date, not a month read out of "après".
 */
import { describe, expect, it } from 'vitest';
import { interpretThread, resolveTimeExpressions } from '../../../shared/src/index.js';

const CLIENT = { email: 'client@home.example', name: 'Claire Client' };
const SUPPLIER = { email: 'billing@supplier.example', name: 'Billing' };

function readOne(body: string): ReturnType<typeof interpretThread> {
  return interpretThread(
    { subject: 'Invoice', messages: [{ from: SUPPLIER, to: [CLIENT], date: '2026-05-04T09:00:00Z', body }] },
    { timeZone: 'Europe/Paris', self: [CLIENT.email] },
  );
}

describe('a past meeting named in passing', () => {
  it.each([
    'Please find attached invoice 88-12 related to our meeting on April 20.',
    'Veuillez trouver ci-joint la facture 88-12 relative à notre réunion du 20 avril.',
    "Ci-joint la facture afférente à notre rendez-vous du 20 avril. Pourriez-vous m'en accuser réception ?",
  ])('%j is not a request', (body) => {
    const result = readOne(body);
    expect(result.intent).toBe('other');
    expect(result.type).toBeNull();
    expect(result.timeWindows).toEqual([]);
  });
});

describe('a weekday and day number before a part of day', () => {
  // Wednesday 18 November 2026, 11:00 in Paris.
  const nowMs = Date.parse('2026-11-18T10:00:00Z');
  const read = (text: string, language: 'en' | 'fr') =>
    resolveTimeExpressions(text, { nowMs, timeZone: 'Europe/Paris', language }).timeWindows;

  it.each([
    ['Le lundi 23 après-midi ?', 'fr', '2026-11-23T11:00:00Z', '2026-11-23T17:00:00Z'],
    ['Jeudi 26 apres-midi, ça irait ?', 'fr', '2026-11-26T11:00:00Z', '2026-11-26T17:00:00Z'],
    ['Friday 27 afternoon?', 'en', '2026-11-27T11:00:00Z', '2026-11-27T17:00:00Z'],
  ] as const)('%j is that day of the coming weeks', (text, language, from, to) => {
    expect(read(text, language)).toEqual([{ fromMs: Date.parse(from), toMs: Date.parse(to) }]);
  });

  it('still reads abbreviated months ("le 3 avr.", "Apr 3")', () => {
    const april3 = [{ fromMs: Date.parse('2027-04-02T22:00:00Z'), toMs: Date.parse('2027-04-03T22:00:00Z') }];
    expect(read('le 3 avr.', 'fr')).toEqual(april3);
    expect(read('Apr 3', 'en')).toEqual(april3);
  });
});

describe('a full month name followed by a full stop', () => {
  // Wednesday 4 March 2026, 10:00 in Paris.
  const nowMs = Date.parse('2026-03-04T09:00:00Z');
  const read = (text: string, language: 'en' | 'fr') =>
    resolveTimeExpressions(text, { nowMs, timeZone: 'Europe/Paris', language }).timeWindows;
  const day = (from: string, to: string) => ({ fromMs: Date.parse(from), toMs: Date.parse(to) });

  it.each([
    ['On se voit le 17 mars. Jeudi, je ne peux pas.', 'fr'],
    ['See you on 17 March. Thursday is a holiday here.', 'en'],
  ] as const)("%j ends the sentence: the next weekday is not that date's", (text, language) => {
    expect(read(text, language)[0]).toEqual(day('2026-03-16T23:00:00Z', '2026-03-17T23:00:00Z'));
  });

  it('keeps an abbreviation dot inside the date ("le 3 avr. à 10h")', () => {
    expect(read('le 3 avr. à 10h', 'fr')).toEqual([day('2026-04-03T08:00:00Z', '2026-04-03T08:00:00Z')]);
  });
});
