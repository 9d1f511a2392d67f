/**
 * The rules beyond a file's schema, the loader's third step. They run on the validated tree, each on the
 * pages whose files all passed (a page with a broken file has had its problems reported, and a rule on
 * it would only guess), and each reports what it finds rather than stopping:
 *
 * - between the locale files of one page: every locale present, ids unique in the en file, translations
 *   that answer exactly its ids (FAQ, use cases, terms, parameter and role descriptions, conflict notes);
 * - within one page's facts: lifecycle dates and status, price history as one timeline, a provider's
 *   base URLs, dates that follow each other;
 * - between pages: model IDs unique, offers naming providers that exist and serve their protocols, the
 *   comparison basis, `variantOrder` against the folders (each once), `sharesWeightsWith` (never in a
 *   cycle), successors.
 *
 * A new rule that compares two fields of one page, two files or two pages goes here; one about a single
 * field's value goes in schema.ts, one about a file's text in validate.ts.
 */
import { localeCodes, sourceLocale } from '../../config/locales';
import type { ContentProblem } from './errors';
import type { FamilySource, FamilyWords, OfferSource, ProviderSource, ProviderWords, VariantSource, VariantWords } from './schema';
import { completePage, type ValidatedFamily, type ValidatedFolder, type ValidatedTree } from './validate';

/** Every locale must answer the same ids as the en file, no more, no fewer. */
export function checkSameIds(file: string, field: string, expected: readonly string[], actual: readonly string[], problems: ContentProblem[]): void {
  const missing = expected.filter((id) => !actual.includes(id));
  const unknown = actual.filter((id) => !expected.includes(id));
  const duplicate = actual.filter((id, i) => actual.indexOf(id) !== i);
  if (missing.length) problems.push({ file, field, message: `missing translation for ${missing.map((id) => `"${id}"`).join(', ')} (the en file has it)` });
  if (unknown.length) problems.push({ file, field, message: `${unknown.map((id) => `"${id}"`).join(', ')} not in the en file; translations must cover exactly the en ids` });
  if (duplicate.length) problems.push({ file, field, message: `duplicate id ${duplicate.map((id) => `"${id}"`).join(', ')}` });
}

/** The ids of one list in an en file are unique: translations answer them by id. */
export function checkUniqueIds(file: string, field: string, ids: readonly string[], problems: ContentProblem[]): void {
  checkSameIds(file, field, [...new Set(ids)], ids, problems);
}

/** The id rules of one kind of page, for one locale's words (`isSource`: the en file itself). */
type IdRules<Source, Words> = (file: string, words: Words, en: Source, isSource: boolean, problems: ContentProblem[]) => void;

/**
 * A page exists in every locale, each translating its en file: an en file is there (translations
 * without one are orphans), every locale has a file, and each answers the en file's FAQ ids and the
 * kind's own ids (`idRules`).
 */
export function checkLocales<Source extends Words, Words extends { faq: { id: string }[] }>(
  folder: ValidatedFolder<Source, Words>,
  idRules: IdRules<Source, Words>,
  problems: ContentProblem[],
): void {
  if (!folder.files.has(sourceLocale)) {
    // An en file that exists but did not parse has been reported already; its translations are not orphans.
    if (folder.unreadable.has(sourceLocale)) return;
    for (const [, parsed] of folder.files) {
      problems.push({ file: parsed.file, field: '', message: `translation without its source: expected ${folder.dir}/${sourceLocale}.md, which holds the facts` });
    }
    if (folder.files.size === 0 && !folder.unreadable.size) problems.push({ file: folder.dir, field: '', message: `empty folder: expected ${sourceLocale}.md` });
    return;
  }
  const en = folder.source;
  for (const locale of localeCodes) {
    const parsed = folder.files.get(locale);
    if (!parsed) {
      if (!folder.unreadable.has(locale)) problems.push({ file: `${folder.dir}/${locale}.md`, field: '', message: `missing translation: every page exists in ${localeCodes.join(', ')}` });
      continue;
    }
    const words = folder.words[locale];
    if (!words || !en) continue;
    const isSource = locale === sourceLocale;
    if (!isSource) checkSameIds(parsed.file, 'faq', en.faq.map((q) => q.id), words.faq.map((q) => q.id), problems);
    else checkUniqueIds(parsed.file, 'faq', en.faq.map((q) => q.id), problems);
    idRules(parsed.file, words, en, isSource, problems);
  }
}

