/**
 * Nothing half-built: a build that fails, early (invalid content) or late (a
 * page that breaks in rendering, after validation passed), leaves the output
 * folder of the last good build exactly as it was, and no staging folder
 * beside it; the late failure names the page and the content files at fault.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildEnv, buildSite } from '../build-env';

const scratch = mkdtempSync(path.join(tmpdir(), 'catalog-failed-build-'));
const outDir = path.join(scratch, 'site');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir` with a hash of its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return files;
}

function failedBuild(contentDir: string, env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: buildEnv({ CATALOG_CONTENT_DIR: contentDir, CATALOG_OUT_DIR: outDir, NO_COLOR: '1', ...env }),
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  return output;
}

let good: Record<string, string> = {};
beforeAll(() => {
  buildSite('tests/fixtures/valid', outDir);
  good = snapshot(outDir);
}, 180_000);

test('a page that fails in rendering is named with its content files, and the last good build stays in place', () => {
  expect(Object.keys(good)).toContain(path.join('en', 'models', 'acme', 'a1.html'));
  const output = failedBuild('tests/fixtures/valid', { CATALOG_TEST_RENDER_FAILURE: '/en/models/acme/a1' });
  expect(output).toContain('could not render the page /en/models/acme/a1, built from tests/fixtures/valid/models/acme/a1/en.md');
  expect(snapshot(outDir)).toEqual(good);
  expect(readdirSync(scratch), 'no staging folder is left beside the output').toEqual(['site']);
});

test('invalid content fails the build with its message and leaves the last good build in place', () => {
  const output = failedBuild('tests/fixtures/invalid/negative-price');
  expect(output).toContain('tests/fixtures/invalid/negative-price/models/acme/a1/en.md › offers[0].price.input: input cannot be negative');
  expect(snapshot(outDir)).toEqual(good);
  expect(readdirSync(scratch)).toEqual(['site']);
});
