/**
 * The shape of `/api/models.json`, as a zod schema. The JSON builder (json-catalog.ts) is typed as this
 * schema's output and `/api/models.schema.json` is generated from it with `z.toJSONSchema`, so the JSON and
 * its published schema cannot disagree; every list of allowed values is the content schema's own.
 */
import { z } from 'zod';
import { localeCodes, type Locale } from '../config/locales';
import { site } from '../config/site';
import { benchmarkIds } from '../config/benchmarks';
import { architectureTypes, attentionKinds, modalities, protocols, providerKinds, variantStatuses } from './content/schema';

/**
 * Version of the JSON shape; bump the major on a breaking change (2.0.0: offers per provider, prices per offer),
 * the minor on new optional fields (2.1.0: price_history, since and until on offers, deprecation on variants).
 */
export const jsonCatalogVersion = '2.1.0';

// A URL here is http(s) and a URI; endpoint URLs are https, as the content schema requires.
const url = z.string().check(z.regex(/^https?:\/\//), z.url());
const httpsUrl = z.string().regex(/^https:\/\//);
const decimalString = z.string().regex(/^\d+(\.\d+)?$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().min(1);
const tokens = z.number().int().positive();
const protocol = z.enum(protocols);

/** Per-token rates as OpenRouter names them, each an exact decimal string. */
const tokenRates = {
  prompt: decimalString.describe('USD per input token, as an exact decimal string.'),
  completion: decimalString.describe('USD per output token, as an exact decimal string.'),
  input_cache_read: decimalString.describe('USD per input token read from the prompt cache.').optional(),
  input_cache_write: decimalString.describe('USD per input token written to the prompt cache.').optional(),
};

const tier = z.strictObject({ above_prompt_tokens: tokens, ...tokenRates });

/** The three kinds of price rule, with the dates a rule of that place carries and any fields before them. */
function priceRule<Dates extends z.ZodRawShape, Before extends z.ZodRawShape>(dates: Dates, before: Before) {
  return z.discriminatedUnion('type', [
    z.strictObject({
      ...before,
      type: z.literal('rate'),
      ...tokenRates,
      tiers: z
        .array(tier)
        .describe('Higher rates for long prompts: when the prompt has more than above_prompt_tokens tokens, the whole request is billed at the tier.')
        .optional(),
      source: text,
      ...dates,
    }),
    z
      .strictObject({ ...before, type: z.literal('listed'), display: text, rounding: text, source: text, ...dates })
      .describe('A figure the source displays that is not a rate (e.g. rounded to whole cents); never compute with it.'),
    z.strictObject({ ...before, type: z.literal('unpublished'), source: text, ...dates }),
  ]);
}

/** The current rule: checked always, since where a source states it. */
const currentDates = { since: date.describe('The day this price took effect, where a source states it.').optional(), checked: date };
/** An earlier rule: since required (it orders the history), checked only where a source dates it. */
const earlierDates = {
  since: date.describe('The day this rule took effect; it ended when the next rule (or the current pricing) took effect.'),
  checked: date.describe('The day this rule was last seen at its source, where stated.').optional(),
};

/** A price rule in effect. */
export const jsonPriceRuleSchema = priceRule(currentDates, {});
/** An earlier price rule of an offer's history. */
export const jsonEarlierPriceRuleSchema = priceRule(earlierDates, {});
/** The basis offer's price, its provider named. */
const basisPricing = priceRule(currentDates, { provider: text });

const providerSchema = z.strictObject({
  id: text,
  name: text,
  kind: z.enum(providerKinds),
  website: url.optional(),
  base_urls: z.array(z.strictObject({ protocol, url: httpsUrl })).min(1),
  auth: z.strictObject({ header: text, scheme: z.string() }),
  api_key_env_var: text,
  url_parameters: z.array(z.strictObject({ name: text, env_var: text })),
  source: text,
  checked: date,
});

const offerSchema = z.strictObject({
  provider: text,
  provider_name: text,
  model_id: z.string().describe('The model value to send to this provider.'),
  endpoints: z.array(z.strictObject({ protocol, base_url: httpsUrl, url: httpsUrl })).min(1),
  context_length: tokens.describe('Context window on this surface, where the provider states it.').optional(),
  output_cap: z.strictObject({ tokens, parameter: text, protocols: z.array(protocol).optional() }).optional(),
  output_speed_tokens_per_second: z.number().positive().optional(),
  pricing: jsonPriceRuleSchema,
  price_history: z
    .array(jsonEarlierPriceRuleSchema)
    .min(1)
    .describe(
      'Earlier price rules of this offer, oldest first; present only where the offer has any. Percentages are meaningful only between two "rate" entries: a "listed" figure is a display string, never a rate.',
    )
    .optional(),
  until: date.describe('The last day this provider serves this offer, where it ends before the model does.').optional(),
  source: text,
  checked: date,
});

const localePage = z.strictObject({ html: url, markdown: url, summary: text });

const variantSchema = z.strictObject({
  id: z.string().describe("The model's own ID, as its maker names it; each offer has the ID to send to that provider."),
  canonical_slug: z.string().describe('family/variant, as in the page URLs.'),
  name: text,
  family: text,
  family_name: text,
  maker: text,
  status: z.enum(variantStatuses),
  deprecation: z
    .strictObject({
      date: date.describe('The day the maker deprecated it.'),
      retires: date.describe('The day it stops (or stopped) being served.').optional(),
      successor: z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]*\/[a-z0-9][a-z0-9.-]*$/)
        .describe('canonical_slug (family/variant) of the variant to move to.')
        .optional(),
    })
    .describe('Present when the maker has deprecated the variant (announced its end).')
    .optional(),
  description: z.string().describe('English summary; pages[locale].summary has each language.'),
  release_date: date,
  context_length: tokens.describe('Context window of the model in tokens.'),
  max_output_tokens: tokens.describe('Most tokens the model generates in one response.'),
  architecture: z.strictObject({
    input_modalities: z.array(z.enum(modalities)).min(1),
    output_modalities: z.array(z.enum(modalities)).min(1),
    type: z.enum(architectureTypes).optional(),
    total_parameters_b: z.number().positive().optional(),
    active_parameters_b: z.number().positive().optional(),
    experts: tokens.optional(),
    attention: z.enum(attentionKinds).optional(),
  }),
  open_weights: z.strictObject({ weights_url: url, license: text.optional() }).optional(),
  facts_source: text,
  pricing: basisPricing.nullable().describe("The comparison basis offer's price (its provider named), or null when that provider does not serve the variant."),
  offers: z.array(offerSchema).min(1),
  benchmarks: z.partialRecord(z.enum(benchmarkIds), z.strictObject({ score: z.number().min(0).max(100), source: text })),
  supported_parameters: z.array(z.string()),
  updated: date,
  // One entry per locale, each required: an object of named keys, not a record, so the JSON Schema lists them.
  pages: z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, localePage])) as Record<Locale, typeof localePage>),
});

/** `/api/models.json`. */
export const jsonCatalogSchema = z
  .strictObject({
    $schema: url,
    version: z.literal(jsonCatalogVersion),
    currency: z.literal(site.currency),
    updated: date,
    providers: z.array(providerSchema),
    data: z.array(variantSchema),
  })
  .meta({
    title: `${site.brandName} models`,
    description: `Every model variant in the catalog and the providers that sell it. Shape version ${jsonCatalogVersion}; prices in ${site.currency}.`,
  });

/** What `/api/models.json` holds. */
export type JsonCatalog = z.output<typeof jsonCatalogSchema>;
/** A price rule in effect, as the JSON gives it. */
export type JsonPriceRule = z.output<typeof jsonPriceRuleSchema>;
/** An earlier price rule, as the JSON gives it. */
export type JsonEarlierPriceRule = z.output<typeof jsonEarlierPriceRuleSchema>;
