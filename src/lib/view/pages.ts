/**
 * Page view models: everything a page shows, formatted for one locale. The
 * `.astro` files render these and compute nothing.
 */
import type { Locale } from '../../config/locales';
import { translate, useTranslations } from '../../i18n';
import type { FactConflict } from '../content/schema';
import type { Catalog, Family, Offer, Provider, Variant } from '../content/types';
import { cleanDecimal, formatDate, formatInteger, formatParameterCount, formatPercent, formatUsd } from '../format';
import { bestOf } from '../compare';
import { blendedPerMillion, offerRule, offersBasisFirst, workloadCost } from '../pricing';
import { exactOffers } from './compare';
import { computeVariantLabels, type VariantLabel } from '../labels';
import { catalogUpdated, familyUpdated } from '../catalog';
import { renderMarkdown } from '../markdown';
import { catalogPart, catalogPath, familyPath, variantPath } from '../routes';
import { partLinks, partTitle } from './parts';
import { buildQuickStart, buildResponseExample, quickStartProtocol } from '../snippets';
import {
  formatList,
  joinSentences,
  presentBenchmarks,
  presentContext,
  presentDefault,
  presentLabels,
  presentModality,
  presentBasisPrice,
  presentParameterRange,
  presentRecentChange,
  presentRule,
  presentSpeed,
  type PresentedRule,
} from './present';

/** A row of a variants table: prices are the family's comparison basis. */
export interface VariantRow {
  name: string;
  href: string;
  modelId: string;
  context: string;
  contextFull: string;
  input: string;
  output: string;
  status: string;
  labels: string[];
  /** "Price cut on …" when the basis price changed recently. */
  recentChange: string;
}

function variantRow(variant: Variant, locale: Locale, labels: readonly VariantLabel[], asOf: string): VariantRow {
  const price = presentBasisPrice(variant, locale);
  const context = presentContext(variant.contextWindow, locale);
  return {
    name: variant.name,
    href: variantPath(locale, variant.familySlug, variant.slug),
    modelId: variant.modelId,
    context: context.short,
    contextFull: context.full,
    input: price.input,
    output: price.output,
    status: translate(locale, `status.${variant.status}`),
    labels: presentLabels(labels, locale),
    recentChange: presentRecentChange(variant, asOf, locale),
  };
}

/** Rows for all of a family's variants, with labels computed across the family. */
export function familyVariantRows(family: Family, locale: Locale): VariantRow[] {
  const labels = computeVariantLabels(family.variants);
  const asOf = familyUpdated(family);
  return family.variants.map((v) => variantRow(v, locale, labels.get(v.slug) ?? [], asOf));
}

/** The catalog index: every family and its variants, priced at each family's comparison basis. */
export function buildCatalogView(catalog: Catalog, locale: Locale, part = 1) {
  const shown = catalogPart(catalog, part);
  return {
    title: partTitle(catalog, locale, part, 'parts.title', translate(locale, 'catalog.title')),
    heading: translate(locale, 'catalog.heading'),
    lede: translate(locale, 'catalog.lede'),
    updated: formatDate(catalogUpdated(catalog), locale),
    parts: partLinks(catalog, locale, part, (n) => catalogPath(locale, n)),
    families: shown.families.map((family) => ({
      name: family.name,
      href: familyPath(locale, family.slug),
      summary: family.words[locale].summary,
      count: translate(locale, 'catalog.familyCount', { count: family.variants.length }),
      basisNote: translate(locale, 'basis.note', { provider: family.basis.name }),
      rows: familyVariantRows(family, locale),
    })),
  };
}

/** A provider's own statements, each said as that provider's terms. */
export function providerTerms(provider: Provider, locale: Locale): string[] {
  return provider.words[locale].terms.map((term) => term.text);
}

