// Build benchmark: `npm run bench -- --variants N [--keep] [--dir DIR] [--baseline]`.
// Generates a synthetic catalog of N variants from the real MiniMax files, builds it with the
// real project config, and reports build time, peak memory and the heaviest page's weight.
// The last line of stdout is one JSON object, so CI can read the numbers without parsing prose.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = ['en', 'zh-TW', 'zh-HK'];
const DATE = '2026-11-20'; // fixed, so the same N always gives byte-identical files

const fail = (message) => (console.error(`bench: ${message}`), process.exit(1));

let args;
try {
  ({ values: args } = parseArgs({ options: { variants: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, dir: { type: 'string', default: os.tmpdir() }, baseline: { type: 'boolean', default: false } } }));
} catch (error) {
  fail(`${error.message}\nusage: npm run bench -- [--variants N] [--keep] [--dir DIR] [--baseline]`);
}
const variantCount = Number(args.variants);
if (!Number.isInteger(variantCount) || variantCount < 1) fail(`--variants must be a whole number of at least 1, got "${args.variants}"`);

// ---------- synthetic catalog ----------

const templateDir = path.join(root, 'content/models/minimax');
const read = (...parts) => readFileSync(path.join(...parts), 'utf8');
const familyTemplate = Object.fromEntries(LOCALES.map((l) => [l, read(templateDir, `${l}.md`)]));
const templateOrder = JSON.parse(/^variantOrder: (.*)$/m.exec(familyTemplate.en)?.[1] ?? 'null');
if (!Array.isArray(templateOrder)) fail(`cannot read variantOrder from ${templateDir}/en.md`);
const variantTemplates = templateOrder.map((slug) => {
  const files = Object.fromEntries(LOCALES.map((l) => [l, read(templateDir, slug, `${l}.md`)]));
  // Facts come first in every en file and `summary:` opens the words; we write our own facts.
  const words = /^---\n[\s\S]*?\n(summary: [\s\S]*)$/.exec(files.en)?.[1];
  const sdkModelId = /^sdkModelId: "(.*)"$/m.exec(files.en)?.[1];
  if (!words || !sdkModelId) fail(`template ${slug}/en.md no longer has sdkModelId and a summary after the facts`);
  return { slug, sdkModelId, highspeed: slug.endsWith('-highspeed'), files: { ...files, en: words } };
});

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Replaces a model ID as a whole word: "MiniMax-M2.5" must not match inside "MiniMax-M2.5-highspeed" or "MiniMax-M2" inside "MiniMax-M2.1". */
const renameId = (text, from, to) => text.replace(new RegExp(`${escapeRegExp(from)}(?![\\w-]|\\.\\w)`, 'g'), to);

/** Block YAML for plain facts; strings go out JSON-quoted, which strict YAML 1.2 reads back exactly. */
function toYaml(value, indent = '') {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => {
      if (Array.isArray(v) && v.some((item) => typeof item === 'object')) {
        return `${indent}${key}:\n${v.map((item) => `${indent}  - ${toYaml(item, `${indent}    `).trimStart()}`).join('')}`;
      }
      if (v && typeof v === 'object' && !Array.isArray(v)) return `${indent}${key}:\n${toYaml(v, `${indent}  `)}`;
      return `${indent}${key}: ${JSON.stringify(v)}\n`;
    })
    .join('');
}

// Realistic value pools; indices derive from the variant's number, so nothing is random.
const CONTEXT_WINDOWS = [32768, 131072, 204800, 262144, 1000000, 1048576];
const PER_MILLION = [[0.15, 0.6], [0.3, 1.2], [0.5, 2], [1.1, 4.4], [2.5, 10], [0.08, 0.32]];
const FLAT_PER_THOUSAND = [0.005, 0.01, 0.02, 0.04];

