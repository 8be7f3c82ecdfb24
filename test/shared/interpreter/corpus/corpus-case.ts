/**
 * The labelled corpus format: each case is one realistic email written as a
 * compact table row (headers, body, quoted or forwarded history in the exact
 * layout of a mail client) plus the expected contract fields. `buildEml`
 * renders the row to RFC 822 text; dates and windows are written as local
 * wall times in the case's zone and converted to UTC here.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../../shared/src/slot-engine/calendar-names.js';
import {
  isoWeekday,
  wallTimeToInstant,
  zoneOffsetMs,
  addCivilDays,
  formatCivilDate,
} from '../../../../shared/src/slot-engine/zoned-time.js';

/** How a mail client laid out a quoted or forwarded message. */
export type HistoryStyle =
  | 'gmail-en'
  | 'gmail-fr'
  | 'apple-en'
  | 'apple-fr'
  | 'outlook-en'
  | 'outlook-fr'
  | 'outlook-original'
  | 'fwd-gmail-en'
  | 'fwd-gmail-fr'
  | 'fwd-apple-en'
  | 'fwd-apple-fr'
  | 'fwd-thunderbird-fr';

/** A message of the history: `date` is local `YYYY-MM-DD HH:mm` in the case's zone. */
export interface HistoryRow {
  readonly style: HistoryStyle;
  readonly from: string;
  readonly to?: string;
  readonly cc?: string;
  readonly date: string;
  readonly subject?: string;
  readonly body: string;
}

/** A window as local wall times: `[from, to]`, `to: null` open, `from === to` exact start. */
export type LocalWindow = readonly [string, string | null];

/** The expected reading; contacts are addresses, a trailing `?` marks an optional one. */
export interface ExpectedRow {
  readonly language: 'en' | 'fr';
  readonly intent: 'schedule' | 'reschedule' | 'cancel' | 'other';
  readonly contacts: readonly string[];
  readonly type: 'call' | 'video' | 'meeting' | 'coffee' | 'breakfast' | 'lunch' | 'dinner' | 'drinks' | null;
  readonly duration: number | null;
  readonly location: string | null;
  readonly when: readonly LocalWindow[];
  readonly excluded?: readonly LocalWindow[];
}

/** One labelled case. */
export interface CaseRow {
  readonly id: string;
  readonly tz: string;
  /** Local reference time; default the newest message's date. */
  readonly now?: string;
  readonly self?: readonly string[];
  readonly assistant?: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly cc?: string;
  /** A Bcc header, as in the sender's own copy of a message: never a contact. */
  readonly bcc?: string;
  readonly date: string;
  readonly subject: string;
  readonly body: string;
  readonly html?: boolean;
  readonly history?: readonly HistoryRow[];
  readonly expect: ExpectedRow;
}

// --- window shorthands (local wall times) ---
/** A whole local day. */
export const day = (date: string): LocalWindow => [`${date} 00:00`, `${formatCivilDate(addCivilDays(date, 1))} 00:00`];
/** Whole local days from `first` to `last` inclusive. */
export const days = (first: string, last: string): LocalWindow => [
  `${first} 00:00`,
  `${formatCivilDate(addCivilDays(last, 1))} 00:00`,
];
/** An exact start. */
export const at = (dateTime: string): LocalWindow => [dateTime, dateTime];
/** `[from, to)` on one day: `span('2026-03-10', '08:00', '12:00')`. */
export const span = (date: string, from: string, to: string): LocalWindow => [`${date} ${from}`, `${date} ${to}`];
/** From an instant on, open-ended. */
export const onward = (dateTime: string): LocalWindow => [dateTime, null];

const EN_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const FR_DAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

interface LocalParts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  wd: number;
}

function partsOf(local: string): LocalParts {
  const [date = '', time = '00:00'] = local.split(' ');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return { y, m, d, hh, mm, wd: isoWeekday(date) - 1 };
}

