/**
 * Reading llms.txt files as the reference parser does: a port of `parse_llms_file`
 * from AnswerDotAI's `llms_txt` package (llms_txt/core.py in AnswerDotAI/llms-txt, the
 * llmstxt.org proposal's own implementation), regular expression for regular
 * expression. Python's `re.MULTILINE` anchors match only at `\n`, and its `.` stops
 * only at `\n`; JavaScript's stop at `\r`, U+2028 and U+2029 too, so the anchors
 * and dots are spelled out to keep Python's meaning exactly.
 */

/** Start of a line, as `^` under `re.MULTILINE`. */
const lineStart = '(?<=^|\\n)';
/** End of a line, as `$` under `re.MULTILINE`. */
const lineEnd = '(?=\\n|$)';
/** Any character but a line feed, as `.` without `re.DOTALL`. */
const notNewline = '[^\\n]';

/** One `- [name](url): notes` entry of a section. */
export interface LlmsLink {
  title: string;
  url: string;
  desc: string | null;
}

/** A parsed llms.txt: `title` (the H1), `summary` (the `>` line), `info` (what comes before the first H2), `sections` of links by H2 name. */
export interface LlmsFile {
  title: string;
  summary: string | null;
  info: string | null;
  sections: Map<string, LlmsLink[]>;
}

/** `parse_link`: `-\s*\[title\]\(url\)` and an optional `:\s*desc`, searched anywhere in the line. */
export function parseLink(text: string): LlmsLink {
  const match = new RegExp(`-\\s*\\[(?<title>[^\\]]+)\\]\\((?<url>[^\\)]+)\\)(?::\\s*(?<desc>${notNewline}*))?`).exec(text);
  // Python's `re.search(...).groupdict()` fails on a line that is no link; so does this.
  if (!match?.groups) throw new Error(`not an llms.txt link: ${JSON.stringify(text)}`);
  return { title: match.groups['title'] ?? '', url: match.groups['url'] ?? '', desc: match.groups['desc'] ?? null };
}

/** `_parse_links`: every non-blank line of a section is a link. */
function parseLinks(links: string): LlmsLink[] {
  return links
    .trim()
    .split(/\n+/)
    .filter((line) => line.trim())
    .map(parseLink);
}

/** `_parse_llms`: the text before the first H2, and the sections split at `^##\s*(.*?$)`. */
export function splitLlms(text: string): { start: string; sections: Map<string, string> } {
  const [start = '', ...rest] = text.split(new RegExp(`${lineStart}##\\s*(${notNewline}*?${lineEnd})`));
  const sections = new Map<string, string>();
  // `dict(chunked(rest, 2))`: a repeated name keeps its first place and its last text, as in a Python dict.
  for (let i = 0; i < rest.length; i += 2) sections.set(rest[i] ?? '', rest[i + 1] ?? '');
  return { start: start.trim(), sections };
}

/**
 * The title, summary and info of the text before the first H2:
 * `^#\s*(?P<title>.+?$)\n+(?:^>\s*(?P<summary>.+?$)$)?\n+(?P<info>.*)` under MULTILINE and DOTALL.
 * The `\n+` after the summary is not optional: a `>` line with nothing after it before the first
 * H2 is read as `info`, and `summary` stays empty.
 */
export function parseLlmsHead(start: string): Omit<LlmsFile, 'sections'> {
  const pattern = new RegExp(`${lineStart}#\\s*(?<title>.+?${lineEnd})\\n+(?:${lineStart}>\\s*(?<summary>.+?${lineEnd})${lineEnd})?\\n+(?<info>.*)`, 's');
  const match = pattern.exec(start);
  if (!match?.groups) throw new Error('not an llms.txt: no H1 title followed by more text');
  return { title: match.groups['title'] ?? '', summary: match.groups['summary'] ?? null, info: match.groups['info'] ?? null };
}

/** `parse_llms_file`: the whole file. */
export function parseLlmsFile(text: string): LlmsFile {
  const { start, sections } = splitLlms(text);
  return { ...parseLlmsHead(start), sections: new Map([...sections].map(([name, links]) => [name, parseLinks(links)])) };
}
