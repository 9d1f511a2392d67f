/**
 * Every page with a mirror, described once as blocks (see blocks.ts): the
 * spec sheet, the family page, the pair page, the catalog index and the
 * catalog-wide comparison. The route files render these as HTML; the mirror
 * writer renders the same blocks as Markdown.
 */
import type { Locale } from '../../config/locales';
import { translate, useTranslations } from '../../i18n';
import type { Catalog, Family, Variant } from '../content/types';
import { findFamily, findVariant } from '../catalog';
import { formatDate } from '../format';
import { highlightWithSlot, plainCodeHtml, type CodeLanguage } from '../highlight';
import { catalogPath, comparePath, type SitePage } from '../routes';
import { faqJsonLd, variantJsonLd } from '../seo';
import { badge, code, lineBreak, link, text, type Block, type DataTable, type Inline, type PageDocument, type TableCell } from './blocks';
import { buildCompareAllView, buildFamilyComparison, buildPairView, calculatorModel, variantDifferences, type CompareCell, type CompareRow } from './compare';
import { variantHistoryViews } from './history';
import { buildCatalogView, buildFamilyView, describeVariant, type OfferRow, type presentApiSurface, type VariantRow } from './pages';
import type { PartLink } from './parts';
import { catalogMirrorData, compareMirrorData, familyMirrorData, pairMirrorData, variantMirrorData } from '../mirror-data';

type Translate = ReturnType<typeof useTranslations>;

const heading = (level: 1 | 2 | 3 | 4, value: string, id?: string, className?: string): Block => ({
  kind: 'heading',
  level,
  content: [text(value)],
  ...(id ? { id } : {}),
  ...(className ? { className } : {}),
});
const paragraph = (value: string, className?: string): Block => ({ kind: 'paragraph', content: [text(value)], ...(className ? { className } : {}) });
const column = (label: string, numeric = false) => ({ label: [text(label)], ...(numeric ? { numeric } : {}) });
const cell = (content: Inline[] | string, options: Omit<TableCell, 'content'> = {}): TableCell => ({
  content: typeof content === 'string' ? [text(content)] : content,
  ...options,
});
const table = (t: DataTable): Block => ({ kind: 'table', table: t });

/** A spec sheet's providers table: each offer as its provider states it; a listed or unpublished price is one statement across the four rate columns. */
function offersTable(rows: readonly OfferRow[], caption: string, t: Translate): Block {
  return table({
    captionId: 'providers-caption',
    caption,
    className: 'offers-table',
    columns: [
      column(t('offers.provider')),
      column(t('offers.modelId')),
      column(t('offers.input'), true),
      column(t('offers.output'), true),
      column(t('offers.cacheRead'), true),
      column(t('offers.cacheWrite'), true),
      column(t('offers.context')),
      column(t('offers.maxOutput')),
      column(t('offers.speed')),
      column(t('offers.source')),
      column(t('offers.checked')),
    ],
    rows: rows.map((row) => ({
      header: [text(row.provider), ...row.marks.map((mark) => badge(mark, true))],
      cells: [
        cell([code(row.modelId)]),
        ...(row.rule.stated
          ? [cell(row.rule.stated, { span: 4 })]
          : [row.rule.input, row.rule.output, row.rule.cacheRead, row.rule.cacheWrite].map((v) => cell(v, { numeric: true }))),
        cell(row.context),
        cell(row.maxOutput),
        cell(row.speed),
        cell(row.source),
        cell(row.checked),
      ],
    })),
  });
}

/** A request surface: the body parameters, and the extra message roles when there are any. */
function apiSurfaceBlocks(api: ReturnType<typeof presentApiSurface>, name: string, t: Translate): Block[] {
  return [
    table({
      captionId: 'params-caption',
      caption: t('params.caption', { name }),
      columns: [
        column(t('params.name')),
        column(t('params.type')),
        column(t('params.required')),
        column(t('params.range')),
        column(t('params.default')),
        column(t('params.description')),
      ],
      rows: api.parameters.map((p) => ({
        header: [code(p.name)],
        cells: [
          cell(p.type),
          cell(p.required),
          cell(p.range),
          cell(p.default ? [code(p.default)] : []),
          cell(`${p.description}${p.aliases ? ` ${p.aliases}` : ''}`),
        ],
      })),
    }),
    ...(api.roles.length
      ? [
          heading(3, t('params.rolesHeading')),
          paragraph(t('params.rolesLede')),
          table({
            captionId: 'roles-caption',
            caption: t('params.rolesCaption'),
            columns: [column(t('params.role')), column(t('params.description'))],
            rows: api.roles.map((r) => ({ header: [code(r.role)], cells: [cell(r.description)] })),
          }),
        ]
      : []),
  ];
}

