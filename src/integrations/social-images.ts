/**
 * Writes the social (Open Graph) image of every catalog, family and variant page
 * into the build output once the pages exist, at `socialImagePath(page)`, so
 * every `og:image` URL the pages print resolves to a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../lib/content/types';
import { listSocialCards, openSocialImageRenderer, type SocialCard, type SocialImageRenderer } from '../lib/social-image';

export interface SocialImagesOptions {
  /** Images rendered at once; defaults to the core count, at most 2 (more only adds memory on a 2-core runner). */
  concurrency?: number;
}

/** Runs `task` over `items` with at most `limit` in flight; after a failure no new task starts. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

async function writeCard(card: SocialCard, renderer: SocialImageRenderer, outDir: URL): Promise<void> {
  try {
    const file = path.join(fileURLToPath(outDir), ...card.imagePath.split('/'));
    const png = await renderer.render(card);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, png);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`social image for ${card.pagePath} (${card.imagePath}) could not be written: ${reason}`, { cause: error });
  }
}

/** Renders and writes one PNG per page with a social image of its own under `outDir`; resolves to how many and how long. */
export async function writeSocialImages(catalog: Catalog, outDir: URL, options: SocialImagesOptions = {}): Promise<{ count: number; ms: number }> {
  const started = performance.now();
  const cards = listSocialCards(catalog);
  const renderer = await openSocialImageRenderer(cards);
  try {
    await forEachLimited(cards, options.concurrency ?? Math.min(2, availableParallelism()), (card) => writeCard(card, renderer, outDir));
  } finally {
    await renderer.close();
  }
  return { count: cards.length, ms: performance.now() - started };
}
