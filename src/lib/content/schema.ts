/**
 * Schemas of the content files. Facts are typed once, in the `en` file; the other
 * locales carry words only. Every object is strict: an unknown key is an error, so
 * a typo never silently drops a fact.
 */
import { z } from 'zod';
import { benchmarkIds } from '../../config/benchmarks';

/** Characters that show nothing: zero-width space, joiners, word joiner, byte-order mark, soft hyphen, and whitespace. */
const invisible = /[\s\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;

/** Whether a text shows anything at all once its invisible characters are gone. */
export const showsSomething = (value: string) => value.replace(invisible, '') !== '';

const text = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `missing ${what}` : `${what} must be text`) })
    .trim()
    .min(1, `${what} cannot be empty`)
    .refine(showsSomething, `${what} cannot be empty: it holds only invisible characters (zero-width spaces, joiners, whitespace)`);

/** Text that lands in titles, table cells and link labels, where a line break has no place. */
const oneLine = (what: string) => text(what).regex(/^[^\r\n]*$/, `${what} must be on one line`);

/** Whether a number is written with at most `places` decimals (0.15 has 2; 1e-7 has 7). */
export const hasAtMostDecimals = (value: number, places: number) => Number(value.toFixed(places)) === value;

/**
 * The most decimals a rate may have: six, a millionth of a dollar per 1M tokens, which the price
 * formatter prints in full and the per-token string of the JSON catalog writes without an exponent.
 */
export const maxRateDecimals = 6;

const usd = (what: string) =>
  z
    .number({ error: `${what} must be a number of US dollars, e.g. 0.15` })
    .nonnegative(`${what} cannot be negative`)
    .refine((value) => hasAtMostDecimals(value, maxRateDecimals), `${what} has more than ${maxRateDecimals} decimal places; rates are written to at most a millionth of a dollar per 1M tokens`);

/** The most tokens a context window, an output limit or a tier threshold may be: beyond it a figure is a typo. */
export const maxTokens = 100_000_000;

/** A whole number of tokens from 1 to `maxTokens`, e.g. a context window. */
const tokenCount = (what: string, example: string) =>
  z
    .number({ error: `${what} must be a whole number of tokens, e.g. ${example}` })
    .int(`${what} must be a whole number of tokens`)
    .positive(`${what} must be positive`)
    .max(maxTokens, `${what} above ${maxTokens.toLocaleString('en')} tokens is not plausible; check the figure`);

/** Whether `YYYY-MM-DD` names a day of the calendar (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A calendar date written as YAML `2026-11-20` or a quoted string of that form. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
    .refine(isCalendarDate, { message: 'not a day of the calendar: expected a real date written as YYYY-MM-DD' }),
);

const slug = z
  .string({ error: 'expected a variant slug such as "m2.5"' })
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'a slug uses lower-case letters, digits, dots and hyphens');

/** Lifecycle of a variant: one vocabulary for every page, mirror and feed. */
export const variantStatuses = ['preview', 'active', 'deprecated', 'retired'] as const;
export type VariantStatus = (typeof variantStatuses)[number];

/** API surfaces a variant can be called through. */
export const protocols = ['openai-chat-completions', 'openai-responses', 'anthropic-messages'] as const;
export type Protocol = (typeof protocols)[number];

export const modalities = ['text', 'image', 'audio', 'video'] as const;
/** How a model is built. */
export const architectureTypes = ['mixture-of-experts', 'dense'] as const;
/** Attention mechanisms, where the provider names one. */
export const attentionKinds = ['full', 'sparse', 'linear', 'hybrid'] as const;
/** maker: the model maker's own API; reseller: sells other makers' models under its own key; gateway: a cloud platform's model service. */
export const providerKinds = ['maker', 'reseller', 'gateway'] as const;
export const jsonTypes = ['string', 'number', 'integer', 'boolean', 'array', 'object'] as const;

