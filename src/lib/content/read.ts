/**
 * Reading, the loader's first step: the content folders → each file's path, frontmatter (parsed as
 * strict YAML 1.2) and Markdown body, grouped by folder. Nothing here knows what a field means; the
 * problems it reports are about the tree's layout (a stray file, a folder name that cannot be a URL
 * segment) and about YAML that does not parse. A rule about a file's name or its raw text belongs here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { isLocale, localeCodes, type Locale } from '../../config/locales';
import { reservedFamilySlugs } from '../routes';
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

/** Splits `---` frontmatter from the body and parses it as strict YAML 1.2. */
export function parseContentFile(file: string, source: string, problems: ContentProblem[]): ContentFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!match) {
    problems.push({ file, field: '', message: 'expected YAML frontmatter between two "---" lines at the top of the file' });
    return undefined;
  }
  const doc = parseDocument(match[1] ?? '', { uniqueKeys: true, prettyErrors: true, version: '1.2' });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      // Line numbers are counted from the file's first line, so the editor can jump there.
      const line = (error.linePos?.[0]?.line ?? 1) + 1;
      problems.push({ file, field: '', message: `malformed YAML frontmatter at line ${line}: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}` });
    }
    return undefined;
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', message: 'frontmatter must be a mapping of keys to values' });
    return undefined;
  }
  return { file, data: data as Record<string, unknown>, body: (match[2] ?? '').trim() };
}

/** Reads the locale files of one folder; a file not named after a locale is reported. */
export function readFolder(dir: string, problems: ContentProblem[]): ContentFolder {
  const folder: ContentFolder = { name: path.basename(dir), dir: relative(dir), files: new Map(), unreadable: new Set() };
  for (const entry of readdirSync(dir).sort()) {
    const absolute = path.join(dir, entry);
    if (statSync(absolute).isDirectory()) continue;
    const file = relative(absolute);
    const locale = entry.replace(/\.md$/, '');
    if (!entry.endsWith('.md') || !isLocale(locale)) {
      problems.push({ file, field: '', message: `unexpected file; content files are named after a locale: ${localeCodes.map((l) => `${l}.md`).join(', ')}` });
      continue;
    }
    const parsed = parseContentFile(file, readFileSync(absolute, 'utf8'), problems);
    if (parsed) folder.files.set(locale, parsed);
    else folder.unreadable.add(locale);
  }
  return folder;
}

const slugPattern = /^[a-z0-9][a-z0-9.-]*$/;
const providerIdPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Reads `content/providers/<id>/`, each folder named by its id. */
function readProviders(contentDir: string, problems: ContentProblem[]): ContentFolder[] {
  const providersDir = path.join(contentDir, 'providers');
  if (!existsSync(providersDir)) {
    problems.push({ file: relative(providersDir), field: '', message: 'providers folder not found: expected content/providers/<id>/<locale>.md, one folder per provider that serves a model' });
    return [];
  }
  const providers: ContentFolder[] = [];
  for (const id of readdirSync(providersDir).sort()) {
    const dir = path.join(providersDir, id);
    if (!statSync(dir).isDirectory()) {
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
  for (const familySlug of readdirSync(modelsDir).sort()) {
    const familyDir = path.join(modelsDir, familySlug);
    if (!statSync(familyDir).isDirectory()) {
      problems.push({ file: relative(familyDir), field: '', message: 'unexpected file; each family is a folder: content/models/<family>/' });
      continue;
    }
    if (!slugPattern.test(familySlug) || reservedFamilySlugs.includes(familySlug)) {
      problems.push({ file: relative(familyDir), field: '', message: `a family folder is its URL slug: lower-case letters, digits, dots and hyphens, and not ${reservedFamilySlugs.map((s) => `"${s}"`).join(', ')}` });
      continue;
    }
    const family = readFolder(familyDir, problems);
    const subfolders = readdirSync(familyDir).filter((entry) => statSync(path.join(familyDir, entry)).isDirectory()).sort();
    const variants: ContentFolder[] = [];
    for (const variantSlug of subfolders) {
      const variantDir = path.join(familyDir, variantSlug);
      if (!slugPattern.test(variantSlug)) {
        problems.push({ file: relative(variantDir), field: '', message: 'a variant folder is its URL slug: lower-case letters, digits, dots and hyphens' });
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
  return { providers: readProviders(contentDir, problems), families: readFamilies(modelsDir, problems) };
}
