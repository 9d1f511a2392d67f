/** /api/models.schema.json: the JSON Schema of /api/models.json. */
import type { APIRoute } from 'astro';
import { buildJsonSchema } from '../../lib/json-catalog';
import { jsonResponse } from '../../lib/endpoints';

export const GET: APIRoute = () => jsonResponse(buildJsonSchema());
