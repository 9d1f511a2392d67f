/**
 * `/api/v1/models`: the catalog in the shape of OpenRouter's models list, so
 * tools written against OpenRouter (its SDK's `models.list()` among them, with
 * this site's `/api/v1` as the server URL) can read it as they read OpenRouter.
 * `/api/models.json` stays the catalog's own, richer shape.
 *
 * One entry per offer with exact rates: OpenRouter's `pricing` has only
 * per-token rates, so an offer with a listed figure or no published price has
 * no entry (a rounded display price is no rate), and each provider's exact
 * price gets its own entry rather than the comparison basis alone. Retired
 * variants are left out, as OpenRouter lists only models it still serves.
 */
import type { ExactPriceRule } from './content/schema';
import type { Catalog, Family, Offer, Variant } from './content/types';
import { perTokenString } from './json-catalog';
import { offerRule, offersBasisFirst, type Rates } from './pricing';
import { absoluteUrl, variantPath } from './routes';

/** Where the list is served: OpenRouter's own path, so a client's base URL is this site's `/api/v1`. */
export const openRouterModelsPath = '/api/v1/models';

/** Request parameters that are the request itself, not options of it: OpenRouter's `supported_parameters` leaves them out. */
const requestItself = new Set(['model', 'messages']);

/** Per-token rates under OpenRouter's names, as exact decimal strings ("0.0000003" for $0.30 per 1M). */
function tokenPricing(rates: Rates) {
  return {
    prompt: perTokenString(rates.input),
    completion: perTokenString(rates.output),
    ...(rates.cacheRead !== undefined ? { input_cache_read: perTokenString(rates.cacheRead) } : {}),
    ...(rates.cacheWrite !== undefined ? { input_cache_write: perTokenString(rates.cacheWrite) } : {}),
  };
}

/**
 * An exact rule as OpenRouter's `pricing`: the base rates, and each tier as an `override` from
 * `min_prompt_tokens`, the first prompt size it bills (one above the content's `above` threshold).
 */
function openRouterPricing(rule: ExactPriceRule) {
  return {
    ...tokenPricing(rule),
    ...(rule.tiers.length ? { overrides: rule.tiers.map((tier) => ({ min_prompt_tokens: tier.above + 1, ...tokenPricing(tier) })) } : {}),
  };
}

/** A `YYYY-MM-DD` day as Unix seconds at its start in UTC, as OpenRouter's `created` counts. */
function unixSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/** One OpenRouter model entry: an offer of a variant at its exact rates. */
function openRouterModel(family: Family, variant: Variant, offer: Offer, rule: ExactPriceRule) {
  const ends = offer.until ?? variant.retires;
  return {
    // `provider/model`, as OpenRouter's ids are: the model ID alone repeats across providers.
    id: `${offer.provider.id}/${offer.modelId}`,
    canonical_slug: `${family.slug}/${variant.slug}`,
    name: `${offer.provider.name}: ${variant.name}`,
    // When the offer entered the catalog: OpenRouter's `created` is when a model was listed.
    created: unixSeconds(offer.added),
    description: variant.words.en.summary,
    context_length: offer.contextWindow ?? variant.contextWindow,
    architecture: {
      modality: `${variant.modalities.input.join('+')}->${variant.modalities.output.join('+')}`,
      input_modalities: variant.modalities.input,
      output_modalities: variant.modalities.output,
    },
    pricing: openRouterPricing(rule),
    top_provider: {
      context_length: offer.contextWindow ?? variant.contextWindow,
      // The surface's cap where it states one (on some protocols it may be the only limit that binds: the
      // lower figure holds on all of them), else the model's own maximum.
      max_completion_tokens: offer.outputCap?.value ?? variant.maxOutputTokens,
      // OpenRouter's own moderation layer in front of the provider; this catalog puts none in front of any.
      is_moderated: false,
    },
    per_request_limits: null,
    supported_parameters: variant.api.requestParameters.flatMap((p) => [p.name, ...(p.aliases ?? [])]).filter((name) => !requestItself.has(name)),
    default_parameters: null,
    supported_voices: null,
    ...(ends !== undefined ? { expiration_date: ends } : {}),
    links: { details: absoluteUrl(variantPath('en', family.slug, variant.slug)) },
  };
}

/** The models list: every exact-priced offer of every variant still served, the basis offer first within a variant. */
export function buildOpenRouterModels(catalog: Catalog) {
  const data = catalog.families.flatMap((family) =>
    family.variants
      .filter((variant) => variant.status !== 'retired')
      .flatMap((variant) =>
        offersBasisFirst(variant).flatMap((offer) => {
          const rule = offerRule(offer);
          return rule ? [openRouterModel(family, variant, offer, rule)] : [];
        }),
      ),
  );
  // One page holds the whole list: there is no next page to link.
  return { data, links: { next: null }, total_count: data.length };
}
