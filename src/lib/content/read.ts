/**
 * Reading, the loader's first step: the content folders → each file's path, frontmatter (parsed as
 * strict YAML 1.2) and Markdown body, grouped by folder. Nothing here knows what a field means; the
 * problems it reports are about the tree's layout (a stray file, a folder name that cannot be a URL
 * segment) and about YAML that does not parse. A rule about a file's name or its raw text belongs here.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { parseDocument, type YAMLError } from 'yaml';
import { isLocale, localeCodes, type Locale } from '../../config/locales';
import { slugProblem } from '../routes';
import type { ContentProblem } from './errors';

/** One content file as read: its path, its frontmatter as a plain object, its body. */
export interface ContentFile {
  /** Path relative to the working directory, as every message names it. */
  file: string;
  data: Record<string, unknown>;
  /** The Markdown below the frontmatter, trimmed. */
  body: string;
}

/** The locale files of one family, variant or provider folder. */
export interface ContentFolder {
  /** The folder's name: a provider id, a family slug or a variant slug. */
  name: string;
  /** Path relative to the working directory. */
  dir: string;
  /** The files whose frontmatter parsed, by locale. */
  files: Map<Locale, ContentFile>;
  /** Locales whose file exists but did not parse; its problem is reported already. */
  unreadable: Set<Locale>;
}

/** A family folder: its own locale files and its variant folders. */
export interface FamilyFolder extends ContentFolder {
  /** The name of every sub-folder, read or not (one whose name cannot be a slug is reported, not read). */
  subfolders: string[];
  /** The variant folders that were read, in name order. */
  variants: ContentFolder[];
}

/** Every folder of a content tree, in name order. */
export interface ContentTree {
  providers: ContentFolder[];
  families: FamilyFolder[];
}

/** A path as messages print it: relative to the working directory, with forward slashes. */
export const relative = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');

/**
 * Splits `---` frontmatter from the body and parses it as strict YAML 1.2. One leading byte-order mark
 * is dropped (editors on Windows write one) and CRLF line ends read as LF, so neither reaches a page.
 * A tag the core schema does not know (`!foo`, `!!js/function`) is refused rather than dropped, and an
 * alias bomb is refused with the file named. An empty frontmatter parses as `{}`, which validate.ts
 * reports with the fields expected.
 */
export function parseContentFile(file: string, raw: string, problems: ContentProblem[]): ContentFile | undefined {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)([\s\S]*)$/.exec(source);
  if (!match) {
    problems.push({ file, field: '', message: 'expected YAML frontmatter between two "---" lines at the top of the file' });
    return undefined;
  }
  // Known YAML 1.1 tags (!!binary, !!set, !!timestamp…) are left unresolved too: a content value is text, a number, a list or a mapping.
  const doc = parseDocument(match[1] ?? '', { uniqueKeys: true, prettyErrors: true, version: '1.2', resolveKnownTags: false });
  const lineOf = (error: YAMLError) => (error.linePos?.[0]?.line ?? 1) + 1;
  const firstLine = (message: string) => (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  if (doc.errors.length > 0) {
    // Line numbers are counted from the file's first line, so the editor can jump there.
    for (const error of doc.errors) problems.push({ file, field: '', message: `malformed YAML frontmatter at line ${lineOf(error)}: ${firstLine(error.message)}` });
    return undefined;
  }
  const unknownTags = doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  for (const warning of unknownTags) {
    const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? 'a tag';
    problems.push({ file, field: '', message: `YAML tag ${tag} at line ${lineOf(warning)} is not allowed: frontmatter holds plain text, numbers, lists and mappings; remove the tag` });
  }
  if (unknownTags.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml throws on an alias bomb ("Excessive alias count…"); the message it throws names no file.
    problems.push({ file, field: '', message: `the frontmatter's YAML could not be read: ${(error as Error).message}; content needs no anchors or aliases (& and *)` });
    return undefined;
  }
  if (data === null && doc.contents === null) data = {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', message: 'frontmatter must be a mapping of keys to values' });
    return undefined;
  }
  return { file, data: data as Record<string, unknown>, body: (match[2] ?? '').trim() };
}

/**
 * The entries of a content folder, each a file or a folder. A symbolic link is reported and left out:
 * it could pull a file from outside content/ into the site, or loop.
 */
function entriesOf(dir: string, problems: ContentProblem[]): Dirent[] {
  const entries: Dirent[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.isSymbolicLink()) {
      problems.push({ file: relative(path.join(dir, entry.name)), field: '', message: 'a symbolic link: content files and folders must be real files and folders inside content/, not links to elsewhere' });
      continue;
    }
    entries.push(entry);
  }
  return entries;
}

