/**
 * Public entry of `@slash/shared`: the pure domain core (contracts, slot engine, interpreter, i18n).
 * Everything exported here is a function over plain data: no I/O, no clock, no environment.
 */
export * from './slot-engine/zoned-time.js';
export * from './slot-engine/find-free-slots.js';
export * from './slot-engine/parse-slot-scenario.js';
export * from './slot-engine/free-slot-starts.js';
export * from './slot-engine/slot-query.js';
export * from './slot-engine/intervals.js';
export * from './slot-engine/iso-instant.js';
export * from './interpreter/time-expressions/resolve-time-expressions.js';
export * from './slot-engine/availability-request.js';
export * from './slot-engine/meeting-types.js';
export * from './slot-engine/place-relation.js';
export * from './slot-engine/plan-availability.js';
export * from './slot-engine/annotate-slots.js';
export * from './slot-engine/propose-slots.js';
export * from './slot-engine/proposal-reason.js';
export * from './contracts/preferences.js';
export * from './contracts/scheduling.js';
export * from './contracts/booking.js';
export * from './drafting/draft-reply.js';
export * from './drafting/format-slot.js';
export * from './contracts/interpretation.js';
export * from './interpreter/interpret-message.js';
export * from './interpreter/interpret-thread.js';
export type { InterpretOptions, InterpretationAnalysis } from './interpreter/analyze-thread.js';
export { LOW_CONFIDENCE_THRESHOLD, type FieldConfidence } from './interpreter/combine-confidence.js';
export { NotAnEmailError } from './interpreter/message/parse-mime-message.js';
export {
  createLlmInterpreter,
  type LlmFetch,
  type LlmInterpreter,
  type LlmInterpreterConfig,
} from './interpreter/llm/create-llm-interpreter.js';
