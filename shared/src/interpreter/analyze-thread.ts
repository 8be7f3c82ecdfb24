/**
 * The offline interpreter's core: reads a parsed thread into the contract's
 * output object, with one confidence per field and an overall confidence.
 */
import type { Interpretation } from '../contracts/interpretation.js';
import { isValidTimeZone } from '../slot-engine/zoned-time.js';
import { cancellingClauses, detectIntent, maskPastMeetings, type IntentReading } from './detect-intent.js';
import { detectLanguage, type InterpreterLanguage } from './detect-language.js';
import { detectMeetingType, isQuebecFrench, type MeetingKindReading } from './detect-meeting-type.js';
import { extractContacts } from './extract-contacts.js';
import { extractDuration } from './extract-duration.js';
import { extractLocation } from './extract-location.js';
import { resolveWhen, type DatedText, type WhenReading } from './resolve-when.js';
import type { ParsedThread, ThreadMessage } from './thread-message.js';
import { combineConfidence } from './combine-confidence.js';
import {
  countImplausibleWindows,
  type ConfidenceFeatures,
  type FieldConfidence,
  type IntentOrigin,
} from './confidence-features.js';

/** Options of every interpreter entry point (contract `slash interpret` options). */
export interface InterpretOptions {
  /** Reference instant (ISO 8601) for the newest message's relative words; default its `Date`. */
  readonly now?: string;
  /** The client's IANA zone, in which dates and times are read; default `UTC`. */
  readonly timeZone?: string;
  /** The client's own addresses, never contacts; default the newest message's `From`. */
  readonly self?: readonly string[];
  /** The assistant's addresses, never contacts. */
  readonly assistant?: readonly string[];
}

/** An interpretation with the confidence of each field, for callers that route or explain it. */
export interface InterpretationAnalysis {
  readonly interpretation: Interpretation;
  readonly fieldConfidence: FieldConfidence;
  /** The signals the overall confidence was computed from (see combine-confidence.ts). */
  readonly confidenceFeatures: ConfidenceFeatures;
}

function excludedAddresses(thread: ParsedThread, options: InterpretOptions): Set<string> {
  const self =
    options.self !== undefined && options.self.length > 0 ? options.self : [thread.messages[0]?.from?.email ?? ''];
  return new Set(
    [...self, ...(options.assistant ?? [])].map((address) => address.trim().toLowerCase()).filter(Boolean),
  );
}

function referenceInstant(thread: ParsedThread, now: string | undefined): number | null {
  if (now !== undefined) {
    const parsed = Date.parse(now);
    if (Number.isNaN(parsed)) throw new RangeError(`now is not an ISO 8601 instant: ${now}`);
    return parsed;
  }
  return thread.messages[0]?.dateMs ?? null;
}

function datedTexts(
  messages: readonly ThreadMessage[],
  nowMs: number,
  fallbackLanguage: InterpreterLanguage,
): DatedText[] {
  return messages.map((message, index) => {
    const detected = detectLanguage([message.text]);
    return {
      text: message.text,
      nowMs: index === 0 ? nowMs : (message.dateMs ?? nowMs),
      language: detected.confidence >= 0.6 ? detected.language : fallbackLanguage,
    };
  });
}

function readWhen(
  thread: ParsedThread,
  nowMs: number | null,
  input: { timeZone: string; language: InterpreterLanguage; isCancellation?: boolean },
): WhenReading {
  if (nowMs === null) {
    const signals = { mentionCount: 0, contributingMessages: 0, isFromHistory: false, isReconciled: false };
    return { timeWindows: [], excluded: [], confidence: 0.3, signals };
  }
  const messages = thread.messages;
  const oldestMs = messages[messages.length - 1]?.dateMs ?? nowMs;
  const subject = thread.subject.replace(/^\s*((re|fw|fwd|tr)\s*:\s*)+/i, '');
  const texts = datedTexts(messages, nowMs, input.language);
  const [newest, ...older] = texts;
  const dated =
    input.isCancellation === true && newest !== undefined ? [{ ...newest, isCancellation: true }, ...older] : texts;
  return resolveWhen(dated, {
    timeZone: input.timeZone,
    fallback: { text: subject, nowMs: oldestMs, language: input.language },
  });
}

function readKind(
  thread: ParsedThread,
  input: { timeZone: string; language: InterpreterLanguage },
): MeetingKindReading {
  const { messages } = thread;
  const texts = messages.map((message) => message.text);
  const addresses = messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).flatMap((p) => (p ? [p.email] : []));
  const allText = [...texts, ...messages.map((m) => m.signature)].join('\n');
  const isQuebec = input.language === 'fr' && isQuebecFrench({ text: allText, timeZone: input.timeZone, addresses });
  return detectMeetingType(texts, { subject: thread.subject, isQuebec });
}

