/**
 * The environment for a real `astro build` started from a test: the test's
 * own, less what Vitest adds (NODE_ENV=test, and its import.meta.env values
 * MODE, DEV, PROD, SSR and BASE_URL), which would make Astro build in
 * development mode, many times slower and unlike a real build.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[name];
  return { ...env, ...extra };
}
