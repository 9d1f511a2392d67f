/**
 * The catalog, read and validated once, lazily: on its first use in a build
 * (the catalog integration's astro:build:start, before anything renders), and
 * in dev on the first request after the content changed. Nothing reads it
 * while astro.config.mjs is evaluated, so `astro dev` starts on broken content
 * and shows the error in the browser. The config, the integrations and the
 * route modules are separate module instances, so the one read lives on
 * `globalThis`; a failed read is kept too, so every request after it shows the
 * same error and it is logged once (see `onCatalogError`).
 */
import { defaultContentDir, loadCatalog } from './content/load';
import type { Catalog, Family, Variant } from './content/types';
import type { SitePage } from './routes';

/** The last read: its content folder, and the catalog or why there is none. */
type CatalogRead = { contentDir: string } & ({ catalog: Catalog } | { error: unknown });

interface CatalogStore {
  read?: CatalogRead;
  /** Told of each read that fails, once (the dev server logs it). */
  onError?: ((error: unknown) => void) | undefined;
}

const storeKey = Symbol.for('model-catalog.catalog');
const store = (): CatalogStore => ((globalThis as { [storeKey]?: CatalogStore })[storeKey] ??= {});

/** The validated catalog of `CATALOG_CONTENT_DIR` (or `content/`); throws ContentError when the content is invalid. */
export function getCatalog(): Catalog {
  const catalogs = store();
  const contentDir = defaultContentDir();
  let read = catalogs.read;
  if (read?.contentDir !== contentDir) {
    try {
      read = { contentDir, catalog: loadCatalog(contentDir) };
    } catch (error) {
      read = { contentDir, error };
      catalogs.onError?.(error);
    }
    catalogs.read = read;
  }
  if ('error' in read) throw read.error;
  return read.catalog;
}

/** Drops the catalog read so far: the content changed (dev), and the next `getCatalog` reads it again. */
export function forgetCatalog(): void {
  delete store().read;
}

/** Calls `listener` with the error of each read that fails (not each `getCatalog` that rethrows it). */
export function onCatalogError(listener: ((error: unknown) => void) | undefined): void {
  store().onError = listener;
}

/** The latest of some YYYY-MM-DD dates (they sort as text). */
export function latestDate(dates: readonly string[]): string {
  return [...dates].sort().at(-1) ?? '';
}

/** When a family's facts, or any of its variants', were last checked. */
export function familyUpdated(family: Family): string {
  return latestDate([family.updated, ...family.variants.map((v) => v.updated)]);
}

/** When anything in the catalog was last checked. */
export function catalogUpdated(catalog: Catalog): string {
  return latestDate(catalog.families.map(familyUpdated));
}

/** A family by slug, or an error naming it (a route asked for something that does not exist). */
export function findFamily(catalog: Catalog, familySlug: string): Family {
  const family = catalog.families.find((f) => f.slug === familySlug);
  if (!family) throw new Error(`unknown family "${familySlug}"`);
  return family;
}

/** A variant by family and slug. */
export function findVariant(catalog: Catalog, familySlug: string, variantSlug: string): { family: Family; variant: Variant } {
  const family = findFamily(catalog, familySlug);
  const variant = family.variants.find((v) => v.slug === variantSlug);
  if (!variant) throw new Error(`unknown variant "${familySlug}/${variantSlug}"`);
  return { family, variant };
}

/**
 * The content files a page is built from, its own first: a spec sheet's variant files (facts in
 * `en`, words in the page's locale), then its family's; a pair page's two variants; a family page's
 * family files. Other pages are built from the whole catalog and name none. For error messages.
 */
export function contentFilesOf(catalog: Catalog, page: SitePage): string[] {
  const filesOf = (source: { file: string }) => {
    const localeFile = source.file.replace(/[^/]+\.md$/, `${page.locale}.md`);
    return localeFile === source.file ? [source.file] : [source.file, localeFile];
  };
  const family = catalog.families.find((f) => f.slug === page.familySlug);
  if (!family || !['family', 'variant', 'pair'].includes(page.kind)) return [];
  const variants = [page.variantSlug, page.otherSlug].flatMap((slug) => family.variants.filter((v) => slug !== undefined && v.slug === slug));
  return [...new Set([...variants.flatMap(filesOf), ...filesOf(family)])];
}
