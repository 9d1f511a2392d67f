/**
 * `/api/models.json`: every variant with its facts and its pages, in a versioned
 * shape that borrows OpenRouter's models-API names where they fit (`id`, `name`,
 * `context_length`, `pricing`, `supported_parameters`), and the JSON Schema it
 * validates against. Per-token prices are decimal strings, as OpenRouter's are,
 * so no float rounding can creep in; per-1M figures are the content's numbers.
 */
import { allLocales } from '../config/locales';
import { site } from '../config/site';
import { benchmarkIds } from '../config/benchmarks';
import type { Catalog, Offer } from './content/types';
import { protocols, variantStatuses, type DatedPriceRule, type EarlierPriceRule, type PriceRule } from './content/schema';
import { offersBasisFirst, type Rates } from './pricing';
import { protocolPaths } from './snippets';
import { catalogUpdated } from './catalog';
import { absoluteUrl, jsonSchemaPath, mirrorPathOf, variantPath } from './routes';

/**
 * Version of the JSON shape; bump the major on a breaking change (2.0.0: offers per provider, prices per offer),
 * the minor on new optional fields (2.1.0: price_history, since and until on offers, deprecation on variants).
 */
export const jsonCatalogVersion = '2.1.0';

/** USD per single token as an exact decimal string: 0.15 per 1M → "0.00000015". */
export function perTokenString(perMillion: number): string {
  const text = String(perMillion).includes('e') ? perMillion.toFixed(20).replace(/0+$/, '') : String(perMillion);
  const [whole = '0', fraction = ''] = text.split('.');
  // Moving the decimal point six places left is exact on the digits, unlike dividing the float.
  const padded = whole.padStart(7, '0');
  const integer = padded.slice(0, -6).replace(/^0+(?=\d)/, '');
  const decimals = `${padded.slice(-6)}${fraction}`.replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

/** Per-token rates as OpenRouter names them: `prompt`, `completion`, `input_cache_read`, `input_cache_write`. */
function tokenRates(rates: Rates) {
  return {
    prompt: perTokenString(rates.input),
    completion: perTokenString(rates.output),
    ...(rates.cacheRead !== undefined ? { input_cache_read: perTokenString(rates.cacheRead) } : {}),
    ...(rates.cacheWrite !== undefined ? { input_cache_write: perTokenString(rates.cacheWrite) } : {}),
  };
}

/** Any rule, current or earlier: its type, rates or listed figure, source, and the dates it states. */
function ruleJson(rule: DatedPriceRule) {
  const dates = { ...(rule.since !== undefined ? { since: rule.since } : {}), ...(rule.checked !== undefined ? { checked: rule.checked } : {}) };
  if (rule.type === 'listed') return { type: 'listed' as const, display: rule.display, rounding: rule.rounding, source: rule.source, ...dates };
  if (rule.type === 'unpublished') return { type: 'unpublished' as const, source: rule.source, ...dates };
  return {
    type: 'rate' as const,
    ...tokenRates(rule),
    ...(rule.tiers.length ? { tiers: rule.tiers.map((tier) => ({ above_prompt_tokens: tier.above, ...tokenRates(tier) })) } : {}),
    source: rule.source,
    ...dates,
  };
}

/** A price rule as JSON: exact per-token rates with tiers, a listed figure as such, or unpublished; always with source and date, and `since` where known. */
export function pricingJson(rule: PriceRule) {
  return { ...ruleJson(rule), checked: rule.checked };
}

/** An earlier rule of an offer's history as JSON: as `pricingJson` gives it, with the day it took effect (`checked` only where stated). */
export function historyPricingJson(rule: EarlierPriceRule) {
  return { ...ruleJson(rule), since: rule.since, source: rule.source };
}

/** One offer as JSON: where to call the variant at that provider, under which ID, with which limits and price. */
function offerJson(offer: Offer) {
  return {
    provider: offer.provider.id,
    provider_name: offer.provider.name,
    model_id: offer.modelId,
    endpoints: offer.protocols.map((protocol) => {
      const base = offer.provider.baseUrls.find((b) => b.protocol === protocol)?.url ?? '';
      return { protocol, base_url: base, url: `${base}${protocolPaths[protocol]}` };
    }),
    ...(offer.contextWindow !== undefined ? { context_length: offer.contextWindow } : {}),
    ...(offer.outputCap ? { output_cap: { tokens: offer.outputCap.value, parameter: offer.outputCap.parameter, ...(offer.outputCap.protocols ? { protocols: offer.outputCap.protocols } : {}) } } : {}),
    ...(offer.outputSpeed ? { output_speed_tokens_per_second: offer.outputSpeed.tokensPerSecond } : {}),
    pricing: pricingJson(offer.price),
    ...(offer.history.length ? { price_history: offer.history.map(historyPricingJson) } : {}),
    ...(offer.until !== undefined ? { until: offer.until } : {}),
    source: offer.source,
    checked: offer.checked,
  };
}

/** The JSON catalog. */
export function buildJsonCatalog(catalog: Catalog) {
  return {
    $schema: absoluteUrl(jsonSchemaPath),
    version: jsonCatalogVersion,
    currency: site.currency,
    updated: catalogUpdated(catalog),
    providers: catalog.providers.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      ...(p.website ? { website: p.website } : {}),
      base_urls: p.baseUrls.map((b) => ({ protocol: b.protocol, url: b.url })),
      auth: { header: p.auth.header, scheme: p.auth.scheme },
      api_key_env_var: p.apiKeyEnvVar,
      url_parameters: p.urlParameters.map((u) => ({ name: u.name, env_var: u.envVar })),
      source: p.source,
      checked: p.checked,
    })),
    data: catalog.families.flatMap((family) =>
      family.variants.map((v) => ({
        id: v.modelId,
        canonical_slug: `${family.slug}/${v.slug}`,
        name: v.name,
        family: family.slug,
        family_name: family.name,
        maker: family.maker,
        status: v.status,
        ...(v.deprecated !== undefined
          ? {
              deprecation: {
                date: v.deprecated,
                ...(v.retires !== undefined ? { retires: v.retires } : {}),
                ...(v.successor ? { successor: `${v.successor.familySlug}/${v.successor.slug}` } : {}),
              },
            }
          : {}),
        description: v.words.en.summary,
        release_date: v.releaseDate,
        context_length: v.contextWindow,
        max_output_tokens: v.maxOutputTokens,
        architecture: {
          input_modalities: v.modalities.input,
          output_modalities: v.modalities.output,
          ...(v.architecture.type ? { type: v.architecture.type } : {}),
          ...(v.architecture.totalParametersB ? { total_parameters_b: v.architecture.totalParametersB } : {}),
          ...(v.architecture.activeParametersB ? { active_parameters_b: v.architecture.activeParametersB } : {}),
          ...(v.architecture.experts ? { experts: v.architecture.experts } : {}),
          ...(v.architecture.attention ? { attention: v.architecture.attention } : {}),
        },
        ...(v.openWeights ? { open_weights: { weights_url: v.openWeights.weightsUrl, ...(v.openWeights.license ? { license: v.openWeights.license } : {}) } } : {}),
        facts_source: v.factsSource,
        // The comparison basis offer's price; null when the basis provider does not serve the variant.
        pricing: v.basis ? { provider: v.basis.provider.id, ...pricingJson(v.basis.price) } : null,
        offers: offersBasisFirst(v).map(offerJson),
        benchmarks: Object.fromEntries(Object.entries(v.benchmarks).map(([id, score]) => [id, { score: score.score, source: score.source }])),
        supported_parameters: v.api.requestParameters.map((p) => p.name),
        updated: v.updated,
        pages: Object.fromEntries(
          allLocales.map((l) => {
            const path = variantPath(l.code, family.slug, v.slug);
            return [l.code, { html: absoluteUrl(path), markdown: absoluteUrl(mirrorPathOf(path)), summary: v.words[l.code].summary }];
          }),
        ),
      })),
    ),
  };
}

