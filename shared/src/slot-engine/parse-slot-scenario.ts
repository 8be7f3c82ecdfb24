import { parseIsoInstant } from './iso-instant.js';
import {
  MAX_SLOT_WINDOW_DAYS,
  type DayOverride,
  type SlotQuery,
  type WallInterval,
  type WeeklyHours,
} from './slot-query.js';
import { DAY_MS, isValidTimeZone, tryParseCivilDate, tryParseWallTime } from './zoned-time.js';

/** Result of `parseSlotScenario`: the engine query, or a one-line message naming the offending field. */
export type SlotScenarioParse =
  { readonly ok: true; readonly query: SlotQuery } | { readonly ok: false; readonly error: string };

/** Bounds on numeric fields, so a typo cannot make the engine loop for hours. */
const MAX_DURATION_MINUTES = 366 * 1440;
const MAX_MINUTES_FIELD = 366 * 1440;

/** A field that failed validation; only ever thrown and caught inside this module. */
class FieldError extends Error {}

/**
 * Validates the JSON scenario of ../../../../shared/contracts/slots.md and converts it into a `SlotQuery`.
 * Never throws: the failure is a value whose `error` reads `workingHours[0].end: "25:00" is not a time`.
 * Unknown fields are ignored; `busy` is required (the contract marks only the others optional).
 */
export function parseSlotScenario(json: unknown): SlotScenarioParse {
  try {
    return { ok: true, query: readScenario(json) };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message };
    throw error;
  }
}

function readScenario(json: unknown): SlotQuery {
  const root = readObject(json, 'scenario');
  const window = readObject(root['window'], 'window');
  const fromMs = readInstant(window['from'], 'window.from');
  const toMs = readInstant(window['to'], 'window.to');
  if (toMs < fromMs) fail('window.to', window['to'], 'is before window.from');
  if (toMs - fromMs > MAX_SLOT_WINDOW_DAYS * DAY_MS)
    fail('window.to', window['to'], `is more than ${MAX_SLOT_WINDOW_DAYS} days after window.from`);
  return {
    nowMs: readInstant(root['now'], 'now'),
    timeZone: readTimeZone(root['timeZone']),
    durationMinutes: readInteger(root['durationMinutes'], 'durationMinutes', { min: 1, max: MAX_DURATION_MINUTES }),
    stepMinutes: readInteger(root['stepMinutes'], 'stepMinutes', { min: 1, max: 1440 }),
    allowedRanges: [{ startMs: fromMs, endMs: toMs }],
    minimumNoticeMinutes: readOptionalInteger(root['minimumNoticeMinutes'], 'minimumNoticeMinutes', MAX_MINUTES_FIELD),
    bufferBeforeMinutes: readOptionalInteger(root['bufferBeforeMinutes'], 'bufferBeforeMinutes', MAX_MINUTES_FIELD),
    bufferAfterMinutes: readOptionalInteger(root['bufferAfterMinutes'], 'bufferAfterMinutes', MAX_MINUTES_FIELD),
    workingHours: readArray(root['workingHours'], 'workingHours').map((item, index) =>
      readWeeklyHours(item, `workingHours[${index}]`),
    ),
    dateOverrides:
      root['dateOverrides'] === undefined
        ? []
        : readArray(root['dateOverrides'], 'dateOverrides').map((item, index) =>
            readOverride(item, `dateOverrides[${index}]`),
          ),
    busy: readArray(root['busy'], 'busy').map(readBusy),
    maxResults: readOptionalInteger(root['maxResults'], 'maxResults', Number.MAX_SAFE_INTEGER),
  };
}

function fail(path: string, value: unknown, problem: string): never {
  if (value === undefined) throw new FieldError(`${path}: is missing`);
  throw new FieldError(`${path}: ${describe(value)} ${problem}`);
}

/** The offending value, in JSON, cut short so the message stays one short line. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, value, 'is not an object');
  return value as Record<string, unknown>;
}

function readArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, value, 'is not an array');
  return value;
}

function readInstant(value: unknown, path: string): number {
  const instantMs = typeof value === 'string' ? parseIsoInstant(value) : undefined;
  if (instantMs === undefined) fail(path, value, 'is not an ISO 8601 instant');
  return instantMs;
}

function readTimeZone(value: unknown): string {
  if (typeof value !== 'string' || !isValidTimeZone(value)) fail('timeZone', value, 'is not an IANA time zone');
  return value;
}

function readInteger(value: unknown, path: string, bounds: { min: number; max: number }): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    fail(path, value, `is not an integer in ${bounds.min}..${bounds.max}`);
  }
  return value;
}

function readOptionalInteger(value: unknown, path: string, max: number): number {
  return value === undefined ? 0 : readInteger(value, path, { min: 0, max });
}

function readWallTime(value: unknown, path: string, isEnd: boolean): number {
  const minutes = typeof value === 'string' ? tryParseWallTime(value) : undefined;
  if (minutes === undefined) fail(path, value, 'is not a time');
  if (minutes === 1440 && !isEnd) fail(path, value, 'is only allowed as an end');
  return minutes;
}

function readWallInterval(value: unknown, path: string): WallInterval {
  const object = readObject(value, path);
  return {
    startMinute: readWallTime(object['start'], `${path}.start`, false),
    endMinute: readWallTime(object['end'], `${path}.end`, true),
  };
}

function readWeeklyHours(value: unknown, path: string): WeeklyHours {
  const object = readObject(value, path);
  const weekdays = readArray(object['weekdays'], `${path}.weekdays`).map((weekday, index) =>
    readInteger(weekday, `${path}.weekdays[${index}]`, { min: 1, max: 7 }),
  );
  return { weekdays, ...readWallInterval(object, path) };
}

function readOverride(value: unknown, path: string): DayOverride {
  const object = readObject(value, path);
  const date = object['date'];
  if (typeof date !== 'string' || tryParseCivilDate(date) === undefined)
    fail(`${path}.date`, date, 'is not a YYYY-MM-DD date');
  const intervals = readArray(object['intervals'], `${path}.intervals`).map((item, index) =>
    readWallInterval(item, `${path}.intervals[${index}]`),
  );
  return { date, intervals };
}

/**
 * Reads `busy[index]`. Scenarios carry tens of thousands of these, so the field path is only
 * spelled out when something is wrong (building it eagerly cost more than parsing the instants).
 */
function readBusy(value: unknown, index: number): { startMs: number; endMs: number } {
  if (typeof value === 'object' && value !== null) {
    const { start, end } = value as { start?: unknown; end?: unknown };
    const startMs = typeof start === 'string' ? parseIsoInstant(start) : undefined;
    const endMs = typeof end === 'string' ? parseIsoInstant(end) : undefined;
    if (startMs !== undefined && endMs !== undefined && endMs > startMs && !Array.isArray(value))
      return { startMs, endMs };
  }
  const path = `busy[${index}]`;
  const object = readObject(value, path);
  const startMs = readInstant(object['start'], `${path}.start`);
  const endMs = readInstant(object['end'], `${path}.end`);
  fail(`${path}.end`, object['end'], endMs <= startMs ? 'is not after start' : 'is invalid');
}