/** Reads the locale files of one folder; a file not named after a locale is reported. */
export function readFolder(dir: string, problems: ContentProblem[]): ContentFolder {
  const folder: ContentFolder = { name: path.basename(dir), dir: relative(dir), files: new Map(), unreadable: new Set() };
  for (const entry of entriesOf(dir, problems)) {
    if (entry.isDirectory()) continue;
    const absolute = path.join(dir, entry.name);
    const file = relative(absolute);
    const locale = entry.name.replace(/\.md$/, '');
    if (!entry.name.endsWith('.md') || !isLocale(locale)) {
      problems.push({ file, field: '', message: `unexpected file; content files are named after a locale: ${localeCodes.map((l) => `${l}.md`).join(', ')}` });
      continue;
    }
    const parsed = parseContentFile(file, readFileSync(absolute, 'utf8'), problems);
    if (parsed) folder.files.set(locale, parsed);
    else folder.unreadable.add(locale);
  }
  return folder;
}

const providerIdPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Reads `content/providers/<id>/`, each folder named by its id. */
function readProviders(contentDir: string, problems: ContentProblem[]): ContentFolder[] {
  const providersDir = path.join(contentDir, 'providers');
  if (!existsSync(providersDir)) {
    problems.push({ file: relative(providersDir), field: '', message: 'providers folder not found: expected content/providers/<id>/<locale>.md, one folder per provider that serves a model' });
    return [];
  }
  if (lstatSync(providersDir).isSymbolicLink()) {
    problems.push({ file: relative(providersDir), field: '', message: 'a symbolic link: content/providers must be a real folder inside content/' });
    return [];
  }
  const providers: ContentFolder[] = [];
  for (const entry of entriesOf(providersDir, problems)) {
    const id = entry.name;
    const dir = path.join(providersDir, id);
    if (!entry.isDirectory()) {
      problems.push({ file: relative(dir), field: '', message: 'unexpected file; each provider is a folder: content/providers/<id>/' });
      continue;
    }
    if (!providerIdPattern.test(id)) {
      problems.push({ file: relative(dir), field: '', message: 'a provider folder is its id: lower-case letters, digits and hyphens' });
      continue;
    }
    providers.push(readFolder(dir, problems));
  }
  return providers;
}

/** Reads `content/models/<family>/` and its variant folders, each named by its URL slug. */
function readFamilies(modelsDir: string, problems: ContentProblem[]): FamilyFolder[] {
  const families: FamilyFolder[] = [];
  for (const entry of entriesOf(modelsDir, problems)) {
    const familySlug = entry.name;
    const familyDir = path.join(modelsDir, familySlug);
    if (!entry.isDirectory()) {
      problems.push({ file: relative(familyDir), field: '', message: 'unexpected file; each family is a folder: content/models/<family>/' });
      continue;
    }
    const familyProblem = slugProblem(familySlug, 'family');
    if (familyProblem) {
      problems.push({ file: relative(familyDir), field: '', message: familyProblem });
      continue;
    }
    // Symbolic links among the family's entries are reported by readFolder; here they are simply not sub-folders.
    const family = readFolder(familyDir, problems);
    const subfolders = readdirSync(familyDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const variants: ContentFolder[] = [];
    for (const variantSlug of subfolders) {
      const variantDir = path.join(familyDir, variantSlug);
      const variantProblem = slugProblem(variantSlug, 'variant');
      if (variantProblem) {
        problems.push({ file: relative(variantDir), field: '', message: variantProblem });
        continue;
      }
      variants.push(readFolder(variantDir, problems));
    }
    families.push({ ...family, subfolders, variants });
  }
  return families;
}

/** Reads the whole tree under `contentDir`; undefined when it has no `models` folder (reported). */
export function readContentTree(contentDir: string, problems: ContentProblem[]): ContentTree | undefined {
  const modelsDir = path.join(contentDir, 'models');
  if (!existsSync(modelsDir)) {
    problems.push({ file: relative(modelsDir), field: '', message: 'content folder not found: expected content/models/<family>/<locale>.md' });
    return undefined;
  }
  if (lstatSync(modelsDir).isSymbolicLink()) {
    problems.push({ file: relative(modelsDir), field: '', message: 'a symbolic link: content/models must be a real folder inside content/' });
    return undefined;
  }
  return { providers: readProviders(contentDir, problems), families: readFamilies(modelsDir, problems) };
}
