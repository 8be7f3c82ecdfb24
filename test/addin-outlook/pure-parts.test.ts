/** The Outlook pane's pure parts: dialog hand-off checks, error → message + way forward, form paths. */
import { describe, expect, it } from 'vitest';
import { MEETING_TYPES as CONTRACT_MEETING_TYPES, defaultPreferences } from '@slash/shared';
import { ApiError, toApiError } from '../../addin-outlook/src/lib/api-client.js';
import { describeError } from '../../addin-outlook/src/lib/describe-error.js';
import { parseDialogMessage } from '../../addin-outlook/src/lib/dialog-message.js';
import { MEETING_TYPES, WEEKDAYS } from '../../addin-outlook/src/lib/preference-keys.js';
import { problemsByPath, setIn } from '../../addin-outlook/src/lib/preferences-form.js';
import { threadFromMessage } from '../../addin-outlook/src/lib/thread-from-message.js';

const ORIGIN = 'https://app.slash.example';
const token = 'a'.repeat(40);

describe('parseDialogMessage', () => {
  it('accepts a token from the pane origin', () => {
    expect(parseDialogMessage(JSON.stringify({ type: 'slash-token', token }), ORIGIN, ORIGIN)).toEqual({
      ok: true,
      token,
    });
  });
  it.each([
    ['another origin', JSON.stringify({ type: 'slash-token', token }), 'https://evil.example'],
    ['not JSON', 'token=abc', ORIGIN],
    ['an oversized message', JSON.stringify({ type: 'slash-token', token: 'a'.repeat(5000) }), ORIGIN],
    ['a short token', JSON.stringify({ type: 'slash-token', token: 'abc' }), ORIGIN],
    ['a wrong type', JSON.stringify({ type: 'other', token }), ORIGIN],
  ])('refuses %s', (_name, message, origin) => {
    expect(parseDialogMessage(message, origin, ORIGIN).ok).toBe(false);
  });
});

describe('describeError', () => {
  it.each([
    [toApiError(401, { code: 'link_required', detail: 'x' }), 'error.linkRequired', 'signIn'],
    [toApiError(401, { code: 'unauthorized' }), 'error.sessionExpired', 'signIn'],
    [toApiError(503, '<html>'), 'error.server', 'retry'],
    [toApiError(429, {}), 'error.rateLimited', 'retry'],
    [new ApiError({ status: 0, code: 'timeout', detail: 'timeout' }), 'error.timeout', 'retry'],
    [new ApiError({ status: 0, code: 'network', detail: 'x' }), 'error.offline', 'retry'],
    [Object.assign(new Error('blocked'), { name: 'SignInError', code: '12011' }), 'error.popupBlocked', 'signIn'],
    [Object.assign(new Error('declined'), { name: 'DialogError', code: 12009 }), 'error.dialogDeclined', 'signIn'],
    [
      Object.assign(new Error('naa'), { name: 'SignInError', code: 'native_executor_error' }),
      'error.signInFailed',
      'signIn',
    ],
  ])('maps %s', (error, key, action) => {
    expect(describeError(error)).toMatchObject({ key, action });
  });
});

describe('preferences form', () => {
  it('maps API field names to form paths and updates without mutating', () => {
    const problems = problemsByPath([
      { field: 'body.workingHours.1.0.start', message: 'must match' },
      { field: '/horizonDays', message: 'too big' },
    ]);
    expect(problems.get('workingHours.1.0.start')).toBe('must match');
    expect(problems.get('horizonDays')).toBe('too big');
    const before = { workingHours: { 1: [{ start: '09:00', end: '18:00' }] } };
    const after = setIn(before, ['workingHours', '1', 0, 'start'], '08:00');
    expect(after.workingHours[1][0]?.start).toBe('08:00');
    expect(before.workingHours[1][0]?.start).toBe('09:00');
  });
});

describe('threadFromMessage', () => {
  it('sends subject and people when the body could not be read, and strips control characters', () => {
    const thread = threadFromMessage(
      {
        subject: 'Hi\u0007there',
        from: null,
        to: [{ email: 'a@x.org', name: 'A' }],
        cc: [],
        dateIso: '2026-03-02T08:00:00.000Z',
        bodyText: '',
      },
      'me@x.org',
    );
    expect(thread).toEqual({
      subject: 'Hi there',
      messages: [
        {
          from: { email: 'me@x.org' },
          to: [{ email: 'a@x.org', name: 'A' }],
          cc: [],
          date: '2026-03-02T08:00:00.000Z',
          body: '',
        },
      ],
    });
  });
});

describe('preference keys', () => {
  it('lists the contract’s meeting types and weekdays, in its order', () => {
    expect(MEETING_TYPES).toEqual(CONTRACT_MEETING_TYPES);
    expect(WEEKDAYS).toEqual(Object.keys(defaultPreferences('Europe/Paris', 'en').workingHours));
  });
});
