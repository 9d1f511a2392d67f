/**
 * Astro's own console log under `astro dev`, less the repeats of a content
 * error. Astro logs a page's error with every request for it; a content error
 * is the same on every page until a content file changes, so dev-content.ts
 * prints it once and marks it here, and this destination drops the error events
 * that repeat it. The catalog integration sets it as Astro's logger in dev.
 *
 * Astro loads this file with Node's own `import()`, by stripping its types, not
 * through Vite: erasable TypeScript only, and nothing from src/lib (whose
 * imports have no file extensions). The mark lives on `globalThis`, as this
 * module and dev-content.ts are separate module instances.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

const markKey = Symbol.for('model-catalog.printed-content-error');
type Marks = { [markKey]?: string | undefined };

/** The content error just printed, whose repeats are dropped; `undefined` once the content changed. */
export function markPrintedContentError(message: string | undefined): void {
  (globalThis as Marks)[markKey] = message;
}

/** Astro's console destination (levels are left to Astro's own `--verbose`/`--silent` filter), without repeats of the marked error. */
export default function devLogDestination(): AstroLoggerDestination {
  const console = nodeDestination({ level: 'debug' });
  return {
    write(event: AstroLoggerMessage) {
      const printed = (globalThis as Marks)[markKey];
      if (printed !== undefined && event.level === 'error' && event.message.includes(printed)) return;
      console.write(event);
    },
  };
}