/** A provider's words explain each URL parameter; its terms have unique ids, which translations answer. */
export const providerIdRules: IdRules<ProviderSource, ProviderWords> = (file, words, en, isSource, problems) => {
  checkSameIds(file, 'urlParameterHelp', en.urlParameters.map((p) => p.name), Object.keys(words.urlParameterHelp), problems);
  if (!isSource) checkSameIds(file, 'terms', en.terms.map((t) => t.id), words.terms.map((t) => t.id), problems);
  else {
    checkUniqueIds(file, 'terms', en.terms.map((t) => t.id), problems);
    checkUniqueIds(file, 'urlParameters', en.urlParameters.map((p) => p.name), problems);
  }
};

/** A family's words describe exactly its request parameters and extra roles. */
export const familyIdRules: IdRules<FamilySource, FamilyWords> = (file, words, en, isSource, problems) => {
  if (isSource) checkUniqueIds(file, 'api.requestParameters', en.api.requestParameters.map((p) => p.name), problems);
  checkSameIds(file, 'parameterDescriptions', en.api.requestParameters.map((p) => p.name), Object.keys(words.parameterDescriptions), problems);
  checkSameIds(file, 'roleDescriptions', en.api.extraRoles, Object.keys(words.roleDescriptions), problems);
};

/**
 * A variant's translations answer its use cases and its conflicts' ids; a variant that overrides the
 * API surface is described by its family's words (`familyParameters`: the parameters they describe).
 */
export function variantIdRules(familyParameters: readonly string[]): IdRules<VariantSource, VariantWords> {
  return (file, words, en, isSource, problems) => {
    if (!isSource) checkSameIds(file, 'useCases', en.useCases.map((u) => u.id), words.useCases.map((u) => u.id), problems);
    else checkUniqueIds(file, 'useCases', en.useCases.map((u) => u.id), problems);
    checkSameIds(file, 'conflictNotes', en.conflicts.map((c) => c.id), Object.keys(words.conflictNotes), problems);
    if (isSource) checkUniqueIds(file, 'conflicts', en.conflicts.map((c) => c.id), problems);
    if (isSource && en.api) checkUniqueIds(file, 'api.requestParameters', en.api.requestParameters.map((p) => p.name), problems);
    if (en.api && isSource) {
      // A variant that overrides the API surface is described by its family's words: every parameter needs a description there.
      const undescribed = en.api.requestParameters.map((p) => p.name).filter((name) => !familyParameters.includes(name));
      if (undescribed.length) problems.push({ file, field: 'api.requestParameters', message: `no description for ${undescribed.join(', ')} in the family files' parameterDescriptions` });
    }
  };
}

/** Each `{name}` in a base URL is a declared URL parameter, and each protocol has one base URL. */
export function checkBaseUrls(facts: ProviderSource, file: string, problems: ContentProblem[]): void {
  const declared = new Set(facts.urlParameters.map((p) => p.name));
  facts.baseUrls.forEach((base, i) => {
    for (const [, name] of base.url.matchAll(/\{(\w+)\}/g)) {
      if (!declared.has(name ?? '')) problems.push({ file, field: `baseUrls[${i}].url`, message: `"{${name}}" is not declared: list it under urlParameters with the environment variable the quick starts read it from` });
    }
    if (facts.baseUrls.findIndex((b) => b.protocol === base.protocol) !== i) problems.push({ file, field: `baseUrls[${i}].protocol`, message: `a second base URL for ${base.protocol}; give one per protocol` });
  });
}

