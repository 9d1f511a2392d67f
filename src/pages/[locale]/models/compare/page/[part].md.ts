/** Markdown mirror of a later part of the catalog-wide comparison (see catalogParts). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../../lib/catalog';
import { buildMirror } from '../../../../../lib/mirror';
import { mirrorResponse, staticMirrorPathsFor } from '../../../../../lib/endpoints';

export const getStaticPaths = () => staticMirrorPathsFor(getCatalog(), 'compare', 'later');
export const GET: APIRoute = ({ props }) => mirrorResponse(buildMirror(props['page'], getCatalog()));
