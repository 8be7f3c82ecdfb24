/**
 * Converts an HTML mail body to plain text. Quoted history in HTML mail lives
 * in `<blockquote>` elements (Gmail, Apple Mail, Thunderbird), so their lines
 * are prefixed with "> " per nesting level: the thread splitter then treats
 * them exactly like plain-text quotes.
 */

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'tr',
  'table',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
]);
const SKIPPED_TAGS = new Set(['style', 'script', 'head', 'title']);
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euml: 'ë',
  Eacute: 'É',
  Agrave: 'À',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  laquo: '«',
  raquo: '»',
  euro: '€',
  middot: '·',
  shy: '',
};

/** Decodes the HTML character references of `text` (named, decimal and hex). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole: string, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Plain text of an HTML body; blockquotes become "> "-prefixed lines, tags and styles disappear. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = '';
  let quoteDepth = 0;
  let skipDepth = 0;
  const flush = (): void => {
    const trimmed = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    lines.push(quoteDepth > 0 ? `${'> '.repeat(quoteDepth)}${trimmed}`.trimEnd() : trimmed);
    current = '';
  };
  const tokenPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+|<)/g;
  for (const match of html.matchAll(tokenPattern)) {
    const [, closing, rawTag, textPart] = match;
    if (textPart !== undefined) {
      if (skipDepth === 0) current += decodeHtmlEntities(textPart.replace(/\s+/g, ' '));
      continue;
    }
    if (rawTag === undefined) continue;
    const tag = rawTag.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) skipDepth = Math.max(0, skipDepth + (closing ? -1 : 1));
    else if (tag === 'br') flush();
    else if (tag === 'blockquote') {
      if (current.trim() !== '') flush();
      quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
    } else if (BLOCK_TAGS.has(tag) && current.trim() !== '') flush();
  }
  flush();
  return collapseBlankLines(lines).join('\n');
}

function collapseBlankLines(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    const isBlank = /^[> ]*$/.test(line);
    const previous = kept[kept.length - 1];
    if (isBlank && (previous === undefined || /^[> ]*$/.test(previous))) continue;
    kept.push(isBlank ? line.trim() : line);
  }
  while (kept.length > 0 && /^[> ]*$/.test(kept[kept.length - 1] ?? '')) kept.pop();
  return kept;
}