/** UTC instant of a local `YYYY-MM-DD HH:mm` in `timeZone`. */
export function localToMs(local: string, timeZone: string): number {
  const [date = '', time = '00:00'] = local.split(' ');
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  // "24:00" is the end of a day: the next day's midnight, which is not always 24 hours later.
  return hh === 24
    ? wallTimeToInstant(timeZone, addCivilDays(date, 1), mm)
    : wallTimeToInstant(timeZone, date, hh * 60 + mm);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const twelveHour = (p: LocalParts): string => `${((p.hh + 11) % 12) + 1}:${pad(p.mm)} ${p.hh < 12 ? 'AM' : 'PM'}`;

/** The RFC 5322 `Date` header of a local time. */
export function rfcDate(local: string, timeZone: string): string {
  const p = partsOf(local);
  const offsetMin = zoneOffsetMs(timeZone, localToMs(local, timeZone)) / 60_000;
  const sign = offsetMin < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMin) / 60))}${pad(Math.abs(offsetMin) % 60)}`;
  return `${EN_DAYS[p.wd]}, ${pad(p.d)} ${EN_MONTHS[p.m - 1]} ${p.y} ${pad(p.hh)}:${pad(p.mm)}:00 ${offset}`;
}

function attributionLine(row: HistoryRow): string {
  const p = partsOf(row.date);
  switch (row.style) {
    case 'gmail-fr':
      return `Le ${FR_DAYS[p.wd]} ${p.d} ${FR_MONTHS[p.m - 1]} ${p.y} à ${pad(p.hh)}:${pad(p.mm)}, ${row.from} a écrit :`;
    case 'apple-en':
      return `On ${p.d} ${EN_MONTHS[p.m - 1]} ${p.y}, at ${pad(p.hh)}:${pad(p.mm)}, ${row.from} wrote:`;
    case 'apple-fr':
      return `Le ${p.d} ${FR_MONTHS[p.m - 1]} ${p.y} à ${pad(p.hh)}:${pad(p.mm)}, ${row.from} a écrit :`;
    default:
      return `On ${EN_DAYS[p.wd]}, ${EN_MONTHS[p.m - 1]} ${p.d}, ${p.y} at ${twelveHour(p)} ${row.from} wrote:`;
  }
}

function headerBlock(row: HistoryRow, subject: string): string {
  const p = partsOf(row.date);
  const cc = row.cc ? row.cc : undefined;
  switch (row.style) {
    case 'outlook-en':
    case 'outlook-original':
      return [
        row.style === 'outlook-en' ? '________________________________' : '-----Original Message-----',
        `From: ${row.from}`,
        `Sent: ${WEEKDAY_NAMES.en[p.wd]}, ${MONTH_NAMES.en[p.m - 1]} ${p.d}, ${p.y} ${twelveHour(p)}`,
        `To: ${row.to ?? ''}`,
        ...(cc ? [`Cc: ${cc}`] : []),
        `Subject: ${subject}`,
      ].join('\n');
    case 'outlook-fr':
      return [
        '________________________________',
        `De : ${row.from}`,
        `Envoyé : ${WEEKDAY_NAMES.fr[p.wd]} ${p.d} ${MONTH_NAMES.fr[p.m - 1]} ${p.y} ${pad(p.hh)}:${pad(p.mm)}`,
        `À : ${row.to ?? ''}`,
        ...(cc ? [`Cc : ${cc}`] : []),
        `Objet : ${subject}`,
      ].join('\n');
    case 'fwd-gmail-en':
      return [
        '---------- Forwarded message ---------',
        `From: ${row.from}`,
        `Date: ${EN_DAYS[p.wd]}, ${EN_MONTHS[p.m - 1]} ${p.d}, ${p.y} at ${twelveHour(p)}`,
        `Subject: ${subject}`,
        `To: ${row.to ?? ''}`,
        ...(cc ? [`Cc: ${cc}`] : []),
      ].join('\n');
    case 'fwd-gmail-fr':
      return [
        '---------- Forwarded message ---------',
        `De : ${row.from}`,
        `Date: ${FR_DAYS[p.wd]} ${p.d} ${FR_MONTHS[p.m - 1]} ${p.y} à ${pad(p.hh)}:${pad(p.mm)}`,
        `Subject: ${subject}`,
        `To: ${row.to ?? ''}`,
        ...(cc ? [`Cc: ${cc}`] : []),
      ].join('\n');
    case 'fwd-apple-en':
      return [
        'Begin forwarded message:',
        '',
        `From: ${row.from}`,
        `Subject: ${subject}`,
        `Date: ${p.d} ${MONTH_NAMES.en[p.m - 1]} ${p.y} at ${pad(p.hh)}:${pad(p.mm)}:00`,
        `To: ${row.to ?? ''}`,
        ...(cc ? [`Cc: ${cc}`] : []),
      ].join('\n');
    case 'fwd-apple-fr':
      return [
        'Début du message réexpédié :',
        '',
        `De: ${row.from}`,
        `Objet: ${subject}`,
        `Date: ${p.d} ${MONTH_NAMES.fr[p.m - 1]} ${p.y} à ${pad(p.hh)}:${pad(p.mm)}:00`,
        `À: ${row.to ?? ''}`,
        ...(cc ? [`Cc: ${cc}`] : []),
      ].join('\n');
    default:
      return [
        '-------- Message transféré --------',
        `Sujet : ${subject}`,
        `Date : ${FR_DAYS[p.wd]} ${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.hh)}:${pad(p.mm)}`,
        `De : ${row.from}`,
        `Pour : ${row.to ?? ''}`,
        ...(cc ? [`Copie à : ${cc}`] : []),
      ].join('\n');
  }
}

const isAttributionStyle = (style: HistoryStyle): boolean => /^(gmail|apple)-/.test(style);
const quote = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

/** The plain-text body of a message followed by its rendered history. */
export function renderBody(body: string, history: readonly HistoryRow[], subject: string): string {
  const [first, ...rest] = history;
  if (first === undefined) return body;
  const inner = renderBody(first.body, rest, first.subject ?? subject);
  const rendered = isAttributionStyle(first.style)
    ? `${attributionLine(first)}\n${quote(inner)}`
    : `${headerBlock(first, first.subject ?? subject)}\n\n${inner}`;
  return `${body}\n\n${rendered}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An HTML rendering as mail clients produce it: paragraphs, `<br>`, blockquotes for quoted history. */
