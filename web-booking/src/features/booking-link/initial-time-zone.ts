import { isValidTimeZone } from '../../lib/format-datetime.js';

/**
 * The zone to show slots in first: the browser's own zone (where the contact is now), else the zone
 * the client recorded for the contact, else UTC. Unknown names are skipped.
 */
export function initialTimeZone(detected: string | undefined, contactTimeZone: string | null): string {
  for (const zone of [detected, contactTimeZone]) {
    if (zone !== undefined && zone !== null && isValidTimeZone(zone)) return zone;
  }
  return 'UTC';
}
