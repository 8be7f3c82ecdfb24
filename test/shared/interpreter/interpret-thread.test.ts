import { describe, expect, it } from 'vitest';
import { InterpretationSchema, interpretMessage, interpretThread, NotAnEmailError } from '../../../shared/src/index.js';
import Value from 'typebox/value';

const THREAD = {
  subject: 'Re: Lunch',
  messages: [
    {
      from: { email: 'David@Northwind.example', name: 'David Miller' },
      to: [{ email: 'ann@acme.example', name: 'Ann Lee' }],
      date: '2026-03-02T09:00:00Z',
      body: 'Ann, lunch on Tuesday or Wednesday next week?\n\nDavid',
    },
    {
      from: { email: 'ann@acme.example', name: 'Ann Lee' },
      to: [{ email: 'david@northwind.example' }],
      cc: [{ email: 'paul@acme.example', name: 'Paul Smith' }],
      date: '2026-03-03T10:00:00Z',
      body: 'Wednesday works. Paul will join if he can.\n\nAnn\n\nOn Mon, Mar 2, 2026 at 9:00 AM David Miller <david@northwind.example> wrote:\n> Ann, lunch on Tuesday or Wednesday next week?',
    },
  ],
};

describe('interpretThread', () => {
  it('reads an add-in thread newest first: contacts, optional people, kind and intersected windows', () => {
    const result = interpretThread(THREAD, { timeZone: 'Europe/London', self: ['david@northwind.example'] });
    expect(Value.Check(InterpretationSchema, result)).toBe(true);
    expect(result.contacts).toEqual([
      { email: 'ann@acme.example', name: 'Ann Lee', optional: false },
      { email: 'paul@acme.example', name: 'Paul Smith', optional: true },
    ]);
    expect(result.type).toBe('lunch');
    expect(result.timeWindows).toEqual([{ from: '2026-03-11T00:00:00.000Z', to: '2026-03-12T00:00:00.000Z' }]);
  });

  it('never mutates its input', () => {
    const copy = structuredClone(THREAD);
    interpretThread(THREAD, { timeZone: 'Europe/London' });
    expect(THREAD).toEqual(copy);
  });

  it('rejects an unknown time zone with a RangeError', () => {
    expect(() => interpretThread(THREAD, { timeZone: 'Nowhere/Land' })).toThrow(RangeError);
  });
});

describe('interpretMessage', () => {
  it('rejects input that is not an email with NotAnEmailError', async () => {
    await expect(interpretMessage('hello, is it me you are looking for?')).rejects.toBeInstanceOf(NotAnEmailError);
  });

  it('decodes multipart messages and ignores attachments', async () => {
    const raw = [
      'From: Ann Lee <ann@acme.example>',
      'To: David Miller <david@northwind.example>',
      'Subject: Coffee',
      'Date: Tue, 03 Mar 2026 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: multipart/alternative; boundary="b2"',
      '',
      '--b2',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Un caf=E9 jeudi matin ?',
      '',
      '--b2',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Un caf&eacute; jeudi matin ?</p>',
      '--b2--',
      '',
      '--b1',
      'Content-Type: text/calendar; name="invite.ics"',
      'Content-Disposition: attachment; filename="invite.ics"',
      '',
      'BEGIN:VCALENDAR\r\nSUMMARY:Lunch on Friday at noon\r\nEND:VCALENDAR',
      '--b1--',
      '',
    ].join('\r\n');
    const result = await interpretMessage(raw, { timeZone: 'Europe/Paris', self: ['david@northwind.example'] });
    expect(result.type).toBe('coffee');
    expect(result.language).toBe('fr');
    expect(result.timeWindows).toEqual([{ from: '2026-03-05T07:00:00.000Z', to: '2026-03-05T11:00:00.000Z' }]);
  });
});
