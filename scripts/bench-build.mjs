// Runs one Astro build in this process, so the build's peak memory is this process's peak
// memory, and reports it as JSON on the last line of stdout. Spawned by scripts/bench.mjs;
// CATALOG_CONTENT_DIR and CATALOG_OUT_DIR come from the environment as for any build.
// The parent starts us in its temp folder (see there why); the project root is passed explicitly.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

// The marker lets the parent find our line even if Astro's logger prints after it.
const MARKER = 'BENCH_BUILD_RESULT ';

/**
 * Peak RSS of processes this one started (esbuild runs as a separate Go binary), which
 * resourceUsage() does not count. Read while they are still alive; Linux only.
 */
function childrenPeakKiB() {
  let total = 0;
  try {
    for (const task of readdirSync('/proc/self/task')) {
      const children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim();
      for (const pid of children ? children.split(/\s+/) : []) {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        total += Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      }
    }
  } catch {
    // Not Linux, or a child exited between the two reads: report what was found.
  }
  return total;
}

const started = performance.now();
let ok = true;
try {
  // A private cache folder keeps this build from sharing node_modules/.astro with a
  // build someone else runs at the same time; it changes nothing in the output.
  await build({ root: fileURLToPath(new URL('..', import.meta.url)), ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}) });
} catch (error) {
  ok = false;
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
const result = {
  ok,
  buildMs: Math.round(performance.now() - started),
  maxRssKiB: process.resourceUsage().maxRSS,
  childrenPeakKiB: childrenPeakKiB(),
};
process.stdout.write(`\n${MARKER}${JSON.stringify(result)}\n`, () => {
  // Vite or esbuild can leave handles open after a build; the result is out, so leave now.
  process.exit(ok ? 0 : 1);
});
