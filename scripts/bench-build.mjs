// Runs one Astro build in this process, so the build's peak memory is this process's peak
// memory, and reports it as JSON on the last line of stdout. Spawned by scripts/bench.mjs;
// CATALOG_CONTENT_DIR and CATALOG_OUT_DIR come from the environment as for any build.
// The parent starts us in its temp folder (see there why); the project root is passed explicitly:
// this project, or BENCH_ROOT for the one-line baseline site the parent writes (bench.mjs --baseline).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

// The marker lets the parent find our line even if Astro's logger prints after it.
const MARKER = 'BENCH_BUILD_RESULT ';

/**
 * esbuild and Pagefind run as separate binaries, which resourceUsage() does not count.
 * Their peaks (VmHWM) are sampled while they live; Pagefind's run is short and comes
 * while this thread waits on it, so a 100 ms sample catches it. Linux only.
 */
const childPeaks = new Map();
function sampleChildren() {
  let tasks = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return; // not Linux: nothing to sample
  }
  for (const task of tasks) {
    try {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean)) {
        const peak = Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        childPeaks.set(pid, Math.max(childPeaks.get(pid) ?? 0, peak));
      }
    } catch {
      // The thread or the child ended between two reads; the next sample goes on.
    }
  }
}
const sampler = setInterval(sampleChildren, 100);

const started = performance.now();
let ok = true;
try {
  // A private cache folder keeps this build from sharing node_modules/.astro with a
  // build someone else runs at the same time; it changes nothing in the output.
  await build({
    root: process.env.BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url)),
    ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  });
} catch (error) {
  ok = false;
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
sampleChildren();
clearInterval(sampler);
const result = {
  ok,
  buildMs: Math.round(performance.now() - started),
  maxRssKiB: process.resourceUsage().maxRSS,
  // A sum of each child's own peak: an upper bound, as they need not peak at the same time.
  childrenPeakKiB: [...childPeaks.values()].reduce((sum, kib) => sum + kib, 0),
};
process.stdout.write(`\n${MARKER}${JSON.stringify(result)}\n`, () => {
  // Vite or esbuild can leave handles open after a build; the result is out, so leave now.
  process.exit(ok ? 0 : 1);
});
