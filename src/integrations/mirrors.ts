/**
 * Writes the Markdown mirror of every page that has one, and each locale's
 * llms-full.txt, in a build, on a worker thread (mirror-worker.ts) while the
 * main thread renders the pages. The worker starts with the first rendered
 * page (Astro's prerenderer reports each page, see post-build.ts): Astro
 * empties the output folder after the build starts, so nothing can be written
 * there earlier. The main thread keeps only the list of pages with a mirror,
 * to check at the end that each of them was rendered.
 * The dev server renders the same texts through the `.md` and llms-full routes.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../lib/content/types';
import { listPages } from '../lib/routes';
import type { MirrorWorkerData, MirrorWorkerReply } from './mirror-worker';

export class MirrorWriter {
  readonly #catalog: Catalog;
  readonly #root: string;
  /** Pages with a mirror whose page has not been rendered yet, by page path. */
  readonly #unrendered: Set<string>;
  /** The worker's run: resolves to how many mirrors it wrote. */
  #written: Promise<number> | undefined;
  #worker: Worker | undefined;

  /** Mirrors of `catalog`'s pages, to be written under `outDir`. */
  constructor(catalog: Catalog, outDir: URL) {
    this.#catalog = catalog;
    this.#root = fileURLToPath(outDir);
    this.#unrendered = new Set(
      listPages(catalog)
        .filter((page) => page.mirrorPath)
        .map((page) => page.path),
    );
  }

  /** The page at `pagePath` (e.g. `/en/models/minimax`) is rendered; the first call starts the worker. */
  pageRendered(pagePath: string): void {
    this.#unrendered.delete(pagePath);
    if (!this.#written) {
      this.#written = this.#startWorker();
      // Reported by `finish`; until then a failure must not count as unhandled.
      this.#written.catch(() => undefined);
    }
  }

  /**
   * Waits for the worker; resolves to how many mirrors there are. Rejects with
   * its failure, naming the page, or if a page with a mirror never rendered.
   */
  async finish(): Promise<number> {
    const [missing] = this.#unrendered;
    if (missing) {
      await this.#written?.catch(() => undefined);
      throw new Error(`${this.#unrendered.size} mirror(s) were never written, as their pages never rendered; the first: ${missing}`);
    }
    if (!this.#written) throw new Error('no page was rendered, so no mirror was written');
    this.#worker?.ref();
    return this.#written;
  }

  #startWorker(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const data: MirrorWorkerData = { catalog: this.#catalog, root: this.#root };
      const worker = new Worker(new URL('./mirror-worker.ts', import.meta.url), { workerData: data });
      // Until `finish` waits for it, the worker does not hold the process open: a build that fails
      // while rendering exits without waiting for the mirrors of a site it will not finish.
      worker.unref();
      this.#worker = worker;
      let reply: MirrorWorkerReply | undefined;
      worker.once('message', (message: MirrorWorkerReply) => {
        reply = message;
        // Once it has answered there is nothing left for it to do; its memory goes with it.
        void worker.terminate();
      });
      worker.once('error', (error) => reject(new Error(`the mirror worker failed: ${error.message}`, { cause: error })));
      worker.once('exit', (code) => {
        if (reply && 'done' in reply) resolve(reply.done);
        else if (reply) reject(new Error(reply.error));
        else reject(new Error(`the mirror worker stopped (exit code ${code}) before it had written the mirrors`));
      });
    });
  }
}