/**
 * An offer's price rules must form one timeline: earlier rules oldest first, each `since` after the
 * one before, none seen (`checked`) after the next took effect, and the current rule's `since` after
 * them all and not after the day it was checked; the offer cannot end (`until`) before its rule began.
 */
export function checkPriceHistory(offer: OfferSource, file: string, field: string, problems: ContentProblem[]): void {
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
export function checkLifecycle(facts: VariantSource, file: string, problems: ContentProblem[]): void {
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

/** A provider as the rules between pages see it: its facts and the file that states them. */
export interface ProviderPage {
  facts: ProviderSource;
  file: string;
}

/**
 * Each offer names a provider that exists, once per variant, under a model ID no other variant uses
 * there (`modelIdsByProvider`: `provider|modelId` → the file that used it first), over protocols that
 * provider serves; its dates and price history agree.
 */
export function checkOffers(facts: VariantSource, file: string, providers: ReadonlyMap<string, ProviderPage>, modelIdsByProvider: Map<string, string>, problems: ContentProblem[]): void {
  const seen = new Set<string>();
  facts.offers.forEach((source, i) => {
    const field = `offers[${i}]`;
    const provider = providers.get(source.provider);
    if (!provider) {
      problems.push({ file, field: `${field}.provider`, message: `"${source.provider}" names no provider: expected one of ${providerList(providers)} (folders under content/providers/)` });
      return;
    }
    if (seen.has(source.provider)) {
      problems.push({ file, field: `${field}.provider`, message: `a second offer from "${source.provider}"; a variant lists each provider once` });
      return;
    }
    seen.add(source.provider);
    const key = `${source.provider}|${source.modelId}`;
    const previous = modelIdsByProvider.get(key);
    if (previous) problems.push({ file, field: `${field}.modelId`, message: `duplicate model ID "${source.modelId}" at ${source.provider}, already used by ${previous}; one model ID names one variant at a provider` });
    else modelIdsByProvider.set(key, file);
    const served = provider.facts.baseUrls.map((b) => b.protocol);
    const protocols = source.protocols ?? served;
    protocols.forEach((protocol, p) => {
      if (!served.includes(protocol)) problems.push({ file, field: `${field}.protocols[${p}]`, message: `${provider.facts.name} has no base URL for ${protocol}: expected one of ${served.join(', ')} (baseUrls in ${provider.file})` });
    });
    source.outputCap?.protocols?.forEach((protocol, p) => {
      if (!protocols.includes(protocol)) problems.push({ file, field: `${field}.outputCap.protocols[${p}]`, message: `the offer is not served over ${protocol}: expected one of ${protocols.join(', ')}` });
    });
    if (source.checked < source.added) problems.push({ file, field: `${field}.checked`, message: `checked (${source.checked}) is before added (${source.added})` });
    checkPriceHistory(source, file, field, problems);
  });
}

/** The providers a reference may name, for a message; said plainly when none passed its checks. */
function providerList(providers: ReadonlyMap<string, ProviderPage>): string {
  return [...providers.keys()].map((k) => `"${k}"`).join(', ') || '(no provider validated: fix the provider files\' problems first)';
}

/** The family names providers that exist, and a comparison basis; returns the basis's id when that provider exists. */
export function checkBasis(facts: FamilySource, file: string, providers: ReadonlyMap<string, ProviderPage>, problems: ContentProblem[]): string | undefined {
  for (const field of ['makerApi', 'comparisonBasis'] as const) {
    const id = facts[field];
    if (id !== undefined && !providers.has(id)) problems.push({ file, field, message: `"${id}" names no provider: expected one of ${providerList(providers)}` });
  }
  // The comparison basis: the family's own choice, else the maker's API.
  const basisId = facts.comparisonBasis ?? facts.makerApi;
  if (basisId === undefined) problems.push({ file, field: 'comparisonBasis', message: 'no comparison basis: give makerApi (the provider id of the maker\'s own API) or comparisonBasis (the provider whose prices comparisons use)' });
  return basisId !== undefined && providers.has(basisId) ? basisId : undefined;
}

/** Variants of a family with no family file cannot be placed anywhere: each is reported. */
export function checkFamilyFile(family: ValidatedFamily, problems: ContentProblem[]): void {
  if (family.files.has(sourceLocale)) return;
  for (const variantSlug of family.subfolders) {
    problems.push({ file: `${family.dir}/${variantSlug}/${sourceLocale}.md`, field: '', message: `variant of an unknown family "${family.name}": expected ${family.dir}/${sourceLocale}.md with the family's facts` });
  }
}

/** `variantOrder` names every variant folder exactly once. */
export function checkVariantOrder(family: ValidatedFamily, facts: FamilySource, file: string, problems: ContentProblem[]): void {
  facts.variantOrder.forEach((slug, i) => {
    if (facts.variantOrder.indexOf(slug) !== i) problems.push({ file, field: `variantOrder[${i}]`, message: `"${slug}" is listed twice; list each variant once` });
  });
  for (const slug of new Set(facts.variantOrder)) {
    if (!family.subfolders.includes(slug)) problems.push({ file, field: 'variantOrder', message: `"${slug}" has no folder: expected ${family.dir}/${slug}/${sourceLocale}.md` });
  }
  for (const slug of family.subfolders) {
    if (!facts.variantOrder.includes(slug)) problems.push({ file, field: 'variantOrder', message: `variant folder "${slug}" is not listed; add it where it belongs in the order` });
  }
}

/** A variant that shares weights names another variant of its family (`slugs`: the family's valid variants). */
export function checkSharedWeights(familySlug: string, variant: { slug: string; file: string; sharesWeightsWith?: string | undefined }, slugs: readonly string[], problems: ContentProblem[]): void {
  const base = variant.sharesWeightsWith;
  if (base === undefined) return;
  if (!slugs.includes(base) || base === variant.slug) {
    problems.push({ file: variant.file, field: 'sharesWeightsWith', message: `"${base}" is not another variant of ${familySlug}; expected one of ${slugs.filter((s) => s !== variant.slug).join(', ')}` });
  }
}

/**
 * `sharesWeightsWith` leads to a variant that states its own weights: a chain that comes back to where it
 * started (a → b → a) has no weights to share. Each cycle is reported once, on its first variant in folder order.
 */
export function checkSharedWeightsCycles(variants: readonly { slug: string; file: string; sharesWeightsWith?: string | undefined }[], problems: ContentProblem[]): void {
  const bySlug = new Map(variants.map((v) => [v.slug, v]));
  const reported = new Set<string>();
  for (const start of variants) {
    const chain = [start.slug];
    let next = start.sharesWeightsWith;
    while (next !== undefined && bySlug.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = bySlug.get(next)?.sharesWeightsWith;
    }
    if (next !== start.slug || chain.length < 2 || chain.some((slug) => reported.has(slug))) continue;
    for (const slug of chain) reported.add(slug);
    problems.push({ file: start.file, field: 'sharesWeightsWith', message: `sharesWeightsWith goes round in a cycle: ${[...chain, start.slug].join(' → ')}; one variant of them states its own weights and names none` });
  }
}

/** A variant of the catalog, as a successor reference finds it. */
export interface VariantRef {
  familySlug: string;
  slug: string;
  status: VariantSource['status'];
}

/**
 * A successor is a variant of the catalog (`catalog`: `family/slug` → variant), not the variant itself
 * and not retired. One whose folder exists (`folders`) but did not validate has had its own problems reported.
 */
export function checkSuccessor(variant: VariantRef & { file: string }, reference: string, catalog: ReadonlyMap<string, VariantRef>, folders: ReadonlySet<string>, problems: ContentProblem[]): void {
  const [familySlug, slug] = reference.includes('/') ? (reference.split('/') as [string, string]) : [variant.familySlug, reference];
  const successor = catalog.get(`${familySlug}/${slug}`);
  if (!successor && folders.has(`${familySlug}/${slug}`)) return;
  if (!successor) problems.push({ file: variant.file, field: 'successor', message: `"${reference}" names no variant in the catalog: expected a slug of ${variant.familySlug} or family/slug` });
  else if (successor.familySlug === variant.familySlug && successor.slug === variant.slug) problems.push({ file: variant.file, field: 'successor', message: 'a variant cannot be its own successor' });
  else if (successor.status === 'retired') problems.push({ file: variant.file, field: 'successor', message: `"${reference}" is retired itself; name the variant that replaces it` });
}

/** Runs every rule over the validated tree, in tree order, reporting into `problems`. */
export function checkRules(tree: ValidatedTree, problems: ContentProblem[]): void {
  const providers = new Map<string, ProviderPage>();
  for (const folder of tree.providers) {
    checkLocales(folder, providerIdRules, problems);
    const page = completePage(folder);
    if (!page) continue;
    checkBaseUrls(page.source, page.file, problems);
    providers.set(folder.name, { facts: page.source, file: page.file });
  }

  const modelIds = new Map<string, string>();
  const modelIdsByProvider = new Map<string, string>();
  // Successors may name another family, so they are checked once every family is read.
  const successors: { variant: VariantRef & { file: string }; reference: string }[] = [];
  const catalog = new Map<string, VariantRef>();
  const folders = new Set<string>();

  for (const family of tree.families) {
    for (const slug of family.subfolders) folders.add(`${family.name}/${slug}`);
    checkFamilyFile(family, problems);
    // A folder of variants and no family file at all is reported once per variant, above.
    if (family.files.size > 0 || family.unreadable.size > 0 || family.subfolders.length === 0) checkLocales(family, familyIdRules, problems);
    const familyPage = completePage(family);
    const basisId = familyPage ? checkBasis(familyPage.source, familyPage.file, providers, problems) : undefined;
    const familyParameters = Object.keys(familyPage?.words.en.parameterDescriptions ?? {});

    const variants: (VariantRef & { file: string; sharesWeightsWith?: string | undefined })[] = [];
    for (const folder of family.variants) {
      checkLocales(folder, variantIdRules(familyParameters), problems);
      const page = completePage(folder);
      if (!page || !familyPage) continue;
      const facts = page.source;
      const previous = modelIds.get(facts.modelId);
      if (previous) problems.push({ file: page.file, field: 'modelId', message: `duplicate model ID "${facts.modelId}", already used by ${previous}; each variant needs its own` });
      else modelIds.set(facts.modelId, page.file);
      checkLifecycle(facts, page.file, problems);
      if (facts.updated < facts.added) problems.push({ file: page.file, field: 'updated', message: `updated (${facts.updated}) is before added (${facts.added})` });
      checkOffers(facts, page.file, providers, modelIdsByProvider, problems);
      const variant = { familySlug: family.name, slug: folder.name, status: facts.status, file: page.file, sharesWeightsWith: facts.sharesWeightsWith };
      variants.push(variant);
      if (facts.successor) successors.push({ variant, reference: facts.successor });
    }

    if (!familyPage || basisId === undefined) continue;
    checkVariantOrder(family, familyPage.source, familyPage.file, problems);
    const slugs = variants.map((v) => v.slug);
    for (const variant of variants) checkSharedWeights(family.name, variant, slugs, problems);
    checkSharedWeightsCycles(variants, problems);
    for (const variant of variants) catalog.set(`${variant.familySlug}/${variant.slug}`, variant);
  }
  for (const { variant, reference } of successors) checkSuccessor(variant, reference, catalog, folders, problems);
}
