/** Two builds of the same content must be byte-identical: no timestamps, no machine-dependent output. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildEnv } from '../build-env';

const scratch = mkdtempSync(path.join(tmpdir(), 'catalog-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(outDir: string): Map<string, string> {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: buildEnv({ CATALOG_OUT_DIR: outDir, NO_COLOR: '1' }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hashes.set(path.relative(outDir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(outDir);
  return hashes;
}

test('two builds of the same content are byte-identical', () => {
  const first = build(path.join(scratch, 'a'));
  const second = build(path.join(scratch, 'b'));
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
  expect(first.size).toBeGreaterThan(200);
});