const parameterSchema = z.strictObject({
  /** Name as sent in the JSON body. */
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'parameter names are snake_case'),
  /** Older names the API also accepts. */
  aliases: z.array(z.string()).optional(),
  /** JSON type(s) the value may take. */
  type: z.array(z.enum(jsonTypes, { error: `type must be one of ${jsonTypes.join(', ')}` })).min(1),
  /** Whether a request without it is rejected. */
  required: z.boolean({ error: 'required must be true or false' }),
  /** Numeric bounds; `exclusive` marks an open end. */
  range: z
    .strictObject({
      min: z.number().optional(),
      max: z.number().optional(),
      minExclusive: z.boolean().optional(),
      maxExclusive: z.boolean().optional(),
    })
    .optional(),
  /** The only values accepted, where the API restricts them. */
  allowedValues: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** Most items an array value may hold. */
  maxItems: z.number().int().positive().optional(),
  /** Value used when the parameter is left out. */
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
});

/** The API surface shared by a family's variants unless a variant overrides it. */
const apiSchema = z.strictObject({
  /** Request body parameters, in display order. */
  requestParameters: z.array(parameterSchema).min(1),
  /** Message roles accepted beyond system, user and assistant. */
  extraRoles: z.array(z.string().regex(/^[a-z_]+$/)).default([]),
  /** Notable fields in the response, as JSON paths. */
  responseFeatures: z.array(z.string()).default([]),
});

/** The most parameters a model may have, in billions (a quadrillion): beyond it a figure is a unit mistake. */
export const maxParametersB = 1_000_000;

/** A parameter count in billions, as pages print it: at most one decimal (230B, 0.5B). */
const parameterCount = (what: string) =>
  z
    .number({ error: `${what} must be a number of billions of parameters, e.g. 230` })
    .positive(`${what} must be positive`)
    .max(maxParametersB, `${what} above ${maxParametersB.toLocaleString('en')} billion is not plausible; the figure is in billions`)
    .refine((value) => hasAtMostDecimals(value, 1), `${what} has more than one decimal place; pages print parameter counts to a tenth of a billion`);

const architectureSchema = z.strictObject({
  /** e.g. mixture-of-experts, dense. */
  type: z.enum(architectureTypes).optional(),
  /** Total parameters, in billions. */
  totalParametersB: parameterCount('totalParametersB').optional(),
  /** Parameters active per token, in billions. */
  activeParametersB: parameterCount('activeParametersB').optional(),
  /** Number of experts (mixture-of-experts only). */
  experts: z.number({ error: 'experts must be a whole number' }).int('experts must be a whole number').positive('experts must be positive').max(100_000, 'more than 100,000 experts is not plausible; check the figure').optional(),
  /** Attention mechanism, where the provider names it. */
  attention: z.enum(attentionKinds).optional(),
});

const modalitiesSchema = z.strictObject({
  input: z.array(z.enum(modalities)).min(1),
  output: z.array(z.enum(modalities)).min(1),
});

/** Facts a family shares with its variants; a variant may override the optional ones. */
const sharedFacts = {
  /** What goes in and comes out. */
  modalities: modalitiesSchema,
  /** synchronous: the answer comes in the response; asynchronous: a task to poll. */
  taskType: z.enum(['synchronous', 'asynchronous']),
  /** Architecture facts. */
  architecture: architectureSchema,
  /** Request and response surface. */
  api: apiSchema,
};

