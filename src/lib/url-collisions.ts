/**
 * The whole URL set of a catalog, checked before anything is rendered: two
 * outputs written to one file would leave one silently missing (a variant
 * folder "m2.5.md" shadowed by M2.5's mirror; two pair pages sharing a URL).
 */
import { localeCodes } from '../config/locales';
import type { Catalog } from './content/types';
import { familyFeedPath, variantFeedPath } from './feed';
import { hasOwnSocialImage, listPages, socialImagePath } from './routes';

/** Two outputs that would be written to one URL, and the content files each comes from. */
export interface UrlCollision {
  /** The sentence naming both outputs and the URL they share. */
  message: string;
  /** The content files of the output that came second, then of the one it would overwrite. */
  files: string[];
}

/**
 * Every file a catalog's pages, mirrors, feeds and social images are written to, by URL, checked for two
 * outputs sharing one (compared case-insensitively, as some file systems and hosts do). Returns each
 * collision with both outputs named and the content files behind them; empty when every output has its own URL.
 */
export function findUrlCollisions(catalog: Catalog): UrlCollision[] {
  const owners = new Map<string, { owner: string; files: string[] }>();
  const collisions: UrlCollision[] = [];
  const claim = (url: string, owner: string, files: string[]) => {
    const key = url.toLowerCase();
    const first = owners.get(key);
    if (first?.owner.startsWith(`${owner} (`)) return;
    if (first === undefined) owners.set(key, { owner: `${owner} (${url})`, files });
    else collisions.push({ message: `${owner} (${url}) would be written where ${first.owner} is`, files: [...new Set([...files, ...first.files])] });
  };
  const familyFiles = new Map(catalog.families.map((f) => [f.slug, f.file]));
  const variantFiles = new Map(catalog.families.flatMap((f) => f.variants.map((v) => [`${f.slug}/${v.slug}`, v.file] as const)));
  for (const page of listPages(catalog)) {
    // Named by what it shows, not by its URL, which is what may be shared.
    const shows = [page.familySlug, page.variantSlug, page.otherSlug].filter(Boolean).join(' / ');
    const what = `${page.locale} ${page.kind} page${shows ? ` of ${page.kind === 'pair' ? `${page.variantSlug} and ${page.otherSlug} (${page.familySlug})` : shows}` : ''}${page.part ? ` part ${page.part}` : ''}`;
    // A page comes from its variants' files, or its family's where it shows no variant.
    const variants = [page.variantSlug, page.otherSlug].flatMap((slug) => variantFiles.get(`${page.familySlug}/${slug}`) ?? []);
    const files = variants.length ? variants : [familyFiles.get(page.familySlug ?? '') ?? []].flat();
    // A page answers at its URL and is written to URL.html, which a host also serves under that name.
    claim(page.path, `the ${what}`, files);
    if (page.path !== '/') claim(`${page.path}.html`, `the ${what}`, files);
    if (page.mirrorPath) claim(page.mirrorPath, `the mirror of the ${what}`, files);
    if (hasOwnSocialImage(page)) claim(socialImagePath(page), `the social image of the ${what}`, files);
  }
  for (const locale of localeCodes) {
    for (const family of catalog.families) {
      claim(familyFeedPath(locale, family.slug), `the feed of ${family.slug}`, [family.file]);
      for (const variant of family.variants)
        claim(variantFeedPath(locale, family.slug, variant.slug), `the feed of ${family.slug}/${variant.slug}`, [variant.file]);
    }
  }
  return collisions;
}

/** The collisions of `findUrlCollisions`, one sentence each. */
export function urlCollisions(catalog: Catalog): string[] {
  return findUrlCollisions(catalog).map((c) => c.message);
}
