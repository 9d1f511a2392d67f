/**
 * `/api/models.json`: every variant with its facts and its pages, in a versioned
 * shape that borrows OpenRouter's models-API names where they fit (`id`, `name`,
 * `context_length`, `pricing`, `supported_parameters`), and the JSON Schema it
 * validates against. Per-token prices are decimal strings, as OpenRouter's are,
 * so no float rounding can creep in; per-1M figures are the content's numbers.
 */
import { z } from 'zod';
import { allLocales, type Locale } from '../config/locales';
import { site } from '../config/site';
import type { Catalog, Offer } from './content/types';
import type { DatedPriceRule, EarlierPriceRule, PriceRule } from './content/schema';
import { jsonCatalogSchema, jsonCatalogVersion, type JsonCatalog, type JsonEarlierPriceRule, type JsonPriceRule } from './json-catalog-schema';
import { offersBasisFirst, type Rates } from './pricing';
import { protocolPaths } from './snippets';
import { catalogUpdated } from './catalog';
import { absoluteUrl, jsonSchemaPath, mirrorPathOf, variantPath } from './routes';

export { jsonCatalogVersion };

type JsonVariant = JsonCatalog['data'][number];
type JsonOffer = JsonVariant['offers'][number];

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
export function pricingJson(rule: PriceRule): JsonPriceRule {
  return { ...ruleJson(rule), checked: rule.checked };
}

/** An earlier rule of an offer's history as JSON: as `pricingJson` gives it, with the day it took effect (`checked` only where stated). */
export function historyPricingJson(rule: EarlierPriceRule): JsonEarlierPriceRule {
  return { ...ruleJson(rule), since: rule.since, source: rule.source };
}

/** One offer as JSON: where to call the variant at that provider, under which ID, with which limits and price. */
/**
 * An offer's output cap and speed on its surface, as both the JSON and the mirrors' frontmatter write them;
 * each key only where the offer states it.
 */
export function offerLimitsData(offer: Pick<Offer, 'outputCap' | 'outputSpeed'>) {
  const cap = offer.outputCap;
  return {
    ...(cap ? { output_cap: { tokens: cap.value, parameter: cap.parameter, ...(cap.protocols ? { protocols: cap.protocols } : {}) } } : {}),
    ...(offer.outputSpeed ? { output_speed_tokens_per_second: offer.outputSpeed.tokensPerSecond } : {}),
  };
}

function offerJson(offer: Offer): JsonOffer {
  return {
    provider: offer.provider.id,
    provider_name: offer.provider.name,
    model_id: offer.modelId,
    endpoints: offer.protocols.map((protocol) => {
      const base = offer.provider.baseUrls.find((b) => b.protocol === protocol)?.url ?? '';
      return { protocol, base_url: base, url: `${base}${protocolPaths[protocol]}` };
    }),
    ...(offer.contextWindow !== undefined ? { context_length: offer.contextWindow } : {}),
    ...offerLimitsData(offer),
    pricing: pricingJson(offer.price),
    ...(offer.history.length ? { price_history: offer.history.map(historyPricingJson) } : {}),
    ...(offer.until !== undefined ? { until: offer.until } : {}),
    source: offer.source,
    checked: offer.checked,
  };
}

/** The JSON catalog. */
export function buildJsonCatalog(catalog: Catalog): JsonCatalog {
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
        ...(v.openWeights
          ? { open_weights: { weights_url: v.openWeights.weightsUrl, ...(v.openWeights.license ? { license: v.openWeights.license } : {}) } }
          : {}),
        facts_source: v.factsSource,
        // The comparison basis offer's price; null when the basis provider does not serve the variant.
        pricing: v.basis ? { provider: v.basis.provider.id, ...pricingJson(v.basis.price) } : null,
        offers: offersBasisFirst(v).map(offerJson),
        benchmarks: Object.fromEntries(Object.entries(v.benchmarks).map(([id, score]) => [id, { score: score.score, source: score.source }])),
        supported_parameters: v.api.requestParameters.map((p) => p.name),
        updated: v.updated,
        // Every locale is an entry (allLocales lists them all), so the record is complete.
        pages: Object.fromEntries(
          allLocales.map((l) => {
            const path = variantPath(l.code, family.slug, v.slug);
            return [l.code, { html: absoluteUrl(path), markdown: absoluteUrl(mirrorPathOf(path)), summary: v.words[l.code].summary }];
          }),
        ) as Record<Locale, JsonVariant['pages'][Locale]>,
      })),
    ),
  };
}

/**
 * JSON Schema (draft 2020-12) of `/api/models.json`, generated from the zod schema the builder is typed
 * against; `$id` is the URL it is served at.
 */
export function buildJsonSchema() {
  const { $schema, title, description, ...schema } = z.toJSONSchema(jsonCatalogSchema, { target: 'draft-2020-12' });
  return { $schema, $id: absoluteUrl(jsonSchemaPath), title, description, ...schema };
}
