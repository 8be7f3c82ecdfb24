/**
 * Splits a plain-text body into the author's own words and the history below
 * them (quoted replies and forwarded messages), each history message with its
 * own people and `Date`, so that its relative expressions resolve against it.
 */
import type { MailPerson } from '../thread-message.js';
import { findQuoteBoundary, QUOTED_HEADER_LINE, type QuoteBoundary } from './quote-boundaries.js';
import { parseHeaderDate } from './parse-header-date.js';
import { parseBareName, parsePeopleList } from './parse-people.js';

/** One message found in the history of a body; `body` still holds its signature, not its own history. */
export interface HistoryMessage {
  readonly origin: 'quoted' | 'forwarded';
  readonly from: MailPerson | null;
  /** The author's display name even when the client printed no address ("From: Ann Lee"). */
  readonly fromName: string | null;
  readonly to: readonly MailPerson[];
  readonly cc: readonly MailPerson[];
  readonly dateMs: number | null;
  readonly body: string;
}

/** A body split into its own text and the history below it, newest history first. */
export interface SplitBody {
  readonly ownText: string;
  readonly history: readonly HistoryMessage[];
}

// Deeper nesting than this is a pathological or hostile message; the rest stays unread.
const MAX_DEPTH = 12;

interface HistoryHeader {
  from: MailPerson | null;
  fromName: string | null;
  to: MailPerson[];
  cc: MailPerson[];
  dateMs: number | null;
}

function isQuotedLine(line: string): boolean {
  return /^\s*>/.test(line);
}

function unquote(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/^\s*> ?/, ''));
}

function mostlyQuoted(lines: readonly string[]): boolean {
  const nonBlank = lines.filter((line) => line.trim() !== '');
  return nonBlank.length > 0 && nonBlank.filter(isQuotedLine).length / nonBlank.length > 0.6;
}

function parseAttribution(attribution: string, timeZone: string): HistoryHeader {
  const people = parsePeopleList(attribution);
  // The date ends at the time of day ("10:02 AM", "à 10:02,"); the author's name follows it.
  const timeMatch = /\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/i.exec(attribution);
  const dateText = timeMatch ? attribution.slice(0, timeMatch.index + timeMatch[0].length) : attribution;
  const whoText = timeMatch ? attribution.slice(timeMatch.index + timeMatch[0].length) : '';
  const fromName = parseBareName(whoText.split('<')[0] ?? '') ?? people[0]?.name ?? null;
  const from = people[0] ? { email: people[0].email, name: people[0].name ?? fromName } : null;
  return { from, fromName, to: [], cc: [], dateMs: parseHeaderDate(dateText, timeZone) };
}

function parseHeaderLines(lines: readonly string[], timeZone: string): { header: HistoryHeader; bodyStart: number } {
  const header: HistoryHeader = { from: null, fromName: null, to: [], cc: [], dateMs: null };
  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  for (; index < lines.length; index++) {
    const match = QUOTED_HEADER_LINE.exec(lines[index] ?? '');
    if (!match) break;
    const key = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (key === 'from' || key === 'de') {
      header.from = parsePeopleList(value)[0] ?? null;
      header.fromName = header.from?.name ?? parseBareName(value);
    } else if (key === 'to' || key === 'à' || key === 'a' || key === 'pour') header.to = parsePeopleList(value);
    else if (key === 'cc' || key === 'copie à') header.cc = parsePeopleList(value);
    else if (key === 'sent' || key === 'envoyé' || key === 'date') header.dateMs = parseHeaderDate(value, timeZone);
  }
  return { header, bodyStart: index };
}

/** Own text and history of `body`; `timeZone` reads the wall-clock dates that mail clients print. */
export function splitQuotedHistory(body: string, timeZone: string): SplitBody {
  return splitAt(body.replace(/\r\n?/g, '\n').split('\n'), { timeZone, depth: 0, isForward: false });
}

