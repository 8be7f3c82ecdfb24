/**
 * Public entry of `@slash/shared`: the pure domain core (contracts, slot engine, interpreter, i18n).
 * Everything exported here is a function over plain data: no I/O, no clock, no environment.
 */
export * from './slot-engine/zoned-time.js';
