/**
 * Reads `content/models`, validates every file and the rules between files, and
 * returns the catalog. Plain TypeScript on purpose: the checks that matter most
 * (facts only in `en`, every locale present and complete, one-to-one FAQ ids,
 * unique model IDs, references between variants) need the whole tree at once,
 * and every error must name the file. Any problem throws a ContentError listing
 * all of them, before a single page is rendered.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { Lexer, Marked } from 'marked';
import { isLocale, localeCodes, sourceLocale, type Locale } from '../../config/locales';
import {
  familySourceSchema,
  familyTranslationSchema,
  familyFactKeys,
  variantSourceSchema,
  variantTranslationSchema,
  variantFactKeys,
  providerSourceSchema,
  providerTranslationSchema,
  providerFactKeys,
  type FamilySource,
  type FamilyWords,
  type ProviderSource,
  type ProviderWords,
  type VariantSource,
  type VariantWords,
} from './schema';
import { ContentError, problemsFromZod, type ContentProblem } from './errors';
import type { Catalog, Family, Offer, Provider, Score, Variant, WithBody } from './types';
import type { BenchmarkId } from '../../config/benchmarks';
import { reservedFamilySlugs } from '../routes';
import { safeUrl } from '../markdown';

export { safeUrl };

/** Where content lives unless `CATALOG_CONTENT_DIR` says otherwise (fixtures, the benchmark). */
export function defaultContentDir(): string {
  return path.resolve(process.env['CATALOG_CONTENT_DIR'] ?? 'content');
}

interface ParsedFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const relative = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');

