/**
 * The Markdown mirrors: each page's content as clean Markdown written from the
 * data (never scraped from HTML), with frontmatter an agent can trust. Keys and
 * meanings follow the source mirrors; `canonical` is the HTML page, `url` the mirror.
 */
import { allLocales, type Locale } from '../config/locales';
import { translate, useTranslations, type UiKey } from '../i18n';
import type { Catalog, Family, Variant } from './content/types';
import { cleanDecimal } from './format';
import { codeBlock, escapeMarkdown, frontmatter, markdownLink, markdownTable, tableCell } from './markdown-out';
import { quotePrice } from './pricing';
import { catalogUpdated, familyUpdated, latestDate } from './catalog';
import { absoluteUrl, catalogPart, catalogParts, catalogPath, comparePath, familyPath, mirrorPathOf, pairPath, variantPath, type SitePage } from './routes';
import { partTitle, type PartLink } from './view/parts';
import { buildCatalogView, buildFamilyView, describeVariant, type VariantRow } from './view/pages';
import { buildCompareAllView, buildFamilyComparison, buildPairView, calculatorModel, variantDifferences, type CompareRow } from './view/compare';

type Values = Record<string, string | number>;

function modalityOf(variants: readonly Variant[]): string {
  return [...new Set(variants.flatMap((v) => [...v.modalities.input, ...v.modalities.output]))].join(', ');
}

/** The other locales' mirror URLs of a page, by locale. */
function alternateMirrors(pathFor: (locale: Locale) => string, locale: Locale): Record<string, string> {
  return Object.fromEntries(allLocales.filter((l) => l.code !== locale).map((l) => [l.code, absoluteUrl(mirrorPathOf(pathFor(l.code)))]));
}

/** The keys every mirror's frontmatter opens with: title, its own URL, its page's URL (canonical), locale. */
function mirrorIdentity(title: string, path: string, locale: Locale) {
  return { title, url: absoluteUrl(mirrorPathOf(path)), canonical: absoluteUrl(path), locale };
}

/** Frontmatter of a variant mirror: the source mirrors' keys plus exact prices, context, speed, date. */
export function variantMirrorData(family: Family, variant: Variant, locale: Locale): Record<string, unknown> {
  const quote = quotePrice(variant.pricing);
  const path = variantPath(locale, family.slug, variant.slug);
  return {
    ...mirrorIdentity(translate(locale, 'variant.title', { name: variant.name }), path, locale),
    model: family.name,
    provider: family.provider,
    variant_id: variant.name,
    variant_slug: variant.slug,
    sdk_model_id: variant.sdkModelId,
    modality: modalityOf([variant]),
    // Cents per billing unit, as a decimal: the source's integer cents could not hold per-token prices.
    price_from_cents: cleanDecimal(quote.fromPrice * 100),
    billing_unit: quote.billingUnit,
    status: variant.status,
    input_price_per_million_usd: quote.inputPerMillion,
    output_price_per_million_usd: quote.outputPerMillion,
    ...(quote.kind === 'flat' ? { flat_price_per_thousand_usd: quote.inputPerThousand } : {}),
    context_window: variant.contextWindow,
    ...(variant.outputSpeed ? { output_speed_tokens_per_second: variant.outputSpeed.tokensPerSecond } : {}),
    updated: variant.updated,
    alternates: alternateMirrors((l) => variantPath(l, family.slug, variant.slug), locale),
  };
}

/** Frontmatter of a family mirror. */
export function familyMirrorData(family: Family, locale: Locale): Record<string, unknown> {
  const path = familyPath(locale, family.slug);
  const cheapest = [...family.variants].sort((a, b) => quotePrice(a.pricing).inputPerMillion - quotePrice(b.pricing).inputPerMillion)[0];
  const quote = cheapest ? quotePrice(cheapest.pricing) : undefined;
  return {
    ...mirrorIdentity(translate(locale, 'family.title', { name: family.name }), path, locale),
    model: family.name,
    provider: family.provider,
    modality: modalityOf(family.variants),
    variant_count: family.variants.length,
    ...(quote ? { price_from_cents: cleanDecimal(quote.fromPrice * 100), billing_unit: quote.billingUnit, input_price_per_million_usd_from: quote.inputPerMillion } : {}),
    updated: familyUpdated(family),
    alternates: alternateMirrors((l) => familyPath(l, family.slug), locale),
  };
}

