/** /llms.txt: the site's entry point for agents. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog';
import { buildRootLlmsTxt } from '../lib/llms';
import { textResponse } from '../lib/endpoints';

export const GET: APIRoute = () => textResponse(buildRootLlmsTxt(getCatalog()));