/** The price history section: per offer with earlier rules, its table and step chart. */
function priceHistoryBlocks(variant: Variant, locale: Locale, t: Translate): Block[] {
  const views = variantHistoryViews(variant, locale);
  if (views.length === 0) return [];
  return [
    heading(2, t('history.heading'), 'price-history'),
    ...views.flatMap((v): Block[] => {
      const id = `price-history-${v.id}`;
      return [
        heading(3, v.provider, id),
        table({
          captionId: `${id}-caption`,
          caption: v.caption,
          className: 'history-table',
          columns: [
            column(t('history.since')),
            column(t('offers.input'), true),
            column(t('offers.output'), true),
            column(t('offers.cacheRead'), true),
            column(t('offers.cacheWrite'), true),
            column(t('history.change')),
            column(t('offers.source')),
          ],
          rows: v.rows.map((row) => ({
            header: [text(row.since), ...(row.current ? [badge(t('history.current'))] : [])],
            cells: [
              ...(row.stated !== undefined
                ? [cell(row.stated, { span: 4 })]
                : [row.input, row.output, row.cacheRead, row.cacheWrite].map((x) => cell(x, { numeric: true }))),
              cell(row.change),
              cell(row.source),
            ],
          })),
        }),
        // The chart needs an exact rule to draw; the table says everything it shows.
        ...(v.chart.segments.length
          ? [
              {
                kind: 'historyChart',
                chart: v.chart,
                title: v.chartTitle,
                desc: v.chartDesc,
                inputLabel: t('offers.input'),
                outputLabel: t('offers.output'),
                unit: t('history.chartUnit'),
              } satisfies Block,
            ]
          : []),
      ];
    }),
  ];
}

/** The cost calculator: worked examples at every exact offer, with the form as the page's enhancement of them. */
function calculatorBlocks(variant: Variant, name: string, locale: Locale, t: Translate): Block[] {
  const model = calculatorModel(variant, locale);
  return [
    heading(2, t('calc.heading'), 'cost'),
    ...(model.providers.length
      ? [
          {
            kind: 'calculatorForm',
            rules: JSON.stringify(model.rules),
            locale: model.locale,
            lede: t('calc.lede', { name }),
            inputLabel: t('calc.inputTokens'),
            outputLabel: t('calc.outputTokens'),
            cachedLabel: t('calc.cachedShare'),
            submit: t('calc.submit'),
            providers: model.providers,
          } satisfies Block,
          table({
            captionId: 'cost-caption',
            caption: t('calc.examplesCaption', { name }),
            columns: [
              column(t('calc.workload')),
              column(t('calc.inputTokens'), true),
              column(t('calc.outputTokens'), true),
              column(t('calc.cached'), true),
              ...model.providers.map((p) => column(p, true)),
            ],
            rows: model.examples.map((e) => ({
              header: [text(e.label)],
              cells: [e.input, e.output, e.cached, ...e.costs].map((v) => cell(v, { numeric: true })),
            })),
          }),
        ]
      : [paragraph(t('calc.none', { name }), 'prose')]),
    { kind: 'list', className: 'note', items: model.notes.map((note) => [text(note)]) },
  ];
}

/** Shiki's name for each code block language (Markdown fences use the shorter names). */
const codeLanguage: Record<Extract<Block, { kind: 'code' }>['lang'], CodeLanguage> = {
  bash: 'shellscript',
  python: 'python',
  javascript: 'javascript',
  json: 'json',
};