/** Frontmatter of the catalog index mirror. */
export function catalogMirrorData(catalog: Catalog, locale: Locale, part = 1): Record<string, unknown> {
  const listed = catalogPart(catalog, part);
  return {
    ...mirrorIdentity(partTitle(catalog, locale, part, 'parts.title', translate(locale, 'catalog.title')), catalogPath(locale, part), locale),
    family_count: listed.families.length,
    variant_count: listed.families.reduce((n, f) => n + f.variants.length, 0),
    ...partFields(catalog, part),
    updated: catalogUpdated(catalog),
    alternates: alternateMirrors((l) => catalogPath(l, part), locale),
  };
}

/** `part` and `part_count` when the catalog listing is split into pages (see catalogParts); nothing otherwise. */
function partFields(catalog: Catalog, part: number): Record<string, number> {
  const count = catalogParts(catalog).length;
  return count > 1 ? { part, part_count: count } : {};
}

function variantRowsTable(rows: readonly VariantRow[], t: (key: UiKey, values?: Values) => string): string {
  return markdownTable(
    [t('table.variant'), t('table.modelId'), t('table.context'), t('table.inputPrice'), t('table.outputPrice'), t('table.speed'), t('table.status')],
    rows.map((row) => [
      `${markdownLink(row.name, absoluteUrl(mirrorPathOf(row.href)))}${row.labels.length ? ` · ${tableCell(row.labels.join(' · '))}` : ''}`,
      `\`${row.modelId}\``,
      tableCell(row.context),
      tableCell(row.input),
      tableCell(row.output),
      tableCell(row.speed),
      tableCell(row.status),
    ]),
  );
}

function compareRowsTable(rows: readonly CompareRow[], shownBenchmarks: readonly { id: string; name: string }[], t: (key: UiKey, values?: Values) => string, showFamily: boolean): string {
  const cell = (c: { text: string; best: boolean }) => (c.best ? `**${tableCell(c.text)}**` : tableCell(c.text));
  return markdownTable(
    [t('table.variant'), ...(showFamily ? [t('table.family')] : []), t('table.inputPrice'), t('table.outputPrice'), t('table.blended'), t('table.context'), t('table.speed'), ...shownBenchmarks.map((b) => b.name), t('table.capabilities')],
    rows.map((row) => [
      `${markdownLink(row.name, absoluteUrl(mirrorPathOf(row.href)))} \`${row.modelId}\``,
      ...(showFamily ? [tableCell(row.familyName)] : []),
      cell(row.input),
      cell(row.output),
      cell(row.blended),
      cell(row.context),
      cell(row.speed),
      ...shownBenchmarks.map((b) => cell(row.scores[b.id as keyof typeof row.scores])),
      tableCell(row.capabilitiesText),
    ]),
  );
}

function faqSection(items: readonly { question: string; answer: string }[]): string {
  return items.map((item) => `### ${escapeMarkdown(item.question)}\n\n${escapeMarkdown(item.answer)}`).join('\n\n');
}

