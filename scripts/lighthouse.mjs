#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices,
 * SEO) with Debian's Chromium on the catalog index, a family page and a spec
 * sheet in each locale, against the built site served locally. Not part of
 * `npm test`: scores are measurements, not assertions. Build first (`npm run build`).
 *
 *   node scripts/lighthouse.mjs [--port 4330] [--json]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4330' }, json: { type: 'boolean', default: false } } });
const origin = `http://127.0.0.1:${values.port}`;
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chromePath) {
  console.error('No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const paths = ['en', 'zh-TW', 'zh-HK'].flatMap((locale) => [`/${locale}/models`, `/${locale}/models/minimax`, `/${locale}/models/minimax/m2.5`]);

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', values.port], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
let belowFull = 0;
try {
  for (const path of paths) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => a.id);
    if (Object.values(scores).some((s) => s < 100)) belowFull++;
    rows.push({ path, ...scores, failing });
  }
} finally {
  chrome.kill();
  server.kill();
}

for (const row of rows) {
  console.log(
    `${row.path.padEnd(28)} perf ${String(row.performance).padStart(3)}  a11y ${String(row.accessibility).padStart(3)}  best ${String(row['best-practices']).padStart(3)}  seo ${String(row.seo).padStart(3)}${row.failing.length ? `  below 1: ${row.failing.join(', ')}` : ''}`,
  );
}
console.log(`${rows.length - belowFull} of ${rows.length} pages score 100 in all four categories.`);
if (values.json) console.log(JSON.stringify(rows));
