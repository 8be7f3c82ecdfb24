import { describe, expect, it } from 'vitest';
import { splitQuotedHistory } from '../../../../shared/src/interpreter/message/split-quoted-history.js';

const TZ = 'Europe/Paris';
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('splitQuotedHistory', () => {
  it.each([
    ['Gmail EN', 'On Tue, Mar 3, 2026 at 10:02 AM Ann Lee <ann@x.example> wrote:', '2026-03-03T09:02:00.000Z'],
    ['Gmail FR', 'Le mar. 3 mars 2026 à 10:02, Ann Lee <ann@x.example> a écrit :', '2026-03-03T09:02:00.000Z'],
    ['Apple EN', 'On 3 Mar 2026, at 10:02, Ann Lee <ann@x.example> wrote:', '2026-03-03T09:02:00.000Z'],
    ['Apple FR', 'Le 3 mars 2026 à 10:02, Ann Lee <ann@x.example> a écrit :', '2026-03-03T09:02:00.000Z'],
    ['Gmail EN wrapped', 'On Tue, Mar 3, 2026 at 2:15 PM Ann Lee <\nann@x.example> wrote:', '2026-03-03T13:15:00.000Z'],
  ])('reads the author and date of a %s attribution', (_name, attribution, date) => {
    const body = `Thursday works.\n\n${attribution}\n> Lunch next week?\n>\n> Ann`;
    const split = splitQuotedHistory(body, TZ);
    expect(split.ownText.trim()).toBe('Thursday works.');
    expect(split.history).toHaveLength(1);
    expect(split.history[0]?.from?.email).toBe('ann@x.example');
    expect(iso(split.history[0]?.dateMs ?? null)).toBe(date);
    expect(split.history[0]?.body).toContain('Lunch next week?');
  });

  it.each([
    [
      'Outlook EN',
      '________________________________\nFrom: Ann Lee <ann@x.example>\nSent: Tuesday, March 3, 2026 10:02 AM\nTo: Bob <bob@y.example>\nCc: Carl <carl@y.example>\nSubject: Lunch',
    ],
    [
      'Outlook FR',
      '________________________________\nDe : Ann Lee <ann@x.example>\nEnvoyé : mardi 3 mars 2026 10:02\nÀ : Bob <bob@y.example>\nCc : Carl <carl@y.example>\nObjet : Déjeuner',
    ],
    [
      'Original Message',
      '-----Original Message-----\nFrom: Ann Lee [mailto:ann@x.example]\nSent: Tuesday, March 3, 2026 10:02 AM\nTo: Bob <bob@y.example>\nCc: Carl <carl@y.example>\nSubject: Lunch',
    ],
  ])('reads the people and date of an %s header block', (_name, header) => {
    const split = splitQuotedHistory(`Ok for me.\n\n${header}\n\nLunch next week?\nAnn`, TZ);
    expect(split.ownText.trim()).toBe('Ok for me.');
    const [quoted] = split.history;
    expect(quoted?.origin).toBe('quoted');
    expect(quoted?.from?.email).toBe('ann@x.example');
    expect(quoted?.to.map((p) => p.email)).toEqual(['bob@y.example']);
    expect(quoted?.cc.map((p) => p.email)).toEqual(['carl@y.example']);
    expect(iso(quoted?.dateMs ?? null)).toBe('2026-03-03T09:02:00.000Z');
  });

  it.each([
    [
      '---------- Forwarded message ---------\nFrom: Ann <ann@x.example>\nDate: Tue, Mar 3, 2026 at 10:02 AM\nSubject: Hi\nTo: Bob <bob@y.example>',
    ],
    [
      'Début du message réexpédié :\n\nDe: Ann <ann@x.example>\nObjet: Salut\nDate: 3 mars 2026 à 10:02:00\nÀ: Bob <bob@y.example>',
    ],
    [
      '-------- Message transféré --------\nSujet : Salut\nDate : mar. 03/03/2026 10:02\nDe : Ann <ann@x.example>\nPour : Bob <bob@y.example>',
    ],
  ])('marks forwarded messages as forwarded (%#)', (header) => {
    const split = splitQuotedHistory(`Please handle this.\n\n${header}\n\nCoffee next week?`, TZ);
    expect(split.history[0]?.origin).toBe('forwarded');
    expect(split.history[0]?.from?.email).toBe('ann@x.example');
    expect(iso(split.history[0]?.dateMs ?? null)).toBe('2026-03-03T09:02:00.000Z');
    expect(split.history[0]?.body.trim()).toBe('Coffee next week?');
  });

  it('unfolds nested quotes into one message per level, newest first', () => {
    const body = [
      'Wednesday then.',
      '',
      'On Tue, Mar 3, 2026 at 10:00 AM Bob <bob@y.example> wrote:',
      '> Wednesday or Thursday?',
      '>',
      '> On Mon, Mar 2, 2026 at 9:00 AM Ann <ann@x.example> wrote:',
      '>> Can we meet this week?',
    ].join('\n');
    const split = splitQuotedHistory(body, TZ);
    expect(split.history.map((m) => m.from?.email)).toEqual(['bob@y.example', 'ann@x.example']);
    expect(split.history[1]?.body.trim()).toBe('Can we meet this week?');
  });

  it.each([
    ['Le jeudi me va, plutôt en fin de matinée.', 'Le lun. 3 mai 2027 à 09:00, Maya <maya@c.example> a écrit :'],
    ['On Thursday I can do 2pm.', 'On Mon, May 3, 2027 at 9:00 AM Maya <maya@c.example> wrote:'],
  ])('keeps a reply that opens like an attribution ("%s") as the author\'s own text', (reply, attribution) => {
    const split = splitQuotedHistory(`${reply}\n\n${attribution}\n> Wednesday or Thursday?`, TZ);
    expect(split.ownText.trim()).toBe(reply);
    expect(split.history).toHaveLength(1);
    expect(split.history[0]?.from?.email).toBe('maya@c.example');
  });

  it("keeps a bottom-posted reply as the author's own text", () => {
    const split = splitQuotedHistory('> Lunch on Friday?\n\nYes, Friday works.', TZ);
    expect(split.ownText.trim()).toBe('Yes, Friday works.');
    expect(split.history[0]?.body.trim()).toBe('Lunch on Friday?');
  });

  it('leaves a body without history untouched', () => {
    expect(splitQuotedHistory('On second thought, lunch is better.', TZ)).toEqual({
      ownText: 'On second thought, lunch is better.',
      history: [],
    });
  });
});
