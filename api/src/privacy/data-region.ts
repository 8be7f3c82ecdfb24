/**
 * Data region (privacy policy §8, G11): with DATA_REGION_ENFORCE on, start-up refuses a database
 * whose declared region (DATABASE_REGION) is not inside DATA_REGION — `eu-west-3` is inside `eu`,
 * `us-east-1` is not, and an undeclared region is refused too.
 */
import { ConfigError, type AppConfig } from '../config/config.js';

/** True when `region` is `allowed` or one of its sub-regions (`eu` ⊃ `eu-west-3`). */
export function isRegionWithin(region: string, allowed: string): boolean {
  const normalized = region.trim().toLowerCase();
  const scope = allowed.trim().toLowerCase();
  return normalized === scope || normalized.startsWith(`${scope}-`);
}

/** Throws a one-line ConfigError when enforcement is on and the database region is outside. */
export function assertDataRegion(config: Pick<AppConfig, 'dataRegion' | 'dataRegionEnforce' | 'databaseRegion'>): void {
  if (!config.dataRegionEnforce) return;
  if (config.databaseRegion === undefined) {
    throw new ConfigError(
      `DATABASE_REGION: must be declared when DATA_REGION_ENFORCE is on (data region ${config.dataRegion})`,
    );
  }
  if (!isRegionWithin(config.databaseRegion, config.dataRegion)) {
    throw new ConfigError(
      `DATABASE_REGION: ${config.databaseRegion} is outside the data region ${config.dataRegion}; refusing to start`,
    );
  }
}
