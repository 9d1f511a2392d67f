/**
 * Reading and writing `_headers` (Netlify / Cloudflare Pages syntax). No imports,
 * so the local server (scripts/serve.mjs) runs it directly on Node.
 */

/** One block: a path pattern and the headers it adds. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** The rules in `_headers` syntax. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Generated at build time from the page list (src/lib/headers.ts).\n${blocks.join('\n')}\n`;
}

/**
 * Headers the rules give a path: every matching rule applies, in order; `*`
 * matches any run of characters. The same reading as the hosts', used by the
 * local server so tests see what production sends.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.path
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (!pattern.test(path)) continue;
    for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}

/** Reads a `_headers` file back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}
