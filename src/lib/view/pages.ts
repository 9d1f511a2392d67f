/**
 * Page view models: everything a page shows, formatted for one locale. The
 * `.astro` files render these and compute nothing.
 */
import type { Locale } from '../../config/locales';
import { site } from '../../config/site';
import { translate, useTranslations } from '../../i18n';
import type { Catalog, Family, Variant } from '../content/types';
import { formatDate, formatInteger, formatParameterCount, formatUsd } from '../format';
import { highlightWithSlot } from '../highlight';
import { computeVariantLabels, type VariantLabel } from '../labels';
import { catalogUpdated, familyUpdated } from '../catalog';
import { renderMarkdown } from '../markdown';
import { catalogPart, catalogPath, familyPath, variantPath } from '../routes';
import { partLinks, partTitle } from './parts';
import { buildQuickStart, buildResponseExample } from '../snippets';
import {
  formatList,
  joinSentences,
  presentBenchmarks,
  presentContext,
  presentDefault,
  presentLabels,
  presentModality,
  presentParameterRange,
  presentPrice,
  presentSpeed,
} from './present';

/** A row of a variants table. */
export interface VariantRow {
  name: string;
  href: string;
  modelId: string;
  context: string;
  contextFull: string;
  input: string;
  output: string;
  headlinePrice: string;
  speed: string;
  status: string;
  labels: string[];
}

function variantRow(variant: Variant, locale: Locale, labels: readonly VariantLabel[]): VariantRow {
  const price = presentPrice(variant, locale);
  const context = presentContext(variant.contextWindow, locale);
  return {
    name: variant.name,
    href: variantPath(locale, variant.familySlug, variant.slug),
    modelId: variant.sdkModelId,
    context: context.short,
    contextFull: context.full,
    input: price.input,
    output: price.output,
    headlinePrice: price.headline,
    speed: presentSpeed(variant, locale),
    status: translate(locale, `status.${variant.status}`),
    labels: presentLabels(labels, locale),
  };
}

/** Rows for all of a family's variants, with labels computed across the family. */
export function familyVariantRows(family: Family, locale: Locale): VariantRow[] {
  const labels = computeVariantLabels(family.variants);
  return family.variants.map((v) => variantRow(v, locale, labels.get(v.slug) ?? []));
}

