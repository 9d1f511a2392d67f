/** The page list the site was built from, for the browser tests to walk. */
import { loadCatalog } from '../../src/lib/content/load';
import { listPages, type SitePage } from '../../src/lib/routes';

export const catalog = loadCatalog('content');
export const pages: readonly SitePage[] = listPages(catalog);
export const minimax = catalog.families.find((f) => f.slug === 'minimax')!;

/** One page of each kind in each locale (and the chooser). */
export function onePerKind(): SitePage[] {
  const seen = new Set<string>();
  return pages.filter((p) => {
    const key = `${p.kind}|${p.locale}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
