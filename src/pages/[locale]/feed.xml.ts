/** /{locale}/feed.xml: Atom feed of catalog changes. */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../config/locales';
import { getCatalog } from '../../lib/catalog';
import { buildAtomFeed } from '../../lib/feed';

export const getStaticPaths = () => localeCodes.map((locale) => ({ params: { locale } }));
export const GET: APIRoute = ({ params }) =>
  new Response(buildAtomFeed(getCatalog(), params['locale'] as Locale), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
