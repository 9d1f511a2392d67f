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
import { basisRule, offersBasisFirst, type Rates } from './pricing';
import type { EarlierPriceRule, PriceRule } from './content/schema';
import { catalogUpdated, familyUpdated, latestDate } from './catalog';
import { absoluteUrl, catalogPart, catalogParts, catalogPath, comparePath, familyPath, mirrorPathOf, pairPath, variantPath, type SitePage } from './routes';
import { partTitle, type PartLink } from './view/parts';
import { buildCatalogView, buildFamilyView, describeVariant, familyProviders, lifecycleNotice, type OfferRow, type presentApiSurface, type VariantRow } from './view/pages';
import { variantHistoryViews, type OfferHistoryView } from './view/history';
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

/** An offer's price rule as frontmatter: exact rates as typed, or the listed figure verbatim, or that none is published. */
function priceRuleData(rule: PriceRule): Record<string, unknown> {
  const since = rule.since !== undefined ? { since: rule.since } : {};
  if (rule.type === 'listed') return { type: 'listed', display: rule.display, rounding: rule.rounding, source: rule.source, ...since, checked: rule.checked };
  if (rule.type === 'unpublished') return { type: 'unpublished', source: rule.source, ...since, checked: rule.checked };
  const rates = (r: Rates) => ({
    input_per_million_usd: r.input,
    output_per_million_usd: r.output,
    ...(r.cacheRead !== undefined ? { cache_read_per_million_usd: r.cacheRead } : {}),
    ...(r.cacheWrite !== undefined ? { cache_write_per_million_usd: r.cacheWrite } : {}),
  });
  return {
    type: 'rate',
    ...rates(rule),
    ...(rule.tiers.length ? { tiers: rule.tiers.map((tier) => ({ above_prompt_tokens: tier.above, ...rates(tier) })) } : {}),
    source: rule.source,
    ...since,
    checked: rule.checked,
  };
}

/** An earlier price rule as frontmatter: the day it took effect, its type, its exact rates or listed figure, and its source. */
function historyRuleData(rule: EarlierPriceRule): Record<string, unknown> {
  return {
    since: rule.since,
    type: rule.type,
    ...(rule.type === 'rate'
      ? {
          input_per_million_usd: rule.input,
          output_per_million_usd: rule.output,
          ...(rule.cacheRead !== undefined ? { cache_read_per_million_usd: rule.cacheRead } : {}),
          ...(rule.cacheWrite !== undefined ? { cache_write_per_million_usd: rule.cacheWrite } : {}),
        }
      : {}),
    ...(rule.type === 'listed' ? { display: rule.display } : {}),
    source: rule.source,
  };
}

/** Every offer of a variant as frontmatter, the comparison basis first: exact values, sources and dates. */
function offersData(variant: Variant): Record<string, unknown>[] {
  return offersBasisFirst(variant)
    .map((offer) => ({
      provider: offer.provider.id,
      provider_name: offer.provider.name,
      model_id: offer.modelId,
      protocols: offer.protocols,
      ...(offer.contextWindow !== undefined ? { context_window: offer.contextWindow } : {}),
      ...(offer.outputCap ? { output_cap: { tokens: offer.outputCap.value, parameter: offer.outputCap.parameter, ...(offer.outputCap.protocols ? { protocols: offer.outputCap.protocols } : {}) } } : {}),
      ...(offer.outputSpeed ? { output_speed_tokens_per_second: offer.outputSpeed.tokensPerSecond } : {}),
      price: priceRuleData(offer.price),
      // Earlier rules, oldest first; only offers that have any carry the key.
      ...(offer.history.length ? { price_history: offer.history.map(historyRuleData) } : {}),
      ...(offer.until !== undefined ? { until: offer.until } : {}),
      source: offer.source,
      checked: offer.checked,
    }));
}

/**
 * Frontmatter of a variant mirror: the source mirrors' keys with their meaning,
 * prices taken from the comparison basis offer's exact rates (and left out when
 * it has none), plus every offer with exact values, sources and dates.
 */
