/**
 * Writes the Markdown mirror of every page that has one, and each locale's
 * llms-full.txt, in a build. A mirror is built and written as its page is
 * rendered (Astro's prerenderer reports each page, see post-build.ts): the
 * render leaves the main thread waiting on page writes about a fifth of the
 * time, and the mirrors fill those gaps instead of taking a phase of their own
 * after the pages. Writes are asynchronous, so the file system's work is done
 * off the main thread, at most `maxPendingWrites` at a time. Nothing is kept:
 * llms-full.txt is assembled at the end from the mirror files just written.
 * The dev server renders the same texts through the `.md` and llms-full routes.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../config/locales';
import type { Catalog } from '../lib/content/types';
import { llmsFullTxtParts } from '../lib/llms';
import { buildMirror } from '../lib/mirror';
import { listPages, llmsFullPath, type SitePage } from '../lib/routes';

/** Enough writes in flight to keep the thread pool busy; a render waits beyond that rather than queue text in memory. */
const maxPendingWrites = 64;

export class MirrorWriter {
  readonly #catalog: Catalog;
  readonly #root: string;
  /** Pages with a mirror, by page path; a page leaves once its mirror is under way. */
  readonly #unwritten: Map<string, SitePage>;
  readonly #count: number;
  readonly #folders = new Set<string>();
  readonly #pending = new Set<Promise<void>>();
  #failure: Error | undefined;

  /** Mirrors of `catalog`'s pages, to be written under `outDir`. */
  constructor(catalog: Catalog, outDir: URL) {
    this.#catalog = catalog;
    this.#root = fileURLToPath(outDir);
    this.#unwritten = new Map(listPages(catalog).filter((page) => page.mirrorPath).map((page) => [page.path, page]));
    this.#count = this.#unwritten.size;
  }

  /**
   * The page at `pagePath` (e.g. `/en/models/minimax`) is rendered: its mirror, if it
   * has one, is built now and written in the background. Resolves once fewer
   * than `maxPendingWrites` writes are in flight.
   */
  async pageRendered(pagePath: string): Promise<void> {
    const page = this.#unwritten.get(pagePath);
    if (!page?.mirrorPath) return;
    this.#unwritten.delete(pagePath);
    const file = this.#fileOf(page.mirrorPath);
    const fail = (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      this.#failure ??= new Error(`the mirror of ${page.path} (${page.mirrorPath}) could not be written: ${reason}`, { cause: error });
    };
    try {
      const folder = path.dirname(file);
      if (!this.#folders.has(folder)) mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
      const write: Promise<void> = writeFile(file, buildMirror(page, this.#catalog)).catch(fail).finally(() => this.#pending.delete(write));
      this.#pending.add(write);
    } catch (error) {
      fail(error);
    }
    while (this.#pending.size >= maxPendingWrites) await Promise.race(this.#pending);
  }

  /**
   * Waits for every write, then writes each locale's llms-full.txt from the
   * mirrors on disk; resolves to how many mirrors there are. Rejects with the
   * first failure, naming its page, or if a page with a mirror never rendered.
   */
  async finish(): Promise<number> {
    await Promise.all(this.#pending);
    if (this.#failure) throw this.#failure;
    const [missing] = this.#unwritten.values();
    if (missing) throw new Error(`${this.#unwritten.size} mirror(s) were never written, as their pages never rendered; the first: ${missing.path}`);
    const mirrorOnDisk = (page: SitePage) => readFileSync(this.#fileOf(page.mirrorPath ?? ''), 'utf8');
    // Written a mirror at a time: at 1,000 variants each file is some 16 MB, held twice over (as text, then encoded) if built whole.
    for (const locale of localeCodes) {
      const fd = openSync(this.#fileOf(llmsFullPath(locale)), 'w');
      try {
        for (const part of llmsFullTxtParts(this.#catalog, locale, mirrorOnDisk)) writeSync(fd, part);
      } finally {
        closeSync(fd);
      }
    }
    return this.#count;
  }

  #fileOf(sitePath: string): string {
    return path.join(this.#root, ...sitePath.split('/'));
  }
}