/** The providers that serve a family, each with its base URLs, key variable, how many variants it serves and its terms. */
export function familyProviders(family: Family, locale: Locale) {
  const t = useTranslations(locale);
  const served = new Map<Provider, Variant[]>();
  for (const variant of family.variants) for (const offer of variant.offers) served.set(offer.provider, [...(served.get(offer.provider) ?? []), variant]);
  const providers = [...served.keys()].sort((a, b) => Number(b === family.basis) - Number(a === family.basis));
  return providers.map((provider) => {
    const variants = served.get(provider) ?? [];
    const exact = variants.filter((v) => offerRule(v.offers.find((o) => o.provider === provider)));
    return {
      id: provider.id,
      name: provider.name,
      kind: t(`provider.kind.${provider.kind}`),
      isBasis: provider === family.basis,
      description: provider.words[locale].description,
      website: provider.website,
      baseUrls: provider.baseUrls.map((b) => ({ protocol: t(`protocol.${b.protocol}`), url: b.url })),
      apiKeyEnvVar: provider.apiKeyEnvVar,
      variants: formatList(
        locale,
        variants.map((v) => v.name),
      ),
      exactPrices:
        exact.length === variants.length
          ? t('provider.exactAll')
          : exact.length === 0
            ? t('provider.exactNone')
            : t('provider.exactSome', {
                names: formatList(
                  locale,
                  exact.map((v) => v.name),
                  'long',
                ),
              }),
      terms: providerTerms(provider, locale),
      urlParameters: provider.urlParameters.map((p) => ({
        name: `{${p.name}}`,
        envVar: p.envVar,
        help: provider.words[locale].urlParameterHelp[p.name] ?? '',
      })),
    };
  });
}

/** Answers computed from the facts for a family page: who serves the family, and at which prices. */
function familyComputedFaq(family: Family, locale: Locale): { id: string; question: string; answer: string }[] {
  const t = useTranslations(locale);
  const providers = familyProviders(family, locale);
  const sentences = providers.map((p) => t('faq.servedBy.line', { provider: p.name, variants: p.variants, exact: p.exactPrices }));
  return [
    {
      id: 'who-serves',
      question: t('faq.servedBy.question', { family: family.name }),
      answer: joinSentences(locale, [...sentences, t('faq.servedBy.basis', { provider: family.basis.name })]),
    },
  ];
}

/** The request parameters and extra roles of an API surface, described with the family's words. */
export function presentApiSurface(api: Family['api'], familyWords: Family['words'][Locale], locale: Locale) {
  const t = useTranslations(locale);
  return {
    parameters: api.requestParameters.map((p) => ({
      name: p.name,
      type: p.type.join(' | '),
      required: t(p.required ? 'params.yes' : 'params.no'),
      range: presentParameterRange(p, locale),
      default: presentDefault(p),
      description: familyWords.parameterDescriptions[p.name] ?? '',
      aliases: p.aliases?.length ? t('params.aliases', { names: p.aliases.join(', ') }) : '',
    })),
    roles: api.extraRoles.map((role) => ({ role, description: familyWords.roleDescriptions[role] ?? '' })),
  };
}

/** A family page. */
export function buildFamilyView(family: Family, locale: Locale) {
  const words = family.words[locale];
  const t = useTranslations(locale);
  const arch = family.architecture;
  const architecture: { label: string; value: string }[] = [];
  if (arch.type) architecture.push({ label: t('arch.type'), value: t(`arch.type.${arch.type}`) });
  if (arch.totalParametersB) architecture.push({ label: t('arch.totalParameters'), value: formatParameterCount(arch.totalParametersB, locale) });
  if (arch.activeParametersB)
    architecture.push({ label: t('arch.activeParameters'), value: t('arch.about', { value: formatParameterCount(arch.activeParametersB, locale) }) });
  if (arch.experts) architecture.push({ label: t('arch.experts'), value: formatInteger(arch.experts, locale) });
  return {
    title: t('family.title', { name: family.name }),
    heading: words.title,
    summary: words.summary,
    bodyHtml: renderMarkdown(words.body),
    maker: family.maker,
    basis: family.basis.name,
    basisNote: t('basis.note', { provider: family.basis.name }),
    variantCount: family.variants.length,
    architectureSummary: words.architectureSummary,
    architecture,
    rows: familyVariantRows(family, locale),
    providers: familyProviders(family, locale),
    // The family's request surface is listed here, once; spec sheets link to it unless a variant overrides it.
    api: presentApiSurface(family.api, words, locale),
    faq: [...words.faq, ...familyComputedFaq(family, locale)],
    updated: formatDate(familyUpdated(family), locale),
  };
}

/** One row of a spec sheet's providers table: an offer as that provider states it. */
export interface OfferRow {
  providerId: string;
  provider: string;
  /** Badges: comparison basis, cheapest exact offer. */
  marks: string[];
  modelId: string;
  rule: PresentedRule;
  context: string;
  maxOutput: string;
  speed: string;
  source: string;
  checked: string;
}

