/**
 * The homepage's preferences card and its form: every scalar preference, working hours per weekday
 * as text ("09:00-12:00, 14:00-18:00"), each meeting type's duration, addresses, contact means, guest
 * instructions, travel times and follow-ups by email (an empty spacing is the automatic one). Saved with PUT (a subset of the document is allowed); the API's
 * 400 field problems show as hints under the fields they name.
 */
import type { Preferences } from '@slash/shared';
import type { CardModel, Widget } from './card-model.js';
import { words } from './i18n.js';
import { MEETING_TYPES, WEEKDAYS } from './preference-keys.js';

const DAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  fr: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
};

/** Form field name → document path (dotted, as the API names fields after `body.`). */
const SCALARS = ['timeZone', 'proposalCount', 'horizonDays', 'minimumNoticeMinutes', 'maxMeetingsPerDay'] as const;
const TEXTS = [
  'addresses.office',
  'addresses.home',
  'contactMeans.phone',
  'contactMeans.conferenceNumber',
  'contactMeans.videoLink',
  'guestInstructions.floor',
  'guestInstructions.doorCode',
  'guestInstructions.notes',
] as const;
const TRAVEL = ['samePlace', 'sameCity', 'elsewhere', 'unknown'] as const;
const FOLLOW_UPS = ['followUps.count', 'followUps.spacingDays'] as const;

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], value);
const show = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** An input with `hint` (what an empty value means), unless it already shows a problem there. */
const withHint = (widget: Widget, hint: string): Widget =>
  widget.kind === 'input' && widget.hint === undefined ? { ...widget, hint } : widget;

export function intervalsText(intervals: { start: string; end: string }[]): string {
  return intervals.map((i) => `${i.start}-${i.end}`).join(', ');
}

export function buildPreferencesCard(
  prefs: Preferences,
  options: { language: string; problems?: Record<string, string>; saved?: boolean },
): CardModel {
  const w = words(options.language);
  const problems = options.problems ?? {};
  const days = options.language.toLowerCase().startsWith('fr') ? DAYS.fr : DAYS.en;
  const input = (name: string, label: string, value: string): Widget => ({
    kind: 'input',
    name,
    label,
    value,
    ...(problems[name] ? { hint: `⚠ ${problems[name]}` } : {}),
  });
  const banner: Widget[] = options.saved
    ? [{ kind: 'text', text: w.saved }]
    : Object.keys(problems).length > 0
      ? [{ kind: 'text', text: w.fixFields }]
      : [];
  return {
    name: 'preferences',
    title: w.preferences,
    sections: [
      {
        header: w.general,
        widgets: [
          ...banner,
          ...SCALARS.map((name) => input(name, name, show(prefs[name]))),
          {
            kind: 'select',
            name: 'language',
            label: 'language',
            multi: false,
            options: ['en', 'fr'].map((l) => ({ text: l, value: l, selected: prefs.language === l })),
          },
        ],
      },
      {
        header: w.workingHours,
        widgets: WEEKDAYS.map((day, i) =>
          input(`workingHours.${day}`, days[i] ?? day, intervalsText(prefs.workingHours[day])),
        ),
      },
      {
        header: w.durations,
        widgets: MEETING_TYPES.map((type) =>
          input(`meetingTypes.${type}.durationMinutes`, type, String(prefs.meetingTypes[type].durationMinutes)),
        ),
      },
      {
        header: w.addresses,
        widgets: TEXTS.map((path) => input(path, path.split('.')[1] ?? path, show(at(prefs, path)))),
      },
      {
        header: w.travel,
        widgets: TRAVEL.map((key) => input(`travelMinutes.${key}`, key, String(prefs.travelMinutes[key]))),
      },
      {
        header: w.followUps,
        widgets: [
          input('followUps.count', w.followUpCount, String(prefs.followUps.count)),
          withHint(
            input('followUps.spacingDays', w.followUpSpacing, show(prefs.followUps.spacingDays)),
            w.followUpAutomatic,
          ),
        ],
      },
      {
        widgets: [
          {
            kind: 'buttons',
            buttons: [
              {
                text: w.save,
                kind: 'action',
                action: {
                  functionName: 'onSavePreferences',
                  parameters: { places: JSON.stringify(prefs.addresses.places) },
                },
                filled: true,
              },
            ],
          },
        ],
      },
    ],
  };
}