/** Splits `---` frontmatter from the body and parses it as strict YAML 1.2. */
export function parseContentFile(file: string, source: string, problems: ContentProblem[]): ParsedFile | undefined {
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

const templatePattern = /%\{|\{\{|\}\}/;
const entityPattern = /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/;
const pricePattern = /(?:US)?\$\s?\d|\d\s?(?:USD|美元|美金)/;

/** Checks every prose string for leaked templates, entities and typed prices. */
function checkProse(file: string, field: string, value: string, problems: ContentProblem[]): void {
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

function checkAllProse(file: string, words: unknown, prefix: string, problems: ContentProblem[]): void {
  if (typeof words === 'string') checkProse(file, prefix, words, problems);
  else if (Array.isArray(words)) words.forEach((item, i) => checkAllProse(file, item, `${prefix}[${i}]`, problems));
  else if (words && typeof words === 'object') {
    for (const [key, value] of Object.entries(words)) checkAllProse(file, value, prefix ? `${prefix}.${key}` : key, problems);
  }
}

/** The body is rendered as Markdown: raw HTML in it is refused rather than passed through. */
function checkBody(file: string, body: string, problems: ContentProblem[], required = true): void {
  if (body === '' && !required) return;
  if (body === '') {
    problems.push({ file, field: 'body', message: 'missing body: write the page\'s overview as Markdown below the frontmatter' });
    return;
  }
  checkProse(file, 'body', body, problems);
  // walkTokens visits every nested token (list items, table cells, quotes), where raw HTML hid from a top-level check.
  const lineOf = (raw: string) => body.slice(0, Math.max(0, body.indexOf(raw))).split('\n').length;
  bodyParser.walkTokens(new Lexer().lex(body), (token) => {
    if (token.type === 'html') problems.push({ file, field: 'body', message: `contains raw HTML at line ${lineOf(token.raw)} of the body ("${token.raw.trim().slice(0, 40)}"); write Markdown only` });
    if ((token.type === 'link' || token.type === 'image') && !safeUrl(token.href)) {
      problems.push({ file, field: 'body', message: `a ${token.type} at line ${lineOf(token.raw)} of the body goes to "${token.href.slice(0, 40)}": links and images take https:, http:, mailto: or a site-relative URL` });
    }
  });
}

const bodyParser = new Marked({ gfm: true });

/** Every locale must answer the same ids as the en file, no more, no fewer. */
function checkSameIds(file: string, field: string, expected: readonly string[], actual: readonly string[], problems: ContentProblem[]): void {
  const missing = expected.filter((id) => !actual.includes(id));
  const unknown = actual.filter((id) => !expected.includes(id));
  const duplicate = actual.filter((id, i) => actual.indexOf(id) !== i);
  if (missing.length) problems.push({ file, field, message: `missing translation for ${missing.map((id) => `"${id}"`).join(', ')} (the en file has it)` });
  if (unknown.length) problems.push({ file, field, message: `${unknown.map((id) => `"${id}"`).join(', ')} not in the en file; translations must cover exactly the en ids` });
  if (duplicate.length) problems.push({ file, field, message: `duplicate id ${duplicate.map((id) => `"${id}"`).join(', ')}` });
}

/** Parsed locale files of one folder; `unreadable` lists locales whose file exists but did not parse. */
type LocaleFiles = Map<Locale, ParsedFile> & { unreadable?: Set<Locale> };

function readLocaleFiles(dir: string, problems: ContentProblem[]): LocaleFiles {
  const files: LocaleFiles = new Map<Locale, ParsedFile>();
  files.unreadable = new Set();
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
    if (parsed) files.set(locale, parsed);
    else files.unreadable?.add(locale);
  }
  return files;
}

type Validated<Source, Words> = { source: Source & { body: string }; file: string; words: Record<Locale, WithBody<Words>> };

/** Validates one page's locale files: facts + words in en, words only elsewhere. */
function validateLocales<Source extends Words, Words extends { faq: { id: string }[] }>(
  dir: string,
  files: LocaleFiles,
  sourceSchema: { safeParse(data: unknown, params?: { reportInput?: boolean }): { success: true; data: Source } | { success: false; error: import('zod').ZodError } },
  translationSchema: { safeParse(data: unknown, params?: { reportInput?: boolean }): { success: true; data: Words } | { success: false; error: import('zod').ZodError } },
  factKeys: readonly string[],
  extraChecks: (file: string, words: Words, en: Source | undefined) => void,
  problems: ContentProblem[],
  bodyRequired = true,
): Validated<Source, Words> | undefined {
  const enFile = files.get(sourceLocale);
  const dirName = relative(dir);
  if (!enFile) {
    // An en file that exists but did not parse has been reported already; its translations are not orphans.
    if (files.unreadable?.has(sourceLocale)) return undefined;
    for (const [, parsed] of files) {
      problems.push({ file: parsed.file, field: '', message: `translation without its source: expected ${dirName}/${sourceLocale}.md, which holds the facts` });
    }
    if (files.size === 0 && !files.unreadable?.size) problems.push({ file: dirName, field: '', message: `empty folder: expected ${sourceLocale}.md` });
    return undefined;
  }
  const enResult = sourceSchema.safeParse(enFile.data, { reportInput: true });
  if (!enResult.success) problems.push(...problemsFromZod(enFile.file, enResult.error));
  const en = enResult.success ? enResult.data : undefined;

  const words = {} as Record<Locale, WithBody<Words>>;
  let complete = en !== undefined;
  for (const locale of localeCodes) {
    const parsed = files.get(locale);
    if (!parsed) {
      if (files.unreadable?.has(locale)) {
        complete = false;
        continue;
      }
      problems.push({ file: `${dirName}/${locale}.md`, field: '', message: `missing translation: every page exists in ${localeCodes.join(', ')}` });
      complete = false;
      continue;
    }
    let localeWords: Words | undefined;
    if (locale === sourceLocale) localeWords = en;
    else {
      const result = translationSchema.safeParse(parsed.data, { reportInput: true });
      if (result.success) localeWords = result.data;
      else problems.push(...problemsFromZod(parsed.file, result.error, factKeys));
    }
    checkBody(parsed.file, parsed.body, problems, bodyRequired);
    checkAllProse(parsed.file, localeWords ? stripFacts(localeWords, factKeys) : {}, '', problems);
    if (!localeWords) {
      complete = false;
      continue;
    }
    if (en && locale !== sourceLocale) {
      checkSameIds(parsed.file, 'faq', en.faq.map((q) => q.id), localeWords.faq.map((q) => q.id), problems);
    }
    extraChecks(parsed.file, localeWords, en);
    words[locale] = { ...localeWords, body: parsed.body };
  }
  return complete && en ? { source: { ...en, body: enFile.body }, file: enFile.file, words } : undefined;
}

function stripFacts(words: object, factKeys: readonly string[]): object {
  return Object.fromEntries(Object.entries(words).filter(([key]) => !factKeys.includes(key)));
}

/** Reads and validates `content/providers/<id>/<locale>.md`: facts in en, words in every locale. */
function loadProviders(contentDir: string, problems: ContentProblem[]): Map<string, Provider> {
  const providers = new Map<string, Provider>();
  const providersDir = path.join(contentDir, 'providers');
  if (!existsSync(providersDir)) {
    problems.push({ file: relative(providersDir), field: '', message: 'providers folder not found: expected content/providers/<id>/<locale>.md, one folder per provider that serves a model' });
    return providers;
  }
  for (const id of readdirSync(providersDir).sort()) {
    const dir = path.join(providersDir, id);
    if (!statSync(dir).isDirectory()) {
      problems.push({ file: relative(dir), field: '', message: 'unexpected file; each provider is a folder: content/providers/<id>/' });
      continue;
    }
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      problems.push({ file: relative(dir), field: '', message: 'a provider folder is its id: lower-case letters, digits and hyphens' });
      continue;
    }
    const validated = validateLocales<ProviderSource, ProviderWords>(
      dir,
      readLocaleFiles(dir, problems),
      providerSourceSchema,
      providerTranslationSchema,
      providerFactKeys,
      (file, words, en) => {
        if (!en) return;
        checkSameIds(file, 'urlParameterHelp', en.urlParameters.map((p) => p.name), Object.keys(words.urlParameterHelp), problems);
        if (words !== en) checkSameIds(file, 'terms', en.terms.map((t) => t.id), words.terms.map((t) => t.id), problems);
        else checkSameIds(file, 'terms', [...new Set(en.terms.map((t) => t.id))], en.terms.map((t) => t.id), problems);
      },
      problems,
      false,
    );
    if (!validated) continue;
    const { source: facts } = validated;
    const declared = new Set(facts.urlParameters.map((p) => p.name));
    facts.baseUrls.forEach((base, i) => {
      for (const [, name] of base.url.matchAll(/\{(\w+)\}/g)) {
        if (!declared.has(name ?? '')) problems.push({ file: validated.file, field: `baseUrls[${i}].url`, message: `"{${name}}" is not declared: list it under urlParameters with the environment variable the quick starts read it from` });
      }
      if (facts.baseUrls.findIndex((b) => b.protocol === base.protocol) !== i) problems.push({ file: validated.file, field: `baseUrls[${i}].protocol`, message: `a second base URL for ${base.protocol}; give one per protocol` });
    });
    providers.set(id, {
      id,
      name: facts.name,
      kind: facts.kind,
      website: facts.website,
      ...(facts.docsUrl ? { docsUrl: facts.docsUrl } : {}),
      baseUrls: facts.baseUrls,
      auth: facts.auth,
      apiKeyEnvVar: facts.apiKeyEnvVar,
      urlParameters: facts.urlParameters,
      source: facts.source,
      checked: facts.checked,
      added: facts.added,
      file: validated.file,
      words: validated.words,
    });
  }
  return providers;
}

/**
 * An offer's price rules must form one timeline: earlier rules oldest first, each `since` after the
 * one before, none seen (`checked`) after the next took effect, and the current rule's `since` after
 * them all and not after the day it was checked; the offer cannot end (`until`) before its rule began.
 */
function checkPriceHistory(offer: VariantSource['offers'][number], file: string, field: string, problems: ContentProblem[]): void {
  const { history, price } = offer;
  history.forEach((rule, i) => {
    const next = history[i + 1]?.since ?? price.since;
    const at = `${field}.history[${i}]`;
    if (next !== undefined && rule.since >= next) {
      problems.push({ file, field: `${at}.since`, message: `price history must be in date order, oldest first: ${rule.since} is not before ${next}, when the next rule took effect` });
    }
    if (rule.checked !== undefined && rule.checked < rule.since) problems.push({ file, field: `${at}.checked`, message: `checked (${rule.checked}) is before since (${rule.since})` });
    if (rule.checked !== undefined && next !== undefined && rule.checked > next) {
      problems.push({ file, field: `${at}.checked`, message: `the rules overlap: this rule was checked on ${rule.checked}, after the next took effect on ${next}` });
    }
  });
  if (price.since !== undefined && price.since > price.checked) {
    problems.push({ file, field: `${field}.price.since`, message: `since (${price.since}) is after checked (${price.checked}): a rule cannot be seen before it takes effect` });
  }
  if (offer.until !== undefined && offer.until < (price.since ?? offer.added)) {
    problems.push({ file, field: `${field}.until`, message: `until (${offer.until}) is before the offer's current price took effect (${price.since ?? offer.added})` });
  }
}

/** The lifecycle dates of a variant must agree with its status and with each other. */
function checkLifecycle(facts: VariantSource, file: string, problems: ContentProblem[]): void {
  const { status, deprecated, retires, successor } = facts;
  const ending = status === 'deprecated' || status === 'retired';
  if (ending && deprecated === undefined) problems.push({ file, field: 'deprecated', message: `a ${status} variant needs the day it was deprecated: deprecated: "YYYY-MM-DD"` });
  if (!ending && deprecated !== undefined) problems.push({ file, field: 'status', message: `the variant has a deprecation date (${deprecated}): its status must be deprecated or retired, not ${status}` });
  if (ending && facts.statusSince !== undefined) problems.push({ file, field: 'statusSince', message: `a ${status} variant dates its status with deprecated${status === 'retired' ? ' and retires' : ''}, not statusSince` });
  if (facts.statusSince !== undefined && facts.statusSince > facts.updated) problems.push({ file, field: 'statusSince', message: `statusSince (${facts.statusSince}) is after the facts were checked (${facts.updated})` });
  if (!ending && successor !== undefined) problems.push({ file, field: 'successor', message: `only a deprecated or retired variant has a successor; its status is ${status}` });
  if (status === 'retired' && retires === undefined) problems.push({ file, field: 'retires', message: 'a retired variant needs the day it was retired: retires: "YYYY-MM-DD"' });
  if (status === 'retired' && retires !== undefined && retires > facts.updated) {
    problems.push({ file, field: 'retires', message: `a retired variant's retirement date must be past: ${retires} is after the facts were checked (${facts.updated}); until then its status is deprecated` });
  }
  if (deprecated !== undefined && retires !== undefined && retires < deprecated) problems.push({ file, field: 'retires', message: `retires (${retires}) is before deprecated (${deprecated})` });
  if (deprecated !== undefined && deprecated < facts.releaseDate) problems.push({ file, field: 'deprecated', message: `deprecated (${deprecated}) is before the release date (${facts.releaseDate})` });
}

/** Resolves a variant's offers against the providers, reporting every offer that cannot be served as written. */
function resolveOffers(facts: VariantSource, file: string, providers: ReadonlyMap<string, Provider>, modelIdsByProvider: Map<string, string>, problems: ContentProblem[]): Offer[] {
  const offers: Offer[] = [];
  const seen = new Set<string>();
  facts.offers.forEach((source, i) => {
    const field = `offers[${i}]`;
    const provider = providers.get(source.provider);
    if (!provider) {
      problems.push({ file, field: `${field}.provider`, message: `"${source.provider}" names no provider: expected one of ${[...providers.keys()].map((k) => `"${k}"`).join(', ') || '(none)'} (folders under content/providers/)` });
      return;
    }
    if (seen.has(provider.id)) {
      problems.push({ file, field: `${field}.provider`, message: `a second offer from "${provider.id}"; a variant lists each provider once` });
      return;
    }
    seen.add(provider.id);
    const key = `${provider.id}|${source.modelId}`;
    const previous = modelIdsByProvider.get(key);
    if (previous) problems.push({ file, field: `${field}.modelId`, message: `duplicate model ID "${source.modelId}" at ${provider.id}, already used by ${previous}; one model ID names one variant at a provider` });
    else modelIdsByProvider.set(key, file);
    const served = provider.baseUrls.map((b) => b.protocol);
    const protocols = source.protocols ?? served;
    protocols.forEach((protocol, p) => {
      if (!served.includes(protocol)) problems.push({ file, field: `${field}.protocols[${p}]`, message: `${provider.name} has no base URL for ${protocol}: expected one of ${served.join(', ')} (baseUrls in ${provider.file})` });
    });
    source.outputCap?.protocols?.forEach((protocol, p) => {
      if (!protocols.includes(protocol)) problems.push({ file, field: `${field}.outputCap.protocols[${p}]`, message: `the offer is not served over ${protocol}: expected one of ${protocols.join(', ')}` });
    });
    if (source.checked < source.added) problems.push({ file, field: `${field}.checked`, message: `checked (${source.checked}) is before added (${source.added})` });
    checkPriceHistory(source, file, field, problems);
    const { provider: _id, protocols: _protocols, ...rest } = source;
    offers.push({ ...rest, provider, protocols });
  });
  return offers;
}

/** Points each variant at its successor: a variant of the catalog, not itself, not retired. */
function resolveSuccessors(families: readonly Family[], successors: ReadonlyMap<Variant, string>, folders: ReadonlySet<string>, problems: ContentProblem[]): void {
  for (const [variant, reference] of successors) {
    const [familySlug, slug] = reference.includes('/') ? (reference.split('/') as [string, string]) : [variant.familySlug, reference];
    const successor = families.find((f) => f.slug === familySlug)?.variants.find((v) => v.slug === slug);
    // A successor whose folder exists but did not validate has had its own problems reported.
    if (!successor && folders.has(`${familySlug}/${slug}`)) continue;
    if (!successor) problems.push({ file: variant.file, field: 'successor', message: `"${reference}" names no variant in the catalog: expected a slug of ${variant.familySlug} or family/slug` });
    else if (successor === variant) problems.push({ file: variant.file, field: 'successor', message: 'a variant cannot be its own successor' });
    else if (successor.status === 'retired') problems.push({ file: variant.file, field: 'successor', message: `"${reference}" is retired itself; name the variant that replaces it` });
    else variant.successor = successor;
  }
}

/** Loads and validates the whole catalog; throws ContentError naming every problem. */
export function loadCatalog(contentDir: string = defaultContentDir()): Catalog {
  const problems: ContentProblem[] = [];
  const modelsDir = path.join(contentDir, 'models');
  if (!existsSync(modelsDir)) {
    throw new ContentError([{ file: relative(modelsDir), field: '', message: 'content folder not found: expected content/models/<family>/<locale>.md' }]);
  }
  const providers = loadProviders(contentDir, problems);
  const families: Family[] = [];
  const modelIds = new Map<string, string>();
  const modelIdsByProvider = new Map<string, string>();
  // Successors may name another family, so they are resolved once every family is read.
  const successors = new Map<Variant, string>();
  const variantFolders = new Set<string>();

  for (const familySlug of readdirSync(modelsDir).sort()) {
    const familyDir = path.join(modelsDir, familySlug);
    if (!statSync(familyDir).isDirectory()) {
      problems.push({ file: relative(familyDir), field: '', message: 'unexpected file; each family is a folder: content/models/<family>/' });
      continue;
    }
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(familySlug) || reservedFamilySlugs.includes(familySlug)) {
      problems.push({ file: relative(familyDir), field: '', message: `a family folder is its URL slug: lower-case letters, digits, dots and hyphens, and not ${reservedFamilySlugs.map((s) => `"${s}"`).join(', ')}` });
      continue;
    }
    const familyFiles = readLocaleFiles(familyDir, problems);
    const variantSlugs = readdirSync(familyDir).filter((entry) => statSync(path.join(familyDir, entry)).isDirectory()).sort();
    for (const variantSlug of variantSlugs) variantFolders.add(`${familySlug}/${variantSlug}`);

    if (!familyFiles.has(sourceLocale)) {
      // Variants of a family with no family file cannot be placed anywhere.
      for (const variantSlug of variantSlugs) {
        problems.push({
          file: relative(path.join(familyDir, variantSlug, `${sourceLocale}.md`)),
          field: '',
          message: `variant of an unknown family "${familySlug}": expected ${relative(path.join(familyDir, `${sourceLocale}.md`))} with the family's facts`,
        });
      }
    }

    const family = familyFiles.size === 0 && !familyFiles.unreadable?.size && variantSlugs.length > 0 ? undefined : validateLocales<FamilySource, FamilyWords>(
      familyDir,
      familyFiles,
      familySourceSchema,
      familyTranslationSchema,
      familyFactKeys,
      (file, words, en) => {
        if (!en) return;
        checkSameIds(file, 'parameterDescriptions', en.api.requestParameters.map((p) => p.name), Object.keys(words.parameterDescriptions), problems);
        checkSameIds(file, 'roleDescriptions', en.api.extraRoles, Object.keys(words.roleDescriptions), problems);
      },
      problems,
    );

    // The comparison basis: the family's own choice, else the maker's API.
    let basis: Provider | undefined;
    if (family) {
      const { source } = family;
      for (const field of ['makerApi', 'comparisonBasis'] as const) {
        const id = source[field];
        if (id !== undefined && !providers.has(id)) problems.push({ file: family.file, field, message: `"${id}" names no provider: expected one of ${[...providers.keys()].map((k) => `"${k}"`).join(', ')}` });
      }
      const basisId = source.comparisonBasis ?? source.makerApi;
      if (basisId === undefined) problems.push({ file: family.file, field: 'comparisonBasis', message: 'no comparison basis: give makerApi (the provider id of the maker\'s own API) or comparisonBasis (the provider whose prices comparisons use)' });
      else basis = providers.get(basisId);
    }

    const variants: Variant[] = [];
    for (const variantSlug of variantSlugs) {
      const variantDir = path.join(familyDir, variantSlug);
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(variantSlug)) {
        problems.push({ file: relative(variantDir), field: '', message: 'a variant folder is its URL slug: lower-case letters, digits, dots and hyphens' });
        continue;
      }
      const validated = validateLocales<VariantSource, VariantWords>(
        variantDir,
        readLocaleFiles(variantDir, problems),
        variantSourceSchema,
        variantTranslationSchema,
        variantFactKeys,
        (file, words, en) => {
          if (!en) return;
          if (words !== en) checkSameIds(file, 'useCases', en.useCases.map((u) => u.id), words.useCases.map((u) => u.id), problems);
          checkSameIds(file, 'conflictNotes', en.conflicts.map((c) => c.id), Object.keys(words.conflictNotes), problems);
          if (words === en) checkSameIds(file, 'conflicts', [...new Set(en.conflicts.map((c) => c.id))], en.conflicts.map((c) => c.id), problems);
          if (en.api && words === en) {
            // A variant that overrides the API surface is described by its family's words: every parameter needs a description there.
            const described = Object.keys(family?.words.en.parameterDescriptions ?? {});
            const undescribed = en.api.requestParameters.map((p) => p.name).filter((name) => !described.includes(name));
            if (undescribed.length) problems.push({ file, field: 'api.requestParameters', message: `no description for ${undescribed.join(', ')} in the family files' parameterDescriptions` });
          }
        },
        problems,
      );
      if (!validated || !family) continue;
      const facts = validated.source;
      const previous = modelIds.get(facts.modelId);
      if (previous) {
        problems.push({ file: validated.file, field: 'modelId', message: `duplicate model ID "${facts.modelId}", already used by ${previous}; each variant needs its own` });
      } else modelIds.set(facts.modelId, validated.file);
      checkLifecycle(facts, validated.file, problems);
      if (facts.updated < facts.added) problems.push({ file: validated.file, field: 'updated', message: `updated (${facts.updated}) is before added (${facts.added})` });
      const offers = resolveOffers(facts, validated.file, providers, modelIdsByProvider, problems);
      const basisOffer = offers.find((o) => o.provider === basis);
      const { source } = family;
      const benchmarks: Partial<Record<BenchmarkId, Score>> = { ...facts.benchmarks };
      variants.push({
        slug: variantSlug,
        familySlug,
        name: facts.name ?? facts.modelId,
        modelId: facts.modelId,
        status: facts.status,
        ...(facts.statusSince ? { statusSince: facts.statusSince } : {}),
        ...(facts.deprecated ? { deprecated: facts.deprecated } : {}),
        ...(facts.retires ? { retires: facts.retires } : {}),
        releaseDate: facts.releaseDate,
        contextWindow: facts.contextWindow,
        maxOutputTokens: facts.maxOutputTokens,
        ...(facts.openWeights ? { openWeights: facts.openWeights } : {}),
        factsSource: facts.factsSource,
        conflicts: facts.conflicts,
        benchmarks,
        ...(facts.sharesWeightsWith ? { sharesWeightsWith: facts.sharesWeightsWith } : {}),
        modalities: facts.modalities ?? source.modalities,
        taskType: facts.taskType ?? source.taskType,
        architecture: { ...source.architecture, ...facts.architecture },
        api: facts.api ?? source.api,
        offers,
        ...(basisOffer ? { basis: basisOffer } : {}),
        added: facts.added,
        updated: facts.updated,
        file: validated.file,
        words: validated.words,
      });
      if (facts.successor) successors.set(variants.at(-1) as Variant, facts.successor);
    }

    if (!family || !basis) continue;
    const { source } = family;
    const bySlug = new Map(variants.map((v) => [v.slug, v]));
    for (const slug of source.variantOrder) {
      if (!variantSlugs.includes(slug)) {
        problems.push({ file: family.file, field: 'variantOrder', message: `"${slug}" has no folder: expected ${relative(path.join(familyDir, slug, 'en.md'))}` });
      }
    }
    for (const slug of variantSlugs) {
      if (!source.variantOrder.includes(slug)) {
        problems.push({ file: family.file, field: 'variantOrder', message: `variant folder "${slug}" is not listed; add it where it belongs in the order` });
      }
    }
    for (const variant of variants) {
      if (!variant.sharesWeightsWith) continue;
      const base = bySlug.get(variant.sharesWeightsWith);
      if (!base || base === variant) {
        problems.push({ file: variant.file, field: 'sharesWeightsWith', message: `"${variant.sharesWeightsWith}" is not another variant of ${familySlug}; expected one of ${[...bySlug.keys()].filter((s) => s !== variant.slug).join(', ')}` });
        continue;
      }
      for (const [id, score] of Object.entries(base.benchmarks) as [BenchmarkId, Score][]) {
        if (!variant.benchmarks[id] && !score.inheritedFrom) variant.benchmarks[id] = { ...score, inheritedFrom: base.slug };
      }
    }
    families.push({
      slug: familySlug,
      name: source.name,
      maker: source.maker,
      basis,
      modalities: source.modalities,
      taskType: source.taskType,
      architecture: source.architecture,
      api: source.api,
      added: source.added,
      updated: source.updated,
      file: family.file,
      words: family.words,
      variants: source.variantOrder.flatMap((slug) => bySlug.get(slug) ?? []),
    });
  }
  resolveSuccessors(families, successors, variantFolders, problems);
  if (problems.length > 0) throw new ContentError(problems);
  if (families.length === 0) throw new ContentError([{ file: relative(modelsDir), field: '', message: 'no families found: expected content/models/<family>/en.md' }]);
  return { families, providers: [...providers.values()] };
}

/**
 * The catalog of `contentDir`, loaded once per process. The config, the
 * integrations and the prerendered pages are separate module instances, so the
 * cache lives on `globalThis`; a build reads and validates the content once.
 * Dev mode calls `loadCatalog` directly so edits show up.
 */
export function loadCatalogOnce(contentDir: string = defaultContentDir()): Catalog {
  const store = ((globalThis as { [cacheKey]?: Map<string, Catalog> })[cacheKey] ??= new Map<string, Catalog>());
  let catalog = store.get(contentDir);
  if (!catalog) {
    catalog = loadCatalog(contentDir);
    store.set(contentDir, catalog);
  }
  return catalog;
}

const cacheKey = Symbol.for('model-catalog.catalog-cache');