const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const usd = { type: 'number', minimum: 0 } as const;
const decimalString = { type: 'string', pattern: '^\\d+(\\.\\d+)?$' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const text = { type: 'string', minLength: 1 } as const;
const since = { ...date, description: 'The day this price took effect, where a source states it.' } as const;

/** JSON Schema (draft 2020-12) of `/api/models.json`. */
export function buildJsonSchema() {
  const localePage = {
    type: 'object',
    additionalProperties: false,
    required: ['html', 'markdown', 'summary'],
    properties: { html: url, markdown: url, summary: text },
  };
  const rates = {
    prompt: { ...decimalString, description: 'USD per input token, as an exact decimal string.' },
    completion: { ...decimalString, description: 'USD per output token, as an exact decimal string.' },
    input_cache_read: { ...decimalString, description: 'USD per input token read from the prompt cache.' },
    input_cache_write: { ...decimalString, description: 'USD per input token written to the prompt cache.' },
  };
  const pricing = {
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'prompt', 'completion', 'source', 'checked'],
        properties: {
          type: { const: 'rate' },
          ...rates,
          tiers: {
            type: 'array',
            description: 'Higher rates for long prompts: when the prompt has more than above_prompt_tokens tokens, the whole request is billed at the tier.',
            items: { type: 'object', additionalProperties: false, required: ['above_prompt_tokens', 'prompt', 'completion'], properties: { above_prompt_tokens: { type: 'integer', minimum: 1 }, ...rates } },
          },
          source: text,
          since,
          checked: date,
        },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'display', 'rounding', 'source', 'checked'],
        description: 'A figure the source displays that is not a rate (e.g. rounded to whole cents); never compute with it.',
        properties: { type: { const: 'listed' }, display: text, rounding: text, source: text, since, checked: date },
      },
      { type: 'object', additionalProperties: false, required: ['type', 'source', 'checked'], properties: { type: { const: 'unpublished' }, source: text, since, checked: date } },
    ],
  };
  // An earlier rule: the same three shapes, `since` required (it orders the history), `checked` only where a source dates it.
  const historyRule = {
    oneOf: pricing.oneOf.map((o) => ({
      ...o,
      required: [...o.required.filter((key) => key !== 'checked'), 'since'],
      properties: { ...o.properties, since: { ...date, description: 'The day this rule took effect; it ended when the next rule (or the current pricing) took effect.' }, checked: { ...date, description: 'The day this rule was last seen at its source, where stated.' } },
    })),
  };
  const protocol = { enum: [...protocols] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(jsonSchemaPath),
    title: `${site.brandName} models`,
    description: `Every model variant in the catalog and the providers that sell it. Shape version ${jsonCatalogVersion}; prices in ${site.currency}.`,
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'version', 'currency', 'updated', 'providers', 'data'],
    properties: {
      $schema: url,
      version: { const: jsonCatalogVersion },
      currency: { const: site.currency },
      updated: date,
      providers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'kind', 'base_urls', 'auth', 'api_key_env_var', 'url_parameters', 'source', 'checked'],
          properties: {
            id: text,
            name: text,
            kind: { enum: ['maker', 'reseller', 'gateway'] },
            website: url,
            base_urls: { type: 'array', minItems: 1, items: { type: 'object', additionalProperties: false, required: ['protocol', 'url'], properties: { protocol, url: { type: 'string', pattern: '^https://' } } } },
            auth: { type: 'object', additionalProperties: false, required: ['header', 'scheme'], properties: { header: text, scheme: { type: 'string' } } },
            api_key_env_var: text,
            url_parameters: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['name', 'env_var'], properties: { name: text, env_var: text } } },
            source: text,
            checked: date,
          },
        },
      },
      data: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'canonical_slug', 'name', 'family', 'family_name', 'maker', 'status', 'description', 'release_date', 'context_length', 'max_output_tokens', 'architecture', 'facts_source', 'pricing', 'offers', 'benchmarks', 'supported_parameters', 'updated', 'pages'],
          properties: {
            id: { type: 'string', description: "The model's own ID, as its maker names it; each offer has the ID to send to that provider." },
            canonical_slug: { type: 'string', description: 'family/variant, as in the page URLs.' },
            name: text,
            family: text,
            family_name: text,
            maker: text,
            status: { enum: [...variantStatuses] },
            deprecation: {
              type: 'object',
              additionalProperties: false,
              required: ['date'],
              description: 'Present when the maker has deprecated the variant (announced its end).',
              properties: {
                date: { ...date, description: 'The day the maker deprecated it.' },
                retires: { ...date, description: 'The day it stops (or stopped) being served.' },
                successor: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*/[a-z0-9][a-z0-9.-]*$', description: 'canonical_slug (family/variant) of the variant to move to.' },
              },
            },
            description: { type: 'string', description: 'English summary; pages[locale].summary has each language.' },
            release_date: date,
            context_length: { type: 'integer', minimum: 1, description: 'Context window of the model in tokens.' },
            max_output_tokens: { type: 'integer', minimum: 1, description: 'Most tokens the model generates in one response.' },
            architecture: {
              type: 'object',
              additionalProperties: false,
              required: ['input_modalities', 'output_modalities'],
              properties: {
                input_modalities: { type: 'array', items: { type: 'string' }, minItems: 1 },
                output_modalities: { type: 'array', items: { type: 'string' }, minItems: 1 },
                type: { enum: ['mixture-of-experts', 'dense'] },
                total_parameters_b: usd,
                active_parameters_b: usd,
                experts: { type: 'integer', minimum: 1 },
                attention: { enum: ['full', 'sparse', 'linear', 'hybrid'] },
              },
            },
            open_weights: { type: 'object', additionalProperties: false, required: ['weights_url'], properties: { weights_url: url, license: text } },
            facts_source: text,
            pricing: {
              description: "The comparison basis offer's price (its provider named), or null when that provider does not serve the variant.",
              oneOf: [{ type: 'null' }, ...pricing.oneOf.map((o) => ({ ...o, required: ['provider', ...o.required], properties: { provider: text, ...o.properties } }))],
            },
            offers: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['provider', 'provider_name', 'model_id', 'endpoints', 'pricing', 'source', 'checked'],
                properties: {
                  provider: text,
                  provider_name: text,
                  model_id: { type: 'string', description: 'The model value to send to this provider.' },
                  endpoints: { type: 'array', minItems: 1, items: { type: 'object', additionalProperties: false, required: ['protocol', 'base_url', 'url'], properties: { protocol, base_url: { type: 'string', pattern: '^https://' }, url: { type: 'string', pattern: '^https://' } } } },
                  context_length: { type: 'integer', minimum: 1, description: 'Context window on this surface, where the provider states it.' },
                  output_cap: { type: 'object', additionalProperties: false, required: ['tokens', 'parameter'], properties: { tokens: { type: 'integer', minimum: 1 }, parameter: text, protocols: { type: 'array', items: protocol } } },
                  output_speed_tokens_per_second: { type: 'number', exclusiveMinimum: 0 },
                  pricing,
                  price_history: {
                    type: 'array',
                    minItems: 1,
                    description: 'Earlier price rules of this offer, oldest first; present only where the offer has any. Percentages are meaningful only between two "rate" entries: a "listed" figure is a display string, never a rate.',
                    items: historyRule,
                  },
                  until: { ...date, description: 'The last day this provider serves this offer, where it ends before the model does.' },
                  source: text,
                  checked: date,
                },
              },
            },
            benchmarks: {
              type: 'object',
              additionalProperties: false,
              properties: Object.fromEntries(benchmarkIds.map((id) => [id, { type: 'object', additionalProperties: false, required: ['score', 'source'], properties: { score: { type: 'number', minimum: 0, maximum: 100 }, source: text } }])),
            },
            supported_parameters: { type: 'array', items: { type: 'string' } },
            updated: date,
            pages: {
              type: 'object',
              additionalProperties: false,
              required: allLocales.map((l) => l.code),
              properties: Object.fromEntries(allLocales.map((l) => [l.code, localePage])),
            },
          },
        },
      },
    },
  };
}
