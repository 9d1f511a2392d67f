/** /{locale}/feeds/{family}/{variant}.xml: Atom feed of one variant's changes. */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../../config/locales';
import { getCatalog } from '../../../../lib/catalog';
import { buildAtomFeed } from '../../../../lib/feed';

export const getStaticPaths = () =>
  localeCodes.flatMap((locale) =>
    getCatalog().families.flatMap((family) => family.variants.map((variant) => ({ params: { locale, family: family.slug, variant: variant.slug } }))),
  );
export const GET: APIRoute = ({ params }) =>
  new Response(
    buildAtomFeed(getCatalog(), params['locale'] as Locale, { kind: 'variant', familySlug: params['family'] ?? '', variantSlug: params['variant'] ?? '' }),
    {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
    },
  );
