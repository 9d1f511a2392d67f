/** /api/v1/models: the catalog as OpenRouter's models list (src/lib/openrouter.ts). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog';
import { buildOpenRouterModels } from '../../../lib/openrouter';
import { jsonResponse } from '../../../lib/endpoints';

export const GET: APIRoute = () => jsonResponse(buildOpenRouterModels(getCatalog()));
