/**
 * Interprets a thread as the add-ins send it (headers and a plain-text body per
 * message), synchronously: no MIME decoding is needed.
 */
import type { Interpretation } from '../contracts/interpretation.js';
import { analyzeThread, type InterpretationAnalysis, type InterpretOptions } from './analyze-thread.js';
import { buildParsedThread } from './message/build-parsed-thread.js';
import type { MailPerson, ParsedThread } from './thread-message.js';

/** A person as the add-ins send them. */
export interface ThreadPerson {
  readonly email: string;
  readonly name?: string | null;
}

/** One message of an add-in thread; `date` is ISO 8601, `body` plain text (it may still quote history). */
export interface ThreadInputMessage {
  readonly from: ThreadPerson;
  readonly to: readonly ThreadPerson[];
  readonly cc?: readonly ThreadPerson[];
  readonly date: string;
  readonly body: string;
}

/** A thread opened in an add-in, messages in any order (they are sorted newest first by date). */
export interface ThreadInput {
  readonly subject: string;
  readonly messages: readonly ThreadInputMessage[];
}

function toMailPerson(person: ThreadPerson): MailPerson {
  const name = person.name?.trim();
  return { email: person.email.trim().toLowerCase(), name: name ? name : null };
}

function dateOf(message: ThreadInputMessage): number | null {
  const parsed = Date.parse(message.date);
  return Number.isNaN(parsed) ? null : parsed;
}

/** The interpreter's thread view of an add-in thread (newest message first). */
export function parseThreadInput(thread: ThreadInput, timeZone: string): ParsedThread {
  const newestFirst = [...thread.messages].sort((a, b) => (dateOf(b) ?? 0) - (dateOf(a) ?? 0));
  return buildParsedThread(
    {
      subject: thread.subject,
      messages: newestFirst.map((m) => ({
        from: toMailPerson(m.from),
        to: m.to.map(toMailPerson),
        cc: (m.cc ?? []).map(toMailPerson),
        dateMs: dateOf(m),
        body: m.body,
      })),
    },
    timeZone,
  );
}

/** Like {@link interpretThread}, with per-field confidences. */
export function analyzeThreadInput(thread: ThreadInput, options: InterpretOptions = {}): InterpretationAnalysis {
  return analyzeThread(parseThreadInput(thread, options.timeZone ?? 'UTC'), options);
}

/**
 * The contract's interpretation (../../../../shared/contracts/interpret.md) of an add-in thread.
 * Same options and output as `interpretMessage`; synchronous and pure.
 */
export function interpretThread(thread: ThreadInput, options: InterpretOptions = {}): Interpretation {
  return analyzeThreadInput(thread, options).interpretation;
}
