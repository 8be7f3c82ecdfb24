/**
 * `interpretMessage`: the contract's entry point on one raw RFC 822 message
 * (../../../../shared/contracts/interpret.md).
 *
 * It is asynchronous because MIME decoding (postal-mime) is: charsets and
 * transfer encodings are decoded with streaming decoders that only expose a
 * promise API. Everything after decoding is synchronous and pure
 * (`interpretThread` is the synchronous entry for already-decoded threads).
 */
import type { Interpretation } from '../contracts/interpretation.js';
import { analyzeThread, type InterpretationAnalysis, type InterpretOptions } from './analyze-thread.js';
import { buildParsedThread } from './message/build-parsed-thread.js';
import { parseMimeMessage } from './message/parse-mime-message.js';
import type { ParsedThread } from './thread-message.js';

/** Decodes a raw message into the interpreter's thread view (newest message first). */
export async function parseRawMessage(rawMessage: string, timeZone: string): Promise<ParsedThread> {
  const decoded = await parseMimeMessage(rawMessage);
  return buildParsedThread({ subject: decoded.subject, messages: [decoded.message] }, timeZone);
}

/** Like {@link interpretMessage}, with per-field confidences. */
export async function analyzeMessage(
  rawMessage: string,
  options: InterpretOptions = {},
): Promise<InterpretationAnalysis> {
  return analyzeThread(await parseRawMessage(rawMessage, options.timeZone ?? 'UTC'), options);
}

/**
 * What a scheduling email asks for (contacts, type, duration, place, time windows,
 * exclusions, intent, language, confidence). Rejects with `NotAnEmailError` when the
 * input is not an email and with `RangeError` for an unknown zone or invalid `now`.
 */
export async function interpretMessage(rawMessage: string, options: InterpretOptions = {}): Promise<Interpretation> {
  return (await analyzeMessage(rawMessage, options)).interpretation;
}