/** A variant's spec sheet. */
export function variantDocument(family: Family, variant: Variant, page: SitePage): PageDocument {
  const { locale } = page;
  const t = useTranslations(locale);
  const d = describeVariant(family, variant, locale);
  const notice = d.lifecycle;
  const product = variantJsonLd(family, variant, page, d.summary);
  const blocks: Block[] = [
    heading(1, d.name),
    paragraph(d.summary, 'lede'),
    ...(notice
      ? [
          {
            kind: 'paragraph',
            className: 'lifecycle-notice',
            role: 'note',
            content: [
              text(notice.before),
              ...(notice.successorHref && notice.successorName ? [link(notice.successorName, notice.successorHref)] : []),
              text(notice.after),
            ],
          } satisfies Block,
        ]
      : []),
    {
      kind: 'metaLine',
      form: 'spans',
      items: [{ value: d.status }, ...d.labels.map((label) => ({ value: label, best: true }))],
      text: t('value.labelled', { label: t('spec.status'), value: [d.status, ...d.labels].join(' · ') }),
    },
    heading(2, t('offers.heading'), 'providers'),
    offersTable(d.offers, t('offers.caption', { name: d.name }), t),
    ...(d.offerNotes.length ? [{ kind: 'list', className: 'note', items: d.offerNotes.map((note) => [text(note)]) } satisfies Block] : []),
    ...(d.terms.length
      ? [
          {
            kind: 'group',
            blocks: [
              heading(3, t('offers.termsHeading')),
              paragraph(t('offers.termsLede'), 'note'),
              ...d.terms.flatMap((p): Block[] => [
                heading(4, t('provider.terms', { provider: p.provider }), undefined, 'terms-heading'),
                { kind: 'list', className: 'terms', searchable: true, items: p.terms.map((term) => [text(term)]) },
              ]),
            ],
          } satisfies Block,
        ]
      : []),
    ...priceHistoryBlocks(variant, locale, t),
    ...calculatorBlocks(variant, d.name, locale, t),
    heading(2, t('variant.specHeading'), 'specs'),
    table({
      captionId: 'spec-caption',
      caption: t('variant.specCaption', { name: d.name }),
      className: 'spec-table',
      searchable: true,
      keyValue: true,
      columns: [column(t('mirror.field')), column(t('mirror.value'))],
      rows: d.spec.map((row) => ({
        header: [text(row.label)],
        cells: [cell(row.code ? [code(row.value)] : row.href ? [link(row.value, row.href)] : row.value)],
      })),
    }),
    ...(d.conflicts.length
      ? [
          heading(2, t('conflict.heading'), 'sources-differ'),
          table({
            captionId: 'conflicts-caption',
            caption: t('conflict.caption', { name: d.name }),
            columns: [
              column(t('conflict.field')),
              column(t('conflict.shown')),
              column(t('conflict.stated')),
              column(t('conflict.source')),
              column(t('conflict.note')),
            ],
            rows: d.conflicts.map((c) => ({ header: [text(c.field)], cells: [cell(c.shown), cell(c.stated), cell(c.source), cell(c.note)] })),
          }),
        ]
      : []),
    ...(d.benchmarks.length
      ? [
          heading(2, t('variant.benchmarksHeading'), 'benchmarks'),
          table({
            captionId: 'benchmarks-caption',
            caption: t('variant.benchmarksCaption', { name: d.name }),
            columns: [column(t('spec.benchmark')), column(t('spec.score'), true), column(t('spec.source')), column(t('spec.note'))],
            rows: d.benchmarks.map((b) => ({ header: [text(b.name)], cells: [cell(b.score, { numeric: true }), cell(b.source), cell(b.note)] })),
          }),
        ]
      : []),
    heading(2, t('family.overviewHeading'), 'overview'),
    { kind: 'body', markdown: variant.words[locale].body, html: d.bodyHtml },
    heading(2, t('quickstart.heading'), 'quick-start'),
    ...d.quickStarts.map((q, i): Block => ({
      kind: 'group',
      blocks: [
        heading(3, q.heading, `quick-start-${q.providerId}`),
        paragraph(q.lede, 'prose'),
        ...(['curl', 'python', 'javascript'] as const).flatMap((sample): Block[] => [
          heading(4, t(`quickstart.${sample}`)),
          {
            kind: 'code',
            code: q.samples[sample],
            lang: sample === 'curl' ? 'bash' : sample,
            label: `${q.provider}: ${t(`quickstart.${sample}`)}`,
            // The first offer (the comparison basis) is highlighted; the others repeat its samples with another URL, key and
            // model ID, and are plain text: highlighted, each offer's samples cost about 0.5 KB of a page's 14 KB.
            highlight: i === 0 ? 'full' : 'plain',
            slot: q.modelId,
          },
        ]),
      ],
    })),
    heading(2, t('params.heading'), 'parameters'),
    ...(d.api ? apiSurfaceBlocks(d.api, d.name, t) : [{ kind: 'paragraph', content: [link(d.apiShared, d.familyParametersHref)] } satisfies Block]),
    heading(2, t('response.heading'), 'response'),
    paragraph(t('response.lede'), 'prose'),
    { kind: 'code', code: d.responseExample, lang: 'json', label: t('response.heading'), highlight: 'full', slot: variant.basis?.modelId ?? variant.modelId },
    heading(2, t('variant.useCasesHeading'), 'use-cases'),
    { kind: 'cards', items: d.useCases },
    ...(d.faq.length ? [heading(2, t('variant.faqHeading', { name: d.name }), 'faq'), { kind: 'faq', items: d.faq } satisfies Block] : []),
    heading(2, t('variant.differencesHeading', { name: d.name }), 'differences'),
    table({
      captionId: 'differences-caption',
      caption: t('variant.differencesCaption', { name: d.name, provider: d.basis }),
      columns: [
        column(t('table.variant')),
        column(t('price.input')),
        column(t('price.output')),
        column(t('spec.contextWindow')),
        column(t('spec.outputSpeed')),
        column(t('variant.scores')),
        column(t('variant.fullComparison')),
      ],
      rows: variantDifferences(family, variant, locale).map((x) => ({
        header: [link(x.name, x.href)],
        cells: [
          cell(x.input),
          cell(x.output),
          cell(x.context),
          cell(x.speed),
          cell(x.scores),
          cell([link(t('pair.heading', { a: d.name, b: x.name }), x.pairHref)]),
        ],
      })),
    }),
    { kind: 'copyButtons', copy: t('code.copy'), copied: t('code.copied'), failed: t('code.copyFailed') },
    mirrorTrail([link(d.familyName, d.familyHref), text(' · '), link(t('nav.models'), catalogPath(locale))]),
  ];
  return {
    title: d.title,
    description: d.summary,
    factsChecked: d.updated,
    // No FAQPage here: search engines show FAQ results only for a few authoritative sites, and on a spec sheet it
    // repeated the whole FAQ inside every page's 14 KB. The family page keeps its FAQPage.
    jsonLd: product ? [product] : [],
    blocks,
    frontmatter: () => variantMirrorData(family, variant, locale),
  };
}

