/**
 * Per-file validation, the loader's second step: each file's frontmatter against its schema (facts and
 * words in en, words only in a translation), with messages that name the file and the field, and the
 * checks on its text (prose that leaks a template, an entity or a price; a body with raw HTML or an
 * unsafe link). Everything here looks at one file at a time; a rule that needs a second file belongs
 * in rules.ts, a rule about one field's value in schema.ts.
 */
import type { z } from 'zod';
import { Lexer, Marked } from 'marked';
import { localeCodes, sourceLocale, type Locale } from '../../config/locales';
import {
  familyFactKeys,
  familySourceSchema,
  familyTranslationSchema,
  providerFactKeys,
  providerSourceSchema,
  providerTranslationSchema,
  variantFactKeys,
  variantSourceSchema,
  variantTranslationSchema,
  type FamilySource,
  type FamilyWords,
  type ProviderSource,
  type ProviderWords,
  type VariantSource,
  type VariantWords,
} from './schema';
import { keyInPath, problemsFromZod, type ContentProblem } from './errors';
import type { ContentFile, ContentFolder, ContentTree } from './read';
import type { WithBody } from './types';
import { safeUrl } from '../markdown';

/** A folder after validation: its files as read, and what of each passed its schema. */
export interface ValidatedFolder<Source, Words> extends ContentFolder {
  /** The en file's facts and words, where it passed its schema. */
  source?: Source;
  /** Each locale's words, where its file passed its schema; en's are `source` itself. */
  words: Partial<Record<Locale, Words>>;
}

export type ValidatedProvider = ValidatedFolder<ProviderSource, ProviderWords>;
export type ValidatedVariant = ValidatedFolder<VariantSource, VariantWords>;
export interface ValidatedFamily extends ValidatedFolder<FamilySource, FamilyWords> {
  /** The name of every sub-folder, read or not. */
  subfolders: string[];
  variants: ValidatedVariant[];
}

/** The content tree with every file validated. */
export interface ValidatedTree {
  providers: ValidatedProvider[];
  families: ValidatedFamily[];
}

/** A folder all of whose files passed: the en file's facts, and every locale's words with its body. */
export interface Page<Source, Words> {
  source: Source;
  /** The en file, which holds the facts. */
  file: string;
  words: Record<Locale, WithBody<Words>>;
}

/** The folder as a page when its en file and a file per locale passed their schemas; else undefined. */
export function completePage<Source extends Words, Words>(folder: ValidatedFolder<Source, Words>): Page<Source, Words> | undefined {
  const enFile = folder.files.get(sourceLocale);
  if (!enFile || !folder.source) return undefined;
  const words = {} as Record<Locale, WithBody<Words>>;
  for (const locale of localeCodes) {
    const file = folder.files.get(locale);
    const localeWords = folder.words[locale];
    if (!file || !localeWords) return undefined;
    words[locale] = { ...localeWords, body: file.body };
  }
  return { source: folder.source, file: enFile.file, words };
}

/** The schemas of one kind of folder: the en file's, a translation's, the keys that are facts, whether a body is required. */
export interface FolderSchemas<Source, Words> {
  source: z.ZodType<Source>;
  translation: z.ZodType<Words>;
  factKeys: readonly string[];
  bodyRequired: boolean;
}

export const providerSchemas: FolderSchemas<ProviderSource, ProviderWords> = { source: providerSourceSchema, translation: providerTranslationSchema, factKeys: providerFactKeys, bodyRequired: false };
export const familySchemas: FolderSchemas<FamilySource, FamilyWords> = { source: familySourceSchema, translation: familyTranslationSchema, factKeys: familyFactKeys, bodyRequired: true };
export const variantSchemas: FolderSchemas<VariantSource, VariantWords> = { source: variantSourceSchema, translation: variantTranslationSchema, factKeys: variantFactKeys, bodyRequired: true };

