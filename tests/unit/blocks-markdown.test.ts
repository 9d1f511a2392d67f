/** The Markdown rendering of blocks: what an agent reads in a mirror, by block kind. */
import { describe, expect, test } from 'vitest';
import { marked, type Tokens } from 'marked';
import { blocksMarkdown, mirrorHref } from '../../src/lib/blocks-markdown';
import { badge, code, lineBreak, link, text, type Block } from '../../src/lib/view/blocks';
import { site } from '../../src/config/site';

describe('links in a mirror', () => {
  test('a page of the site becomes its mirror, without the fragment; other URLs stay', () => {
    expect(mirrorHref('/en/models/minimax/m2.5')).toBe(`${site.siteUrl}/en/models/minimax/m2.5.md`);
    expect(mirrorHref('/en/models/minimax#parameters')).toBe(`${site.siteUrl}/en/models/minimax.md`);
    expect(mirrorHref('https://platform.minimax.io')).toBe('https://platform.minimax.io');
  });
});

describe('blocks as Markdown', () => {
  test('headings, paragraphs and lists escape their text; badges follow a middle dot', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 2, content: [link('MiniMax', '/en/models/minimax'), badge('7 variants')] },
      { kind: 'paragraph', content: [text('*not emphasis* and [not a link]')] },
      { kind: 'list', items: [[text('# not a heading')], [code('max_tokens')]] },
    ];
    expect(blocksMarkdown(blocks)).toBe(
      `## [MiniMax](${site.siteUrl}/en/models/minimax.md) · 7 variants\n\n\\*not emphasis\\* and \\[not a link\\]\n\n- \\# not a heading\n- \`max_tokens\``,
    );
  });

  test('a table is preceded by its caption; spanning cells keep the row as wide as the header; the best value is bold', () => {
    const markdown = blocksMarkdown([
      {
        kind: 'table',
        table: {
          captionId: 'c',
          caption: 'Prices | per 1M',
          columns: [{ label: [text('Provider')] }, { label: [text('Input')] }, { label: [text('Output')] }],
          rows: [
            { header: [text('A'), badge('Basis', true)], cells: [{ content: [text('$0.30')], best: 'best' }, { content: [text('$1.20')] }] },
            { header: [text('B')], cells: [{ content: [text('From $0.010 / 1K tokens')], span: 2 }] },
            { header: [link('C', '/en/models/x'), lineBreak, code('C-1')], cells: [{ content: [text('a\nb')] }, { content: [] }] },
          ],
        },
      },
    ]);
    const [caption, table] = markdown.split('\n\n');
    expect(caption).toBe('Prices \\| per 1M');
    const token = marked.lexer(table!)[0];
    expect(token?.type).toBe('table');
    if (token?.type !== 'table') return;
    expect((token as Tokens.Table).rows.map((r) => r.map((c) => c.text))).toEqual([
      ['A · Basis', '**$0.30**', '$1.20'],
      ['B', 'From $0.010 / 1K tokens', ''],
      [`[C](${site.siteUrl}/en/models/x.md) \`C-1\``, 'a b', ''],
    ]);
  });

  test('FAQ questions are bold, cards are headings, charts are their text alternative, script controls write nothing', () => {
    const markdown = blocksMarkdown([
      { kind: 'faq', items: [{ id: 'q', question: 'Why?', answer: 'Because.' }] },
      { kind: 'cards', items: [{ title: 'Agents', description: 'Tool calls.' }] },
      { kind: 'copyButtons', copy: 'Copy', copied: 'Copied', failed: 'Failed' },
      { kind: 'trail', content: [link('Models', '/en/models')] },
    ]);
    expect(markdown).toBe(`**Why?**\n\nBecause.\n\n### Agents\n\nTool calls.\n\n[Models](${site.siteUrl}/en/models.md)`);
  });

  test('a group writes its blocks in order; code keeps its fence longer than any backtick run inside', () => {
    const markdown = blocksMarkdown([
      {
        kind: 'group',
        blocks: [
          { kind: 'code', code: 'echo ```', lang: 'bash', label: 'x', highlight: 'plain' },
          { kind: 'paragraph', content: [text('after')] },
        ],
      },
    ]);
    expect(markdown).toBe('````bash\necho ```\n````\n\nafter');
  });
});
