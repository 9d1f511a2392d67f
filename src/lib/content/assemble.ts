/**
 * Assembly, the loader's last step: the validated tree → the Catalog every page is built from. It
 * reports nothing; it runs once the rules found no problem, and so reads every reference as resolving.
 * Here a family's facts become its variants' defaults, an offer's provider id becomes the provider,
 * a shared-weights variant inherits its sibling's scores and `successor` becomes the variant itself.
 * A field the catalog derives from the content is computed here, and its type is set in types.ts.
 */
import type { BenchmarkId } from '../../config/benchmarks';
import type { FamilySource, FamilyWords, ProviderSource, ProviderWords, VariantSource, VariantWords } from './schema';
import type { Catalog, Family, Offer, Provider, Score, Variant } from './types';
import { completePage, type Page, type ValidatedTree } from './validate';

/** A provider from its page. */
export function assembleProvider(id: string, page: Page<ProviderSource, ProviderWords>): Provider {
  const facts = page.source;
  return {
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
    file: page.file,
    words: page.words,
  };
}

/** A variant's offers with their providers resolved and their protocols filled in (all the provider's when the offer names none). */
export function assembleOffers(facts: VariantSource, providers: ReadonlyMap<string, Provider>): Offer[] {
  const offers: Offer[] = [];
  for (const source of facts.offers) {
    const provider = providers.get(source.provider);
    if (!provider) continue;
    const { provider: _id, protocols: _protocols, ...rest } = source;
    offers.push({ ...rest, provider, protocols: source.protocols ?? provider.baseUrls.map((b) => b.protocol) });
  }
  return offers;
}

/** A variant from its page: the family's facts where it does not override them, architecture fields merged. */
export function assembleVariant(familySlug: string, slug: string, page: Page<VariantSource, VariantWords>, family: FamilySource, basis: Provider, providers: ReadonlyMap<string, Provider>): Variant {
  const facts = page.source;
  const offers = assembleOffers(facts, providers);
  const basisOffer = offers.find((o) => o.provider === basis);
  const benchmarks: Partial<Record<BenchmarkId, Score>> = { ...facts.benchmarks };
  return {
    slug,
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
    modalities: facts.modalities ?? family.modalities,
    taskType: facts.taskType ?? family.taskType,
    architecture: { ...family.architecture, ...facts.architecture },
    api: facts.api ?? family.api,
    offers,
    ...(basisOffer ? { basis: basisOffer } : {}),
    added: facts.added,
    updated: facts.updated,
    file: page.file,
    words: page.words,
  };
}

/**
 * A variant that serves a sibling's weights takes the scores it does not state itself from that sibling,
 * marked as inherited; an inherited score is not passed on again. In folder order, as the scores accrue.
 */
export function inheritScores(variants: readonly Variant[]): void {
  const bySlug = new Map(variants.map((v) => [v.slug, v]));
  for (const variant of variants) {
    const base = variant.sharesWeightsWith === undefined ? undefined : bySlug.get(variant.sharesWeightsWith);
    if (!base || base === variant) continue;
    for (const [id, score] of Object.entries(base.benchmarks) as [BenchmarkId, Score][]) {
      if (!variant.benchmarks[id] && !score.inheritedFrom) variant.benchmarks[id] = { ...score, inheritedFrom: base.slug };
    }
  }
}

/** A family from its page and its variants (in folder order), listed in `variantOrder`. */
export function assembleFamily(slug: string, page: Page<FamilySource, FamilyWords>, basis: Provider, variants: readonly Variant[]): Family {
  const source = page.source;
  const bySlug = new Map(variants.map((v) => [v.slug, v]));
  return {
    slug,
    name: source.name,
    maker: source.maker,
    basis,
    modalities: source.modalities,
    taskType: source.taskType,
    architecture: source.architecture,
    api: source.api,
    added: source.added,
    updated: source.updated,
    file: page.file,
    words: page.words,
    variants: source.variantOrder.flatMap((s) => bySlug.get(s) ?? []),
  };
}

/** Points each variant at its successor (`references`: variant → `slug` or `family/slug`). */
export function resolveSuccessors(families: readonly Family[], references: ReadonlyMap<Variant, string>): void {
  for (const [variant, reference] of references) {
    const [familySlug, slug] = reference.includes('/') ? (reference.split('/') as [string, string]) : [variant.familySlug, reference];
    const successor = families.find((f) => f.slug === familySlug)?.variants.find((v) => v.slug === slug);
    if (successor && successor !== variant && successor.status !== 'retired') variant.successor = successor;
  }
}

/** The catalog of a validated tree the rules passed. */
export function assembleCatalog(tree: ValidatedTree): Catalog {
  const providers = new Map<string, Provider>();
  for (const folder of tree.providers) {
    const page = completePage(folder);
    if (page) providers.set(folder.name, assembleProvider(folder.name, page));
  }
  const families: Family[] = [];
  // Successors may name another family, so they are resolved once every family is assembled.
  const successors = new Map<Variant, string>();
  for (const folder of tree.families) {
    const page = completePage(folder);
    const basisId = page?.source.comparisonBasis ?? page?.source.makerApi;
    const basis = basisId === undefined ? undefined : providers.get(basisId);
    if (!page || !basis) continue;
    const variants: Variant[] = [];
    for (const variantFolder of folder.variants) {
      const variantPage = completePage(variantFolder);
      if (!variantPage) continue;
      const variant = assembleVariant(folder.name, variantFolder.name, variantPage, page.source, basis, providers);
      variants.push(variant);
      if (variantPage.source.successor) successors.set(variant, variantPage.source.successor);
    }
    inheritScores(variants);
    families.push(assembleFamily(folder.name, page, basis, variants));
  }
  resolveSuccessors(families, successors);
  return { families, providers: [...providers.values()] };
}
