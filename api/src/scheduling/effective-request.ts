/**
 * What Slash will schedule for a request: the client's corrections (overrides) win over the
 * interpretation, which wins over the preferences' defaults (meeting type duration, default place).
 */
import type {
  EffectiveRequest,
  Interpretation,
  MeetingTypeName,
  Preferences,
  UpdateSchedulingRequestBody,
} from '@slash/shared';

/** The place a preference names: `office`, `home`, a named place, or the text itself. */
export function resolvePlace(place: string | null, preferences: Preferences): string | null {
  if (place === null) return null;
  const key = place.trim().toLowerCase();
  if (key === 'office') return preferences.addresses.office;
  if (key === 'home') return preferences.addresses.home;
  const named = preferences.addresses.places.find((candidate) => candidate.name.trim().toLowerCase() === key);
  return named?.address ?? place;
}

/** The effective request of a stored request under `preferences`. */
export function effectiveRequest(
  request: { interpretation: unknown; overrides: Record<string, unknown> },
  preferences: Preferences,
): EffectiveRequest {
  const interpretation = request.interpretation as Interpretation;
  const overrides = request.overrides as UpdateSchedulingRequestBody;
  const type: MeetingTypeName = overrides.type ?? interpretation.type ?? 'meeting';
  const typePreference = preferences.meetingTypes[type];
  let location: string | null;
  if (!typePreference.isInPerson) location = null;
  else if (overrides.location !== undefined) location = overrides.location;
  else location = interpretation.location?.text ?? resolvePlace(typePreference.defaultPlace, preferences);
  return {
    contacts: overrides.contacts ?? interpretation.contacts,
    type,
    durationMinutes: overrides.durationMinutes ?? interpretation.durationMinutes ?? typePreference.durationMinutes,
    location,
    timeWindows: overrides.timeWindows ?? interpretation.timeWindows,
    excluded: interpretation.excluded,
  };
}