export function renderHtmlBody(body: string, history: readonly HistoryRow[], subject: string): string {
  const paragraphs = body
    .split('\n\n')
    .map((p) => `<div>${escapeHtml(p).replace(/\n/g, '<br>')}</div>`)
    .join('<div><br></div>');
  const [first, ...rest] = history;
  if (first === undefined) return paragraphs;
  const inner = renderHtmlBody(first.body, rest, first.subject ?? subject);
  const head = isAttributionStyle(first.style) ? attributionLine(first) : headerBlock(first, first.subject ?? subject);
  const headHtml = `<div dir="ltr" class="gmail_attr">${escapeHtml(head).replace(/\n/g, '<br>')}<br></div>`;
  return isAttributionStyle(first.style)
    ? `${paragraphs}<br><div class="gmail_quote">${headHtml}<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${inner}</blockquote></div>`
    : `${paragraphs}<br><div id="divRplyFwdMsg">${headHtml}</div><div>${inner}</div>`;
}

/** Encodes a header value as an RFC 2047 encoded-word when it is not plain ASCII. */
function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** The RFC 822 text of a case. */
export function buildEml(row: CaseRow): string {
  const headers = [
    `From: ${encodeHeader(row.from)}`,
    `To: ${encodeHeader(row.to)}`,
    ...(row.cc ? [`Cc: ${encodeHeader(row.cc)}`] : []),
    ...(row.bcc ? [`Bcc: ${encodeHeader(row.bcc)}`] : []),
    `Subject: ${encodeHeader(row.subject)}`,
    `Date: ${rfcDate(row.date, row.tz)}`,
    `Message-ID: <${row.id}@corpus.slash.example>`,
    'MIME-Version: 1.0',
  ];
  if (row.html) {
    const html = `<html><head><style>p{margin:0}</style></head><body>${renderHtmlBody(row.body, row.history ?? [], row.subject)}</body></html>`;
    const encoded = Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
    return [
      ...headers,
      'Content-Type: text/html; charset="UTF-8"',
      'Content-Transfer-Encoding: base64',
      '',
      encoded,
      '',
    ].join('\r\n');
  }
  const text = renderBody(row.body, row.history ?? [], row.subject);
  return [
    ...headers,
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    text.replace(/\n/g, '\r\n'),
    '',
  ].join('\r\n');
}