/** The mirror of a variant's spec sheet. */
export function buildVariantMirror(family: Family, variant: Variant, locale: Locale): string {
  const t = useTranslations(locale);
  const d = describeVariant(family, variant, locale);
  const priceRows = d.flatPerThousand
    ? [[tableCell(t('price.flatRate')), tableCell(t('price.perThousand', { price: d.flatPerThousand }))]]
    : [
        [tableCell(t('price.input')), tableCell(t('price.perMillion', { price: d.price.input }))],
        [tableCell(t('price.output')), tableCell(t('price.perMillion', { price: d.price.output }))],
      ];
  const sections = [
    `# ${escapeMarkdown(d.name)}`,
    escapeMarkdown(d.summary),
    escapeMarkdown(t('value.labelled', { label: t('spec.status'), value: [d.status, ...d.labels].join(' · ') })),
    `## ${t('variant.pricingHeading')}`,
    markdownTable(['', t('mirror.price')], priceRows),
    escapeMarkdown(d.priceNote),
    `## ${t('calc.heading')}`,
    markdownTable(
      [t('calc.workload'), t('calc.inputTokens'), t('calc.outputTokens'), t('calc.result')],
      calculatorModel(variant, locale).examples.map((e) => [tableCell(e.label), tableCell(e.input), tableCell(e.output), tableCell(e.cost)]),
    ),
    `## ${t('variant.specHeading')}`,
    markdownTable([t('mirror.field'), t('mirror.value')], d.spec.map((row) => [tableCell(row.label), row.code ? `\`${row.value}\`` : tableCell(row.value)])),
    ...(d.benchmarks.length
      ? [`## ${t('variant.benchmarksHeading')}`, markdownTable([t('spec.benchmark'), t('spec.score'), t('spec.note')], d.benchmarks.map((b) => [tableCell(b.name), tableCell(b.score), tableCell(b.note)]))]
      : []),
    `## ${t('family.overviewHeading')}`,
    variant.words[locale].body,
    `## ${t('quickstart.heading')}`,
    escapeMarkdown(d.quickStartLede),
    `### ${t('quickstart.curl')}`,
    codeBlock(d.quickStart.curl, 'bash'),
    `### ${escapeMarkdown(t('quickstart.python'))}`,
    codeBlock(d.quickStart.python, 'python'),
    `### ${escapeMarkdown(t('quickstart.javascript'))}`,
    codeBlock(d.quickStart.javascript, 'javascript'),
    `## ${t('params.heading')}`,
    markdownTable(
      [t('params.name'), t('params.type'), t('params.required'), t('params.range'), t('params.default'), t('params.description')],
      d.parameters.map((p) => [`\`${p.name}\``, tableCell(p.type), tableCell(p.required), tableCell(p.range), p.default ? `\`${p.default}\`` : '', tableCell(`${p.description}${p.aliases ? ` ${p.aliases}` : ''}`)]),
    ),
    ...(d.roles.length
      ? [`### ${t('params.rolesHeading')}`, escapeMarkdown(t('params.rolesLede')), markdownTable([t('params.role'), t('params.description')], d.roles.map((r) => [`\`${r.role}\``, tableCell(r.description)]))]
      : []),
    `## ${t('response.heading')}`,
    escapeMarkdown(t('response.lede')),
    codeBlock(d.responseExample, 'json'),
    `## ${t('variant.useCasesHeading')}`,
    d.useCases.map((u) => `- **${escapeMarkdown(u.title)}**: ${escapeMarkdown(u.description).replace(/\n/g, ' ')}`).join('\n'),
    ...(d.faq.length ? [`## ${escapeMarkdown(t('variant.faqHeading', { name: d.name }))}`, faqSection(d.faq)] : []),
    `## ${escapeMarkdown(t('variant.differencesHeading', { name: d.name }))}`,
    markdownTable(
      [t('table.variant'), t('price.input'), t('price.output'), t('spec.contextWindow'), t('spec.outputSpeed'), t('variant.scores'), t('variant.fullComparison')],
      variantDifferences(family, variant, locale).map((x) => [
        markdownLink(x.name, absoluteUrl(mirrorPathOf(x.href))),
        tableCell(x.input),
        tableCell(x.output),
        tableCell(x.context),
        tableCell(x.speed),
        tableCell(x.scores),
        markdownLink(t('pair.heading', { a: d.name, b: x.name }), absoluteUrl(mirrorPathOf(x.pairHref))),
      ]),
    ),
    `## ${escapeMarkdown(t('variant.siblingsHeading', { family: d.familyName }))}`,
    variantRowsTable(d.siblings, t),
    `${markdownLink(d.familyName, absoluteUrl(mirrorPathOf(familyPath(locale, family.slug))))} · ${markdownLink(t('nav.models'), absoluteUrl(mirrorPathOf(catalogPath(locale))))}`,
  ];
  return `${frontmatter(variantMirrorData(family, variant, locale))}\n${sections.join('\n\n')}\n`;
}

