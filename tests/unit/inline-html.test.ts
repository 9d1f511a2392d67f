/** Inline content as HTML: escaped exactly as Astro escapes an expression, so moving a cell out of a template changes no byte. */
import { describe, expect, test } from 'vitest';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { escapeHtmlText, inlineHtml } from '../../src/lib/inline-html';
import { badge, code, lineBreak, link, text } from '../../src/lib/view/blocks';

const hostile = ['</script><!-- "q" \'s\' & <b>', 'a & b', '"quoted"', "it's", '\u2028 \u0000 plain'];

describe('inline HTML', () => {
  test.each(hostile)('text is escaped as Astro escapes it: %j', (value) => {
    expect(escapeHtmlText(value)).toBe(String(escapeHTML(value)));
  });

  test('each kind of part, and a link whose URL holds & and "', () => {
    expect(inlineHtml([text('A <b>'), badge('Basis', true), badge('Price cut'), lineBreak, code('x&y'), link('M2 "fast"', '/en/a?b=1&c="2"')])).toBe(
      'A &lt;b&gt; <span class="badge badge-best">Basis</span> <span class="badge">Price cut</span><br><code>x&amp;y</code><a href="/en/a?b=1&amp;c=&quot;2&quot;">M2 &quot;fast&quot;</a>',
    );
  });
});