/** A spec sheet's providers table: one row per offer, the comparison basis first, the cheapest exact offer marked. */
export function offerRows(variant: Variant, locale: Locale): OfferRow[] {
  const t = useTranslations(locale);
  const ordered = offersBasisFirst(variant);
  const cheapest = bestOf(
    ordered.map((o) => ({ slug: o.provider.id, o })),
    ({ o }) => {
      const rule = offerRule(o);
      return rule && blendedPerMillion(rule);
    },
    'min',
  );
  // With one exact offer there is nothing to be cheapest against; bestOf already leaves a lone value unmarked.
  return ordered.map((offer) => {
    const cap = offer.outputCap;
    const maxOutput = cap
      ? t('offer.cap', {
          count: formatInteger(cap.value, locale),
          parameter: cap.parameter,
          protocols: cap.protocols
            ? formatList(
                locale,
                cap.protocols.map((p) => t(`protocol.${p}`)),
              )
            : t('offer.allProtocols'),
        })
      : t('offer.modelMax', { count: formatInteger(variant.maxOutputTokens, locale) });
    return {
      providerId: offer.provider.id,
      provider: offer.provider.name,
      marks: [...(offer === variant.basis ? [t('offer.basis')] : []), ...(cheapest.has(offer.provider.id) ? [t('offer.cheapest')] : [])],
      modelId: offer.modelId,
      rule: presentRule(offer.price, locale, offer.provider.name),
      context:
        offer.contextWindow === undefined
          ? t('offer.modelContext', { count: formatInteger(variant.contextWindow, locale) })
          : t('value.tokens', { count: offer.contextWindow }),
      maxOutput,
      speed: presentSpeed(offer, locale),
      source: offer.price.source,
      checked: formatDate(offer.price.checked, locale),
    };
  });
}

/** Answers computed from the facts for a spec sheet: the cheapest exact offer, and what a 90% cache hit rate does to the cost. */
export function variantComputedFaq(variant: Variant, locale: Locale): { id: string; question: string; answer: string }[] {
  const t = useTranslations(locale);
  const exact = exactOffers(variant);
  const inexact = variant.offers.filter((o) => !offerRule(o));
  const notes = inexact.map((o) => t(o.price.type === 'listed' ? 'faq.cheapest.listed' : 'faq.cheapest.unpublished', { provider: o.provider.name }));
  const items: { id: string; question: string; answer: string }[] = [];
  const ranked = exact
    .map((offer) => ({ offer, rule: offerRule(offer) }))
    .flatMap(({ offer, rule }) => (rule ? [{ offer, rule, blended: blendedPerMillion(rule) }] : []))
    .sort((a, b) => a.blended - b.blended);
  const first = ranked[0];
  if (first) {
    const values = { name: variant.name, input: formatUsd(first.rule.input, locale), output: formatUsd(first.rule.output, locale) };
    const tied = ranked.filter((r) => r.blended === first.blended);
    const lead =
      ranked.length === 1
        ? t('faq.cheapest.only', { ...values, provider: first.offer.provider.name })
        : tied.length > 1
          ? t('faq.cheapest.tie', {
              ...values,
              providers: formatList(
                locale,
                tied.map((r) => r.offer.provider.name),
                'long',
              ),
            })
          : t('faq.cheapest.answer', { ...values, provider: first.offer.provider.name, blended: formatUsd(first.blended, locale) });
    items.push({ id: 'cheapest-provider', question: t('faq.cheapest.question', { name: variant.name }), answer: joinSentences(locale, [lead, ...notes]) });
  }
  const basis = variant.basis && offerRule(variant.basis) ? variant.basis : exact[0];
  const rule = offerRule(basis);
  if (basis && rule) {
    const million = { inputTokens: 1_000_000, outputTokens: 0 };
    const full = workloadCost(rule, { ...million, cachedShare: 0 });
    const cached = workloadCost(rule, { ...million, cachedShare: 0.9 });
    const answer = cached.cachePriced
      ? t('faq.cache.answer', {
          provider: basis.provider.name,
          full: formatUsd(full.cost, locale),
          cached: formatUsd(cached.cost, locale),
          percent: formatPercent(full.cost > 0 ? cleanDecimal((1 - cached.cost / full.cost) * 100) : 0, locale),
        })
      : t('faq.cache.noPrice', { provider: basis.provider.name, name: variant.name });
    items.push({ id: 'cache-hit-rate', question: t('faq.cache.question', { name: variant.name }), answer });
  }
  return items;
}

