/** /api/models.json: the catalog as JSON. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { buildJsonCatalog } from '../../lib/json-catalog';
import { jsonResponse } from '../../lib/endpoints';

export const GET: APIRoute = () => jsonResponse(buildJsonCatalog(getCatalog()));