/** The mirror of a family page. */
export function buildFamilyMirror(family: Family, locale: Locale): string {
  const t = useTranslations(locale);
  const v = buildFamilyView(family, locale);
  const comparison = buildFamilyComparison(family, locale);
  const sections = [
    `# ${escapeMarkdown(v.heading)}`,
    escapeMarkdown(v.summary),
    escapeMarkdown(`${t('value.labelled', { label: t('family.provider'), value: v.provider })} · ${t('catalog.familyCount', { count: v.variantCount })}`),
    `## ${t('family.variantsHeading')}`,
    compareRowsTable(comparison.rows, comparison.benchmarks, t, false),
    escapeMarkdown(`${t('family.bestNote')} ${t('price.blendedNote')}`),
    markdownLink(t('family.compareAll'), absoluteUrl(mirrorPathOf(comparePath(locale)))),
    `## ${t('family.overviewHeading')}`,
    family.words[locale].body,
    `## ${t('family.architectureHeading')}`,
    escapeMarkdown(v.architectureSummary),
    markdownTable([t('mirror.field'), t('mirror.value')], v.architecture.map((row) => [tableCell(row.label), tableCell(row.value)])),
    `## ${t('family.endpointsHeading')}`,
    t('value.labelled', { label: t('family.baseUrl'), value: `\`${v.baseUrl}\`` }),
    markdownTable([t('endpoint.method'), t('endpoint.path'), t('endpoint.protocol')], v.endpoints.map((e) => [e.method, `\`${e.path}\``, tableCell(e.protocol)])),
    `## ${t('family.faqHeading')}`,
    faqSection(v.faq),
  ];
  return `${frontmatter(familyMirrorData(family, locale))}\n${sections.join('\n\n')}\n`;
}

/** The mirror of the catalog index. */
export function buildCatalogMirror(catalog: Catalog, locale: Locale, part = 1): string {
  const t = useTranslations(locale);
  const v = buildCatalogView(catalog, locale, part);
  const sections = [
    `# ${escapeMarkdown(v.heading)}`,
    escapeMarkdown(v.lede),
    ...v.families.flatMap((f) => [
      `## ${markdownLink(f.name, absoluteUrl(mirrorPathOf(f.href)))}`,
      escapeMarkdown(f.summary),
      variantRowsTable(f.rows, t),
    ]),
    ...partList(v.parts),
  ];
  return `${frontmatter(catalogMirrorData(catalog, locale, part))}\n${sections.join('\n\n')}\n`;
}

/** Frontmatter of the catalog-wide comparison mirror. */
export function compareMirrorData(catalog: Catalog, locale: Locale, part = 1): Record<string, unknown> {
  const listed = catalogPart(catalog, part);
  return {
    ...mirrorIdentity(partTitle(catalog, locale, part, 'parts.title', translate(locale, 'compare.title')), comparePath(locale, part), locale),
    variant_count: listed.families.reduce((n, f) => n + f.variants.length, 0),
    ...partFields(catalog, part),
    updated: catalogUpdated(catalog),
    alternates: alternateMirrors((l) => comparePath(l, part), locale),
  };
}

/** The other parts of a split listing, as links to their mirrors (nothing when it fits one page). */
function partList(parts: readonly PartLink[]): string[] {
  return parts.length ? [parts.map((p) => `- ${p.current ? escapeMarkdown(p.label) : markdownLink(p.label, absoluteUrl(mirrorPathOf(p.href)))}`).join('\n')] : [];
}

