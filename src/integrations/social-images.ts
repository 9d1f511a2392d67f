/**
 * The social (Open Graph) image of every catalog, family and variant page, at
 * `socialImagePath(page)`, so every `og:image` URL the pages print resolves to
 * a file. Drawing starts with the build (`startSocialImages`) on a worker
 * thread, into a staging folder, while the main thread renders pages; the
 * finished folder is moved into the output once the pages exist (Astro empties
 * the output folder after the build starts, so nothing can be written there
 * earlier).
 */
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../lib/content/types';
import { buildGlyphAtlas, layoutSocialCard, listSocialCards, placeCard } from '../lib/social-image';
import type { CardPaint } from '../lib/card-raster';
import type { SocialImageJob, SocialImageWorkerData, SocialImageWorkerReply } from './social-image-worker';

export interface SocialImagesOptions {
  /** Worker threads drawing cards; default 1, as the main thread keeps the other core busy rendering pages. */
  workers?: number;
}

/** Images drawing in the background; `finish` waits for them and moves them into the build output. */
export interface SocialImagesRun {
  finish(outDir: URL): Promise<{ count: number; ms: number }>;
}

const batchSize = 64;

/** Hands `jobs` (emptied on the way) to `workers` threads, a batch at a time; resolves when all are written, rejects with the first error. */
async function drawOnWorkers(jobs: SocialImageJob[], data: SocialImageWorkerData, workers: number): Promise<void> {
  const batches: (SocialImageJob[] | undefined)[] = Array.from({ length: Math.ceil(jobs.length / batchSize) }, () => jobs.splice(0, batchSize));
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./social-image-worker.ts', import.meta.url), { workerData: data });
      const stop = (outcome: () => void) => void worker.terminate().then(outcome, outcome);
      const feed = () => {
        const batch = batches[next];
        // The worker has its own copy once posted: dropping ours lets the cards drawn so far be collected.
        batches[next++] = undefined;
        if (batch) worker.postMessage(batch);
        else stop(resolve);
      };
      worker.on('message', (reply: SocialImageWorkerReply) => ('error' in reply ? stop(() => reject(new Error(reply.error))) : feed()));
      worker.on('error', (error) => reject(new Error(`the social image worker failed: ${error.message}`, { cause: error })));
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, batches.length)) }, runWorker));
}

/** Lays out every card and rasterises their characters once: the atlas the worker draws from, and each card's glyphs in it. */
async function placeAll(catalog: Catalog): Promise<{ paint: CardPaint; jobs: SocialImageJob[] }> {
  const laidOut = listSocialCards(catalog).map((card) => ({ card, layout: layoutSocialCard(card) }));
  const atlas = await buildGlyphAtlas(laidOut.map(({ layout }) => layout));
  return {
    paint: atlas.paint,
    jobs: laidOut.map(({ card, layout }) => ({ pagePath: card.pagePath, imagePath: card.imagePath, placed: placeCard(layout, atlas) })),
  };
}

/** Draws every card into `stagingDir`; resolves to how many. The layouts are gone by the time the drawing starts. */
async function drawAll(catalog: Catalog, stagingDir: string, options: SocialImagesOptions): Promise<number> {
  const { paint, jobs } = await placeAll(catalog);
  const count = jobs.length;
  await drawOnWorkers(jobs, { paint, stagingDir }, options.workers ?? 1);
  return count;
}

/** Moves the staged `og/` folder into the output; a copy when the two are on different file systems. */
function moveInto(stagingDir: string, outDir: URL): void {
  const from = path.join(stagingDir, 'og');
  const to = fileURLToPath(new URL('og', outDir));
  try {
    try {
      renameSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the social images could not be moved into ${to}: ${reason}`, { cause: error });
  }
}

/**
 * Starts drawing every card of `catalog`; nothing is written to the output until `finish`.
 * The cards are staged beside `outDir` (`.og-staging-…` in its parent folder),
 * so `finish` moves them in with one rename; the system's temp folder is often another file
 * system, where moving 3,300 cards of a large catalog meant copying each and deleting it after.
 */
export function startSocialImages(catalog: Catalog, options: SocialImagesOptions = {}, outDir: URL): SocialImagesRun {
  const started = performance.now();
  const stagingDir = mkdtempSync(path.join(path.dirname(fileURLToPath(outDir)), '.og-staging-'));
  // A build that fails before `finish` leaves no staged cards behind.
  const discard = () => rmSync(stagingDir, { recursive: true, force: true });
  process.once('exit', discard);
  const drawn = drawAll(catalog, stagingDir, options);
  // The error is reported by `finish`; until then it must not count as unhandled.
  drawn.catch(() => undefined);
  return {
    async finish(outDir) {
      try {
        const count = await drawn;
        if (count > 0) moveInto(stagingDir, outDir);
        return { count, ms: performance.now() - started };
      } finally {
        discard();
        process.off('exit', discard);
      }
    },
  };
}

/** Draws every card and writes it under `outDir` in one go (for tests and one-off use). */
export function writeSocialImages(catalog: Catalog, outDir: URL, options: SocialImagesOptions = {}): Promise<{ count: number; ms: number }> {
  return startSocialImages(catalog, options, outDir).finish(outDir);
}
