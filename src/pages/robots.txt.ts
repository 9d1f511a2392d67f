/** /robots.txt: everything may be crawled; the sitemap is named with its absolute URL. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/routes';
import { textResponse } from '../lib/endpoints';

export const GET: APIRoute = () => textResponse(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`);