/** Links back up the catalog at the end of a mirror: the page has its breadcrumbs for this. */
function mirrorTrail(content: Inline[]): Block {
  return { kind: 'trail', content };
}

/** A comparison table of variants: prices, context, speed, scores, capabilities, the best value of each column in bold; sortable on the page. */
function compareTable(
  rows: readonly CompareRow[],
  benchmarks: readonly { id: string; name: string }[],
  options: { caption: string; captionId: string; showFamily: boolean },
  t: Translate,
): Block {
  const figure = (c: CompareCell): TableCell => cell(c.text, { numeric: true, sort: String(c.sort), ...(c.best ? { best: t('table.best') } : {}) });
  const sortable = (label: string) => ({ ...column(label, true), sortable: true });
  return table({
    captionId: options.captionId,
    caption: options.caption,
    className: 'compare-table',
    tableId: `${options.captionId}-table`,
    sortLabel: t('compare.sortBy', { column: '{column}' }),
    columns: [
      column(t('table.variant')),
      ...(options.showFamily ? [column(t('table.family')), column(t('table.pricesAt'))] : []),
      ...[t('table.inputPrice'), t('table.outputPrice'), t('table.blended'), t('table.context'), t('table.speed'), ...benchmarks.map((b) => b.name)].map(
        sortable,
      ),
      column(t('table.capabilities')),
    ],
    rows: rows.map((row) => ({
      data: {
        family: row.familySlug,
        capabilities: row.capabilities.map((c) => c.id).join(' '),
        blended: row.blendedValue === undefined ? '' : String(row.blendedValue),
      },
      header: [link(row.name, row.href), ...(row.recentChange ? [badge(row.recentChange)] : []), lineBreak, code(row.modelId)],
      cells: [
        ...(options.showFamily ? [cell(row.familyName), cell(row.basisName)] : []),
        ...[row.input, row.output, row.blended, row.context, row.speed, ...benchmarks.map((b) => row.scores[b.id as keyof typeof row.scores])].map(figure),
        cell(row.capabilitiesText),
      ],
    })),
  });
}