/** The catalog index: every family and its variants. */
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
      count: translate(locale, 'catalog.familyCount', { count: formatInteger(family.variants.length, locale) }),
      rows: familyVariantRows(family, locale),
    })),
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
  if (arch.activeParametersB) architecture.push({ label: t('arch.activeParameters'), value: t('arch.about', { value: formatParameterCount(arch.activeParametersB, locale) }) });
  if (arch.experts) architecture.push({ label: t('arch.experts'), value: formatInteger(arch.experts, locale) });
  return {
    title: t('family.title', { name: family.name }),
    heading: words.title,
    summary: words.summary,
    bodyHtml: renderMarkdown(words.body),
    provider: family.provider,
    variantCount: formatInteger(family.variants.length, locale),
    architectureSummary: words.architectureSummary,
    architecture,
    rows: familyVariantRows(family, locale),
    baseUrl: site.apiBaseUrl.replace(/\/v\d+$/, ''),
    endpoints: family.endpoints.map((e) => ({ method: e.method, path: e.path, protocol: t(`protocol.${e.protocol}`) })),
    faq: words.faq,
    updated: formatDate(familyUpdated(family), locale),
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
  const price = presentPrice(variant, locale);
  const context = presentContext(variant.contextWindow, locale);
  const primary = variant.endpoints[0];
  const base = variant.sharesWeightsWith ? family.variants.find((v) => v.slug === variant.sharesWeightsWith) : undefined;
  const ownScores = base ? Object.fromEntries(Object.entries(variant.benchmarks).filter(([id, score]) => base.benchmarks[id as keyof typeof base.benchmarks] !== score)) : variant.benchmarks;

  const arch = variant.architecture;
  const labelled = (label: string, value: string) => t('value.labelled', { label, value });
  const archParts = [
    arch.type ? t(`arch.type.${arch.type}`) : '',
    arch.totalParametersB ? labelled(t('arch.totalParameters'), formatParameterCount(arch.totalParametersB, locale)) : '',
    arch.activeParametersB ? labelled(t('arch.activeParameters'), t('arch.about', { value: formatParameterCount(arch.activeParametersB, locale) })) : '',
    arch.experts ? labelled(t('arch.experts'), formatInteger(arch.experts, locale)) : '',
    arch.attention ? t(`arch.attention.${arch.attention}`) : '',
  ].filter(Boolean);

  const spec: { label: string; value: string; code?: boolean }[] = [
    { label: t('spec.modelId'), value: variant.sdkModelId, code: true },
    { label: t('spec.provider'), value: family.provider },
    { label: t('spec.modality'), value: presentModality(variant, locale) },
    { label: t('spec.taskType'), value: t(`taskType.${variant.taskType}`) },
    { label: t('spec.billingUnit'), value: price.billingUnit },
    ...(primary ? [{ label: t('spec.endpoint'), value: `${primary.method} ${primary.path}`, code: true }] : []),
    { label: t('spec.protocols'), value: formatList(locale, variant.endpoints.map((e) => t(`protocol.${e.protocol}`))) },
    { label: t('spec.contextWindow'), value: context.full },
    { label: t('spec.outputSpeed'), value: presentSpeed(variant, locale) },
    ...(archParts.length ? [{ label: t('spec.architecture'), value: archParts.join(t('value.separator')) }] : []),
    { label: t('spec.license'), value: t(variant.license.commercialUse ? 'value.commercialYes' : 'value.commercialNo') },
    { label: t('spec.status'), value: t(`status.${variant.status}`) },
  ];


  const conflicts = variant.pricing.conflicts.map((c) =>
    t('price.conflictNote', {
      price:
        c.flatPerThousand !== undefined
          ? t('price.perThousand', { price: formatUsd(c.flatPerThousand, locale) })
          : formatList(locale, [
              t('value.labelled', { label: t('price.input'), value: t('price.perMillion', { price: formatUsd(c.inputPerMillion ?? 0, locale) }) }),
              t('value.labelled', { label: t('price.output'), value: t('price.perMillion', { price: formatUsd(c.outputPerMillion ?? 0, locale) }) }),
            ]),
    }),
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
    price,
    priceNote: joinSentences(locale, [
      price.quote.kind === 'flat'
        ? t('price.flatNote', { price: formatUsd(price.quote.inputPerMillion, locale) })
        : t('price.perMillionEquivalent', { input: price.input, output: price.output }),
      t('price.failedNotCharged'),
      ...conflicts,
    ]),
    flatPerThousand: price.quote.kind === 'flat' ? formatUsd(price.quote.inputPerThousand, locale) : undefined,
    conflicts,
    spec,
    benchmarks: presentBenchmarks(variant, ownScores, base?.name, locale),
    quickStart: buildQuickStart(variant.sdkModelId, site),
    quickStartLede: t('quickstart.lede', { envVar: site.apiKeyEnvVar, model: variant.name }),
    parameters: variant.api.requestParameters.map((p) => ({
      name: p.name,
      type: p.type.join(' | '),
      required: t(p.required ? 'params.yes' : 'params.no'),
      range: presentParameterRange(p, locale),
      default: presentDefault(p),
      description: familyWords.parameterDescriptions[p.name] ?? '',
      aliases: p.aliases?.length ? t('params.aliases', { names: p.aliases.join(', ') }) : '',
    })),
    roles: variant.api.extraRoles.map((role) => ({ role, description: familyWords.roleDescriptions[role] ?? '' })),
    responseExample: buildResponseExample(variant.sdkModelId),
    useCases: words.useCases,
    faq: words.faq,
    siblings: familyVariantRows(family, locale).filter((row) => row.modelId !== variant.sdkModelId),
    updated: formatDate(variant.updated, locale),
  };
}

/** A variant's spec sheet: the description plus build-time highlighted code. */
export async function buildVariantView(family: Family, variant: Variant, locale: Locale) {
  const description = describeVariant(family, variant, locale);
  const { curl, python, javascript } = description.quickStart;
  const id = variant.sdkModelId;
  const [curlHtml, pythonHtml, javascriptHtml, responseHtml] = await Promise.all([
    highlightWithSlot(curl, 'shellscript', id),
    highlightWithSlot(python, 'python', id),
    highlightWithSlot(javascript, 'javascript', id),
    highlightWithSlot(description.responseExample, 'json', id),
  ]);
  return { ...description, highlighted: { curl: curlHtml, python: pythonHtml, javascript: javascriptHtml, response: responseHtml } };
}

export type CatalogView = ReturnType<typeof buildCatalogView>;
export type FamilyView = ReturnType<typeof buildFamilyView>;
export type VariantDescription = ReturnType<typeof describeVariant>;
export type VariantView = Awaited<ReturnType<typeof buildVariantView>>;
