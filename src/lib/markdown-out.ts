/**
 * Writing Markdown and YAML safely. Mirrors are built from data with these,
 * never by pasting strings into templates, so any text comes back exactly.
 */

// Anything any of the escapes below would change: a markup character, an underscore, a line
// separator, or a line starting as a heading, list item or setext line could. Most table cells
// (figures, names, dates) have none, and skip the five passes.
const markdownSensitive = /[\\`*[\]<>|&~_\u2028\u2029]|^(?:[#+=-]|\d{1,9}[.)])/m;

/**
 * Escapes text for Markdown inline content: characters that would start markup
 * (emphasis, links, code, HTML, entities, table pipes) get a backslash, which
 * CommonMark removes again when it reads the text.
 */
export function escapeMarkdown(text: string): string {
  if (!markdownSensitive.test(text)) return text;
  return (
    text
      .replace(/[\\`*[\]<>|&~]/g, (c) => `\\${c}`)
      // An underscore inside a word (CATALOG_API_KEY) cannot start emphasis; escape only the others.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      // Line starts that would open a heading, a list item or a setext/thematic line.
      .replace(/^(#{1,6}|[+-]|\d{1,9}[.)])(?=[ \t]|$)/gm, (m) => m.replace(/^(\d*)(.)/, '$1\\$2'))
      .replace(/^([-=])(?=\1*[ \t]*$)/gm, '\\$1')
      // Line and paragraph separators end a line for regex-based parsers (JavaScript's `$`),
      // so they travel as character references, which every CommonMark reader decodes.
      .replace(/[\u2028\u2029]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`)
  );
}

/** One table cell: escaped inline text on a single line. */
export function tableCell(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped.includes('\n') || escaped.includes('\r') ? escaped.replace(/\r\n|\r|\n/g, ' ') : escaped;
}

/** A GFM table with a header row. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers.map(tableCell)), line(headers.map(() => '---')), ...rows.map((row) => line(row))].join('\n');
}

/** A fenced code block, its fence longer than any backtick run inside. */
export function codeBlock(code: string, lang: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

/** `[text](url)` with the text escaped and any character that would end the URL percent-encoded. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

// Characters a YAML double-quoted scalar may not hold raw (DEL, C1 controls, the BOM, U+FFFE/F),
// and those YAML 1.1 reads as line breaks (U+0085, U+2028, U+2029); JSON escapes the rest.
const yamlUnsafe = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
// Plain keys that YAML 1.1 would read as booleans or null.
const yaml11Words = /^(?:y|yes|n|no|true|false|on|off|null|~)$/i;

/** A string as a one-line YAML double-quoted scalar: JSON's escapes, which YAML shares, plus the ones YAML needs besides. */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(yamlUnsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) && !yaml11Words.test(key) ? key : yamlString(key);
}

function yamlScalar(value: unknown, where: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`frontmatter ${where}: ${value} is not a number YAML can carry`);
    // String() writes -0 as 0, which is what js-yaml would read back anyway.
    return String(value);
  }
  throw new Error(`frontmatter ${where}: cannot write a ${typeof value}`);
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Block YAML of a map at `indent`; keys whose value is undefined are left out. */
function yamlMap(data: Record<string, unknown>, indent: string, where: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const at = `${where}.${key}`;
    const head = `${indent}${yamlKey(key)}:`;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${head} []`);
      else lines.push(head, ...yamlSeq(value, `${indent}  `, at));
    } else if (isMap(value)) {
      const body = yamlMap(value, `${indent}  `, at);
      lines.push(...(body.length ? [head, ...body] : [`${head} {}`]));
    } else {
      lines.push(`${head} ${yamlScalar(value, at)}`);
    }
  }
  return lines;
}

function yamlSeq(items: readonly unknown[], indent: string, where: string): string[] {
  return items.flatMap((item, i) => {
    const at = `${where}[${i}]`;
    if (Array.isArray(item)) return item.length ? [`${indent}-`, ...yamlSeq(item, `${indent}  `, at)] : [`${indent}- []`];
    if (isMap(item)) {
      const [first = `${indent}  {}`, ...rest] = yamlMap(item, `${indent}  `, at);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    }
    return [`${indent}- ${yamlScalar(item, at)}`];
  });
}

/**
 * YAML frontmatter that strict YAML 1.2, YAML 1.1 and js-yaml parsers all read
 * back to exactly these values: block maps and lists, every string one
 * double-quoted line (JSON's escapes plus `\uXXXX` for what YAML needs
 * escaped), keys plain unless YAML 1.1 would misread them. Written by hand
 * rather than through the `yaml` library's document model, which was a tenth
 * of a large build's render time; tests read it back with three parsers.
 */
export function frontmatter(data: Record<string, unknown>): string {
  return `---\n${yamlMap(data, '', '')
    .map((line) => `${line}\n`)
    .join('')}---\n`;
}