interface SplitContext {
  readonly timeZone: string;
  readonly depth: number;
  readonly isForward: boolean;
}

function splitAt(lines: readonly string[], context: SplitContext): SplitBody {
  const boundary = findQuoteBoundary(lines);
  const firstQuoted = lines.findIndex(isQuotedLine);
  if (context.depth >= MAX_DEPTH) return { ownText: lines.join('\n'), history: [] };
  if (firstQuoted >= 0 && (boundary === undefined || firstQuoted < boundary.lineIndex)) {
    return splitBareQuote(lines, firstQuoted, context);
  }
  if (boundary === undefined) return { ownText: lines.join('\n'), history: [] };
  return boundary.kind === 'attribution'
    ? splitAttribution(lines, boundary, context)
    : splitHeaderBlock(lines, boundary, context);
}

function quotedBlockEnd(lines: readonly string[], start: number): number {
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isQuotedLine(line)) end = i + 1;
    else if (line.trim() !== '') break;
  }
  return end;
}

function splitBareQuote(lines: readonly string[], start: number, context: SplitContext): SplitBody {
  const end = quotedBlockEnd(lines, start);
  const after = splitAt(lines.slice(end), context);
  const inner = splitAt(unquote(lines.slice(start, end)), { ...context, depth: context.depth + 1 });
  const quoted: HistoryMessage = {
    origin: context.isForward ? 'forwarded' : 'quoted',
    from: null,
    fromName: null,
    to: [],
    cc: [],
    dateMs: null,
    body: inner.ownText,
  };
  const ownText = [...lines.slice(0, start), after.ownText].join('\n');
  return { ownText, history: [quoted, ...inner.history, ...after.history] };
}

function splitAttribution(lines: readonly string[], boundary: QuoteBoundary, context: SplitContext): SplitBody {
  const header = parseAttribution(boundary.attribution ?? '', context.timeZone);
  const rest = lines.slice(boundary.lineIndex + boundary.lineCount);
  const firstText = rest.findIndex((line) => line.trim() !== '');
  const isQuoteBlock = firstText >= 0 && isQuotedLine(rest[firstText] ?? '');
  const end = isQuoteBlock ? quotedBlockEnd(rest, firstText) : rest.length;
  const quotedLines = isQuoteBlock ? unquote(rest.slice(firstText, end)) : rest;
  // Text after the quote block is a bottom-posted reply: it belongs to the author.
  const after = isQuoteBlock ? splitAt(rest.slice(end), context) : { ownText: '', history: [] };
  return nestHistory({ lines, boundary, header, quotedLines, after, context });
}

function splitHeaderBlock(lines: readonly string[], boundary: QuoteBoundary, context: SplitContext): SplitBody {
  const rest = lines.slice(boundary.lineIndex + boundary.lineCount);
  const { header, bodyStart } = parseHeaderLines(rest, context.timeZone);
  const bodyLines = rest.slice(bodyStart);
  const quotedLines = mostlyQuoted(bodyLines) ? unquote(bodyLines) : bodyLines;
  return nestHistory({ lines, boundary, header, quotedLines, after: { ownText: '', history: [] }, context });
}

interface NestInput {
  readonly lines: readonly string[];
  readonly boundary: QuoteBoundary;
  readonly header: HistoryHeader;
  readonly quotedLines: readonly string[];
  readonly after: SplitBody;
  readonly context: SplitContext;
}

function nestHistory({ lines, boundary, header, quotedLines, after, context }: NestInput): SplitBody {
  const isForward = context.isForward || boundary.isForward;
  const inner = splitAt(quotedLines, { ...context, depth: context.depth + 1, isForward });
  const message: HistoryMessage = { origin: isForward ? 'forwarded' : 'quoted', ...header, body: inner.ownText };
  const ownText = [...lines.slice(0, boundary.lineIndex), after.ownText].join('\n');
  return { ownText, history: [message, ...inner.history, ...after.history] };
}