/** A family page. */
export function familyDocument(family: Family, page: SitePage): PageDocument {
  const { locale } = page;
  const t = useTranslations(locale);
  const v = buildFamilyView(family, locale);
  const comparison = buildFamilyComparison(family, locale);
  const blocks: Block[] = [
    heading(1, v.heading),
    paragraph(v.summary, 'lede'),
    {
      kind: 'metaLine',
      form: 'terms',
      items: [
        { term: t('family.maker'), value: v.maker },
        { term: t('family.variantCount'), value: t('catalog.familyCount', { count: v.variantCount }) },
      ],
      text: `${t('value.labelled', { label: t('family.maker'), value: v.maker })} · ${t('catalog.familyCount', { count: v.variantCount })}`,
    },
    heading(2, t('family.variantsHeading'), 'variants'),
    paragraph(v.basisNote, 'note'),
    compareTable(
      comparison.rows,
      comparison.benchmarks,
      { caption: t('family.compareCaption', { name: family.name }), captionId: 'variants-caption', showFamily: false },
      t,
    ),
    {
      kind: 'paragraph',
      className: 'note',
      content: [text(`${t('family.bestNote')} ${t('price.blendedNote')} `), link(t('family.compareAll'), comparePath(locale))],
    },
    ...(comparison.retired.length
      ? [
          heading(3, t('family.retiredHeading')),
          paragraph(t('family.retiredLede'), 'note'),
          {
            kind: 'list',
            className: 'link-list',
            searchable: true,
            items: comparison.retired.map((r) => [link(t('family.retiredItem', { name: r.name, date: r.retired }), r.href)]),
          } satisfies Block,
        ]
      : []),
    {
      kind: 'priceContextChart',
      id: 'chart',
      tableId: 'variants-caption-table',
      geometry: comparison.chart,
      title: comparison.chartTitle,
      desc: t('chart.desc'),
      xLabel: t('chart.xAxis'),
      yLabel: t('chart.yAxis'),
    },
    heading(2, t('family.overviewHeading'), 'overview'),
    { kind: 'body', markdown: family.words[locale].body, html: v.bodyHtml },
    heading(2, t('family.architectureHeading'), 'architecture'),
    paragraph(v.architectureSummary, 'prose'),
    table({
      captionId: 'architecture-caption',
      caption: t('family.architectureHeading'),
      className: 'spec-table',
      searchable: true,
      keyValue: true,
      columns: [column(t('mirror.field')), column(t('mirror.value'))],
      rows: v.architecture.map((row) => ({ header: [text(row.label)], cells: [cell(row.value)] })),
    }),
    heading(2, t('family.providersHeading'), 'providers'),
    table({
      captionId: 'providers-caption',
      caption: t('family.providersCaption', { name: family.name }),
      columns: [
        column(t('offers.provider')),
        column(t('provider.kind')),
        column(t('provider.baseUrls')),
        column(t('provider.keyVariable')),
        column(t('provider.serves')),
        column(t('provider.prices')),
      ],
      rows: v.providers.map((p) => ({
        header: [p.website ? link(p.name, p.website) : text(p.name), ...(p.isBasis ? [badge(t('offer.basis'), true)] : [])],
        cells: [
          cell(p.kind),
          cell(p.baseUrls.flatMap((b, i) => [...(i > 0 ? [text('; ')] : []), text(`${b.protocol}: `), code(b.url)])),
          cell([code(p.apiKeyEnvVar)]),
          cell(p.variants),
          cell(p.exactPrices),
        ],
      })),
    }),
    ...v.providers.flatMap((p): Block[] =>
      p.terms.length
        ? [
            heading(3, t('provider.terms', { provider: p.name }), undefined, 'terms-heading'),
            { kind: 'list', className: 'terms', searchable: true, items: p.terms.map((term) => [text(term)]) },
          ]
        : [],
    ),
    heading(2, t('params.heading'), 'parameters'),
    ...apiSurfaceBlocks(v.api, family.name, t),
    heading(2, t('family.faqHeading'), 'faq'),
    { kind: 'faq', items: v.faq },
  ];
  return {
    title: v.title,
    description: v.summary,
    factsChecked: v.updated,
    jsonLd: [faqJsonLd(v.faq)],
    blocks,
    frontmatter: () => familyMirrorData(family, locale),
  };
}