/** How to call one offer: the protocol and base URL used, the variables to set, and the samples. */
export function offerQuickStart(offer: Offer, locale: Locale) {
  const t = useTranslations(locale);
  const protocol = quickStartProtocol(offer.protocols);
  const baseUrl = offer.provider.baseUrls.find((b) => b.protocol === protocol)?.url ?? '';
  const samples = buildQuickStart({
    modelId: offer.modelId,
    protocol,
    baseUrl,
    auth: offer.provider.auth,
    apiKeyEnvVar: offer.provider.apiKeyEnvVar,
    urlParameters: offer.provider.urlParameters,
  });
  const variables = [offer.provider.apiKeyEnvVar, ...offer.provider.urlParameters.map((p) => p.envVar)];
  const help = offer.provider.urlParameters.map((p) =>
    t('quickstart.urlParameter', { name: `{${p.name}}`, envVar: p.envVar, help: offer.provider.words[locale].urlParameterHelp[p.name] ?? '' }),
  );
  const others = offer.protocols.filter((p) => p !== protocol);
  return {
    providerId: offer.provider.id,
    provider: offer.provider.name,
    modelId: offer.modelId,
    heading: t('quickstart.offerHeading', { provider: offer.provider.name }),
    lede: joinSentences(locale, [
      t('quickstart.lede', {
        envVars: formatList(locale, variables, 'long'),
        model: offer.modelId,
        provider: offer.provider.name,
        protocol: t(`protocol.${protocol}`),
      }),
      ...help,
      ...others.map((p) =>
        t('quickstart.alsoProtocol', { protocol: t(`protocol.${p}`), url: offer.provider.baseUrls.find((b) => b.protocol === p)?.url ?? '' }),
      ),
    ]),
    samples,
  };
}

/** A variant's lifecycle notice: the sentence, the successor's name and page, and the text around the name (to link it). */
export interface LifecycleNotice {
  text: string;
  /** The successor's spec sheet in the same locale, when there is a successor. */
  successorHref?: string;
  successorName?: string;
  /** `text` split around the successor's name: before + successorName + after === text. */
  before: string;
  after: string;
}

/**
 * What a deprecated or retired variant's pages say first: since when it is deprecated, when it is
 * (or was) retired, and which variant succeeds it. Undefined for a preview or active variant.
 */
export function lifecycleNotice(
  variant: Pick<Variant, 'name' | 'status' | 'deprecated' | 'retires' | 'successor'>,
  locale: Locale,
): LifecycleNotice | undefined {
  if (variant.status !== 'deprecated' && variant.status !== 'retired') return undefined;
  const successor = variant.successor;
  // A slot filled with a marker, then split, so a page can link the name wherever the locale puts it.
  const marker = '\u0000';
  const values: Record<string, string> = { name: variant.name };
  let key: Parameters<typeof translate>[1];
  if (variant.status === 'retired') {
    values['retires'] = formatDate(variant.retires ?? variant.deprecated ?? '', locale);
    key = successor ? 'lifecycle.notice.retired' : 'lifecycle.notice.retiredNoSuccessor';
  } else {
    values['date'] = formatDate(variant.deprecated ?? '', locale);
    if (variant.retires) values['retires'] = formatDate(variant.retires, locale);
    key = variant.retires
      ? successor
        ? 'lifecycle.notice.deprecated'
        : 'lifecycle.notice.deprecatedNoSuccessor'
      : successor
        ? 'lifecycle.notice.deprecatedNoRetires'
        : 'lifecycle.notice.deprecatedOnly';
  }
  if (successor) values['successor'] = marker;
  const [before = '', after = ''] = translate(locale, key, values).split(marker);
  if (!successor) return { text: before, before, after: '' };
  return {
    text: `${before}${successor.name}${after}`,
    successorHref: variantPath(locale, successor.familySlug, successor.slug),
    successorName: successor.name,
    before,
    after,
  };
}

/**
 * Everything a variant's spec sheet says, as plain strings: the HTML page adds
 * highlighting; the Markdown mirror prints it as it is.
 */
