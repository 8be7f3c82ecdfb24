import { describe, expect, it } from 'vitest';
import {
  formatDateTimeRange,
  formatDayHeading,
  formatTime,
  formatZoneName,
  formatZoneOffset,
  isValidTimeZone,
  listTimeZones,
  localDayKey,
} from '../../../web-booking/src/lib/format-datetime.js';

const at = (iso: string) => Date.parse(iso);
// Intl separates some parts with narrow no-break spaces; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('format-datetime', () => {
  it('gives the local calendar day of an instant in a zone', () => {
    expect(localDayKey(at('2026-03-10T23:30:00Z'), 'Europe/Paris')).toBe('2026-03-11');
    expect(localDayKey(at('2026-03-10T23:30:00Z'), 'Pacific/Honolulu')).toBe('2026-03-10');
    expect(localDayKey(at('2026-03-10T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-03-11');
  });

  it('formats a day heading as that calendar date whatever the zone', () => {
    expect(formatDayHeading('2026-03-02', 'en-GB')).toBe('Monday 2 March');
    expect(formatDayHeading('2026-03-02', 'fr-FR')).toBe('lundi 2 mars');
  });

  it('shows wall-clock times in the zone and the locale clock, across DST', () => {
    expect(formatTime(at('2026-03-27T08:00:00Z'), { locale: 'fr-FR', timeZone: 'Europe/Paris' })).toBe('09:00');
    expect(formatTime(at('2026-03-30T08:00:00Z'), { locale: 'fr-FR', timeZone: 'Europe/Paris' })).toBe('10:00');
    expect(plain(formatTime(at('2026-03-30T13:30:00Z'), { locale: 'en-US', timeZone: 'America/New_York' }))).toBe(
      '9:30 AM',
    );
  });

  it('formats a meeting span with its day', () => {
    const text = formatDateTimeRange(at('2026-03-02T09:00:00Z'), at('2026-03-02T09:45:00Z'), {
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
    // ICU versions differ on the comma after the weekday; the parts are what matters.
    expect(text).toMatch(/^Monday,? 2 March 2026, 09:00 – 09:45$/);
  });

  it('shows the zone offset valid at an instant (winter and summer)', () => {
    expect(formatZoneOffset('Europe/Paris', at('2026-01-15T12:00:00Z'), 'en-GB')).toBe('GMT+1');
    expect(formatZoneOffset('Europe/Paris', at('2026-07-15T12:00:00Z'), 'en-GB')).toBe('GMT+2');
    expect(formatZoneOffset('Asia/Kolkata', at('2026-07-15T12:00:00Z'), 'en-GB')).toBe('GMT+5:30');
  });

  it('knows the IANA zones and rejects names that are not zones', () => {
    const zones = listTimeZones();
    expect(zones).toContain('Europe/Paris');
    expect(zones).toContain('UTC');
    expect([...zones].sort()).toEqual(zones);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('spells zone names with spaces', () => {
    expect(formatZoneName('America/Port_of_Spain')).toBe('America / Port of Spain');
  });
});
