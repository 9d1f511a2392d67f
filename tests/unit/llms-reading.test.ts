/**
 * The port of the reference llms.txt parser (tests/llms-reading.ts) reads what the reference reads:
 * the cases of AnswerDotAI/llms-txt's own parsing tests, and the case it reads differently from what a
 * writer may intend, a `>` line followed directly by the first H2.
 */
import { describe, expect, test } from 'vitest';
import { parseLink, parseLlmsFile } from '../llms-reading';

describe('the reference llms.txt parser, ported', () => {
  test('title, summary, info and sections of links', () => {
    const parsed = parseLlmsFile(
      '# Title\n\n> Optional description goes here\n\nOptional details go here\n\n## Section name\n\n- [Link title](https://link_url): Optional link details\n\n## Optional\n\n- [Link title](https://link_url)\n',
    );
    expect(parsed).toMatchObject({ title: 'Title', summary: 'Optional description goes here', info: 'Optional details go here' });
    expect(parsed.sections.get('Section name')).toEqual([{ title: 'Link title', url: 'https://link_url', desc: 'Optional link details' }]);
    expect(parsed.sections.get('Optional')).toEqual([{ title: 'Link title', url: 'https://link_url', desc: null }]);
  });

  test('several links a section; no summary when there is no > line', () => {
    const parsed = parseLlmsFile(
      '# Another Title\n\n> Another description\n\nMore details\n\n## Links\n\n- [Google](https://google.com): Search engine\n- [OpenAI](https://openai.com)\n\n## More Info\n\n- [Python](https://python.org): Programming language\n',
    );
    expect(parsed.sections.get('Links')?.map((l) => l.title)).toEqual(['Google', 'OpenAI']);
    expect(parseLlmsFile('# Only Title\n\nOnly details here\n\n## Section\n\n- [Item](https://example.com)\n')).toMatchObject({
      title: 'Only Title',
      summary: null,
      info: 'Only details here',
    });
  });

  test('a > line right before the first H2 is read as info, not as the summary', () => {
    expect(parseLlmsFile('# Title\n\n> A summary\n\n## Section\n\n- [a](https://a.test)\n')).toMatchObject({
      title: 'Title',
      summary: null,
      info: '> A summary',
    });
  });

  test('a line in a section that is no link is refused, as the reference fails on it', () => {
    expect(() => parseLlmsFile('# T\n\n> S\n\nI\n\n## Section\n\n| a table | row |\n')).toThrow(/not an llms.txt link/);
    expect(parseLink('- [x](https://x.test):   note')).toEqual({ title: 'x', url: 'https://x.test', desc: 'note' });
  });
});
