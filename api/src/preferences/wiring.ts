/** Builds the preferences domain (its repository stays inside the domain). */
import type { Clock } from '../clock.js';
import type { Database } from '../db/client.js';
import type { ClientDirectory } from './client-directory.js';
import { createPreferencesRepository } from './repository.js';
import { createPreferencesService, type PreferencesService } from './service.js';

/** The preferences service over `db`. */
export function createPreferencesDomain(deps: {
  db: Database;
  clients: ClientDirectory;
  clock: Clock;
}): PreferencesService {
  return createPreferencesService({
    repository: createPreferencesRepository(deps.db),
    clients: deps.clients,
    clock: deps.clock,
  });
}