/** A provider id: the folder name under content/providers/. */
const providerId = z
  .string({ error: 'expected a provider id such as "minimax" (a folder under content/providers/)' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a provider id uses lower-case letters, digits and hyphens');

/** Where a figure was stated: a URL or a seed file name. Every figure on the site names one. */
const source = (what = 'source') => oneLine(what).describe('URL or seed file name where the figure is stated');

/** Facts of a family, typed once in its `en.md`. */
export const familyFactsShape = {
  /** Display name, e.g. MiniMax. */
  name: oneLine('name'),
  /** Company that trains the models (the maker), e.g. MiniMax. */
  maker: oneLine('maker'),
  /** Provider id of the maker's own API, when it has one; the default comparison basis. */
  makerApi: providerId.optional(),
  /** Provider whose exact prices every comparison of this family uses; defaults to `makerApi`. */
  comparisonBasis: providerId.optional(),
  /** Variant slugs in the order pages list them; must name every variant folder exactly once. */
  variantOrder: z.array(slug).min(1, 'list the family\'s variants'),
  ...sharedFacts,
  /** When the family entered the catalog. */
  added: isoDate,
  /** When its facts were last checked. */
  updated: isoDate,
};

/** The most any rate may be, in USD per 1M tokens: beyond it a figure is a typo, not a price. */
export const maxRatePerMillion = 10_000;

const usdRate = (what: string) => usd(what).max(maxRatePerMillion, `${what} above US$${maxRatePerMillion.toLocaleString('en')} per 1M tokens is not a plausible price; check the unit`);

/** Exact rates in USD per 1M tokens. Cache prices are discounts on input and need the base rates beside them. */
const rateFields = {
  /** USD per 1M input (prompt) tokens. */
  input: usdRate('input'),
  /** USD per 1M output (completion) tokens. */
  output: usdRate('output'),
  /** USD per 1M input tokens read from the provider's prompt cache. */
  cacheRead: usdRate('cacheRead').optional(),
  /** USD per 1M input tokens written to the prompt cache. */
  cacheWrite: usdRate('cacheWrite').optional(),
};

const rateMessages = (kind: string) => ({
  error: (iss: { input?: unknown; code?: string }) =>
    iss.code === 'invalid_type' && iss.input === undefined ? `missing ${kind}` : undefined,
});

/** One tier of a tiered price: when the prompt has more than `above` tokens, the whole request is billed at these rates. */
const tierSchema = z.strictObject(
  {
    /** Prompt tokens above which this tier applies to the whole request. */
    above: z
      .number({ error: (iss) => (iss.input === undefined ? 'a tier needs its threshold: above (prompt tokens), e.g. 512000' : 'above must be a whole number of prompt tokens') })
      .int('above must be a whole number of prompt tokens')
      .positive('above must be a positive number of prompt tokens')
      .max(maxTokens, `above ${maxTokens.toLocaleString('en')} prompt tokens is not plausible; check the figure`),
    ...rateFields,
  },
  rateMessages('tier'),
);

/** The keys a rate may carry, for messages that name what a listed price may not. */
const rateKeys = ['input', 'output', 'cacheRead', 'cacheWrite', 'tiers'] as const;

/**
 * The dates every price rule carries. The current rule: `since` (the day it took effect, where a
 * source states it) and `checked` (the day it was last seen at its source). An earlier rule in an
 * offer's history: `since` is required (it orders the history) and `checked` is optional.
 */
const ruleDates = {
  current: { since: isoDate.optional(), checked: isoDate },
  earlier: { since: isoDate, checked: isoDate.optional() },
} as const;

/** Tier thresholds increase, and a tier raises only the cache prices the base rule states. */
function refineTiers(rule: { tiers: PriceTierInput[]; cacheRead?: number | undefined; cacheWrite?: number | undefined }, ctx: z.RefinementCtx): void {
  rule.tiers.forEach((tier, i) => {
    const previous = i === 0 ? 0 : (rule.tiers[i - 1]?.above ?? 0);
    if (tier.above <= previous) {
      ctx.addIssue({ code: 'custom', path: ['tiers', i, 'above'], message: `tier thresholds must increase: ${tier.above} is not above ${i === 0 ? 'zero' : previous}` });
    }
    for (const key of ['cacheRead', 'cacheWrite'] as const) {
      if (tier[key] !== undefined && rule[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i, key], message: `${key} in a tier needs the base ${key} price too: a tier raises prices the base rule states` });
      }
    }
  });
}
type PriceTierInput = z.output<typeof tierSchema>;

/** A price the source states exactly: rates per 1M tokens, optionally tiered by prompt size. */
const exactRuleShape = {
  type: z.literal('rate'),
  ...rateFields,
  /** Higher rates for long prompts, in increasing order of `above`. */
  tiers: z.array(tierSchema).default([]),
  /** Where the rates are stated. */
  source: source(),
};

