/**
 * The Markdown mirrors: each page's own blocks (src/lib/view/documents.ts)
 * written as Markdown, never scraped from its HTML, under frontmatter an agent
 * can trust (src/lib/mirror-data.ts).
 */
import type { Catalog } from './content/types';
import type { SitePage } from './routes';
import { documentMarkdown } from './blocks-markdown';
import { documentFor } from './view/documents';

export { catalogMirrorData, compareMirrorData, familyMirrorData, pairMirrorData, variantMirrorData } from './mirror-data';

/** The mirror for any page that has one. */
export function buildMirror(page: SitePage, catalog: Catalog): string {
  return documentMarkdown(documentFor(page, catalog));
}