/** Two variants of a family side by side, with the differences and a verdict computed from their facts. */
export function pairDocument(family: Family, a: Variant, b: Variant, page: SitePage): PageDocument {
  const { locale } = page;
  const t = useTranslations(locale);
  const v = buildPairView(family, a, b, locale);
  const blocks: Block[] = [
    heading(1, v.heading),
    paragraph(v.lede, 'lede'),
    heading(2, t('pair.verdictHeading'), 'verdict'),
    paragraph(v.verdict, 'prose'),
    table({
      captionId: 'side-by-side-caption',
      caption: t('pair.sideBySideCaption', { a: v.a.name, b: v.b.name }),
      columns: [column(t('pair.measure')), { label: [link(v.a.name, v.a.href)] }, { label: [link(v.b.name, v.b.href)] }],
      rows: v.sideBySide.map((row) => ({
        header: [text(row.measure)],
        cells: [cell(row.code ? [code(row.a)] : row.a), cell(row.code ? [code(row.b)] : row.b)],
      })),
    }),
    heading(2, t('pair.differencesHeading'), 'differences'),
    table({
      captionId: 'differences-caption',
      caption: t('pair.differencesCaption', { a: v.a.name, b: v.b.name }),
      columns: [column(t('pair.measure')), column(v.a.name)],
      rows: v.differences.map((row) => ({ header: [text(row.measure)], cells: [cell(row.text)] })),
    }),
    heading(2, t('pair.specSheets'), 'spec-sheets'),
    { kind: 'list', className: 'link-list', searchable: true, items: [v.a, v.b].map((x) => [link(x.name, x.href)]) },
  ];
  return {
    title: v.title,
    description: v.verdict,
    factsChecked: formatDate(v.updated, locale),
    jsonLd: [],
    blocks,
    frontmatter: () => pairMirrorData(family, a, b, locale),
  };
}

const partNav = (locale: Locale, parts: readonly PartLink[]): Block[] =>
  parts.length ? [{ kind: 'partNav', label: translate(locale, 'parts.navLabel'), parts: [...parts] }] : [];

/** A catalog index table of one family's variants: model ID, context, prices at the comparison basis, status. */
function variantsTable(rows: readonly VariantRow[], caption: string, captionId: string, t: Translate): Block {
  return table({
    captionId,
    caption,
    columns: [
      column(t('table.variant')),
      column(t('table.modelId')),
      column(t('table.context'), true),
      column(t('table.inputPrice'), true),
      column(t('table.outputPrice'), true),
      column(t('table.status')),
    ],
    rows: rows.map((row) => ({
      header: [link(row.name, row.href), ...row.labels.map((label) => badge(label, true)), ...(row.recentChange ? [badge(row.recentChange)] : [])],
      cells: [
        cell([code(row.modelId)]),
        cell(row.context, { numeric: true, title: row.contextFull }),
        cell(row.input, { numeric: true }),
        cell(row.output, { numeric: true }),
        cell(row.status),
      ],
    })),
  });
}