const templatePattern = /%\{|\{\{|\}\}/;
const entityPattern = /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/;
const pricePattern = /(?:US)?\$\s?\d|\d\s?(?:USD|美元|美金)/;

/** Checks one prose string for leaked templates, entities and typed prices. */
export function checkProse(file: string, field: string, value: string, problems: ContentProblem[]): void {
  if (templatePattern.test(value)) {
    problems.push({ file, field, message: 'contains an unfilled template ("%{", "{{" or "}}"); write the words out' });
  }
  if (entityPattern.exec(value)) {
    problems.push({ file, field, message: `contains the HTML entity "${entityPattern.exec(value)?.[0]}"; write the character itself` });
  }
  if (pricePattern.test(value)) {
    problems.push({ file, field, message: 'contains a price; prices are facts, typed once in an offer\'s price in the en file and printed by the page' });
  }
}

/** Checks every string of a file's words, naming each by its dotted path. */
function checkAllProse(file: string, words: unknown, prefix: string, problems: ContentProblem[]): void {
  if (typeof words === 'string') checkProse(file, prefix, words, problems);
  else if (Array.isArray(words)) words.forEach((item, i) => checkAllProse(file, item, `${prefix}[${i}]`, problems));
  else if (words && typeof words === 'object') {
    for (const [key, value] of Object.entries(words)) checkAllProse(file, value, prefix ? `${prefix}.${key}` : key, problems);
  }
}

const bodyParser = new Marked({ gfm: true });

/** The largest body accepted, in bytes of UTF-8: a page's overview is a few KB, and marked's time grows with it. */
export const maxBodyBytes = 64 * 1024;
/** The deepest nesting of block quotes and lists a body may have: marked recurses once per level, and 5 KB of `>` overflowed its stack. */
export const maxBodyNesting = 8;

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * The deepest block nesting of a Markdown text and the line (from 1) where it is first reached, by a cheap
 * scan of each line's leading markers: each `>` is a quote, each list marker opens an item, and an item
 * stays open until a list marker left of its content (a lazy or unindented line does not close it, so the
 * count errs high, never much low). It runs before marked sees the text, since marked recurses per level.
 */
export function blockNesting(markdown: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  // The content column of each open list item, innermost last.
  const items: number[] = [];
  markdown.split('\n').forEach((text, index) => {
    const line = text.replace(/\t/g, '    ');
    let column = 0;
    let quotes = 0;
    let first = true;
    for (;;) {
      while (line[column] === ' ') column++;
      if (line[column] === '>') {
        quotes++;
        column++;
        continue;
      }
      const marker = listMarker.exec(line.slice(column, column + 11));
      if (!marker) break;
      // A list item closes the items whose content starts right of its marker (it is their sibling or an outer one's).
      if (first) while (items.length > 0 && (items.at(-1) ?? 0) > column) items.pop();
      first = false;
      column += marker[0].length;
      let content = column;
      while (line[content] === ' ' && content - column < 4) content++;
      items.push(content === column ? column + 1 : content);
      column = content;
    }
    const depth = quotes + items.length;
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  });
  return deepest;
}

/** The most emphasis markers and brackets (`*`, `_`, `[`, `]`) one paragraph may hold: marked pairs them up in time that grows with their square. */
export const maxInlineMarkers = 256;

/**
 * The paragraph (a run of non-blank lines outside fenced code) with the most emphasis markers and brackets,
 * its first line (from 1) and their count. 32,500 `_a` in one paragraph took marked 38 s; a paragraph of
 * prose has a few dozen at most.
 */
export function densestParagraph(markdown: string): { markers: number; line: number } {
  let densest = { markers: 0, line: 0 };
  let current = { markers: 0, line: 0 };
  let fence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      return;
    }
    if (opener !== undefined || text.trim() === '') {
      fence = opener;
      current = { markers: 0, line: 0 };
      return;
    }
    if (current.line === 0) current.line = index + 1;
    current.markers += text.replace(/[^*_[\]]/g, '').length;
    if (current.markers > densest.markers) densest = { ...current };
  });
  return densest;
}

/**
 * The body is rendered as Markdown: raw HTML in it is refused rather than passed through. Its size and
 * its nesting are checked first, so a hostile body is refused before marked could overflow or stall on it.
 */
export function checkBody(file: string, body: string, problems: ContentProblem[], required = true): void {
  if (body === '' && !required) return;
  if (body === '') {
    problems.push({ file, field: 'body', message: 'missing body: write the page\'s overview as Markdown below the frontmatter' });
    return;
  }
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > maxBodyBytes) {
    problems.push({ file, field: 'body', message: `the body is ${bytes.toLocaleString('en')} bytes; the limit is ${maxBodyBytes.toLocaleString('en')} (64 KB): a page's overview is a few paragraphs` });
    return;
  }
  const nesting = blockNesting(body);
  if (nesting.depth > maxBodyNesting) {
    problems.push({ file, field: 'body', message: `block quotes and lists nest ${nesting.depth} deep at line ${nesting.line} of the body; the limit is ${maxBodyNesting} levels` });
    return;
  }
  const dense = densestParagraph(body);
  if (dense.markers > maxInlineMarkers) {
    problems.push({ file, field: 'body', message: `the paragraph at line ${dense.line} of the body has ${dense.markers.toLocaleString('en')} emphasis markers and brackets (* _ [ ]); the limit is ${maxInlineMarkers} a paragraph` });
    return;
  }
  checkProse(file, 'body', body, problems);
  // walkTokens visits every nested token (list items, table cells, quotes), where raw HTML hid from a top-level check.
  const lineOf = (raw: string) => body.slice(0, Math.max(0, body.indexOf(raw))).split('\n').length;
  let tokens: ReturnType<Lexer['lex']>;
  try {
    tokens = new Lexer().lex(body);
  } catch (error) {
    // A backstop behind the limits above: whatever marked cannot parse is this file's problem, named as such.
    problems.push({ file, field: 'body', message: `the body could not be parsed as Markdown (${(error as Error).message}); simplify its nesting` });
    return;
  }
  bodyParser.walkTokens(tokens, (token) => {
    if (token.type === 'html') problems.push({ file, field: 'body', message: `contains raw HTML at line ${lineOf(token.raw)} of the body ("${token.raw.trim().slice(0, 40)}"); write Markdown only` });
    if ((token.type === 'link' || token.type === 'image') && !safeUrl(token.href)) {
      problems.push({ file, field: 'body', message: `a ${token.type} at line ${lineOf(token.raw)} of the body goes to "${token.href.slice(0, 40)}": links and images take https:, http:, mailto: or a site-relative URL` });
    }
  });
}

