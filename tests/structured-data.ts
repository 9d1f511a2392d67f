/**
 * JSON-LD checked against Google's rich-result rules, not only parsed. Adobe's
 * @adobe/structured-data-validator implements Google's required and recommended
 * properties per type (Product, Offer, AggregateOffer, UnitPriceSpecification,
 * QuantitativeValue, Organization, Brand, BreadcrumbList, ListItem, …) and runs
 * offline when given no schema.org vocabulary (the vocabulary check would fetch
 * schema.org). It has no FAQPage rules, so those are written here from Google's
 * FAQ documentation.
 */
import Validator from '@adobe/structured-data-validator';

/** One problem: its severity, the type path (`Product > offers > priceSpecification`) and what is wrong. */
export interface StructuredDataIssue {
  severity: 'ERROR' | 'WARNING';
  path: string;
  message: string;
  fieldNames: string[];
}

/** The JSON-LD blocks of a page. */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
}

/**
 * Recommended properties the site leaves out on purpose, each a warning (never an error) in Google's
 * rules. The rule the site follows: nothing in JSON-LD that the page does not state.
 * - Product `aggregateRating`, `review`: the catalog rates nothing and quotes no reviews.
 * - Product `gtin`…`isbn`, `mpn`, `color`, `material`, `pattern`, `size`, `audience`, `hasCertification`:
 *   physical-goods identifiers and attributes; an API model has none (its identifier is `sku`, the model ID).
 * - Product `inProductGroupWithID`, `isVariantOf`, `subjectOf`: Google's product-variant markup, for one
 *   product sold in sizes or colours on one page, which a catalog of separate spec sheets is not.
 * - Offer `availability`, `priceValidUntil`: the sources state neither.
 * - QuantitativeValue `valueReference`: a second unit for unit pricing; a price per 1M tokens has none.
 * https://developers.google.com/search/docs/appearance/structured-data/product-snippet
 * https://developers.google.com/search/docs/appearance/structured-data/merchant-listing
 */
export const omittedOnPurpose: Readonly<Record<string, readonly string[]>> = {
  Product: [
    'aggregateRating',
    'review',
    'audience',
    'color',
    'hasCertification',
    'inProductGroupWithID',
    'isVariantOf',
    'material',
    'mpn',
    'pattern',
    'size',
    'subjectOf',
    'gtin',
  ],
  Offer: ['availability', 'priceValidUntil'],
  QuantitativeValue: ['valueReference'],
};

/** The type an issue is about: the last type on its path. */
const typeAt = (path: { type?: string | string[] }[]) => [...path].reverse().find((p) => p.type)?.type;

/** Every `eligibleQuantity` in the blocks, at any depth. */
function eligibleQuantities(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(eligibleQuantities);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'eligibleQuantity' ? [inner as Record<string, unknown>] : eligibleQuantities(inner)));
}

/** Adobe's validator over a page's blocks, less the documented omissions above. */
async function googleRules(blocks: readonly Record<string, unknown>[]): Promise<StructuredDataIssue[]> {
  const rangesOnly = eligibleQuantities(blocks).every(
    (q) => q['value'] === undefined && (typeof q['minValue'] === 'number' || typeof q['maxValue'] === 'number'),
  );
  const jsonld: Record<string, unknown[]> = {};
  // The validator deletes keys it adds to what it is given; it gets a copy.
  for (const block of structuredClone(blocks)) (jsonld[String(block['@type'])] ??= []).push(block);
  const issues = await new Validator().validate({ jsonld });
  return issues.flatMap((issue) => {
    const type = String(typeAt(issue.path) ?? issue.rootType);
    const path = issue.path.map((p) => p.property ?? String(p.type)).join(' > ');
    const omitted = omittedOnPurpose[type] ?? [];
    if (issue.severity === 'WARNING' && issue.fieldNames.length > 0 && issue.fieldNames.every((f) => omitted.includes(f))) return [];
    // The gtin warning names its alternatives in the message, not in fieldNames.
    if (issue.severity === 'WARNING' && type === 'Product' && omitted.includes('gtin') && /"gtin"/.test(issue.issueMessage)) return [];
    // Google's rules for a QuantitativeValue under a UnitPriceSpecification (value and unitCode) are those of
    // `referenceQuantity`, the unit a price is per. The validator applies them to every QuantitativeValue
    // there, `eligibleQuantity` too: a range of prompt tokens (minValue, maxValue) that has no single value,
    // and for which Google documents no rule. It is exempt only when it is such a range.
    if (rangesOnly && path.endsWith('eligibleQuantity') && /"value"/.test(issue.issueMessage)) return [];
    return [{ severity: issue.severity, path, message: issue.issueMessage, fieldNames: issue.fieldNames }];
  });
}

/**
 * Google's FAQ rules (https://developers.google.com/search/docs/appearance/structured-data/faqpage):
 * `FAQPage.mainEntity` required, an array of `Question`s; each `Question` requires `name` and
 * `acceptedAnswer`, an `Answer` whose `text` is required.
 */
function faqRules(block: Record<string, unknown>): StructuredDataIssue[] {
  const issue = (path: string, message: string, field: string): StructuredDataIssue => ({ severity: 'ERROR', path, message, fieldNames: [field] });
  const questions = block['mainEntity'];
  if (!Array.isArray(questions) || questions.length === 0) return [issue('FAQPage', 'Required attribute "mainEntity" (Questions) is missing', 'mainEntity')];
  return questions.flatMap((question: Record<string, unknown>, i) => {
    const at = `FAQPage > mainEntity[${i}]`;
    const answer = question['acceptedAnswer'] as Record<string, unknown> | undefined;
    return [
      ...(question['@type'] !== 'Question' ? [issue(at, 'must be a Question', '@type')] : []),
      ...(typeof question['name'] !== 'string' || !question['name'] ? [issue(at, 'Required attribute "name" is missing', 'name')] : []),
      ...(!answer || answer['@type'] !== 'Answer' ? [issue(at, 'Required attribute "acceptedAnswer" (an Answer) is missing', 'acceptedAnswer')] : []),
      ...(answer && (typeof answer['text'] !== 'string' || !answer['text'])
        ? [issue(`${at} > acceptedAnswer`, 'Required attribute "text" is missing', 'text')]
        : []),
    ];
  });
}

/** Every problem Google's rules find in a page's JSON-LD, less the documented omissions; `@context` must be schema.org. */
export async function structuredDataIssues(blocks: readonly Record<string, unknown>[]): Promise<StructuredDataIssue[]> {
  const context = blocks.flatMap((block) =>
    block['@context'] === 'https://schema.org'
      ? []
      : [{ severity: 'ERROR' as const, path: String(block['@type']), message: '@context is not https://schema.org', fieldNames: ['@context'] }],
  );
  return [...context, ...(await googleRules(blocks)), ...blocks.filter((b) => b['@type'] === 'FAQPage').flatMap(faqRules)];
}