export function describeVariant(family: Family, variant: Variant, locale: Locale) {
  const words = variant.words[locale];
  const familyWords = family.words[locale];
  const t = useTranslations(locale);
  const labels = computeVariantLabels(family.variants);
  const context = presentContext(variant.contextWindow, locale);
  const siblingName = (slug: string) => family.variants.find((v) => v.slug === slug)?.name ?? slug;

  const arch = variant.architecture;
  const labelled = (label: string, value: string) => t('value.labelled', { label, value });
  const archParts = [
    arch.type ? t(`arch.type.${arch.type}`) : '',
    arch.totalParametersB ? labelled(t('arch.totalParameters'), formatParameterCount(arch.totalParametersB, locale)) : '',
    arch.activeParametersB ? labelled(t('arch.activeParameters'), t('arch.about', { value: formatParameterCount(arch.activeParametersB, locale) })) : '',
    arch.experts ? labelled(t('arch.experts'), formatInteger(arch.experts, locale)) : '',
    arch.attention ? t(`arch.attention.${arch.attention}`) : '',
  ].filter(Boolean);
  const weights = variant.openWeights;
  const spec: { label: string; value: string; code?: boolean; href?: string }[] = [
    { label: t('spec.modelId'), value: variant.modelId, code: true },
    { label: t('spec.maker'), value: family.maker },
    { label: t('spec.releaseDate'), value: formatDate(variant.releaseDate, locale) },
    { label: t('spec.modality'), value: presentModality(variant, locale) },
    { label: t('spec.contextWindow'), value: context.full },
    { label: t('spec.maxOutput'), value: t('value.tokens', { count: variant.maxOutputTokens }) },
    ...(archParts.length ? [{ label: t('spec.architecture'), value: archParts.join(t('value.separator')) }] : []),
    weights
      ? {
          label: t('spec.openWeights'),
          value: weights.license ? t('spec.openWeightsLicence', { licence: weights.license }) : t('spec.openWeightsYes'),
          href: weights.weightsUrl,
        }
      : { label: t('spec.openWeights'), value: t('value.notStated') },
    { label: t('spec.taskType'), value: t(`taskType.${variant.taskType}`) },
    { label: t('spec.status'), value: t(`status.${variant.status}`) },
    { label: t('spec.factsSource'), value: variant.factsSource },
  ];
  const shownValue = (field: FactConflict['field']): string => {
    if (field === 'contextWindow') return context.full;
    if (field === 'maxOutputTokens') return t('value.tokens', { count: variant.maxOutputTokens });
    if (field === 'releaseDate') return formatDate(variant.releaseDate, locale);
    return presentModality(variant, locale);
  };
  const conflicts = variant.conflicts.map((c) => ({
    field: t(`conflict.field.${c.field}`),
    shown: shownValue(c.field),
    stated: c.stated,
    source: c.source,
    note: words.conflictNotes[c.id] ?? '',
  }));
  const offers = offerRows(variant, locale);
  const notes = offers.flatMap((row) => [
    ...row.rule.tiers.map((tier) => t('value.labelled', { label: row.provider, value: tier })),
    ...(row.rule.note ? [row.rule.note] : []),
  ]);
  const terms = variant.offers.flatMap((o) =>
    o.provider.words[locale].terms.length ? [{ provider: o.provider.name, terms: providerTerms(o.provider, locale) }] : [],
  );

  return {
    title: t('variant.title', { name: variant.name }),
    name: variant.name,
    familyName: family.name,
    familyHref: familyPath(locale, family.slug),
    summary: words.summary,
    bodyHtml: renderMarkdown(words.body),
    status: t(`status.${variant.status}`),
    labels: presentLabels(labels.get(variant.slug) ?? [], locale),
    lifecycle: lifecycleNotice(variant, locale),
    basis: family.basis.name,
    offers,
    offerNotes: notes,
    terms,
    spec,
    conflicts,
    benchmarks: presentBenchmarks(variant, siblingName, locale),
    quickStarts: offersBasisFirst(variant).map((o) => offerQuickStart(o, locale)),
    // A variant that keeps its family's request surface links to the family page, where it is listed once.
    api: variant.api === family.api ? undefined : presentApiSurface(variant.api, familyWords, locale),
    apiShared: t('params.shared', { family: family.name }),
    familyParametersHref: `${familyPath(locale, family.slug)}#parameters`,
    responseExample: buildResponseExample(variant.basis?.modelId ?? variant.modelId),
    useCases: words.useCases,
    faq: [...words.faq, ...variantComputedFaq(variant, locale)],
    updated: formatDate(variant.updated, locale),
  };
}

export type CatalogView = ReturnType<typeof buildCatalogView>;
export type FamilyView = ReturnType<typeof buildFamilyView>;
export type VariantDescription = ReturnType<typeof describeVariant>;
