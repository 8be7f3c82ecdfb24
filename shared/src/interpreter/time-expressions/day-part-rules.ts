import type { TimeConstraint } from './time-constraint.js';
import { rule, type ScanContext, type ScanRule } from './time-rule.js';

/** A part of the day in wall minutes `[from, to)`, with the hours the contract fixes. */
function part(fromHour: number, toHour: number): TimeConstraint {
  return { partFromMinutes: fromHour * 60, partToMinutes: toHour * 60 };
}

/** Adds "today" when the expression says so ("this morning", "tonight", "ce soir"). */
function today(constraint: TimeConstraint, context: ScanContext): TimeConstraint {
  return { ...constraint, anchorFromDay: context.today, anchorToDay: context.today + 1 };
}

/** Parts of the day, most specific first (contract: morning 08–12, late morning 10–12, midday 12–14, ...). */
const PARTS: ReadonlyArray<readonly [string, TimeConstraint]> = [
  [
    `(?:early in the morning|early mornings?|in the early hours of the morning|debut de matinee|tot le matin|le matin tot|le matin tres tot|tres tot le matin|de bon matin)`,
    part(8, 10),
  ],
  [`(?:late mornings?|fin de (?:la )?matinee|late in the morning)`, part(10, 12)],
  [`(?:mid-?mornings?|milieu de (?:la )?matinee)`, part(9, 11)],
  [
    `(?:early afternoons?|early in the afternoon|debut d'apres-?midi|debut de l'apres-?midi|debut d'aprem)`,
    part(13, 15),
  ],
  [`(?:late afternoons?|late in the afternoon|fin d'apres-?midi|fin de l'apres-?midi|fin d'aprem)`, part(16, 18)],
  [`(?:mid-?afternoons?|milieu d'apres-?midi|milieu de l'apres-?midi)`, part(14, 16)],
  [`(?:end of (?:the )?(?:business |work )?day|close of business|fin de (?:la )?journee|eod|cob)`, part(17, 20)],
  [`(?:early evenings?|debut de soiree)`, part(18, 20)],
  [`(?:late evenings?|fin de soiree)`, part(20, 22)],
  // "at lunch" and "lunchtime" are times of day; "over lunch" names the meal, the meeting's kind (no hours).
  [
    `(?:entre midi et (?:deux|2)(?:h| heures)?|lunch ?time|at lunch|around lunch|during lunch|a l'heure du dejeuner|pendant le dejeuner|heure du dejeuner|pause dejeuner|mid-?day|mid day|milieu de (?:la )?journee)`,
    part(12, 14),
  ],
  // Québec French: "avant-midi" is the morning ("avant midi", unhyphenated, is "before noon").
  [
    `(?:mornings?|avant-midis?|mornign|morni?ng?|moring|morining|matinees?|matins?|du mat|in the am|a\\.m\\.)`,
    part(8, 12),
  ],
  [
    `(?:afternoon(?:s|ish)?|after?noo?n|aftenoon|afernoon|apres-?midis?|apres midis?|aprems?|in the pm|p\\.m\\.)`,
    part(12, 18),
  ],
  [`(?:evenings?|evenign|evn?ing|evenning|soirees?|soirs?|nights?|nuits?)`, part(18, 22)],
];

/** Rules for parts of the day; "this"/"ce"/"tonight" also pin the day to today. */
export const DAY_PART_RULES: readonly ScanRule[] = [
  // "any weekday", "weekday mornings", "en semaine", "les jours ouvrés": Monday to Friday only.
  rule(
    `\\b(?:(?:any|every|on|all) )?(?:week-?days?|business days?|working days?|work days?|en semaine|(?:les |des )?jours? ouvr(?:es|ables?))\\b`,
    (): TimeConstraint => ({ isWorkdayOnly: true }),
  ),
  rule(`\\b(?:tonight|tonite|ce soir|cette nuit)\\b`, (_m, context) => today(part(18, 22), context)),
  rule(`\\b(?:late tonight|late tonite)\\b`, (_m, context) => today(part(20, 22), context)),
  ...PARTS.map(([source, constraint]) =>
    rule(`\\b(this |ce |cet |cette )?${source}\\b`, (m, context) =>
      m[1] === undefined ? constraint : today(constraint, context),
    ),
  ),
];
