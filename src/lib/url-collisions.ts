/**
 * The whole URL set of a catalog, checked before anything is rendered: two
 * outputs written to one file would leave one silently missing (a variant
 * folder "m2.5.md" shadowed by M2.5's mirror; two pair pages sharing a URL).
 */
import { localeCodes } from '../config/locales';
import type { Catalog } from './content/types';
import { familyFeedPath, variantFeedPath } from './feed';
import { hasOwnSocialImage, listPages, socialImagePath } from './routes';

/**
 * Every file a catalog's pages, mirrors, feeds and social images are written to, by URL, checked for two
 * outputs sharing one (compared case-insensitively, as some file systems and hosts do). Returns one
 * sentence per collision naming both; empty when every output has its own URL.
 */
export function urlCollisions(catalog: Catalog): string[] {
  const owners = new Map<string, string>();
  const collisions: string[] = [];
  const claim = (url: string, owner: string) => {
    const key = url.toLowerCase();
    const first = owners.get(key);
    if (first?.startsWith(`${owner} (`)) return;
    if (first === undefined) owners.set(key, `${owner} (${url})`);
    else collisions.push(`${owner} (${url}) would be written where ${first} is`);
  };
  for (const page of listPages(catalog)) {
    // Named by what it shows, not by its URL, which is what may be shared.
    const shows = [page.familySlug, page.variantSlug, page.otherSlug].filter(Boolean).join(' / ');
    const what = `${page.locale} ${page.kind} page${shows ? ` of ${page.kind === 'pair' ? `${page.variantSlug} and ${page.otherSlug} (${page.familySlug})` : shows}` : ''}${page.part ? ` part ${page.part}` : ''}`;
    // A page answers at its URL and is written to URL.html, which a host also serves under that name.
    claim(page.path, `the ${what}`);
    if (page.path !== '/') claim(`${page.path}.html`, `the ${what}`);
    if (page.mirrorPath) claim(page.mirrorPath, `the mirror of the ${what}`);
    if (hasOwnSocialImage(page)) claim(socialImagePath(page), `the social image of the ${what}`);
  }
  for (const locale of localeCodes) {
    for (const family of catalog.families) {
      claim(familyFeedPath(locale, family.slug), `the feed of ${family.slug}`);
      for (const variant of family.variants) claim(variantFeedPath(locale, family.slug, variant.slug), `the feed of ${family.slug}/${variant.slug}`);
    }
  }
  return collisions;
}
