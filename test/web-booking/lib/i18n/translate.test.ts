import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../../../../web-booking/src/lib/i18n/messages-en.js';
import { MESSAGES_FR } from '../../../../web-booking/src/lib/i18n/messages-fr.js';
import { pickLanguage, pickLocale, placeholdersOf, translate } from '../../../../web-booking/src/lib/i18n/translate.js';

describe('booking page messages', () => {
  it('has every English key in French and no French key missing in English', () => {
    expect(Object.keys(MESSAGES_FR).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
  });

  it('has no empty message and the same placeholders in both languages', () => {
    for (const [key, english] of Object.entries(MESSAGES_EN)) {
      const french = MESSAGES_FR[key as keyof typeof MESSAGES_EN];
      expect(english.trim(), key).not.toBe('');
      expect(french.trim(), key).not.toBe('');
      expect(placeholdersOf(french), key).toEqual(placeholdersOf(english));
    }
  });

  it('translates French for real (no English left in sentences)', () => {
    const identical = Object.keys(MESSAGES_EN).filter((key) => {
      const english = MESSAGES_EN[key as keyof typeof MESSAGES_EN];
      const words = english.replace(/\{\w+\}/g, '').match(/\p{L}{3,}/gu) ?? [];
      return english === MESSAGES_FR[key as keyof typeof MESSAGES_EN] && words.length > 1;
    });
    expect(identical).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(MESSAGES_EN, 'meeting.with', { name: 'Alice Martin' })).toBe('Meeting with Alice Martin');
    expect(translate(MESSAGES_FR, 'slots.count', { count: 12, days: 3 })).toBe('12 horaires libres sur 3 jours.');
    expect(translate(MESSAGES_EN, 'meeting.with')).toBe('Meeting with {name}');
  });
});

describe('pickLanguage', () => {
  it('takes the first browser language the page speaks', () => {
    expect(pickLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLanguage(['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(pickLanguage(['EN'])).toBe('en');
  });

  it('falls back when the browser speaks neither', () => {
    expect(pickLanguage(['de-DE', 'es'], 'fr')).toBe('fr');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('pickLocale', () => {
  it("keeps the browser's regional tag for the chosen language, else a default region", () => {
    expect(pickLocale('en', ['fr-FR', 'en-US'])).toBe('en-US');
    expect(pickLocale('fr', ['fr-BE'])).toBe('fr-BE');
    expect(pickLocale('fr', ['en-US'])).toBe('fr-FR');
    expect(pickLocale('en', ['en'])).toBe('en-GB');
  });
});