/**
 * The windows of a thread; for a cancellation said in the newest message, those of the clauses that
 * cancel when they state any ("cancel our dinner this Friday - my flight is pushed to Saturday" = Friday).
 */
function readCancelledWhen(
  thread: ParsedThread,
  at: { nowMs: number | null; intent: IntentReading },
  input: { timeZone: string; language: InterpreterLanguage },
): WhenReading {
  const [newest, ...older] = thread.messages;
  const cancelling = newest === undefined ? '' : cancellingClauses(newest.text);
  if (at.intent.intent === 'cancel' && at.intent.source === 'newest' && newest !== undefined && cancelling !== '') {
    const focused = readWhen({ ...thread, messages: [{ ...newest, text: cancelling }, ...older] }, at.nowMs, {
      ...input,
      isCancellation: true,
    });
    if (focused.timeWindows.length > 0) return focused;
  }
  return readWhen(thread, at.nowMs, input);
}

interface RequestReading {
  readonly intent: Interpretation['intent'];
  readonly confidence: number;
  readonly origin: IntentOrigin;
  readonly isRequest: boolean;
}

/**
 * Whether the thread asks for a meeting at all. A stated time or meeting kind makes a request even
 * without a scheduling verb ("Drinks Friday?"), but only a time that can be a proposal: "what we
 * shipped in February" read as next February is not one.
 */
function readRequest(
  detected: IntentReading,
  input: { when: WhenReading; kind: MeetingKindReading; implausibleWindowCount: number },
): RequestReading {
  const hasPlausibleTime = input.when.timeWindows.length > input.implausibleWindowCount;
  // A thanks or an invoice for a meeting that took place asks for nothing, whatever the history proposed.
  const isRequest =
    detected.source !== 'closing' && (detected.intent !== 'other' || hasPlausibleTime || input.kind.confidence >= 0.75);
  if (detected.intent !== 'other' || !isRequest) return { ...detected, origin: detected.source, isRequest };
  return { intent: 'schedule', confidence: 0.7, origin: 'inferred', isRequest };
}

/** Reads `thread` (newest message first) per the contract; throws RangeError only for invalid options. */
export function analyzeThread(thread: ParsedThread, options: InterpretOptions = {}): InterpretationAnalysis {
  const timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  const texts = thread.messages.map((message) => message.text);
  const language = detectLanguage([...texts, thread.subject]);
  // A past meeting's kind and date ("the invoice for our lunch of 12 March") are not the request's.
  const current = { ...thread, messages: thread.messages.map((m) => ({ ...m, text: maskPastMeetings(m.text) })) };
  const kind = readKind(current, { timeZone, language: language.language });
  const contacts = extractContacts(thread.messages, excludedAddresses(thread, options));
  const duration = extractDuration(texts);
  const location = extractLocation(thread.messages, { isRemote: kind.isRemote });
  const nowMs = referenceInstant(thread, options.now);
  const intent = detectIntent(texts, thread.subject);
  const when = readCancelledWhen(current, { nowMs, intent }, { timeZone, language: language.language });
  const implausibleWindowCount = countImplausibleWindows(when.timeWindows, { nowMs, timeZone });
  const request = readRequest(intent, { when, kind, implausibleWindowCount });
  const fieldConfidence: FieldConfidence = {
    language: language.confidence,
    intent: request.confidence,
    contacts: contacts.confidence,
    type: kind.confidence,
    duration: duration.confidence,
    location: location.confidence,
    time: when.confidence,
  };
  const confidenceFeatures: ConfidenceFeatures = {
    fields: fieldConfidence,
    when: when.signals,
    intentOrigin: request.origin,
    hasKindCue: kind.confidence >= 0.75,
    // The windows reported: none when the thread asks for no meeting.
    windowCount: request.isRequest ? when.timeWindows.length : 0,
    implausibleWindowCount: request.isRequest ? implausibleWindowCount : 0,
    messageCount: thread.messages.length,
  };
  // A message that asks for no meeting states no constraint to honour.
  const interpretation: Interpretation = {
    language: language.language,
    intent: request.intent,
    contacts: contacts.contacts,
    type: request.isRequest ? kind.type : null,
    durationMinutes: duration.durationMinutes,
    location: request.isRequest ? location.location : null,
    timeWindows: request.isRequest ? when.timeWindows : [],
    excluded: request.isRequest ? when.excluded : [],
    confidence: combineConfidence(confidenceFeatures),
  };
  return { interpretation, fieldConfidence, confidenceFeatures };
}
