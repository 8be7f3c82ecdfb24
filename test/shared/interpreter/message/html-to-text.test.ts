import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../shared/src/interpreter/message/html-to-text.js';

describe('htmlToText', () => {
  it('turns blocks and breaks into lines, drops styles and decodes entities', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><div>Un caf&eacute;&nbsp;jeudi&#160;?</div><div>Claire<br>Paris</div></body></html>';
    expect(htmlToText(html)).toBe('Un café jeudi ?\nClaire\nParis');
  });

  it('prefixes blockquote lines with "> " per level, as plain-text quotes', () => {
    const html =
      '<div>Yes.</div><div class="gmail_quote">On Tue wrote:<blockquote><div>Lunch?</div><blockquote>Hi</blockquote></blockquote></div>';
    expect(htmlToText(html)).toBe('Yes.\nOn Tue wrote:\n> Lunch?\n> > Hi');
  });
});
