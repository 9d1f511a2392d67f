/**
 * Worker thread for social images: composes and encodes cards while the main
 * thread renders pages, so the build's second core does the drawing. It gets
 * the glyph atlas once, then batches of placed cards, and writes each PNG under
 * the staging folder it was given. Node runs this file by stripping its types,
 * so it may import only erasable TypeScript, with file extensions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { CardCanvas, type CardPaint, type PlacedGlyphs } from '../lib/card-raster.ts';

/** What the worker is started with. */
export interface SocialImageWorkerData {
  paint: CardPaint;
  /** Folder the images' paths (`/og/…`) are relative to. */
  stagingDir: string;
}

/** One card to draw. */
export interface SocialImageJob {
  pagePath: string;
  imagePath: string;
  placed: PlacedGlyphs;
}

/** What the worker answers to each batch. */
export type SocialImageWorkerReply = { done: number } | { error: string };

if (parentPort) {
  const port = parentPort;
  const { paint, stagingDir } = workerData as SocialImageWorkerData;
  const canvas = new CardCanvas(paint);
  // Cards share a few folders: each is made once, not asked for again per card.
  const folders = new Set<string>();
  port.on('message', (jobs: SocialImageJob[]) => {
    for (const job of jobs) {
      try {
        const file = path.join(stagingDir, ...job.imagePath.split('/'));
        const folder = path.dirname(file);
        if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
        folders.add(folder);
        writeFileSync(file, canvas.compose(job.placed).png());
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        port.postMessage({ error: `social image for ${job.pagePath} (${job.imagePath}) could not be written: ${reason}` } satisfies SocialImageWorkerReply);
        return;
      }
    }
    port.postMessage({ done: jobs.length } satisfies SocialImageWorkerReply);
  });
}