/**
 * A figure a source displays that is not a rate (RunAPI's "from $0.010 / 1K tokens",
 * rounded to whole cents). Kept verbatim and never used in arithmetic.
 */
const listedRuleShape = {
  type: z.literal('listed'),
  /** The figure exactly as the source shows it, e.g. "from $0.010 / 1K tokens". */
  display: oneLine('display'),
  /** How the source rounds it, e.g. "whole cents". */
  rounding: oneLine('rounding'),
  source: source(),
};
const listedRuleParams = {
  error: (iss: { code?: string; keys?: string[] }) =>
    iss.code === 'unrecognized_keys' && iss.keys?.some((k) => (rateKeys as readonly string[]).includes(k))
      ? `a listed price is a figure the source displays, not a rate: it takes display, rounding, source and checked; give type "rate" with input and output if the source states exact rates`
      : undefined,
};

/** The provider serves the model but publishes no price for it. */
const unpublishedRuleShape = { type: z.literal('unpublished'), source: source() };

const priceTypes = ['rate', 'listed', 'unpublished'] as const;
const priceTypeError = {
  error: (iss: { code?: string }) =>
    iss.code === 'invalid_union' || iss.code === 'invalid_type'
      ? `price needs a type: ${priceTypes.map((t) => `"${t}"`).join(', ')} ("rate": exact input and output per 1M tokens; "listed": a figure the source displays; "unpublished": no price stated)`
      : undefined,
};

/** How an offer is priced now: exact rates, a listed display figure, or not published. */
export const priceRuleSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...exactRuleShape, ...ruleDates.current }).superRefine(refineTiers),
    z.strictObject({ ...listedRuleShape, ...ruleDates.current }, listedRuleParams),
    z.strictObject({ ...unpublishedRuleShape, ...ruleDates.current }),
  ],
  priceTypeError,
);

/** An earlier price rule of an offer, with the day it took effect; the next rule's `since` ended it. */
export const earlierPriceRuleSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...exactRuleShape, ...ruleDates.earlier }).superRefine(refineTiers),
    z.strictObject({ ...listedRuleShape, ...ruleDates.earlier }, listedRuleParams),
    z.strictObject({ ...unpublishedRuleShape, ...ruleDates.earlier }),
  ],
  priceTypeError,
);

/** The fastest output speed accepted, in tokens per second: beyond it a figure is a typo. */
export const maxTokensPerSecond = 100_000;

const outputSpeedSchema = z.strictObject({
  /** Pages print it to one decimal, so it has at most one. */
  tokensPerSecond: z
    .number({ error: 'tokensPerSecond must be a number' })
    .positive('tokensPerSecond must be positive')
    .max(maxTokensPerSecond, `tokensPerSecond above ${maxTokensPerSecond.toLocaleString('en')} is not plausible; check the figure`)
    .refine((value) => hasAtMostDecimals(value, 1), 'tokensPerSecond has more than one decimal place; pages print speeds to a tenth of a token per second'),
  /** The source gives it as "about". */
  approximate: z.boolean().default(true),
  source: source(),
});

/** A cap one provider's API surface puts on output, e.g. max_completion_tokens ≤ 2048 on an OpenAI-compatible endpoint. */
const outputCapSchema = z.strictObject({
  /** Most output tokens a request may ask for there. */
  value: tokenCount('value', '2048'),
  /** The request parameter that carries it. */
  parameter: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'parameter names are snake_case'),
  /** The protocols it applies to; all of the offer's when left out. */
  protocols: z.array(z.enum(protocols, { error: `protocol must be one of ${protocols.join(', ')}` })).optional(),
  source: source(),
});

