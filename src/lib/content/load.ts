/**
 * Loads the catalog in four steps, each a module of its own with its own tests:
 *
 * 1. read.ts: the folders → each file's path, frontmatter and body (layout and YAML problems);
 * 2. validate.ts: each file against its schema (schema.ts) and the checks on its text;
 * 3. rules.ts: the rules between a page's locales, within its facts and between pages;
 * 4. assemble.ts: the validated tree → the Catalog, whose URL set is then checked for collisions.
 *
 * Every step reports what it finds instead of stopping, so an editor sees every problem at once;
 * a ContentError lists them all before a single page is rendered.
 */
import path from 'node:path';
import { ContentError, type ContentProblem } from './errors';
import type { Catalog } from './types';
import { readContentTree, relative } from './read';
import { validateTree } from './validate';
import { checkRules } from './rules';
import { assembleCatalog } from './assemble';
import { safeUrl } from '../markdown';
import { findUrlCollisions } from '../url-collisions';

export { safeUrl };
export { parseContentFile } from './read';

/** Where content lives unless `CATALOG_CONTENT_DIR` says otherwise (fixtures, the benchmark). */
export function defaultContentDir(): string {
  return path.resolve(process.env['CATALOG_CONTENT_DIR'] ?? 'content');
}

/** Loads and validates the whole catalog; throws ContentError naming every problem. */
export function loadCatalog(contentDir: string = defaultContentDir()): Catalog {
  const problems: ContentProblem[] = [];
  const tree = readContentTree(contentDir, problems);
  if (!tree) throw new ContentError(problems);
  const validated = validateTree(tree, problems);
  checkRules(validated, problems);
  if (problems.length > 0) throw new ContentError(problems);
  if (validated.families.length === 0) throw new ContentError([{ file: relative(path.join(contentDir, 'models')), field: '', message: 'no families found: expected content/models/<family>/en.md' }]);
  const catalog = assembleCatalog(validated);
  const collisions = urlProblems(catalog);
  if (collisions.length > 0) throw new ContentError(collisions);
  return catalog;
}

/**
 * The catalog's URL set, checked once it is assembled and before anything renders: two outputs sharing
 * one URL (which folder names alone do not always show, as pair pages join two slugs) are each a
 * problem, named on the content file of the later one, with the files of both.
 */
export function urlProblems(catalog: Catalog): ContentProblem[] {
  return findUrlCollisions(catalog).map(({ message, files }) => ({
    file: files[0] ?? '',
    field: '',
    message: `${message}: rename a folder so each has its own URL (files involved: ${files.join(', ')})`,
  }));
}
