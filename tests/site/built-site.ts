/** The built site on disk, read the way a static host serves it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { site } from '../../src/config/site';

export const dist = path.resolve(process.env['CATALOG_OUT_DIR'] ?? 'dist');

/** Every file under `root` (dist unless given), as site paths (`/en/models.html`). */
export function siteFiles(root = dist, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? siteFiles(root, full) : [`/${path.relative(root, full).split(path.sep).join('/')}`];
  });
}

/** A file's text. */
export function read(sitePath: string, root = dist): string {
  return readFileSync(path.join(root, sitePath), 'utf8');
}

/** Whether a URL path is served: the file itself, `path.html`, or `path/index.html`, as the hosts resolve it. */
export function resolves(urlPath: string, root = dist): boolean {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  if (clean === '/' || clean === '') return existsSync(path.join(root, 'index.html'));
  const base = path.join(root, clean);
  return [base, `${base}.html`, path.join(base, 'index.html')].some((p) => existsSync(p) && statSync(p).isFile());
}

/** Internal URL paths an HTML page references (links, stylesheets, scripts, images, icons, alternates). */
export function htmlReferences(html: string): string[] {
  const refs = [...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return refs.flatMap((ref) => {
    if (ref.startsWith(site.siteUrl)) return [ref.slice(site.siteUrl.length) || '/'];
    if (ref.startsWith('/') && !ref.startsWith('//')) return [ref];
    return [];
  });
}

/** Internal URL paths a Markdown or text file links to. */
export function markdownReferences(text: string): string[] {
  return (
    [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/(https?:\/\/[^\s)"'<>]+)/g)]
      .map((m) => m[1]!)
      // A URL at the end of a sentence does not take the full stop with it.
      .map((url) => url.replace(/[.,;:]+$/, ''))
      .filter((url) => url.startsWith(site.siteUrl))
      .map((url) => url.slice(site.siteUrl.length) || '/')
  );
}

/** The text a reader sees: scripts, styles and tags removed, entities decoded once. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[name] ?? '');
}

/**
 * html-validate's recommended rules, less those that disagree with deliberate output:
 * Shiki colours tokens with inline styles; Astro writes void elements without a slash.
 */
export function htmlValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      'no-inline-style': 'off',
      'void-style': 'off',
      'long-title': 'off',
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
    },
  });
}

/** html-validate's complaints about one built page, as `file:line:column rule: message`. */
export async function htmlProblems(validator: HtmlValidate, file: string, root = dist): Promise<string[]> {
  const report = await validator.validateString(read(file, root), file);
  return report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** The Nu HTML checker (the W3C validator's engine) shipped by the vnu-jar package. */
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** One message of the Nu checker's JSON report. */
interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * The Nu HTML checker's errors over built pages, as `file:line:column message`. The checker is a Java
 * program that takes seconds to start, so it gets the files in batches of a thousand (one JVM for the
 * real site) rather than one run per page. It parses as browsers do, which html-validate does not: a
 * `<script>` written after `</html>` passes html-validate and is a "stray start tag" here.
 */
export function nuProblems(files: readonly string[], root = dist, batchSize = 1000): string[] {
  const problems: string[] = [];
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize).map((file) => path.join(root, file));
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...batch], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw new Error(`The Nu HTML checker needs Java (${run.error.message}): install a JRE, e.g. apt-get install default-jre-headless`);
    let report: { messages: NuMessage[] };
    try {
      report = JSON.parse(run.stdout) as { messages: NuMessage[] };
    } catch {
      throw new Error(`The Nu HTML checker gave no JSON report (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
    }
    for (const m of report.messages) {
      if (m.type !== 'error' && m.type !== 'non-document-error') continue;
      const file = m.url
        ? `/${path
            .relative(root, decodeURIComponent(new URL(m.url).pathname))
            .split(path.sep)
            .join('/')}`
        : '(checker)';
      problems.push(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`);
    }
  }
  return problems;
}
