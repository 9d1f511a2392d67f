/**
 * The bad-input corpus: one broken content tree per kind of mistake under
 * tests/fixtures/invalid/<name>/, with the file, field and message each must fail on.
 * Used by the loader's unit test and by the build test, which runs `astro build` on each.
 */
export interface BadInputCase {
  /** Folder under tests/fixtures/invalid/. */
  name: string;
  /** File the error must name, relative to the fixture's folder. */
  file: string;
  /** Field the error must name ('' for the file as a whole). */
  field: string;
  /** What the message must say about what was expected. */
  message: RegExp;
}

export const badInputCases: BadInputCase[] = [
  { name: 'unknown-key', file: 'models/acme/a1/en.md', field: 'contextWindw', message: /unknown key "contextWindw"/ },
  { name: 'wrong-type', file: 'models/acme/a1/en.md', field: 'contextWindow', message: /must be a whole number of tokens.*got the text "large"/ },
  { name: 'missing-required-field', file: 'models/acme/a1/en.md', field: 'modelId', message: /required field is missing \(expected string\)/ },
  { name: 'missing-translation-field', file: 'models/acme/a1/zh-TW.md', field: 'summary', message: /required field is missing/ },
  { name: 'missing-translation-file', file: 'models/acme/a2/zh-HK.md', field: '', message: /missing translation: every page exists in en, zh-TW, zh-HK/ },
  {
    name: 'translation-without-en',
    file: 'models/acme/a2/zh-TW.md',
    field: '',
    message: /translation without its source: expected .*models\/acme\/a2\/en\.md/,
  },
  { name: 'fact-in-translation', file: 'models/acme/a1/zh-HK.md', field: 'offers', message: /"offers" is a fact: facts are typed once, in the en file/ },
  { name: 'unknown-family', file: 'models/acme/a1/en.md', field: '', message: /variant of an unknown family "acme": expected .*models\/acme\/en\.md/ },
  {
    name: 'duplicate-model-id',
    file: 'models/acme/a2/en.md',
    field: 'modelId',
    message: /duplicate model ID "Acme-A1", already used by .*models\/acme\/a1\/en\.md/,
  },
  { name: 'malformed-yaml', file: 'models/acme/a1/en.md', field: '', message: /malformed YAML frontmatter at line 4: Missing closing "quote/ },
  { name: 'negative-price', file: 'models/acme/a1/en.md', field: 'offers[0].price.input', message: /cannot be negative/ },
  {
    name: 'price-not-a-number',
    file: 'models/acme/a1/en.md',
    field: 'offers[0].price.output',
    message: /must be a number of US dollars.*got the text "cheap"/,
  },
  { name: 'price-without-type', file: 'models/acme/a1/en.md', field: 'offers[0].price.type', message: /price needs a type: "rate", "listed", "unpublished"/ },
  {
    name: 'tier-without-threshold',
    file: 'models/acme/a1/en.md',
    field: 'offers[0].price.tiers[0].above',
    message: /required field is missing \(expected number\)/,
  },
  {
    name: 'tiers-out-of-order',
    file: 'models/acme/a1/en.md',
    field: 'offers[0].price.tiers[1].above',
    message: /tier thresholds must increase: 512000 is not above 600000/,
  },
  {
    name: 'cache-without-base',
    file: 'models/acme/a1/en.md',
    field: 'offers[0].price.tiers[0].cacheRead',
    message: /cacheRead in a tier needs the base cacheRead price/,
  },
  { name: 'listed-with-rate', file: 'models/acme/a1/en.md', field: 'offers[0].price', message: /a listed price is a figure the source displays, not a rate/ },
  { name: 'offer-without-provider', file: 'models/acme/a1/en.md', field: 'offers[0].provider', message: /required field is missing/ },
  { name: 'unknown-provider', file: 'models/acme/a1/en.md', field: 'offers[0].provider', message: /"nowhere" names no provider: expected one of "acme-api"/ },
  {
    name: 'duplicate-offer-model-id',
    file: 'models/acme/a2/en.md',
    field: 'offers[0].modelId',
    message: /duplicate model ID "Acme-A1" at acme-api, already used by .*models\/acme\/a1\/en\.md/,
  },
  {
    name: 'history-out-of-order',
    file: 'models/legacy/l3/en.md',
    field: 'offers[0].history[0].since',
    message: /price history must be in date order, oldest first: 2026-01-01 is not before 2025-12-01/,
  },
  { name: 'history-without-source', file: 'models/legacy/l3/en.md', field: 'offers[0].history[0].source', message: /required field is missing/ },
  {
    name: 'since-after-checked',
    file: 'models/legacy/l3/en.md',
    field: 'offers[0].price.since',
    message: /since \(2026-11-15\) is after checked \(2026-11-01\)/,
  },
  {
    name: 'history-overlap',
    file: 'models/legacy/l3/en.md',
    field: 'offers[0].history[0].checked',
    message: /the rules overlap: this rule was checked on 2026-06-01, after the next took effect on 2026-05-01/,
  },
  { name: 'successor-missing', file: 'models/legacy/l2/en.md', field: 'successor', message: /"l9" names no variant in the catalog/ },
  { name: 'successor-self', file: 'models/legacy/l2/en.md', field: 'successor', message: /cannot be its own successor/ },
  { name: 'successor-retired', file: 'models/legacy/l2/en.md', field: 'successor', message: /"l1" is retired itself/ },
  {
    name: 'retired-in-future',
    file: 'models/legacy/l1/en.md',
    field: 'retires',
    message: /retirement date must be past: 2027-01-01 is after the facts were checked/,
  },
  {
    name: 'retires-before-deprecated',
    file: 'models/legacy/l2/en.md',
    field: 'retires',
    message: /retires \(2026-09-01\) is before deprecated \(2026-10-01\)/,
  },
  { name: 'deprecated-without-date', file: 'models/legacy/l2/en.md', field: 'deprecated', message: /a deprecated variant needs the day it was deprecated/ },
  { name: 'impossible-date', file: 'models/legacy/l3/en.md', field: 'added', message: /not a day of the calendar/ },
  { name: 'no-offers', file: 'models/acme/a1/en.md', field: 'offers', message: /list at least one offer/ },
  { name: 'dangling-reference', file: 'models/acme/a2/en.md', field: 'sharesWeightsWith', message: /"a9" is not another variant of acme; expected one of a1/ },
  { name: 'unfilled-template', file: 'models/acme/a1/zh-TW.md', field: 'summary', message: /unfilled template/ },
  {
    name: 'html-in-list',
    file: 'models/acme/a1/zh-TW.md',
    field: 'body',
    message: /contains raw HTML at line 4 of the body \("<img src=x onerror=alert\(1\)>"\); write Markdown only/,
  },
  {
    name: 'javascript-link',
    file: 'models/acme/a2/en.md',
    field: 'body',
    message: /a link at line 3 of the body goes to "JaVaScRiPt:alert\(1\)": links and images take https:, http:, mailto: or a site-relative URL/,
  },
  { name: 'html-entity', file: 'models/acme/en.md', field: 'body', message: /HTML entity "&#39;"; write the character itself/ },
  { name: 'variant-not-in-order', file: 'models/acme/en.md', field: 'variantOrder', message: /variant folder "a2" is not listed/ },
  // Input that crashed, stalled or passed silently wrong (issue #14 §2); the rest of those cases are unit tests (content-hostile-input.test.ts).
  {
    name: 'body-too-deep',
    file: 'models/acme/a1/en.md',
    field: 'body',
    message: /block quotes and lists nest 5000 deep at line 3 of the body; the limit is 8 levels/,
  },
  { name: 'control-character', file: 'models/acme/a1/en.md', field: 'summary', message: /contains the control character U\+0007 at character 8/ },
  {
    name: 'variant-slug-suffix',
    file: 'models/acme/a2.md',
    field: '',
    message: /a variant folder is its URL slug, and may not end in a file suffix such as \.md or \.html/,
  },
  { name: 'variant-order-twice', file: 'models/acme/en.md', field: 'variantOrder[2]', message: /"a1" is listed twice; list each variant once/ },
  { name: 'shares-weights-cycle', file: 'models/acme/a1/en.md', field: 'sharesWeightsWith', message: /goes round in a cycle: a1 → a2 → a1/ },
  { name: 'yaml-alias-bomb', file: 'models/acme/a1/en.md', field: '', message: /the frontmatter's YAML could not be read: Excessive alias count/ },
  {
    name: 'symlink',
    file: 'models/acme/a1/zh-HK.md',
    field: '',
    message: /a symbolic link: content files and folders must be real files and folders inside content\//,
  },
  { name: 'price-too-precise', file: 'models/acme/a1/en.md', field: 'offers[0].price.input', message: /input has more than 6 decimal places/ },
];

/** The line a problem prints as: `path › field: message`. */
export function expectedLine(fixtureDir: string, c: BadInputCase): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const location = `${escape(`${fixtureDir}/${c.file}`)}${c.field ? ` › ${escape(c.field)}` : ''}: `;
  return new RegExp(`${location}.*${c.message.source}`);
}
