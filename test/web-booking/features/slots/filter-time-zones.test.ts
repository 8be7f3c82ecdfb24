import { describe, expect, it } from 'vitest';
import { filterTimeZones } from '../../../../web-booking/src/features/slots/filter-time-zones.js';

const ZONES = ['America/New_York', 'America/Sao_Paulo', 'Europe/Paris', 'Pacific/Port_Moresby', 'UTC'];

describe('filterTimeZones', () => {
  it('matches every word anywhere in the name, ignoring case, underscores and slashes', () => {
    expect(filterTimeZones(ZONES, 'new york')).toEqual(['America/New_York']);
    expect(filterTimeZones(ZONES, 'europe PAR')).toEqual(['Europe/Paris']);
    expect(filterTimeZones(ZONES, 'port')).toEqual(['Pacific/Port_Moresby']);
  });

  it('ignores accents in the query', () => {
    expect(filterTimeZones(ZONES, 'São Paulo')).toEqual(['America/Sao_Paulo']);
  });

  it('returns every zone for a blank query and none for a query that matches nothing', () => {
    expect(filterTimeZones(ZONES, '   ')).toEqual(ZONES);
    expect(filterTimeZones(ZONES, 'atlantis')).toEqual([]);
  });
});
