/**
 * A page that fails to render, named: Astro's own message says what went wrong
 * but not on which page or from which content. Every mistake the content
 * validation knows is caught before the render; this is for the rest.
 */
import type { AstroPrerenderer } from 'astro';
import { contentFilesOf } from '../lib/catalog';
import type { Catalog } from '../lib/content/types';
import { listPages } from '../lib/routes';
import { renderedPath } from './search-index';

/**
 * For the build tests only: the path of a page whose render fails on purpose, as a
 * page would that passed validation and broke in rendering (no content known to
 * the tests does), to check what a failed render leaves behind.
 */
const failOnPurpose = process.env['CATALOG_TEST_RENDER_FAILURE'];

/** Astro's prerenderer, with each render failure rethrown naming the page and the content files it is built from. */
export function namingRenderFailures(base: AstroPrerenderer, catalog: Catalog): AstroPrerenderer {
  const pages = new Map(listPages(catalog).map((page) => [page.path, page]));
  return {
    ...base,
    async render(request, options) {
      const path = renderedPath(request.url);
      try {
        if (path === failOnPurpose) throw new Error('failing on purpose (CATALOG_TEST_RENDER_FAILURE)');
        return await base.render(request, options);
      } catch (error) {
        const page = pages.get(path);
        const files = page ? contentFilesOf(catalog, page) : [];
        const from = files.length > 0 ? `, built from ${files.join(', ')}` : '';
        throw new Error(`could not render the page ${path}${from}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
  };
}
