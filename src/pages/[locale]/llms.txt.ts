/** /{locale}/llms.txt: one language's mirrors. */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../config/locales';
import { getCatalog } from '../../lib/catalog';
import { buildLocaleLlmsTxt } from '../../lib/llms';
import { textResponse } from '../../lib/endpoints';

export const getStaticPaths = () => localeCodes.map((locale) => ({ params: { locale } }));
export const GET: APIRoute = ({ params }) => textResponse(buildLocaleLlmsTxt(getCatalog(), params['locale'] as Locale));