const numberOrNull = (raw: string | undefined) => ((raw ?? '').trim() === '' ? null : Number(raw));
const textOrNull = (raw: string | undefined) => ((raw ?? '').trim() === '' ? null : (raw ?? '').trim());

/** "09:00-12:00, 14:00-18:00" → intervals (malformed parts are kept so the API names them). */
export function parseIntervals(text: string): { start: string; end: string }[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [start = '', end = ''] = part.split('-').map((s) => s.trim());
      return { start, end };
    });
}

/**
 * The PUT body from the submitted form: the fields this card edits (a valid subset of the document).
 * Named places are not edited here; they travel in the action's `places` parameter so saving keeps them.
 */
export function preferencesFromForm(
  form: Record<string, string | undefined>,
  parameters: Record<string, string | undefined> = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    timeZone: (form.timeZone ?? '').trim(),
    language: form.language === 'fr' ? 'fr' : 'en',
    proposalCount: Number(form.proposalCount),
    horizonDays: Number(form.horizonDays),
    minimumNoticeMinutes: numberOrNull(form.minimumNoticeMinutes),
    maxMeetingsPerDay: numberOrNull(form.maxMeetingsPerDay),
    workingHours: Object.fromEntries(WEEKDAYS.map((day) => [day, parseIntervals(form[`workingHours.${day}`] ?? '')])),
    meetingTypes: Object.fromEntries(
      MEETING_TYPES.map((type) => [type, { durationMinutes: Number(form[`meetingTypes.${type}.durationMinutes`]) }]),
    ),
    travelMinutes: Object.fromEntries(TRAVEL.map((key) => [key, Number(form[`travelMinutes.${key}`])])),
    followUps: followUpsFromForm(form),
  };
  for (const group of ['addresses', 'contactMeans', 'guestInstructions']) {
    const fields = TEXTS.filter((path) => path.startsWith(`${group}.`));
    body[group] = Object.fromEntries(fields.map((path) => [path.split('.')[1], textOrNull(form[path])]));
  }
  (body.addresses as Record<string, unknown>).places = parsePlaces(parameters.places);
  return body;
}

/** An empty spacing is the automatic one: the key is left out (the API refuses `null` there). */
function followUpsFromForm(form: Record<string, string | undefined>): Record<string, number> {
  const spacing = (form['followUps.spacingDays'] ?? '').trim();
  return { count: Number(form['followUps.count']), ...(spacing === '' ? {} : { spacingDays: Number(spacing) }) };
}

function parsePlaces(raw: string | undefined): unknown[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** API field problems (`body.workingHours.1.0.start`) → form field names (`workingHours.1`). */
export function problemsForForm(errors: { field: string; message: string }[]): Record<string, string> {
  const names = new Set<string>([
    ...SCALARS,
    'language',
    ...TEXTS,
    ...WEEKDAYS.map((d) => `workingHours.${d}`),
    ...MEETING_TYPES.map((t) => `meetingTypes.${t}.durationMinutes`),
    ...TRAVEL.map((k) => `travelMinutes.${k}`),
    ...FOLLOW_UPS,
  ]);
  const result: Record<string, string> = {};
  for (const { field, message } of errors) {
    const parts = field.replace(/^body\.?/, '').split('.');
    for (let length = parts.length; length > 0; length -= 1) {
      const name = parts.slice(0, length).join('.');
      if (names.has(name)) {
        result[name] = result[name] ? `${result[name]}; ${message}` : message;
        break;
      }
    }
  }
  return result;
}