export function variantMirrorData(family: Family, variant: Variant, locale: Locale): Record<string, unknown> {
  const rule = basisRule(variant);
  const path = variantPath(locale, family.slug, variant.slug);
  return {
    ...mirrorIdentity(translate(locale, 'variant.title', { name: variant.name }), path, locale),
    model: family.name,
    provider: family.maker,
    variant_id: variant.name,
    variant_slug: variant.slug,
    sdk_model_id: variant.modelId,
    modality: modalityOf([variant]),
    ...(rule
      ? {
          // Cents per billing unit, as a decimal: the source's integer cents could not hold per-token prices.
          price_from_cents: cleanDecimal(Math.min(rule.input, rule.output) * 100),
          billing_unit: '1M tokens',
          price_basis: family.basis.id,
          input_price_per_million_usd: rule.input,
          output_price_per_million_usd: rule.output,
          ...(rule.cacheRead !== undefined ? { cache_read_price_per_million_usd: rule.cacheRead } : {}),
          ...(rule.cacheWrite !== undefined ? { cache_write_price_per_million_usd: rule.cacheWrite } : {}),
        }
      : {}),
    status: variant.status,
    ...(variant.deprecated !== undefined
      ? {
          deprecation: {
            date: variant.deprecated,
            ...(variant.retires !== undefined ? { retires: variant.retires } : {}),
            ...(variant.successor ? { successor: `${variant.successor.familySlug}/${variant.successor.slug}` } : {}),
          },
        }
      : {}),
    release_date: variant.releaseDate,
    context_window: variant.contextWindow,
    max_output_tokens: variant.maxOutputTokens,
    ...(variant.openWeights ? { weights_url: variant.openWeights.weightsUrl } : {}),
    offers: offersData(variant),
    updated: variant.updated,
    alternates: alternateMirrors((l) => variantPath(l, family.slug, variant.slug), locale),
  };
}

/** Frontmatter of a family mirror. */
export function familyMirrorData(family: Family, locale: Locale): Record<string, unknown> {
  const path = familyPath(locale, family.slug);
  // The "from" price: the lowest exact rate any variant has at the comparison basis.
  const rules = family.variants.flatMap((v) => basisRule(v) ?? []);
  const lowest = rules.length ? Math.min(...rules.flatMap((r) => [r.input, r.output])) : undefined;
  const lowestInput = rules.length ? Math.min(...rules.map((r) => r.input)) : undefined;
  return {
    ...mirrorIdentity(translate(locale, 'family.title', { name: family.name }), path, locale),
    model: family.name,
    provider: family.maker,
    modality: modalityOf(family.variants),
    variant_count: family.variants.length,
    ...(lowest !== undefined && lowestInput !== undefined ? { price_from_cents: cleanDecimal(lowest * 100), billing_unit: '1M tokens', price_basis: family.basis.id, input_price_per_million_usd_from: lowestInput } : {}),
    providers: familyProviders(family, locale).map((p) => p.id),
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
    [t('table.variant'), t('table.modelId'), t('table.context'), t('table.inputPrice'), t('table.outputPrice'), t('table.status')],
    rows.map((row) => [
      `${markdownLink(row.name, absoluteUrl(mirrorPathOf(row.href)))}${[...row.labels, ...(row.recentChange ? [row.recentChange] : [])].length ? ` · ${tableCell([...row.labels, ...(row.recentChange ? [row.recentChange] : [])].join(' · '))}` : ''}`,
      `\`${row.modelId}\``,
      tableCell(row.context),
      tableCell(row.input),
      tableCell(row.output),
      tableCell(row.status),
    ]),
  );
}

