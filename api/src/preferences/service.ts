/**
 * Preferences: the stored document laid over the defaults (so a new default reaches every client),
 * and updates checked beyond the schema: a real IANA zone, intervals that end after they start, real
 * dates. Every error names its field as the request spelled it (`body.workingHours.1.0.end`).
 */
import {
  defaultPreferences,
  isValidTimeZone,
  MEETING_TYPES,
  tryParseCivilDate,
  tryParseWallTime,
  type MeetingTypePreference,
  type Preferences,
  type PreferencesUpdate,
} from '@slash/shared';
import type { Clock } from '../clock.js';
import { InvalidInputError, NotFoundError } from '../errors/domain-error.js';
import type { ClientDirectory, ClientProfile } from './client-directory.js';
import type { PreferencesRepository } from './repository.js';

/** Creates the preferences service. */
export function createPreferencesService(deps: {
  repository: PreferencesRepository;
  clients: ClientDirectory;
  clock: Clock;
}) {
  const { repository, clients, clock } = deps;

  async function profileOf(clientId: string): Promise<ClientProfile> {
    const client = await clients.findClient(clientId);
    if (client === undefined) throw new NotFoundError('No such client.');
    return client;
  }

  async function get(clientId: string): Promise<Preferences> {
    const client = await profileOf(clientId);
    const defaults = defaultPreferences(client.timeZone, client.language === 'en' ? 'en' : 'fr');
    const stored = (await repository.findDocument(clientId)) as Partial<Preferences> | undefined;
    return mergePreferences(defaults, stored ?? {});
  }

  return {
    get,
    /** Applies `update` over the current preferences and stores the result. */
    async update(clientId: string, update: PreferencesUpdate): Promise<Preferences> {
      checkUpdate(update);
      const merged = mergePreferences(await get(clientId), update);
      await repository.upsertDocument(clientId, merged as unknown as Record<string, unknown>, new Date(clock.nowMs()));
      return merged;
    },
  };
}

/** The preferences service's interface. */
export type PreferencesService = ReturnType<typeof createPreferencesService>;

/** `base` with `update` laid over it: top-level fields replaced, meeting types merged per type. */
export function mergePreferences(base: Preferences, update: PreferencesUpdate | Partial<Preferences>): Preferences {
  const defined = Object.fromEntries(
    Object.entries(update).filter(([, value]) => value !== undefined),
  ) as Partial<Preferences>;
  const meetingTypes = { ...base.meetingTypes };
  for (const name of MEETING_TYPES) {
    const patch = (update.meetingTypes as Record<string, Partial<MeetingTypePreference> | undefined> | undefined)?.[
      name
    ];
    if (patch !== undefined) meetingTypes[name] = { ...meetingTypes[name], ...patch };
  }
  return { ...base, ...defined, meetingTypes };
}

function checkUpdate(update: PreferencesUpdate): void {
  if (update.timeZone !== undefined && !isValidTimeZone(update.timeZone)) {
    throw new InvalidInputError('body.timeZone', `"${update.timeZone}" is not an IANA time zone`);
  }
  for (const [weekday, intervals] of Object.entries(update.workingHours ?? {})) {
    checkIntervals(intervals, `body.workingHours.${weekday}`);
  }
  (update.dateOverrides ?? []).forEach((override, index) => {
    if (tryParseCivilDate(override.date) === undefined) {
      throw new InvalidInputError(`body.dateOverrides.${index}.date`, `"${override.date}" is not a date`);
    }
    checkIntervals(override.intervals, `body.dateOverrides.${index}.intervals`);
  });
  for (const [name, type] of Object.entries(update.meetingTypes ?? {})) {
    if (type?.windows !== undefined && type.windows !== null)
      checkIntervals(type.windows, `body.meetingTypes.${name}.windows`);
  }
}

function checkIntervals(intervals: readonly { start: string; end: string }[], field: string): void {
  intervals.forEach((interval, index) => {
    const start = tryParseWallTime(interval.start);
    const end = tryParseWallTime(interval.end);
    if (start === undefined || start >= 1440)
      throw new InvalidInputError(`${field}.${index}.start`, `"${interval.start}" is not a time`);
    if (end === undefined) throw new InvalidInputError(`${field}.${index}.end`, `"${interval.end}" is not a time`);
    if (end <= start) throw new InvalidInputError(`${field}.${index}.end`, `must be after start (${interval.start})`);
  });
}