/** One provider's offer of a variant: where to call it, under which model ID, with which limits, at which price. */
export const offerSchema = z.strictObject({
  /** Provider id: a folder under content/providers/. */
  provider: providerId,
  /** The `model` value to send to this provider (Cloudsway's "MaaS_Minimax_M2.7_20260318" is not MiniMax's "MiniMax-M2.7"). */
  modelId: z
    .string({ error: (iss) => (iss.input === undefined ? 'missing modelId: the model value to send to this provider' : 'modelId must be text, e.g. "MiniMax-M2.5"') })
    .regex(/^[A-Za-z0-9][\w.:/-]*$/, 'modelId has no spaces or quotes'),
  /** The protocols this offer is served over; each needs a base URL in the provider's file. All of the provider's when left out. */
  protocols: z.array(z.enum(protocols, { error: `protocol must be one of ${protocols.join(', ')}` })).min(1).optional(),
  /** Context window on this surface, where the provider states it. */
  contextWindow: tokenCount('contextWindow', '204800').optional(),
  /** Output cap of this surface, where the provider states one. */
  outputCap: outputCapSchema.optional(),
  /** Output speed here, where the provider states it. */
  outputSpeed: outputSpeedSchema.optional(),
  /** The price rule in effect. */
  price: priceRuleSchema,
  /** Earlier price rules, oldest first, each with the day it took effect (`since`) and its source. */
  history: z.array(earlierPriceRuleSchema).default([]),
  /** The last day the provider serves this offer, where it ends before the model does. */
  until: isoDate.optional(),
  /** Where the offer's model ID, endpoint and limits are stated. */
  source: source(),
  /** When they were last checked. */
  checked: isoDate,
  /** When the offer entered the catalog. */
  added: isoDate,
});

/** A benchmark score and where it was published. */
const scoreSchema = z.strictObject(
  {
    /** Percent, 0–100. */
    score: z.number({ error: 'score must be a number of percent' }).min(0, 'a score is a percentage from 0 to 100').max(100, 'a score is a percentage from 0 to 100').refine((value) => hasAtMostDecimals(value, 2), 'a score has at most two decimal places, as its source states it'),
    source: source(),
  },
  { error: (iss) => (iss.code === 'invalid_type' && typeof iss.input === 'number' ? 'a score needs its source: write { score: 75.8, source: "…" }' : undefined) },
);

/** The facts a conflict may concern. */
const conflictFields = ['contextWindow', 'maxOutputTokens', 'releaseDate', 'modalities.input', 'modalities.output'] as const;

/** A figure another source states differently from the one the site shows. */
const factConflictSchema = z.strictObject({
  /** Stable id; every locale explains it in `conflictNotes`. */
  id: slug,
  /** The fact it concerns. */
  field: z.enum(conflictFields, { error: `field must be one of ${conflictFields.join(', ')}` }),
  /** What the other source states, as it states it. */
  stated: oneLine('stated'),
  /** The other source. */
  source: source(),
});