function compareRowsTable(rows: readonly CompareRow[], shownBenchmarks: readonly { id: string; name: string }[], t: (key: UiKey, values?: Values) => string, showFamily: boolean): string {
  const cell = (c: { text: string; best: boolean }) => (c.best ? `**${tableCell(c.text)}**` : tableCell(c.text));
  return markdownTable(
    [t('table.variant'), ...(showFamily ? [t('table.family'), t('table.pricesAt')] : []), t('table.inputPrice'), t('table.outputPrice'), t('table.blended'), t('table.context'), t('table.speed'), ...shownBenchmarks.map((b) => b.name), t('table.capabilities')],
    rows.map((row) => [
      `${markdownLink(row.name, absoluteUrl(mirrorPathOf(row.href)))}${row.recentChange ? ` · ${tableCell(row.recentChange)}` : ''} \`${row.modelId}\``,
      ...(showFamily ? [tableCell(row.familyName), tableCell(row.basisName)] : []),
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

/** A spec sheet's providers table, as the HTML page shows it. */
export function offersTable(rows: readonly OfferRow[], t: (key: UiKey, values?: Values) => string): string {
  return markdownTable(
    [t('offers.provider'), t('offers.modelId'), t('offers.input'), t('offers.output'), t('offers.cacheRead'), t('offers.cacheWrite'), t('offers.context'), t('offers.maxOutput'), t('offers.speed'), t('offers.source'), t('offers.checked')],
    rows.map((row) => [
      `${tableCell(row.provider)}${row.marks.length ? ` · ${tableCell(row.marks.join(' · '))}` : ''}`,
      `\`${row.modelId}\``,
      // A listed or unpublished price is one statement across the four rate columns, as the page's spanning cell shows it.
      ...(row.rule.stated ? [tableCell(row.rule.stated), '', '', ''] : [tableCell(row.rule.input), tableCell(row.rule.output), tableCell(row.rule.cacheRead), tableCell(row.rule.cacheWrite)]),
      tableCell(row.context),
      tableCell(row.maxOutput),
      tableCell(row.speed),
      tableCell(row.source),
      tableCell(row.checked),
    ]),
  );
}

/** A request surface as Markdown: the parameters table, and the extra roles when there are any. */
function apiSurfaceSections(api: ReturnType<typeof presentApiSurface>, t: (key: UiKey, values?: Values) => string): string[] {
  return [
    markdownTable(
      [t('params.name'), t('params.type'), t('params.required'), t('params.range'), t('params.default'), t('params.description')],
      api.parameters.map((p) => [`\`${p.name}\``, tableCell(p.type), tableCell(p.required), tableCell(p.range), p.default ? `\`${p.default}\`` : '', tableCell(`${p.description}${p.aliases ? ` ${p.aliases}` : ''}`)]),
    ),
    ...(api.roles.length
      ? [`### ${t('params.rolesHeading')}`, escapeMarkdown(t('params.rolesLede')), markdownTable([t('params.role'), t('params.description')], api.roles.map((r) => [`\`${r.role}\``, tableCell(r.description)]))]
      : []),
  ];
}

/** A spec sheet's price history as Markdown: per offer, its heading, the table and the chart's text alternative. */
export function priceHistorySections(views: readonly OfferHistoryView[], t: (key: UiKey, values?: Values) => string): string[] {
  if (views.length === 0) return [];
  return [
    `## ${t('history.heading')}`,
    ...views.flatMap((v) => [
      `### ${escapeMarkdown(v.provider)}`,
      escapeMarkdown(v.caption),
      markdownTable(
        [t('history.since'), t('offers.input'), t('offers.output'), t('offers.cacheRead'), t('offers.cacheWrite'), t('history.change'), t('offers.source')],
        v.rows.map((row) => [
          `${tableCell(row.since)}${row.current ? ` · ${tableCell(t('history.current'))}` : ''}`,
          // A listed or unpublished rule is one statement across the four rate columns, as the page's spanning cell shows it.
          ...(row.stated !== undefined ? [tableCell(row.stated), '', '', ''] : [tableCell(row.input), tableCell(row.output), tableCell(row.cacheRead), tableCell(row.cacheWrite)]),
          tableCell(row.change),
          tableCell(row.source),
        ]),
      ),
      // The chart's text alternative, where the page draws a chart (it needs an exact rule).
      ...(v.chart.segments.length ? [escapeMarkdown(v.chartDesc)] : []),
    ]),
  ];
}

/** A deprecated or retired variant's notice as one Markdown paragraph, the successor linked to its mirror. */
function lifecycleParagraph(variant: Variant, locale: Locale): string[] {
  const notice = lifecycleNotice(variant, locale);
  if (!notice) return [];
  if (notice.successorHref === undefined || notice.successorName === undefined) return [escapeMarkdown(notice.text)];
  return [`${escapeMarkdown(notice.before)}${markdownLink(notice.successorName, absoluteUrl(mirrorPathOf(notice.successorHref)))}${escapeMarkdown(notice.after)}`];
}

/** The mirror of a variant's spec sheet. */
export function buildVariantMirror(family: Family, variant: Variant, locale: Locale): string {
  const t = useTranslations(locale);
  const d = describeVariant(family, variant, locale);
  const calculator = calculatorModel(variant, locale);
  const list = (items: readonly string[]) => items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
  const sections = [
    `# ${escapeMarkdown(d.name)}`,
    escapeMarkdown(d.summary),
    ...lifecycleParagraph(variant, locale),
    escapeMarkdown(t('value.labelled', { label: t('spec.status'), value: [d.status, ...d.labels].join(' · ') })),
    `## ${t('offers.heading')}`,
    offersTable(d.offers, t),
    ...(d.offerNotes.length ? [list(d.offerNotes)] : []),
    ...(d.terms.length
      ? [`### ${escapeMarkdown(t('offers.termsHeading'))}`, escapeMarkdown(t('offers.termsLede')), ...d.terms.flatMap((p) => [`#### ${escapeMarkdown(t('provider.terms', { provider: p.provider }))}`, list(p.terms)])]
      : []),
    ...priceHistorySections(variantHistoryViews(variant, locale), t),
    `## ${t('calc.heading')}`,
    escapeMarkdown(calculator.providers.length ? t('calc.examplesCaption', { name: d.name }) : t('calc.none', { name: d.name })),
    ...(calculator.providers.length
      ? [
          markdownTable(
            [t('calc.workload'), t('calc.inputTokens'), t('calc.outputTokens'), t('calc.cached'), ...calculator.providers],
            calculator.examples.map((e) => [tableCell(e.label), tableCell(e.input), tableCell(e.output), tableCell(e.cached), ...e.costs.map(tableCell)]),
          ),
        ]
      : []),
    list(calculator.notes),
    `## ${t('variant.specHeading')}`,
    markdownTable([t('mirror.field'), t('mirror.value')], d.spec.map((row) => [tableCell(row.label), row.code ? `\`${row.value}\`` : row.href ? markdownLink(row.value, row.href) : tableCell(row.value)])),
    ...(d.conflicts.length
      ? [
          `## ${t('conflict.heading')}`,
          markdownTable(
            [t('conflict.field'), t('conflict.shown'), t('conflict.stated'), t('conflict.source'), t('conflict.note')],
            d.conflicts.map((c) => [tableCell(c.field), tableCell(c.shown), tableCell(c.stated), tableCell(c.source), tableCell(c.note)]),
          ),
        ]
      : []),
    ...(d.benchmarks.length
      ? [`## ${t('variant.benchmarksHeading')}`, markdownTable([t('spec.benchmark'), t('spec.score'), t('spec.source'), t('spec.note')], d.benchmarks.map((b) => [tableCell(b.name), tableCell(b.score), tableCell(b.source), tableCell(b.note)]))]
      : []),
    `## ${t('family.overviewHeading')}`,
    variant.words[locale].body,
    `## ${t('quickstart.heading')}`,
    ...d.quickStarts.flatMap((q) => [
      `### ${escapeMarkdown(q.heading)}`,
      escapeMarkdown(q.lede),
      `#### ${t('quickstart.curl')}`,
      codeBlock(q.samples.curl, 'bash'),
      `#### ${escapeMarkdown(t('quickstart.python'))}`,
      codeBlock(q.samples.python, 'python'),
      `#### ${escapeMarkdown(t('quickstart.javascript'))}`,
      codeBlock(q.samples.javascript, 'javascript'),
    ]),
    `## ${t('params.heading')}`,
    ...(d.api ? apiSurfaceSections(d.api, t) : [markdownLink(d.apiShared, absoluteUrl(`${mirrorPathOf(familyPath(locale, family.slug))}`))]),
    `## ${t('response.heading')}`,
    escapeMarkdown(t('response.lede')),
    codeBlock(d.responseExample, 'json'),
    `## ${t('variant.useCasesHeading')}`,
    // The locale's own colon after the bold title (full-width in Chinese).
    d.useCases.map((u) => `- **${escapeMarkdown(u.title)}**${locale === 'en' ? ': ' : '：'}${escapeMarkdown(u.description).replace(/\n/g, ' ')}`).join('\n'),
    ...(d.faq.length ? [`## ${escapeMarkdown(t('variant.faqHeading', { name: d.name }))}`, faqSection(d.faq)] : []),
    `## ${escapeMarkdown(t('variant.differencesHeading', { name: d.name }))}`,
    escapeMarkdown(t('variant.differencesCaption', { name: d.name, provider: d.basis })),
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
    `${markdownLink(d.familyName, absoluteUrl(mirrorPathOf(familyPath(locale, family.slug))))} · ${markdownLink(t('nav.models'), absoluteUrl(mirrorPathOf(catalogPath(locale))))}`,
  ];
  return `${frontmatter(variantMirrorData(family, variant, locale))}\n${sections.join('\n\n')}\n`;
}

/** A family page's providers table, as the HTML page shows it. */
export function familyProvidersTable(providers: ReturnType<typeof familyProviders>, t: (key: UiKey, values?: Values) => string): string {
  return markdownTable(
    [t('offers.provider'), t('provider.kind'), t('provider.baseUrls'), t('provider.keyVariable'), t('provider.serves'), t('provider.prices')],
    providers.map((p) => [
      `${p.website ? markdownLink(p.name, p.website) : tableCell(p.name)}${p.isBasis ? ` · ${tableCell(t('offer.basis'))}` : ''}`,
      tableCell(p.kind),
      p.baseUrls.map((b) => `${tableCell(b.protocol)}: \`${b.url}\``).join('; '),
      `\`${p.apiKeyEnvVar}\``,
      tableCell(p.variants),
      tableCell(p.exactPrices),
    ]),
  );
}

/** The mirror of a family page. */
export function buildFamilyMirror(family: Family, locale: Locale): string {
  const t = useTranslations(locale);
  const v = buildFamilyView(family, locale);
  const comparison = buildFamilyComparison(family, locale);
  const sections = [
    `# ${escapeMarkdown(v.heading)}`,
    escapeMarkdown(v.summary),
    escapeMarkdown(`${t('value.labelled', { label: t('family.maker'), value: v.maker })} · ${t('catalog.familyCount', { count: v.variantCount })}`),
    `## ${t('family.variantsHeading')}`,
    escapeMarkdown(v.basisNote),
    compareRowsTable(comparison.rows, comparison.benchmarks, t, false),
    escapeMarkdown(`${t('family.bestNote')} ${t('price.blendedNote')}`),
    markdownLink(t('family.compareAll'), absoluteUrl(mirrorPathOf(comparePath(locale)))),
    ...(comparison.retired.length
      ? [`### ${t('family.retiredHeading')}`, escapeMarkdown(t('family.retiredLede')), comparison.retired.map((r) => `- ${markdownLink(t('family.retiredItem', { name: r.name, date: r.retired }), absoluteUrl(mirrorPathOf(r.href)))}`).join('\n')]
      : []),
    `## ${t('family.overviewHeading')}`,
    family.words[locale].body,
    `## ${t('family.architectureHeading')}`,
    escapeMarkdown(v.architectureSummary),
    markdownTable([t('mirror.field'), t('mirror.value')], v.architecture.map((row) => [tableCell(row.label), tableCell(row.value)])),
    `## ${t('family.providersHeading')}`,
    familyProvidersTable(v.providers, t),
    ...v.providers.flatMap((p) => (p.terms.length ? [`### ${escapeMarkdown(t('provider.terms', { provider: p.name }))}`, p.terms.map((term) => `- ${escapeMarkdown(term)}`).join('\n')] : [])),
    `## ${t('params.heading')}`,
    ...apiSurfaceSections(v.api, t),
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
      escapeMarkdown(f.basisNote),
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
  const ra = basisRule(a);
  const rb = basisRule(b);
  return {
    ...mirrorIdentity(translate(locale, 'pair.title', { a: a.name, b: b.name }), path, locale),
    model: family.name,
    provider: family.maker,
    sdk_model_ids: [a.modelId, b.modelId],
    price_basis: family.basis.id,
    // null where the basis states no exact rate for that side.
    input_price_per_million_usd: [ra?.input ?? null, rb?.input ?? null],
    output_price_per_million_usd: [ra?.output ?? null, rb?.output ?? null],
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
