import { describe, expect, it } from 'vitest';
import { compactContactDetails, freshSlotsOf } from '../../../../web-booking/src/features/booking-link/api.js';
import {
  EMPTY_CONTACT_FORM,
  isAcceptableEmail,
} from '../../../../web-booking/src/features/booking-link/contact-fields.js';
import { initialTimeZone } from '../../../../web-booking/src/features/booking-link/initial-time-zone.js';

describe('compactContactDetails', () => {
  it('sends nothing when the contact left every field empty', () => {
    expect(compactContactDetails({ ...EMPTY_CONTACT_FORM, company: '   ' })).toBeUndefined();
  });

  it('trims the filled fields and leaves out the blank ones', () => {
    expect(compactContactDetails({ ...EMPTY_CONTACT_FORM, firstName: ' Léa ', email: 'lea@example.fr' })).toEqual({
      firstName: 'Léa',
      email: 'lea@example.fr',
    });
  });
});

describe('freshSlotsOf', () => {
  it('reads the fresh slots of a 409 problem and ignores malformed entries', () => {
    const body = {
      status: 409,
      slots: [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T09:30:00Z' }, { start: 1 }, null],
    };
    expect(freshSlotsOf(body)).toEqual([{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T09:30:00Z' }]);
  });

  it('says when the problem carries no slots', () => {
    expect(freshSlotsOf({ status: 409 })).toBeUndefined();
  });
});

describe('isAcceptableEmail', () => {
  it('accepts an empty field (it is optional) and an address, refuses other text', () => {
    expect(isAcceptableEmail('')).toBe(true);
    expect(isAcceptableEmail(' lea@example.fr ')).toBe(true);
    expect(isAcceptableEmail('lea@example')).toBe(false);
    expect(isAcceptableEmail('not an email')).toBe(false);
  });
});

describe('initialTimeZone', () => {
  it("prefers the browser's zone, then the contact's recorded zone, then UTC", () => {
    expect(initialTimeZone('America/New_York', 'Europe/Paris')).toBe('America/New_York');
    expect(initialTimeZone(undefined, 'Europe/Paris')).toBe('Europe/Paris');
    expect(initialTimeZone('Not/AZone', 'Also/Not')).toBe('UTC');
    expect(initialTimeZone(undefined, null)).toBe('UTC');
  });
});
