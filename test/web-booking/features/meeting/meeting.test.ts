import { describe, expect, it } from 'vitest';
import { durationMessage, meetingKindKey } from '../../../../web-booking/src/features/meeting/meeting.js';
import { parseRoute } from '../../../../web-booking/src/route.js';

describe('durationMessage', () => {
  it('reads minutes, whole hours and hours with minutes', () => {
    expect(durationMessage(45)).toEqual({ key: 'meeting.durationMinutes', params: { minutes: 45 } });
    expect(durationMessage(60)).toEqual({ key: 'meeting.durationHours', params: { hours: 1 } });
    expect(durationMessage(90)).toEqual({ key: 'meeting.durationHoursMinutes', params: { hours: 1, minutes: 30 } });
  });
});

describe('meetingKindKey', () => {
  it('names known kinds and leaves unknown ones to be shown as sent', () => {
    expect(meetingKindKey('coffee')).toBe('meeting.kind.coffee');
    expect(meetingKindKey('picnic')).toBeUndefined();
  });
});

describe('parseRoute', () => {
  it('reads booking and manage tokens from the path', () => {
    expect(parseRoute('/b/abc_DEF-123')).toEqual({ page: 'booking', token: 'abc_DEF-123' });
    expect(parseRoute('/m/xyz/')).toEqual({ page: 'manage', token: 'xyz' });
  });

  it('refuses other paths and tokens with characters a link token never has', () => {
    expect(parseRoute('/')).toEqual({ page: 'unknown' });
    expect(parseRoute('/b/')).toEqual({ page: 'unknown' });
    expect(parseRoute('/b/a/b')).toEqual({ page: 'unknown' });
    expect(parseRoute('/x/abc')).toEqual({ page: 'unknown' });
  });
});