function variantFacts({ n, sdkModelId, template }, siblingBefore) {
  const flat = template.highspeed || n % 3 === 0;
  const [input, output] = PER_MILLION[n % PER_MILLION.length];
  const benchmarks = {
    ...(n % 3 === 1 ? { 'swe-bench-verified': (550 + ((n * 37) % 300)) / 10 } : {}),
    ...(n % 5 === 0 ? { 'swe-bench-pro': (400 + ((n * 17) % 250)) / 10 } : {}),
  };
  return {
    sdkModelId,
    status: n % 23 === 0 ? 'deprecated' : n % 11 === 0 ? 'preview' : 'active',
    contextWindow: CONTEXT_WINDOWS[n % CONTEXT_WINDOWS.length],
    outputSpeed: template.highspeed || n % 2 === 0
      ? { tokensPerSecond: 40 + ((n * 13) % 120) + (template.highspeed ? 40 : 0), approximate: true, source: 'synthetic benchmark data' }
      : undefined,
    pricing: flat
      ? { flatPerThousand: FLAT_PER_THOUSAND[n % FLAT_PER_THOUSAND.length], source: 'synthetic benchmark data (per 1K tokens)' }
      : {
          inputPerMillion: input,
          outputPerMillion: output,
          source: 'synthetic benchmark data (input / output per 1M tokens)',
          conflicts: n % 4 === 0 ? [{ flatPerThousand: 0.01, source: 'synthetic conflicting figure, set aside' }] : undefined,
        },
    benchmarks: Object.keys(benchmarks).length ? benchmarks : undefined,
    sharesWeightsWith: template.highspeed ? siblingBefore : undefined,
    architecture: n % 9 === 0 ? { attention: 'sparse' } : undefined,
    added: DATE,
    updated: DATE,
  };
}

function writeFile(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** N variants in floor(N/10) families of 10, the last family taking the remainder. */
function generateCatalog(contentDir, total) {
  const familyCount = Math.max(1, Math.floor(total / 10));
  const familyWidth = Math.max(3, String(familyCount).length);
  const variantWidth = Math.max(4, String(total).length);
  let n = 0;
  for (let f = 1; f <= familyCount; f++) {
    const size = f < familyCount ? 10 : total - 10 * (familyCount - 1);
    const familyNumber = String(f).padStart(familyWidth, '0');
    const familyName = `Family ${familyNumber}`;
    const familyDir = path.join(contentDir, 'models', `family-${familyNumber}`);
    const variants = Array.from({ length: size }, (_, k) => {
      const number = String(++n).padStart(variantWidth, '0');
      return { n, k, slug: `variant-${number}`, sdkModelId: `Synth-F${familyNumber}-V${number}`, template: variantTemplates[k % variantTemplates.length] };
    });
    for (const locale of LOCALES) {
      let text = familyTemplate[locale];
      if (locale === 'en') {
        text = text
          .replace(/^variantOrder: .*$/m, `variantOrder: ${JSON.stringify(variants.map((v) => v.slug))}`)
          .replace(/^ {2}totalParametersB: .*$/m, `  totalParametersB: ${100 + ((f * 37) % 900)}`)
          .replace(/^ {2}activeParametersB: .*$/m, `  activeParametersB: ${5 + ((f * 7) % 40)}`);
      }
      // One-line replacement, so names, titles and table cells stay on one line.
      writeFile(path.join(familyDir, `${locale}.md`), text.replaceAll('MiniMax', familyName));
    }
    for (const v of variants) {
      const facts = variantFacts(v, variants[v.k - 1]?.slug);
      for (const locale of LOCALES) {
        const words = renameId(v.template.files[locale], v.template.sdkModelId, v.sdkModelId).replaceAll('MiniMax', familyName);
        const text = locale === 'en' ? `---\n${toYaml(facts)}${words}` : words;
        writeFile(path.join(familyDir, v.slug, `${locale}.md`), text);
      }
    }
  }
  return familyCount;
}

// ---------- build ----------

/** Runs scripts/bench-build.mjs; its own log is kept (not shown) unless the build fails. */
function runBuild(cwd, env) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'scripts/bench-build.mjs')], { cwd, env: { ...process.env, ...env } });
    // Astro logs a line per page. Keep only tails, as chunks: re-copying one growing string
    // per line cost the parent ~50 s of CPU at 1000 variants, taken from the build it measures.
    let stdoutTail = '';
    const log = [];
    let logSize = 0;
    const remember = (chunk) => {
      log.push(chunk);
      for (logSize += chunk.length; logSize > 200_000 && log.length > 1; ) logSize -= log.shift().length;
    };
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdoutTail = (stdoutTail + chunk).slice(-4096);
      remember(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', remember);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      const line = stdoutTail.split('\n').findLast((l) => l.startsWith('BENCH_BUILD_RESULT '));
      const result = line ? JSON.parse(line.slice('BENCH_BUILD_RESULT '.length)) : undefined;
      resolve({ code, signal, wallMs, result, log: log.join('') });
    });
  });
}

