/**
 * Data region (policy §8): with enforcement on, start-up refuses a database declared outside the
 * data region with one ConfigError line; inside (or enforcement off) it starts, and `/readyz` and
 * the export's processing record report the region.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@slash/api/config/config';
import { assertDataRegion, isRegionWithin } from '@slash/api/privacy/data-region';
import { createTestApp } from '../../support/test-app.js';

describe('assertDataRegion', () => {
  it.each([
    ['eu-west-3', 'eu', true],
    ['EU', 'eu', true],
    ['europe-west1', 'eu', false],
    ['us-east-1', 'eu', false],
  ])('%s within %s is %s', (region, allowed, expected) => {
    expect(isRegionWithin(region, allowed)).toBe(expected);
  });

  it('refuses a database outside the region, or of unknown region, with one line', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_REGION: 'eu',
      DATA_REGION_ENFORCE: 'true',
      DATABASE_REGION: 'us-east-1',
    });
    expect(() => assertDataRegion(config)).toThrow(ConfigError);
    expect(() => assertDataRegion(config)).toThrow(
      /^DATABASE_REGION: us-east-1 is outside the data region eu; refusing to start$/,
    );
    expect(() => assertDataRegion({ ...config, databaseRegion: undefined })).toThrow(/must be declared/);
    expect(() => assertDataRegion({ ...config, databaseRegion: 'eu-central-1' })).not.toThrow();
    expect(() => assertDataRegion({ ...config, dataRegionEnforce: false })).not.toThrow();
  });

  it('stops buildApp before anything starts', async () => {
    await expect(createTestApp({ config: { dataRegionEnforce: true, databaseRegion: 'us-east-1' } })).rejects.toThrow(
      ConfigError,
    );
  });

  it('reports the region in /readyz when inside', async () => {
    const subject = await createTestApp({
      config: { dataRegion: 'eu', dataRegionEnforce: true, databaseRegion: 'eu-west-3' },
    });
    try {
      const ready = await subject.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.json()).toMatchObject({ dataRegion: 'eu' });
    } finally {
      await subject.close();
    }
  });
});
