/**
 * The offline interpreter's core: reads a parsed thread into the contract's
 * output object, with one confidence per field and an overall confidence.
 */
import type { Interpretation } from '../contracts/interpretation.js';
import { isValidTimeZone } from '../slot-engine/zoned-time.js';
import { detectIntent } from './detect-intent.js';
import { detectLanguage, type InterpreterLanguage } from './detect-language.js';
import { detectMeetingType, isQuebecFrench } from './detect-meeting-type.js';
import { extractContacts } from './extract-contacts.js';
import { extractDuration } from './extract-duration.js';
import { extractLocation } from './extract-location.js';
import { resolveWhen, type DatedText } from './resolve-when.js';
import type { ParsedThread, ThreadMessage } from './thread-message.js';
import { combineConfidence, type FieldConfidence } from './combine-confidence.js';

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
}

function excludedAddresses(thread: ParsedThread, options: InterpretOptions): Set<string> {
  const self = options.self !== undefined && options.self.length > 0 ? options.self : [thread.messages[0]?.from?.email ?? ''];
  return new Set([...self, ...(options.assistant ?? [])].map((address) => address.trim().toLowerCase()).filter(Boolean));
}

function referenceInstant(thread: ParsedThread, now: string | undefined): number | null {
  if (now !== undefined) {
    const parsed = Date.parse(now);
    if (Number.isNaN(parsed)) throw new RangeError(`now is not an ISO 8601 instant: ${now}`);
    return parsed;
  }
  return thread.messages[0]?.dateMs ?? null;
}

function datedTexts(messages: readonly ThreadMessage[], nowMs: number, fallbackLanguage: InterpreterLanguage): DatedText[] {
  return messages.map((message, index) => {
    const detected = detectLanguage([message.text]);
    return {
      text: message.text,
      nowMs: index === 0 ? nowMs : (message.dateMs ?? nowMs),
      language: detected.confidence >= 0.6 ? detected.language : fallbackLanguage,
    };
  });
}

/** Reads `thread` (newest message first) per the contract; throws RangeError only for invalid options. */
export function analyzeThread(thread: ParsedThread, options: InterpretOptions = {}): InterpretationAnalysis {
  const timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  const messages = thread.messages;
  const texts = messages.map((message) => message.text);
  const language = detectLanguage([...texts, thread.subject]);
  const addresses = messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).flatMap((p) => (p ? [p.email] : []));
  const isQuebec = language.language === 'fr' && isQuebecFrench({ text: [...texts, ...messages.map((m) => m.signature)].join('\n'), timeZone, addresses });
  const kind = detectMeetingType(texts, { subject: thread.subject, isQuebec });
  const intent = detectIntent(texts, thread.subject);
  const contacts = extractContacts(messages, excludedAddresses(thread, options));
  const duration = extractDuration(texts);
  const location = extractLocation(messages, { isRemote: kind.isRemote });
  const nowMs = referenceInstant(thread, options.now);
  const oldestMs = messages[messages.length - 1]?.dateMs ?? nowMs;
  const when = nowMs === null
    ? { timeWindows: [], excluded: [], confidence: 0.3 }
    : resolveWhen(datedTexts(messages, nowMs, language.language), {
        timeZone,
        fallback: { text: thread.subject.replace(/^\s*((re|fw|fwd|tr)\s*:\s*)+/i, ''), nowMs: oldestMs ?? nowMs, language: language.language },
      });
  const fieldConfidence: FieldConfidence = {
    language: language.confidence, intent: intent.confidence, contacts: contacts.confidence, type: kind.confidence,
    duration: duration.confidence, location: location.confidence, time: when.confidence,
  };
  const type = intent.intent === 'other' && kind.confidence < 0.7 ? null : kind.type;
  const interpretation: Interpretation = {
    language: language.language, intent: intent.intent, contacts: contacts.contacts, type,
    durationMinutes: duration.durationMinutes, location: location.location, timeWindows: when.timeWindows,
    excluded: when.excluded, confidence: combineConfidence(fieldConfidence),
  };
  return { interpretation, fieldConfidence };
}
