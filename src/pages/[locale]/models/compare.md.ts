/** Markdown mirror of the catalog-wide comparison. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog';
import { buildMirror } from '../../../lib/mirror';
import { mirrorResponse, staticMirrorPathsFor } from '../../../lib/endpoints';

export const getStaticPaths = () => staticMirrorPathsFor(getCatalog(), 'compare', 'first');
export const GET: APIRoute = ({ props }) => mirrorResponse(buildMirror(props['page'], getCatalog()));
