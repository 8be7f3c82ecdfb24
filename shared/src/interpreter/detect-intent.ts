/**
 * Reads what a request asks for: schedule a new meeting, move one, cancel one,
 * or nothing scheduling-related. The newest message with a cue decides.
 */
import type { InterpretationIntent } from '../contracts/interpretation.js';

const L = '(?<![\\p{L}])';
const CANCEL = new RegExp(
  `${L}(cancel|cancelled|canceled|cancelling|call off|calling off|won't be able to make it|can no longer make it|can't make it anymore|no longer need|annuler|annule|annulons|annulé|annulée|annulation|contraint d'annuler|contrainte d'annuler|plus besoin|ne pourrai finalement pas)`,
  'iu',
);
const RESCHEDULE = new RegExp(
  `${L}(reschedule|rescheduling|re-schedule|move our|move the|moving our|push (?:it|our|the|back)|postpone|another time|another day|different time|new time|change the time|bump|décaler|décalons|déplacer|déplaçons|reporter|reportons|repousser|changer l'heure|un autre créneau|une autre date|un autre jour|un empêchement|avancer notre|avancer le|no longer works|doesn't work anymore|does not work anymore|won't work after all|ne marche plus|ne me convient plus|ne m'arrange plus|finalement pas possible)`,
  'iu',
);
const SCHEDULE = new RegExp(
  `${L}(meet|meeting|schedule|book|set up|find a time|find time|time to|availability|available|free|slot|catch up|catch-up|get together|call|chat|coffee|lunch|dinner|breakfast|drinks|zoom|teams|visio|dispo|disponible|disponibilités|créneau|rendez-vous|rdv|réunion|rencontrer|se voir|caler|planifier|organiser|déjeuner|dîner|café|verre|appel|échanger|point|works for|would work|how about|what about|does .* work|convient|ça vous va|pourrions|pourriez)`,
  'iu',
);
// A "cancel" that only proposes another time is a reschedule ("cancel Tuesday, can we do Thursday instead?").
const NEW_TIME_OFFERED = /(instead|plutôt|à la place|how about|what about|would .* work|est-ce que .* (irait|convient)|can we do|pouvons-nous|pourrait-on|on peut|let's do|faisons)/i;

function changeOf(text: string): InterpretationIntent | undefined {
  if (CANCEL.test(text)) return NEW_TIME_OFFERED.test(text) ? 'reschedule' : 'cancel';
  return RESCHEDULE.test(text) ? 'reschedule' : undefined;
}

/**
 * The intent of a thread, `texts` newest first, with the subject as a last resort.
 * A move or cancellation asked anywhere in the thread frames the whole exchange;
 * a cancellation followed by a newer scheduling message is a reschedule.
 */
export function detectIntent(texts: readonly string[], subject: string): { intent: InterpretationIntent; confidence: number } {
  for (const [position, text] of texts.entries()) {
    const change = changeOf(text);
    if (change === undefined) continue;
    const isFollowedByScheduling = texts.slice(0, position).some((newer) => SCHEDULE.test(newer));
    const intent = change === 'cancel' && isFollowedByScheduling ? 'reschedule' : change;
    return { intent, confidence: position === 0 ? 0.88 : 0.72 };
  }
  if (texts.some((text) => SCHEDULE.test(text))) return { intent: 'schedule', confidence: SCHEDULE.test(texts[0] ?? '') ? 0.88 : 0.75 };
  const fromSubject = changeOf(subject) ?? (SCHEDULE.test(subject) ? 'schedule' : undefined);
  return fromSubject ? { intent: fromSubject, confidence: 0.6 } : { intent: 'other', confidence: 0.55 };
}
