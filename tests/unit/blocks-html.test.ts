/** Blocks as HTML: escaped exactly as Astro escapes an expression and an attribute, so moving a block out of a template changes no byte. */
import { describe, expect, test } from 'vitest';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { addAttribute } from 'astro/runtime/server/render/util.js';
import { attribute, escapeHtmlText, htmlSegments, inlineHtml, tableHtml } from '../../src/lib/blocks-html';
import { badge, code, lineBreak, link, text, type Block, type DataTable } from '../../src/lib/view/blocks';

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

describe('attributes', () => {
  test.each([...hostile, '', 'plain', 4, 0])('written as Astro writes an ordinary attribute: %j', (value) => {
    expect(attribute('data-x', value)).toBe(String(addAttribute(value, 'data-x')));
  });
  test('undefined writes nothing, as in Astro', () => {
    expect(attribute('title', undefined)).toBe('');
    expect(String(addAttribute(undefined, 'title'))).toBe('');
  });
});

const table = (over: Partial<DataTable> = {}): DataTable => ({
  captionId: 'c"1',
  caption: 'Prices <b> & "more"',
  columns: [{ label: [text('Model')] }, { label: [text('Input')], numeric: true, sortable: true }],
  rows: [
    {
      header: [link('A&B', '/en/x?y=1&z=2')],
      cells: [{ content: [text('$0.30')], numeric: true, sort: '0.3', best: 'cheapest <1>' }],
      data: { family: 'fam"ily', empty: '' },
    },
    { header: [text('C')], cells: [{ content: [text('Not published')], span: 2, title: 'a "t"', sort: '' }] },
  ],
  ...over,
});

describe('tables', () => {
  test('caption, header row, row headers and every cell attribute, escaped', () => {
    expect(tableHtml(table())).toBe(
      '<section class="table-scroll" aria-labelledby="c&quot;1" tabindex="0" data-pagefind-ignore><table><caption id="c&quot;1">Prices &lt;b&gt; &amp; &quot;more&quot;</caption>' +
        '<thead><tr><th scope="col">Model</th><th scope="col" class="num" data-sortable>Input</th></tr></thead><tbody>' +
        '<tr data-family="fam&quot;ily" data-empty><th scope="row"><a href="/en/x?y=1&amp;z=2">A&amp;B</a></th><td class="num" data-sort="0.3"><strong class="best">$0.30<span class="sr-only"> (cheapest &lt;1&gt;)</span></strong></td></tr>' +
        '<tr><th scope="row">C</th><td colspan="2" title="a &quot;t&quot;" data-sort>Not published</td></tr></tbody></table></section>',
    );
  });
  test('a field/value table has no header row; a searchable one stays in the index', () => {
    const html = tableHtml(table({ keyValue: true, searchable: true, className: 'spec-table', tableId: 't1' }));
    expect(html).not.toContain('<thead>');
    expect(html).not.toContain('data-pagefind-ignore');
    expect(html).toContain('<table class="spec-table" id="t1">');
  });
});

describe('segments', () => {
  const copyButtons: Block = { kind: 'copyButtons', copy: 'Copy', copied: 'Copied', failed: 'Failed' };
  test('HTML runs are joined, components stand between them, groups open and close around what they hold', () => {
    const segments = htmlSegments([
      { kind: 'heading', level: 2, id: 'x', content: [text('Quick start')] },
      { kind: 'group', searchable: false, blocks: [{ kind: 'paragraph', content: [text('a')], className: 'note' }, copyButtons] },
      { kind: 'trail', content: [text('Catalog')] },
      { kind: 'table', table: table({ sortLabel: 'Sort by {column}', searchable: true }) },
      { kind: 'list', items: [[text('one')], [code('two')]], searchable: true },
    ]);
    expect(segments).toHaveLength(5);
    expect(segments[0]).toBe('<h2 id="x">Quick start</h2><div data-pagefind-ignore><p class="note">a</p>');
    expect(segments[1]).toBe(copyButtons);
    expect(segments[2]).toBe('</div>');
    expect(segments[3]).toMatchObject({ kind: 'sortableTable', label: 'Sort by {column}' });
    expect(segments[4]).toBe('<ul><li>one</li><li><code>two</code></li></ul>');
  });
  test('FAQ, cards, badges, part links and code, escaped', () => {
    const [html] = htmlSegments([
      { kind: 'faq', items: [{ id: 'q"1', question: 'Why <x>?', answer: "It's & so" }] },
      { kind: 'cards', items: [{ title: 'T&', description: '<d>' }] },
      { kind: 'metaLine', form: 'spans', text: '', items: [{ value: 'A<', best: true }, { value: 'B' }] },
      { kind: 'metaLine', form: 'terms', text: '', items: [{ term: 'Status', value: 'Live"' }] },
      {
        kind: 'partNav',
        label: 'Parts "x"',
        parts: [
          { label: '1', href: '/a', current: true },
          { label: '2', href: '/a?b&c', current: false },
        ],
      },
      { kind: 'code', code: 'x', lang: 'bash', label: 'cURL "x"', highlight: 'plain', html: '<pre>x</pre>' },
    ]);
    expect(html).toBe(
      '<dl class="faq prose"><dt id="faq-q&quot;1">Why &lt;x&gt;?</dt><dd>It&#39;s &amp; so</dd></dl>' +
        '<ul class="cards"><li class="card"><h3>T&amp;</h3><p>&lt;d&gt;</p></li></ul>' +
        '<p class="meta-line"><span class="badge badge-best">A&lt;</span><span class="badge">B</span></p>' +
        '<dl class="meta-line"><dt class="sr-only">Status</dt><dd class="badge">Live&quot;</dd></dl>' +
        '<nav class="parts" aria-label="Parts &quot;x&quot;"><ol><li><a href="/a" aria-current="page">1</a></li><li><a href="/a?b&amp;c">2</a></li></ol></nav>' +
        '<div class="code-block" data-code-label="cURL &quot;x&quot;" data-pagefind-ignore><pre>x</pre></div>',
    );
  });
});