/** Facts of a variant, typed once in its `en.md`. */
export const variantFactsShape = {
  /** The model's own ID, as its maker names it; unique across the catalog. */
  modelId: z
    .string({ error: (iss) => (iss.input === undefined ? 'missing modelId: the model\'s own ID, e.g. "MiniMax-M2.5"' : 'modelId must be text, e.g. "MiniMax-M2.5"') })
    .regex(/^[A-Za-z0-9][\w.:/-]*$/, 'modelId has no spaces or quotes'),
  /** Display name; defaults to the model ID. */
  name: oneLine('name').optional(),
  /** Lifecycle status. */
  status: z.enum(variantStatuses, { error: `status must be one of ${variantStatuses.join(', ')}` }),
  /** The day a preview or active variant's status took effect (it left preview, say); the feeds announce it. Deprecated and retired variants date theirs with `deprecated` and `retires`. */
  statusSince: isoDate.optional(),
  /** The day the maker deprecated it (announced its end); required for a deprecated or retired variant. */
  deprecated: isoDate.optional(),
  /** The day it stops (or stopped) being served; required for a retired variant. */
  retires: isoDate.optional(),
  /** The variant to move to: a slug of the same family, or `family/slug` for another family. */
  successor: z.string({ error: 'successor must be a variant slug such as "m2.5", or family/slug' }).regex(/^(?:[a-z0-9][a-z0-9.-]*\/)?[a-z0-9][a-z0-9.-]*$/, 'successor must be a variant slug such as "m2.5", or family/slug').optional(),
  /** When the maker released it. */
  releaseDate: isoDate,
  /** Context window in tokens (input and output together). */
  contextWindow: tokenCount('contextWindow', '204800'),
  /** Most tokens the model can generate in one response. */
  maxOutputTokens: tokenCount('maxOutputTokens', '131072'),
  /** Open weights, where the maker publishes them. */
  openWeights: z
    .strictObject({
      /** Where the weights are published. */
      weightsUrl: z.url({ error: 'weightsUrl must be a URL', protocol: /^https?$/ }),
      /** Licence name, where a source states it. */
      license: oneLine('license').optional(),
    })
    .optional(),
  /** Where the model facts above (release date, context, maximum output, modalities, weights) are stated. */
  factsSource: source('factsSource'),
  /** Figures another source states differently, and which one the site shows (explained per locale in conflictNotes). */
  conflicts: z.array(factConflictSchema).default([]),
  /** Scores by benchmark id, each with its source. */
  benchmarks: z
    .partialRecord(z.enum(benchmarkIds, { error: `benchmark must be one of ${benchmarkIds.join(', ')}` }), scoreSchema)
    .default({}),
  /** Slug of a sibling whose weights this variant serves (e.g. a faster deployment); scores it lacks are inherited. */
  sharesWeightsWith: slug.optional(),
  ...Object.fromEntries(Object.entries(sharedFacts).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof sharedFacts]: z.ZodOptional<(typeof sharedFacts)[K]>;
  },
  /** Who sells it: one offer per provider. */
  offers: z.array(offerSchema, { error: 'offers must be a list: one entry per provider that serves the variant' }).min(1, 'list at least one offer: the providers that serve this variant'),
  added: isoDate,
  updated: isoDate,
};

const faqItem = z.strictObject({
  /** Stable topic id; every locale answers the same ids. */
  id: slug,
  question: oneLine('question'),
  answer: text('answer'),
});

/** Words of a family page, in every locale. */
export const familyWordsShape = {
  /** Heading of the family page. */
  title: oneLine('title'),
  /** One or two sentences for the meta description and the index. */
  summary: text('summary').max(220, 'summary is a meta description: keep it to 220 characters'),
  /** The architecture, in words. */
  architectureSummary: text('architectureSummary'),
  /** What each request parameter does, by name; must cover the family's parameters exactly. */
  parameterDescriptions: z.record(z.string(), oneLine('parameter description')),
  /** What each extra message role is for, by role; must cover the family's roles exactly. */
  roleDescriptions: z.record(z.string(), oneLine('role description')).default({}),
  /** Questions and answers shown on the family page. */
  faq: z.array(faqItem).min(1),
};

/** Words of a variant page, in every locale. */
export const variantWordsShape = {
  /** One sentence for the meta description and the page lede. */
  summary: text('summary').max(200, 'summary is a meta description: keep it to 200 characters'),
  /** What the variant is good for. */
  useCases: z
    .array(z.strictObject({ id: slug, title: oneLine('title'), description: text('description') }))
    .min(1),
  /** Questions and answers on the spec sheet. */
  faq: z.array(faqItem).default([]),
  /** Why the site shows the figure it shows, per conflict id of the en file. */
  conflictNotes: z.record(z.string(), oneLine('conflict note')).default({}),
};

