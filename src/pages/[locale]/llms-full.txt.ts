/** /{locale}/llms-full.txt: every mirror of one language in one file (a build writes it with the mirrors, see src/integrations/mirrors.ts). */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../config/locales';
import { getCatalog } from '../../lib/catalog';
import { buildLlmsFullTxt } from '../../lib/llms';
import { textResponse } from '../../lib/endpoints';

export const getStaticPaths = () => (import.meta.env.CATALOG_MIRROR_ROUTES === true ? localeCodes.map((locale) => ({ params: { locale } })) : []);
export const GET: APIRoute = ({ params }) => textResponse(buildLlmsFullTxt(getCatalog(), params['locale'] as Locale));
