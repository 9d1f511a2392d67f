/** The catalog, loaded and validated once per build (per request in dev, so edits show up). */
import { loadCatalog, loadCatalogOnce } from './content/load';
import type { Catalog, Family, Variant } from './content/types';

/** The validated catalog; throws ContentError when the content is invalid. */
export function getCatalog(): Catalog {
  return import.meta.env?.DEV ? loadCatalog() : loadCatalogOnce();
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