/** The catalog index, or one part of it. */
export function catalogDocument(catalog: Catalog, page: SitePage): PageDocument {
  const { locale } = page;
  const t = useTranslations(locale);
  const v = buildCatalogView(catalog, locale, page.part);
  const blocks: Block[] = [
    heading(1, v.heading),
    paragraph(v.lede, 'lede'),
    ...partNav(locale, v.parts),
    ...v.families.map((family, i): Block => ({
      kind: 'group',
      labelledBy: `family-${i}`,
      searchable: true,
      blocks: [
        { kind: 'heading', level: 2, id: `family-${i}`, content: [link(family.name, family.href), badge(family.count)] },
        paragraph(family.summary, 'prose'),
        paragraph(family.basisNote, 'note'),
        variantsTable(family.rows, family.name, `family-${i}-caption`, t),
      ],
    })),
  ];
  return { title: v.title, description: v.lede, factsChecked: v.updated, jsonLd: [], blocks, frontmatter: () => catalogMirrorData(catalog, locale, page.part) };
}

/** The catalog-wide comparison, or one part of it, with filters as the page's enhancement. */
export function compareDocument(catalog: Catalog, page: SitePage): PageDocument {
  const { locale } = page;
  const t = useTranslations(locale);
  const v = buildCompareAllView(catalog, locale, page.part);
  const blocks: Block[] = [
    heading(1, v.heading),
    paragraph(v.lede, 'lede'),
    ...partNav(locale, v.parts),
    {
      kind: 'compareFilters',
      tableId: 'compare-caption-table',
      shown: t('compare.shown', { shown: '{shown}', count: v.rows.length }),
      label: t('compare.filters'),
      familyLabel: t('compare.filterFamily'),
      allFamilies: t('compare.allFamilies'),
      capabilityLabel: t('compare.filterCapability'),
      anyCapability: t('compare.anyCapability'),
      priceLabel: t('compare.filterPrice'),
      apply: t('compare.apply'),
      families: v.families,
      capabilities: v.capabilities,
    },
    compareTable(v.rows, v.benchmarks, { caption: v.caption, captionId: 'compare-caption', showFamily: true }, t),
    paragraph(`${t('family.bestNote')} ${t('price.blendedNote')}`, 'note'),
    heading(2, t('chart.heading'), 'chart'),
    {
      kind: 'priceContextChart',
      id: 'chart-all',
      tableId: 'compare-caption-table',
      geometry: v.chart,
      title: v.chartTitle,
      desc: t('chart.desc'),
      xLabel: t('chart.xAxis'),
      yLabel: t('chart.yAxis'),
    },
  ];
  return { title: v.title, description: v.lede, factsChecked: v.updated, jsonLd: [], blocks, frontmatter: () => compareMirrorData(catalog, locale, page.part) };
}

/** The document of any page that has a mirror. */
export function documentFor(page: SitePage, catalog: Catalog): PageDocument {
  if (page.kind === 'catalog') return catalogDocument(catalog, page);
  if (page.kind === 'compare') return compareDocument(catalog, page);
  const family = findFamily(catalog, page.familySlug ?? '');
  if (page.kind === 'family') return familyDocument(family, page);
  const { variant } = findVariant(catalog, family.slug, page.variantSlug ?? '');
  if (page.kind === 'variant') return variantDocument(family, variant, page);
  if (page.kind === 'pair') return pairDocument(family, variant, findVariant(catalog, family.slug, page.otherSlug ?? '').variant, page);
  throw new Error(`no document for ${page.kind} page ${page.path}`);
}

/** Fills in each code block's HTML: Shiki for `full`, escaped text for `plain`. The page needs this; the mirror does not. */
export async function highlightBlocks(blocks: readonly Block[]): Promise<Block[]> {
  return Promise.all(
    blocks.map(async (block): Promise<Block> => {
      if (block.kind === 'group') return { ...block, blocks: await highlightBlocks(block.blocks) };
      if (block.kind !== 'code') return block;
      const html = block.highlight === 'plain' ? plainCodeHtml(block.code) : await highlightWithSlot(block.code, codeLanguage[block.lang], block.slot ?? '');
      return { ...block, html };
    }),
  );
}