/** Characters no content text may hold: C0 controls but tab and line feed, DEL, C1 controls. */
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Bidirectional embeddings, overrides and isolates: they reorder the text around them when displayed (Trojan Source). */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses control and bidirectional-control characters in one text (a key, a value, the body). */
export function checkCharacters(file: string, field: string, value: string, problems: ContentProblem[]): void {
  const control = controlCharacter.exec(value);
  if (control) {
    problems.push({ file, field, message: `contains the control character ${codePoint(control[0])} at character ${control.index + 1}; text holds printable characters, tabs and line breaks only` });
  }
  const bidi = bidiControl.exec(value);
  if (bidi) {
    problems.push({ file, field, message: `contains the bidirectional control ${codePoint(bidi[0])} at character ${bidi.index + 1}, which reorders the text around it on screen; remove it` });
  }
}

/** Checks every string of a parsed frontmatter, facts and words, keys included, each named by its path. */
export function checkAllCharacters(file: string, value: unknown, prefix: string, problems: ContentProblem[]): void {
  if (typeof value === 'string') checkCharacters(file, prefix, value, problems);
  else if (Array.isArray(value)) value.forEach((item, i) => checkAllCharacters(file, item, `${prefix}[${i}]`, problems));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const field = prefix ? `${prefix}.${keyInPath(key)}` : keyInPath(key);
      checkCharacters(file, field, key, problems);
      checkAllCharacters(file, item, field, problems);
    }
  }
}

/** The top-level fields a schema requires: those it reports missing in an empty mapping. */
function requiredFields(schema: z.ZodType): string[] {
  const result = schema.safeParse({});
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path.length === 1 && issue.code === 'invalid_type').map((issue) => String(issue.path[0]));
}

function stripFacts(words: object, factKeys: readonly string[]): object {
  return Object.fromEntries(Object.entries(words).filter(([key]) => !factKeys.includes(key)));
}

/**
 * Validates one file: its frontmatter against `schema` (a translation's fact keys are explained as
 * such), its body, and the prose of its words. Returns what the schema gave, or undefined.
 */
export function validateFile<T extends object>(
  file: ContentFile,
  schema: z.ZodType<T>,
  options: { factKeys: readonly string[]; translation: boolean; bodyRequired: boolean },
  problems: ContentProblem[],
): T | undefined {
  checkAllCharacters(file.file, file.data, '', problems);
  checkCharacters(file.file, 'body', file.body, problems);
  if (Object.keys(file.data).length === 0) {
    // One problem, not one per missing field: the whole frontmatter is missing.
    problems.push({ file: file.file, field: '', message: `the frontmatter is empty: expected ${requiredFields(schema).join(', ')} (see the field reference in README.md)` });
    checkBody(file.file, file.body, problems, options.bodyRequired);
    return undefined;
  }
  const result = schema.safeParse(file.data, { reportInput: true });
  if (!result.success) problems.push(...problemsFromZod(file.file, result.error, options.translation ? options.factKeys : []));
  checkBody(file.file, file.body, problems, options.bodyRequired);
  checkAllProse(file.file, result.success ? stripFacts(result.data, options.factKeys) : {}, '', problems);
  return result.success ? result.data : undefined;
}

/**
 * Validates each file of a folder. A folder whose en file is missing or did not parse has nothing to
 * translate: its translations are left unread here, and rules.ts reports the folder.
 */
export function validateFolder<Source extends Words, Words extends object>(folder: ContentFolder, schemas: FolderSchemas<Source, Words>, problems: ContentProblem[]): ValidatedFolder<Source, Words> {
  const validated: ValidatedFolder<Source, Words> = { ...folder, words: {} };
  if (!folder.files.has(sourceLocale)) return validated;
  for (const locale of localeCodes) {
    const file = folder.files.get(locale);
    if (!file) continue;
    const translation = locale !== sourceLocale;
    const options = { factKeys: schemas.factKeys, translation, bodyRequired: schemas.bodyRequired };
    if (translation) {
      const words = validateFile(file, schemas.translation, options, problems);
      if (words) validated.words[locale] = words;
    } else {
      const source = validateFile(file, schemas.source, options, problems);
      if (source) validated.words[locale] = validated.source = source;
    }
  }
  return validated;
}

/** Validates every file of the tree, folder by folder. */
export function validateTree(tree: ContentTree, problems: ContentProblem[]): ValidatedTree {
  return {
    providers: tree.providers.map((folder) => validateFolder(folder, providerSchemas, problems)),
    families: tree.families.map((family) => ({
      ...validateFolder(family, familySchemas, problems),
      subfolders: family.subfolders,
      variants: family.variants.map((folder) => validateFolder(folder, variantSchemas, problems)),
    })),
  };
}
