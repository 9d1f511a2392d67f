/**
 * Runs the real `astro build` on each broken content tree: the build must fail,
 * name the file, the field and what was expected, and leave no output behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildEnv } from '../build-env';
import { badInputCases, expectedLine } from '../bad-input-cases';

const scratch = mkdtempSync(path.join(tmpdir(), 'catalog-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(contentDir: string, outDir: string) {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: buildEnv({ CATALOG_CONTENT_DIR: contentDir, CATALOG_OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' }),
    encoding: 'utf8',
  });
}

describe.concurrent('astro build on bad input', () => {
  for (const c of badInputCases) {
    test(c.name, () => {
      const outDir = path.join(scratch, c.name);
      const result = build(`tests/fixtures/invalid/${c.name}`, outDir);
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toMatch(expectedLine(`tests/fixtures/invalid/${c.name}`, c));
      expect(existsSync(outDir), 'a failed build must leave nothing to deploy').toBe(false);
    });
  }
});

test('the valid fixture builds', () => {
  const outDir = path.join(scratch, 'valid');
  const result = build('tests/fixtures/valid', outDir);
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(existsSync(path.join(outDir, 'en/models/acme/a1.html'))).toBe(true);
});
