import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/src/interpreter/detect-language.js';
import { detectMeetingType } from '../../../shared/src/interpreter/detect-meeting-type.js';
import { extractDuration } from '../../../shared/src/interpreter/extract-duration.js';
import { detectIntent } from '../../../shared/src/interpreter/detect-intent.js';

describe('detectLanguage', () => {
  it.each([
    ['Dispo jeudi ?', 'fr'],
    ['Lunch Tue?', 'en'],
    ['On se voit la semaine prochaine', 'fr'],
    ['Could we meet next week?', 'en'],
    ['Un café ?', 'fr'],
    ['Are you free for a call?', 'en'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage([text]).language).toBe(language);
  });
});

describe('detectMeetingType', () => {
  const read = (text: string, isQuebec = false): string => detectMeetingType([text], { subject: '', isQuebec }).type;
  it.each([
    ['Quick call tomorrow?', 'call'],
    ['A Zoom call on Friday?', 'video'],
    ['Une visio jeudi ?', 'video'],
    ['Lunch next Tuesday?', 'lunch'],
    ['Un déjeuner mardi ?', 'lunch'],
    ['Un petit-déjeuner mardi ?', 'breakfast'],
    ['Un verre jeudi ?', 'drinks'],
    ['Un apéro ?', 'drinks'],
    ['Prenons un café', 'coffee'],
    ["Let's do a call instead of lunch", 'call'],
    ['Can we meet next week?', 'meeting'],
    ['Dîner au Café de Flore ?', 'dinner'],
    ['On se voit jeudi ?', 'meeting'],
  ])('reads %j as %s', (text, type) => {
    expect(read(text)).toBe(type);
  });

  it('reads Québec meal names (déjeuner = breakfast, dîner = lunch, souper = dinner)', () => {
    expect(read('Un dîner jeudi?', true)).toBe('lunch');
    expect(read('Un souper vendredi?', true)).toBe('dinner');
    expect(read('Un déjeuner avant le bureau?', true)).toBe('breakfast');
  });

  it('lets the newest message decide over quoted history', () => {
    expect(
      detectMeetingType(['Better on Teams, actually.', 'Lunch on Friday?'], { subject: '', isQuebec: false }).type,
    ).toBe('video');
    expect(detectMeetingType(['Friday works!', 'Lunch on Friday?'], { subject: '', isQuebec: false }).type).toBe(
      'lunch',
    );
  });
});

describe('extractDuration', () => {
  it.each([
    ['a 30 min call', 30],
    ['une heure', 60],
    ['pour 1h30', 90],
    ['half an hour tomorrow', 30],
    ['quinze minutes lundi', 15],
    ['an hour and a half', 90],
    ['une heure et demie', 90],
    ['a 45-minute Zoom', 45],
    ['une réunion de 2h', 120],
    ['jeudi 14h30', null],
    ['at 1h30 on Monday', null],
    ['in 30 minutes', null],
    ['8 heures ce soir', null],
    ['15 minutes past 3pm', null],
    ['Mercredi à partir de 14h.', null],
    ['lunch on Friday', null],
    // A length announced by a verb or an approximation ("approx 1 hour", "Prévois une heure").
    ['We will need approximately 2 hours.', 120],
    ['It should require roughly 1 hour', 60],
    ['Prévoyez deux heures.', 120],
    ['Comptez 1h30 pour la visite.', 90],
    ['approx 3pm', null],
    ['vers 2 heures', null],
    // A length after a dash or a "keep it to" ("walk through it - 45 minutes"); a range of minutes is not one.
    ['Tuesday works - could we keep it to 30 minutes?', 30],
    ['Let us review the plan - 45 minutes.', 45],
    ['Between 10-45 minutes', null],
  ])('reads %j as %s', (text, minutes) => {
    expect(extractDuration([text]).durationMinutes).toBe(minutes);
  });
});

describe('detectIntent', () => {
  it.each([
    [['Could we reschedule our call to Friday?'], 'reschedule'],
    [["I'm sorry, I have to cancel our meeting."], 'cancel'],
    [['Je dois annuler notre rendez-vous.'], 'cancel'],
    [['Pourrait-on décaler à jeudi ?'], 'reschedule'],
    [['Coffee next week?'], 'schedule'],
    [['Thanks for the deck.'], 'other'],
    [["I need to cancel tomorrow's call. Could we do Friday instead?"], 'reschedule'],
    // A thanks or an invoice for a meal that took place closes the thread, whatever the history proposed.
    [['Thanks again for lunch yesterday, I will send the deck on Friday.', 'Lunch on Tuesday at noon?'], 'other'],
    [['Un grand merci pour ce dîner, à très vite.', 'Un dîner jeudi ?'], 'other'],
    [['Please find attached the invoice for the private room.', 'Could you send the invoice?'], 'other'],
    [['Thanks for the lunch invite! Thursday works.'], 'schedule'],
    // Something else than the meeting cancelled; a weekday "instead of" moves the meeting.
    [['Mon train est annulé, on fait ça par téléphone plutôt ?', 'Déjeuner vendredi ?'], 'schedule'],
    [['Instead of Thursday, can we meet tomorrow?', 'Confirming Thursday at 10.'], 'reschedule'],
    [["I need to push Monday's breakfast. Wednesday instead?"], 'reschedule'],
    [['Avec la neige, je préfère éviter de me déplacer : en visio plutôt ?', 'Réunion jeudi ?'], 'schedule'],
    [['Désolée, mercredi ne va finalement plus être possible. Jeudi ?', 'Café mercredi à 9h.'], 'reschedule'],
    [['We had to call off the gala, so coffee this week?'], 'schedule'],
    [['I have to call off the meeting, sorry.'], 'cancel'],
    // A client asking to move one of their own meetings (#9, by email).
    [['Please move my 11am call with Helen to Thursday.'], 'reschedule'],
    [['Could you push my lunch with Sam to next week?'], 'reschedule'],
    // Looking back on a meeting that took place asks for nothing; what the writer will send next is no request.
    [["Great catching up this morning, I'll send the numbers next week.", 'Coffee on Tuesday?'], 'other'],
    [["Ravi de notre échange de ce matin, je t'envoie le devis la semaine prochaine."], 'other'],
    [["Thanks for your time today, I'll send the proposal by Friday."], 'other'],
    [['Great to catch up today. Could we meet again next week?'], 'schedule'],
    [['Je ne pourrai finalement pas jeudi. Que diriez-vous de vendredi ?'], 'reschedule'],
  ])('reads %j as %s', (texts, intent) => {
    expect(detectIntent(texts, '').intent).toBe(intent);
  });
});