// ---------- output weight ----------

const attribute = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

function measureOutput(outDir) {
  const files = readdirSync(outDir, { recursive: true }).map(String);
  const pages = files.filter((f) => f.endsWith('.html'));
  const mirrors = files.filter((f) => f.endsWith('.md'));
  const gzipCache = new Map();
  const gzipSize = (data) => gzipSync(data, { level: 9 }).length;
  const gzipFile = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSize(readFileSync(file)));
    return gzipCache.get(file);
  };
  const missing = new Set();
  const resolveAsset = (page, ref) => {
    const clean = decodeURI(ref.split(/[?#]/)[0]);
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(clean)) return undefined; // another origin: not ours to weigh
    const file = clean.startsWith('/') ? path.join(outDir, clean) : path.resolve(outDir, path.dirname(page), clean);
    if (existsSync(file)) return file;
    missing.add(`${page} → ${ref}`);
    return undefined;
  };
  const heaviest = { css: { bytes: -1, page: '' }, js: { bytes: -1, page: '' } };
  for (const page of pages) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    const stylesheets = new Set();
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attribute(tag, 'href');
      const file = rel.includes('stylesheet') && href ? resolveAsset(page, href) : undefined;
      if (file) stylesheets.add(file);
    }
    let css = gzipSize(html);
    for (const file of stylesheets) css += gzipFile(file);

    const scripts = new Set();
    let js = 0; // inline scripts count one by one; a file shared by two tags counts once
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      const src = attribute(attrs, 'src');
      // JSON data blocks (ld+json and the like) are not code the browser runs.
      if (src === undefined && /json/i.test(attribute(attrs, 'type') ?? '')) continue;
      if (src !== undefined) {
        const file = resolveAsset(page, src);
        if (file) scripts.add(file);
      } else if (body.trim()) js += gzipSize(body);
    }
    for (const file of scripts) js += gzipFile(file);

    if (css > heaviest.css.bytes) heaviest.css = { bytes: css, page };
    if (js > heaviest.js.bytes) heaviest.js = { bytes: js, page };
  }
  // Pair pages (/…/compare/a-vs-b) are most of a large build: every pair of a family of ten, in three locales.
  const pairPages = pages.filter((f) => /[\\/]compare[\\/][^\\/]+-vs-[^\\/]+\.html$/.test(f)).length;
  return { pages: pages.length, pagePaths: pages, pairPages, mirrors: mirrors.length, heaviest, missing };
}

// ---------- baseline (--baseline) ----------
// The floor under any build of this many pages: the same pages, in the same folders, each a
// one-line template with no content, built in the same temp folder right after the catalog (so on
// the same file system in the same state). Astro's floor is what the framework costs before any of
// ours; Hugo's, when `hugo` is installed (Debian: apt-get install hugo), is the target's yardstick.

