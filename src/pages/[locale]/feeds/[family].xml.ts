/** /{locale}/feeds/{family}.xml: Atom feed of one family's changes (its variants' entries). */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../config/locales';
import { getCatalog } from '../../../lib/catalog';
import { buildAtomFeed } from '../../../lib/feed';

export const getStaticPaths = () => localeCodes.flatMap((locale) => getCatalog().families.map((family) => ({ params: { locale, family: family.slug } })));
export const GET: APIRoute = ({ params }) =>
  new Response(buildAtomFeed(getCatalog(), params['locale'] as Locale, { kind: 'family', familySlug: params['family'] ?? '' }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
