/** Builds the scheduling service (its repository stays inside the domain). */
import type { Database } from '../db/client.js';
import { createSchedulingRepository } from './repository.js';
import { createSchedulingService, type SchedulingDeps, type SchedulingService } from './service.js';

/** The scheduling service over `db`. */
export function createSchedulingDomain(deps: Omit<SchedulingDeps, 'repository'> & { db: Database }): SchedulingService {
  const { db, ...rest } = deps;
  return createSchedulingService({ ...rest, repository: createSchedulingRepository(db) });
}
