/** The minimal HTML shell of the public privacy pages (no script: the CSP allows none inline). */

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A complete page; `body` is trusted HTML built by the caller from escaped values. */
export function htmlPage(options: { title: string; body: string; lang?: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${options.lang ?? 'en'}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(options.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}label{display:block;margin:1rem 0 .25rem}input,select{font:inherit;padding:.4rem;width:100%}button{font:inherit;margin-top:1rem;padding:.5rem 1rem}</style>',
    '</head>',
    `<body><h1>${escapeHtml(options.title)}</h1>${options.body}</body>`,
    '</html>',
  ].join('\n');
}
