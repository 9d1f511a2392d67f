#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first that fails.
 *   0. prettier      — the code is formatted as `npm run format` writes it
 *   1. astro check   — TypeScript (strict) and .astro templates
 *   2. vitest        — unit tests of src/lib, and real builds of the bad-input fixtures
 *   3. astro build   — the site itself
 *   4. site checks   — over dist/: links and assets resolve, HTML validates (html-validate and the Nu checker,
 *                      which needs Java), JSON-LD meets Google's rules, llms files, sitemap and the OpenRouter
 *                      list read as their consumers read them, no leaked placeholders
 *   5. playwright    — the built site in Chromium: facts, switcher, highlighting, axe, crawler and agent views
 * Ends with one line counting the tests that ran: `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps = [
  ['formatting', ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']],
  ['type check', ['node_modules/astro/bin/astro.mjs', 'check']],
  ['unit and build tests', ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/unit.json`]],
  ['site build', ['node_modules/astro/bin/astro.mjs', 'build']],
  [
    'site checks',
    ['node_modules/vitest/vitest.mjs', 'run', '-c', 'vitest.site.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${results}/site.json`],
  ],
  ['browser tests', ['node_modules/playwright/cli.js', 'test']],
];

function counts() {
  let passed = 0;
  let failed = 0;
  for (const report of ['unit.json', 'site.json']) {
    if (!existsSync(`${results}/${report}`)) continue;
    const vitest = JSON.parse(readFileSync(`${results}/${report}`, 'utf8'));
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
  }
  if (existsSync(`${results}/e2e.json`)) {
    const { stats } = JSON.parse(readFileSync(`${results}/e2e.json`, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return { passed, failed };
}

let failedStep;
for (const [name, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '' } });
  console.log(`${status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) {
    failedStep = name;
    break;
  }
}

const { passed, failed } = counts();
if (failedStep) console.error(`\nFailed at: ${failedStep}`);
console.log(`\ntests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
