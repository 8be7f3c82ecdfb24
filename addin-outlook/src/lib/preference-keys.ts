/**
 * The keys of the preferences document the pane lists, as values. Their types come from
 * `@slash/shared` by type-only imports: the pane bundles no code of the shared package, so these
 * few values are its own, and a test checks them against the shared contract.
 */
import type { MeetingTypeName } from '@slash/shared';

const TYPES = ['call', 'video', 'meeting', 'coffee', 'breakfast', 'lunch', 'dinner', 'drinks'] as const;
/** Meeting types in the order the pane shows them (the contract's `MEETING_TYPES`). */
export const MEETING_TYPES: readonly MeetingTypeName[] = TYPES;
/** ISO weekdays, Monday `1` to Sunday `7`: the keys of `workingHours`. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
