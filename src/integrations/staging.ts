/**
 * A build's output, staged: Astro writes into a sibling of the output folder
 * (`.dist-staging-<pid>` beside `dist/`, so on the same file system and the
 * swap is two renames), and only a build that finished, every post-build step
 * included, replaces the output folder. A build that fails leaves the previous
 * output as it was, and its staging folder is removed when the process exits.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export class StagedOutput {
  /** The output folder the build replaces, as a path without a trailing separator. */
  readonly finalDir: string;
  /** Where the build writes meanwhile. */
  readonly stagingDir: string;
  readonly #previousDir: string;
  readonly #discard = () => rmSync(this.stagingDir, { recursive: true, force: true });

  /** Staging for `outDir`; registers the removal of the staging folder at exit. */
  constructor(outDir: URL) {
    this.finalDir = fileURLToPath(outDir).replace(/[\\/]+$/, '');
    const beside = (what: string) => path.join(path.dirname(this.finalDir), `.${path.basename(this.finalDir)}-${what}-${process.pid}`);
    this.stagingDir = beside('staging');
    this.#previousDir = beside('previous');
    // Left by an earlier process that had the same id and was killed before it could clean up.
    this.#discard();
    process.once('exit', this.#discard);
  }

  /** The staging folder, as Astro's `outDir`. */
  get stagingUrl(): URL {
    return pathToFileURL(`${this.stagingDir}${path.sep}`);
  }

  /** Puts the staged build in place of the output folder; the previous output is kept if that fails. */
  swap(): void {
    const hadPrevious = existsSync(this.finalDir);
    if (hadPrevious) renameSync(this.finalDir, this.#previousDir);
    try {
      renameSync(this.stagingDir, this.finalDir);
    } catch (error) {
      if (hadPrevious) renameSync(this.#previousDir, this.finalDir);
      throw new Error(
        `the finished build in ${this.stagingDir} could not replace ${this.finalDir}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    if (hadPrevious) rmSync(this.#previousDir, { recursive: true, force: true });
    process.off('exit', this.#discard);
  }
}