const oneLinePage = (title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>One line.</p></body></html>\n`;

/** A one-line Astro site with one page per path in `pagePaths` (e.g. `en/models.html`), built by bench-build.mjs. */
async function astroBaseline(dir, pagePaths) {
  writeFile(path.join(dir, 'pages.json'), JSON.stringify(pagePaths.map((p) => p.split(path.sep).join('/').replace(/\.html$/, ''))));
  writeFile(path.join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './out', build: { format: 'file' } });\n`);
  writeFile(
    path.join(dir, 'src/pages/[...page].astro'),
    [
      '---',
      "import { readFileSync } from 'node:fs';",
      'export function getStaticPaths() {',
      // The site's /index.html is the rest parameter left out.
      "  return JSON.parse(readFileSync(process.env.BASELINE_PAGES, 'utf8')).map((page) => ({ params: { page: page === 'index' ? undefined : page } }));",
      '}',
      "const title = `Page ${Astro.params.page ?? 'index'}`;",
      '---',
      oneLinePage('{title}').trim(),
      '',
    ].join('\n'),
  );
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const run = await runBuild(dir, { BENCH_ROOT: dir, BENCH_CACHE_DIR: path.join(dir, 'cache'), BASELINE_PAGES: path.join(dir, 'pages.json'), ASTRO_TELEMETRY_DISABLED: '1' });
  if (run.code !== 0 || !run.result?.ok) return { error: /^.*Error.*$/m.exec(run.log)?.[0] ?? `exit code ${run.code}` };
  return { seconds: run.wallMs / 1000, pages: readdirSync(path.join(dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length };
}

/** The same pages in Hugo, each with a `.md` output beside it as our mirrors; undefined when Hugo is not installed. */
function hugoBaseline(dir, pagePaths) {
  const version = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return undefined;
  writeFile(
    path.join(dir, 'config.toml'),
    [
      'baseURL = "https://example.org/"',
      'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
      'uglyURLs = true',
      '[outputFormats.MD]',
      'mediaType = "text/markdown"',
      'isPlainText = true',
      '[outputs]',
      'page = ["HTML", "MD"]',
      '',
    ].join('\n'),
  );
  writeFile(path.join(dir, 'layouts/_default/single.html'), oneLinePage('{{ .Title }}'));
  writeFile(path.join(dir, 'layouts/_default/single.md'), '# {{ .Title }}\n\nOne line.\n');
  for (const page of pagePaths) {
    // `index.md` would make a page bundle of its folder in Hugo, a different kind of page.
    const file = page.replace(/\.html$/, '').replace(/(^|[\\/])index$/, '$1index-page');
    writeFile(path.join(dir, 'content', `${file}.md`), `---\ntitle: "Page ${file}"\n---\n`);
  }
  const started = performance.now();
  const run = spawnSync('hugo', ['--quiet', '--source', dir, '--destination', path.join(dir, 'out')], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const name = /v[\d.]+/.exec(version.stdout)?.[0] ?? 'hugo';
  if (run.status !== 0) return { name, error: (run.stderr || run.stdout).trim().split('\n').slice(-3).join(' / ') };
  const files = readdirSync(path.join(dir, 'out'), { recursive: true }).map(String);
  return { name, seconds, pages: files.filter((f) => f.endsWith('.html')).length, mirrors: files.filter((f) => f.endsWith('.md')).length };
}

// ---------- run ----------

// --dir chooses the file system the catalog is generated on and built into (default: the system's temp
// folder). On this machine the disk's speed drifts with how many files were deleted in the last minutes;
// a tmpfs such as /dev/shm takes the disk out of the figure.
if (!existsSync(args.dir)) fail(`--dir ${args.dir} does not exist`);
const tempRoot = mkdtempSync(path.join(path.resolve(args.dir), 'catalog-bench-'));
const contentDir = path.join(tempRoot, 'content');
const outDir = path.join(tempRoot, 'out');
const cleanUp = () => {
  if (args.keep) console.log(`kept: content in ${contentDir}, site in ${outDir}`);
  else rmSync(tempRoot, { recursive: true, force: true });
};
process.once('SIGINT', () => (cleanUp(), process.exit(130)));

const generateStarted = performance.now();
const familyCount = generateCatalog(contentDir, variantCount);
const generateSeconds = (performance.now() - generateStarted) / 1000;
console.error(`bench: generated ${variantCount} variants in ${familyCount} families under ${contentDir}; building (this takes a while)…`);

// Astro's prerender chunks land in <cwd>/.astro/ when outDir is outside cwd, and import packages
// from where they lie. Building from the temp folder, with node_modules linked in, keeps them out
// of the project's .astro/, which other builds (tests/build) running meanwhile also use.
symlinkSync(path.join(root, 'node_modules'), path.join(tempRoot, 'node_modules'), 'dir');
const build = await runBuild(tempRoot, {
  CATALOG_CONTENT_DIR: contentDir,
  CATALOG_OUT_DIR: outDir,
  BENCH_CACHE_DIR: path.join(tempRoot, 'cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
});
if (build.code !== 0 || !build.result?.ok) {
  console.error(build.log.trimEnd());
  cleanUp();
  fail(`the build failed (${build.signal ? `signal ${build.signal}` : `exit code ${build.code}`}); its output is above`);
}

const output = measureOutput(outDir);
let baseline;
if (args.baseline) {
  console.error('bench: building the one-line baselines…');
  baseline = { astro: await astroBaseline(path.join(tempRoot, 'baseline-astro'), output.pagePaths), hugo: hugoBaseline(path.join(tempRoot, 'baseline-hugo'), output.pagePaths) };
}
cleanUp();

const wallSeconds = build.wallMs / 1000;
const msPerPage = build.wallMs / (output.pages + output.mirrors);
const peakRssMb = Math.round(build.result.maxRssKiB / 1024);
const childrenMb = Math.round(build.result.childrenPeakKiB / 1024);
const bytes = (n) => n.toLocaleString('en-US');
console.log(`catalog: ${variantCount} variants in ${familyCount} families, ${LOCALES.length} locales (${(variantCount + familyCount) * LOCALES.length} files, generated in ${generateSeconds.toFixed(2)} s)`);
console.log(`build:   ${wallSeconds.toFixed(2)} s wall (${(build.result.buildMs / 1000).toFixed(2)} s inside build()), peak RSS ${peakRssMb} MB${childrenMb ? `; child processes (esbuild, Pagefind) up to ${childrenMb} MB more, not included` : ''}`);
console.log(`output:  ${output.pages} pages (${output.pairPages} of them pair pages) + ${output.mirrors} mirrors, ${msPerPage.toFixed(2)} ms per file`);
console.log(`weight:  HTML+CSS gzip max ${bytes(output.heaviest.css.bytes)} B (${output.heaviest.css.page}); JS gzip max ${bytes(output.heaviest.js.bytes)} B (${output.heaviest.js.page})`);
if (baseline) {
  const { astro, hugo } = baseline;
  const times = (s) => `${(wallSeconds / s).toFixed(1)}×`;
  console.log(`baseline: the same ${output.pages} pages in the same folders, one line each, built here after the catalog:`);
  console.log(`          Astro ${astro.error ? `failed: ${astro.error}` : `${astro.seconds.toFixed(2)} s for ${astro.pages} pages (no mirrors); this build is ${times(astro.seconds)} that`}`);
  if (!hugo) console.log('          Hugo not installed (Debian: apt-get install hugo), so no Hugo figure');
  else console.log(`          Hugo ${hugo.name} ${hugo.error ? `failed: ${hugo.error}` : `${hugo.seconds.toFixed(2)} s for ${hugo.pages} pages + ${hugo.mirrors} .md; this build is ${times(hugo.seconds)} that${astro.error ? '' : `, Astro's one-line build ${(astro.seconds / hugo.seconds).toFixed(1)}×`}`}`);
}
if (output.missing.size) console.log(`warning: ${output.missing.size} linked assets not found in the output, e.g. ${[...output.missing][0]}`);
// Built by hand so wall_s and ms_per_page keep exactly two decimals (JSON.stringify drops "6.20" to 6.2).
const summary = {
  variants: variantCount, pages: output.pages, mirrors: output.mirrors,
  wall_s: wallSeconds.toFixed(2), ms_per_page: msPerPage.toFixed(2), peak_rss_mb: peakRssMb,
  html_css_gzip_max_bytes: output.heaviest.css.bytes, js_gzip_max_bytes: output.heaviest.js.bytes,
};
console.log(`{${Object.entries(summary).map(([key, value]) => `"${key}":${value}`).join(',')}}`);
