import { spawnSync } from 'node:child_process';

/**
 * The environment for a real `astro build` started from a test: the test's
 * own, less what Vitest adds (NODE_ENV=test, and its import.meta.env values
 * MODE, DEV, PROD, SSR and BASE_URL), which would make Astro build in
 * development mode, many times slower and unlike a real build.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'])
    delete env[name];
  return { ...env, ...extra };
}

/** Runs a real `astro build` of `contentDir` into `outDir` (see buildEnv); throws with Astro's output when it fails. */
export function buildSite(contentDir: string, outDir: string): void {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: buildEnv({ CATALOG_CONTENT_DIR: contentDir, CATALOG_OUT_DIR: outDir, NO_COLOR: '1' }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${contentDir} did not build:\n${result.stdout}\n${result.stderr}`);
}