/** The mirror of the catalog-wide comparison. */
export function buildCompareMirror(catalog: Catalog, locale: Locale, part = 1): string {
  const t = useTranslations(locale);
  const v = buildCompareAllView(catalog, locale, part);
  const sections = [`# ${escapeMarkdown(v.heading)}`, escapeMarkdown(v.lede), compareRowsTable(v.rows, v.benchmarks, t, true), escapeMarkdown(`${t('family.bestNote')} ${t('price.blendedNote')}`), ...partList(v.parts)];
  return `${frontmatter(compareMirrorData(catalog, locale, part))}\n${sections.join('\n\n')}\n`;
}

/** Frontmatter of a pair mirror: both variants' IDs and prices. */
export function pairMirrorData(family: Family, a: Variant, b: Variant, locale: Locale): Record<string, unknown> {
  const path = pairPath(locale, family.slug, a.slug, b.slug);
  const qa = quotePrice(a.pricing);
  const qb = quotePrice(b.pricing);
  return {
    ...mirrorIdentity(translate(locale, 'pair.title', { a: a.name, b: b.name }), path, locale),
    model: family.name,
    provider: family.provider,
    sdk_model_ids: [a.sdkModelId, b.sdkModelId],
    input_price_per_million_usd: [qa.inputPerMillion, qb.inputPerMillion],
    output_price_per_million_usd: [qa.outputPerMillion, qb.outputPerMillion],
    context_window: [a.contextWindow, b.contextWindow],
    updated: latestDate([a.updated, b.updated]),
    alternates: alternateMirrors((l) => pairPath(l, family.slug, a.slug, b.slug), locale),
  };
}

/** The mirror of a pair page. */
export function buildPairMirror(family: Family, a: Variant, b: Variant, locale: Locale): string {
  const t = useTranslations(locale);
  const v = buildPairView(family, a, b, locale);
  const sections = [
    `# ${escapeMarkdown(v.heading)}`,
    escapeMarkdown(v.lede),
    `## ${t('pair.verdictHeading')}`,
    escapeMarkdown(v.verdict),
    markdownTable([t('pair.measure'), v.a.name, v.b.name], v.sideBySide.map((row) => [tableCell(row.measure), row.code ? `\`${row.a}\`` : tableCell(row.a), row.code ? `\`${row.b}\`` : tableCell(row.b)])),
    `## ${t('pair.differencesHeading')}`,
    markdownTable([t('pair.measure'), v.a.name], v.differences.map((row) => [tableCell(row.measure), tableCell(row.text)])),
    `## ${t('pair.specSheets')}`,
    [v.a, v.b].map((x) => `- ${markdownLink(x.name, absoluteUrl(mirrorPathOf(x.href)))}`).join('\n'),
  ];
  return `${frontmatter(pairMirrorData(family, a, b, locale))}\n${sections.join('\n\n')}\n`;
}

/** The mirror for any page that has one. */
export function buildMirror(page: SitePage, catalog: Catalog): string {
  if (page.kind === 'catalog') return buildCatalogMirror(catalog, page.locale, page.part);
  if (page.kind === 'compare') return buildCompareMirror(catalog, page.locale, page.part);
  const family = catalog.families.find((f) => f.slug === page.familySlug);
  if (!family) throw new Error(`no family for ${page.path}`);
  if (page.kind === 'family') return buildFamilyMirror(family, page.locale);
  const variant = family.variants.find((v) => v.slug === page.variantSlug);
  if (page.kind === 'variant' && variant) return buildVariantMirror(family, variant, page.locale);
  const other = family.variants.find((v) => v.slug === page.otherSlug);
  if (page.kind === 'pair' && variant && other) return buildPairMirror(family, variant, other, page.locale);
  throw new Error(`no mirror for ${page.kind} page ${page.path}`);
}
