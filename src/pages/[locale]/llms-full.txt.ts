/** /{locale}/llms-full.txt: every mirror of one language in one file. */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../config/locales';
import { getCatalog } from '../../lib/catalog';
import { buildLlmsFullTxt } from '../../lib/llms';
import { textResponse } from '../../lib/endpoints';

export const getStaticPaths = () => localeCodes.map((locale) => ({ params: { locale } }));
export const GET: APIRoute = ({ params }) => textResponse(buildLlmsFullTxt(getCatalog(), params['locale'] as Locale));
