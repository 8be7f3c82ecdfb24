/**
 * City names that stand for a time zone when people write "9am Perth time" or "14h heure de Montréal". Most come
 * from the runtime's IANA zone ids themselves (the last segment: `Australia/Perth` → "perth", `America/New_York` →
 * "new york"); a small table adds the names people use for a city that is not a zone id, or that they spell in
 * French. Names are written as `foldTimeText` leaves them (lower case, no accents).
 */
import { supportedTimeZones } from '../../slot-engine/zoned-time.js';

/** Names of a city or region that is not the last segment of its IANA zone id, in English and French. */
const CITY_ALIASES: Readonly<Record<string, string>> = {
  montreal: 'America/Toronto',
  quebec: 'America/Toronto',
  ottawa: 'America/Toronto',
  washington: 'America/New_York',
  boston: 'America/New_York',
  miami: 'America/New_York',
  atlanta: 'America/New_York',
  philadelphia: 'America/New_York',
  philadelphie: 'America/New_York',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'silicon valley': 'America/Los_Angeles',
  houston: 'America/Chicago',
  dallas: 'America/Chicago',
  austin: 'America/Chicago',
  calgary: 'America/Edmonton',
  hawaii: 'Pacific/Honolulu',
  alaska: 'America/Anchorage',
  arizona: 'America/Phoenix',
  mexico: 'America/Mexico_City',
  'rio de janeiro': 'America/Sao_Paulo',
  rio: 'America/Sao_Paulo',
  londres: 'Europe/London',
  edinburgh: 'Europe/London',
  edimbourg: 'Europe/London',
  manchester: 'Europe/London',
  geneva: 'Europe/Zurich',
  geneve: 'Europe/Zurich',
  bale: 'Europe/Zurich',
  basel: 'Europe/Zurich',
  berne: 'Europe/Zurich',
  bern: 'Europe/Zurich',
  lausanne: 'Europe/Zurich',
  bruxelles: 'Europe/Brussels',
  lisbonne: 'Europe/Lisbon',
  varsovie: 'Europe/Warsaw',
  moscou: 'Europe/Moscow',
  athenes: 'Europe/Athens',
  copenhague: 'Europe/Copenhagen',
  frankfurt: 'Europe/Berlin',
  francfort: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  milan: 'Europe/Rome',
  barcelona: 'Europe/Madrid',
  barcelone: 'Europe/Madrid',
  'le caire': 'Africa/Cairo',
  alger: 'Africa/Algiers',
  'tel aviv': 'Asia/Jerusalem',
  jerusalem: 'Asia/Jerusalem',
  'abu dhabi': 'Asia/Dubai',
  dubai: 'Asia/Dubai',
  doha: 'Asia/Qatar',
  riyad: 'Asia/Riyadh',
  mumbai: 'Asia/Kolkata',
  bombay: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  kolkata: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  pekin: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  singapour: 'Asia/Singapore',
  'ho chi minh': 'Asia/Ho_Chi_Minh',
  saigon: 'Asia/Ho_Chi_Minh',
  manille: 'Asia/Manila',
  seoul: 'Asia/Seoul',
  canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
};

/** Zones whose last segment is an everyday word ("Christmas time", "wake time"), never read as a city. */
const WORD_LIKE_ZONES =
  /^(?:Antarctica\/|America\/(?:Indiana|Kentucky|North_Dakota)\/|Etc\/)|\/(?:Christmas|Easter|Wake|Midway|Stanley|Dawson|Regina|Resolute|Center|Troll|Casey|Davis|Palmer|Nome)$/;

/** The city name of an IANA zone id: its last segment, folded (`America/Port-au-Prince` → "port-au-prince"). */
function cityOf(timeZone: string): string {
  const last = timeZone.split('/').at(-1) ?? '';
  return last.replace(/_/g, ' ').toLowerCase();
}

function buildCityZones(): ReadonlyMap<string, string> {
  const zones = new Map<string, string>();
  for (const zone of supportedTimeZones()) {
    if (zone.includes('/') && !WORD_LIKE_ZONES.test(zone)) zones.set(cityOf(zone), zone);
  }
  for (const [city, zone] of Object.entries(CITY_ALIASES)) zones.set(city, zone);
  return zones;
}

/** Folded city name → IANA zone, from the zone ids and {@link CITY_ALIASES}. */
export const CITY_ZONES: ReadonlyMap<string, string> = buildCityZones();