/** Facts of a provider, typed once in `content/providers/<id>/en.md`. */
export const providerFactsShape = {
  /** Display name, e.g. RunAPI. */
  name: oneLine('name'),
  /** maker: the model maker's own API; reseller: sells other makers' models under its own key; gateway: a cloud platform's model service. */
  kind: z.enum(providerKinds, { error: `kind must be one of ${providerKinds.join(', ')}` }),
  /** Home page, where a source names one. */
  website: z.url({ error: 'website must be a URL', protocol: /^https?$/ }).optional(),
  /** API documentation, where there is a public one. */
  docsUrl: z.url({ error: 'docsUrl must be a URL', protocol: /^https?$/ }).optional(),
  /** The SDK base URL per protocol, e.g. https://api.minimax.io/v1 for OpenAI Chat Completions. `{name}` marks a per-account part (see urlParameters). */
  baseUrls: z
    .array(
      z.strictObject({
        protocol: z.enum(protocols, { error: `protocol must be one of ${protocols.join(', ')}` }),
        url: z.string().regex(/^https:\/\/[\w.-]+(?::\d+)?(?:\/[\w.~%{}-]+)*$/, 'url must be an https URL without a trailing slash, query or spaces'),
      }),
    )
    .min(1, 'list at least one base URL'),
  /** HTTP header that carries the API key, and its value prefix. */
  auth: z.strictObject({ header: z.string().regex(/^[A-Za-z][\w-]*$/, 'header must be an HTTP header name'), scheme: z.string().regex(/^\w*$/, 'scheme is one word such as Bearer, or empty') }),
  /** Environment variable the quick starts read the key from. */
  apiKeyEnvVar: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'apiKeyEnvVar is an upper-case environment variable name'),
  /** Per-account parts of a base URL, such as Cloudsway's {endpointPath}: each read from an environment variable in the quick starts. */
  urlParameters: z
    .array(z.strictObject({ name: z.string().regex(/^[A-Za-z]\w*$/), envVar: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'envVar is an upper-case environment variable name') }))
    .default([]),
  /** Where these facts are stated. */
  source: source(),
  /** When they were last checked. */
  checked: isoDate,
  added: isoDate,
};

/** Words of a provider, in every locale: what it is, and its own billing and policy statements. */
export const providerWordsShape = {
  /** One line: what the provider is. */
  description: oneLine('description'),
  /** The provider's own billing and policy statements, said as its terms. */
  terms: z.array(z.strictObject({ id: slug, text: text('text') })).default([]),
  /** Where to find each per-account URL part, by name. */
  urlParameterHelp: z.record(z.string(), oneLine('url parameter help')).default({}),
  faq: z.array(faqItem).default([]),
};

export const familySourceSchema = z.strictObject({ ...familyFactsShape, ...familyWordsShape });
export const familyTranslationSchema = z.strictObject(familyWordsShape);
export const variantSourceSchema = z.strictObject({ ...variantFactsShape, ...variantWordsShape });
export const variantTranslationSchema = z.strictObject(variantWordsShape);
export const providerSourceSchema = z.strictObject({ ...providerFactsShape, ...providerWordsShape });
export const providerTranslationSchema = z.strictObject(providerWordsShape);

export type FamilySource = z.output<typeof familySourceSchema>;
export type FamilyWords = z.output<typeof familyTranslationSchema>;
export type VariantSource = z.output<typeof variantSourceSchema>;
export type VariantWords = z.output<typeof variantTranslationSchema>;
export type ProviderSource = z.output<typeof providerSourceSchema>;
export type ProviderWords = z.output<typeof providerTranslationSchema>;
export type PriceRule = z.output<typeof priceRuleSchema>;
export type ExactPriceRule = Extract<PriceRule, { type: 'rate' }>;
/** A rule as history tables and feeds read it: current or earlier, `since` known or not. */
export type DatedPriceRule = PriceRule | EarlierPriceRule;
export type PriceTier = ExactPriceRule['tiers'][number];
export type EarlierPriceRule = z.output<typeof earlierPriceRuleSchema>;
export type OfferSource = z.output<typeof offerSchema>;
export type FactConflict = z.output<typeof factConflictSchema>;
export type RequestParameter = z.output<typeof parameterSchema>;
export type Architecture = z.output<typeof architectureSchema>;
export type ApiSurface = z.output<typeof apiSchema>;

/** Keys that are facts: allowed only in `en` files. */
export const familyFactKeys = Object.keys(familyFactsShape);
export const variantFactKeys = Object.keys(variantFactsShape);
export const providerFactKeys = Object.keys(providerFactsShape);
