/**
 * Schemas of the content files. Facts are typed once, in the `en` file; the other
 * locales carry words only. Every object is strict: an unknown key is an error, so
 * a typo never silently drops a fact.
 */
import { z } from 'zod';
import { benchmarkIds } from '../../config/benchmarks';

const text = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `missing ${what}` : `${what} must be text`) })
    .trim()
    .min(1, `${what} cannot be empty`);

/** Text that lands in titles, table cells and link labels, where a line break has no place. */
const oneLine = (what: string) => text(what).regex(/^[^\r\n]*$/, `${what} must be on one line`);

const usd = (what: string) =>
  z
    .number({ error: `${what} must be a number of US dollars, e.g. 0.15` })
    .nonnegative(`${what} cannot be negative`);

/** A calendar date written as YAML `2026-11-20` or a quoted string of that form. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'expected a date written as YYYY-MM-DD' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD'),
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
export const jsonTypes = ['string', 'number', 'integer', 'boolean', 'array', 'object'] as const;

const endpointSchema = z.strictObject({
  /** HTTP method of the call. */
  method: z.enum(['POST', 'GET'], { error: 'method must be POST or GET' }),
  /** Path below the gateway origin, e.g. `/v1/chat/completions`. */
  path: z.string().regex(/^\/[\w./-]+$/, 'path must start with / and contain no spaces'),
  /** Which API surface the path speaks. */
  protocol: z.enum(protocols, { error: `protocol must be one of ${protocols.join(', ')}` }),
});

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

const architectureSchema = z.strictObject({
  /** e.g. mixture-of-experts, dense. */
  type: z.enum(['mixture-of-experts', 'dense']).optional(),
  /** Total parameters, in billions. */
  totalParametersB: z.number().positive().optional(),
  /** Parameters active per token, in billions. */
  activeParametersB: z.number().positive().optional(),
  /** Number of experts (mixture-of-experts only). */
  experts: z.number().int().positive().optional(),
  /** Attention mechanism, where the provider names it. */
  attention: z.enum(['full', 'sparse', 'linear', 'hybrid']).optional(),
});

const modalitiesSchema = z.strictObject({
  input: z.array(z.enum(modalities)).min(1),
  output: z.array(z.enum(modalities)).min(1),
});

const licenseSchema = z.strictObject({
  /** Whether outputs may be used commercially through the API. */
  commercialUse: z.boolean({ error: 'commercialUse must be true or false' }),
});

/** Facts a family shares with its variants; a variant may override the optional ones. */
const sharedFacts = {
  /** What goes in and comes out. */
  modalities: modalitiesSchema,
  /** synchronous: the answer comes in the response; asynchronous: a task to poll. */
  taskType: z.enum(['synchronous', 'asynchronous']),
  /** Where and how the variants are called. */
  endpoints: z.array(endpointSchema).min(1, 'list at least one endpoint'),
  /** Commercial licence terms. */
  license: licenseSchema,
  /** Architecture facts. */
  architecture: architectureSchema,
  /** Request and response surface. */
  api: apiSchema,
};

/** Facts of a family, typed once in its `en.md`. */
export const familyFactsShape = {
  /** Display name, e.g. MiniMax. */
  name: oneLine('name'),
  /** Company that trains and serves the models. */
  provider: text('provider'),
  /** Variant slugs in the order pages list them; must name every variant folder exactly once. */
  variantOrder: z.array(slug).min(1, 'list the family\'s variants'),
  ...sharedFacts,
  /** When the family entered the catalog. */
  added: isoDate,
  /** When its facts were last checked. */
  updated: isoDate,
};

const priceConflictSchema = z.strictObject({
  /** The figure another source stated, as a flat rate per 1K tokens. */
  flatPerThousand: usd('flatPerThousand').optional(),
  /** The figures another source stated, per 1M tokens. */
  inputPerMillion: usd('inputPerMillion').optional(),
  outputPerMillion: usd('outputPerMillion').optional(),
  /** Where the conflicting figure was seen. */
  source: text('source'),
});

/** One canonical price list; every displayed price is derived from it. */
export const pricingSchema = z
  .strictObject({
    /** USD per 1M input tokens. */
    inputPerMillion: usd('inputPerMillion').optional(),
    /** USD per 1M output tokens. */
    outputPerMillion: usd('outputPerMillion').optional(),
    /** USD per 1K tokens, input and output alike, where a source states only that. */
    flatPerThousand: usd('flatPerThousand').optional(),
    /** Where the source stated the price. */
    source: text('source'),
    /** Other figures seen for this variant and set aside, with where they came from. */
    conflicts: z.array(priceConflictSchema).default([]),
  })
  .superRefine((p, ctx) => {
    const perMillion = p.inputPerMillion !== undefined || p.outputPerMillion !== undefined;
    if (perMillion && p.flatPerThousand !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'give either inputPerMillion and outputPerMillion, or flatPerThousand, not both' });
    } else if (perMillion && (p.inputPerMillion === undefined || p.outputPerMillion === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'inputPerMillion and outputPerMillion go together: give both' });
    } else if (!perMillion && p.flatPerThousand === undefined) {
      ctx.addIssue({ code: 'custom', message: 'missing price: give inputPerMillion and outputPerMillion, or flatPerThousand' });
    }
  });

/** A past price and the day it stopped applying: the feed announces each change. */
const priceChangeSchema = z
  .strictObject({
    /** The day the next price took effect. */
    date: isoDate,
    /** The price before that day, in the same form as `pricing`. */
    inputPerMillion: usd('inputPerMillion').optional(),
    outputPerMillion: usd('outputPerMillion').optional(),
    flatPerThousand: usd('flatPerThousand').optional(),
  })
  .refine((c) => c.flatPerThousand !== undefined || (c.inputPerMillion !== undefined && c.outputPerMillion !== undefined), {
    message: 'a previous price needs inputPerMillion and outputPerMillion, or flatPerThousand',
  });

/** Facts of a variant, typed once in its `en.md`. */
export const variantFactsShape = {
  /** The `model` value sent to the API; unique across the catalog. */
  sdkModelId: z
    .string({ error: 'sdkModelId must be text, e.g. "MiniMax-M2.5"' })
    .regex(/^[A-Za-z0-9][\w.:/-]*$/, 'sdkModelId has no spaces or quotes'),
  /** Display name; defaults to the SDK model ID. */
  name: oneLine('name').optional(),
  /** Lifecycle status. */
  status: z.enum(variantStatuses, { error: `status must be one of ${variantStatuses.join(', ')}` }),
  /** Context window in tokens (input and output together). */
  contextWindow: z
    .number({ error: 'contextWindow must be a whole number of tokens, e.g. 204800' })
    .int('contextWindow must be a whole number of tokens')
    .positive('contextWindow must be positive'),
  /** Typical output speed, where a source states it. */
  outputSpeed: z
    .strictObject({
      tokensPerSecond: z.number({ error: 'tokensPerSecond must be a number' }).positive(),
      /** The source gives it as "about". */
      approximate: z.boolean().default(true),
      source: text('source'),
    })
    .optional(),
  pricing: pricingSchema,
  /** Scores in percent, by benchmark id. */
  benchmarks: z
    .partialRecord(z.enum(benchmarkIds, { error: `benchmark must be one of ${benchmarkIds.join(', ')}` }), z.number().min(0).max(100, 'a score is a percentage from 0 to 100'))
    .default({}),
  /** Earlier prices, oldest first; each with the day it was replaced. */
  priceChanges: z.array(priceChangeSchema).default([]),
  /** Slug of a sibling whose weights this variant serves (e.g. a faster deployment); scores it lacks are inherited. */
  sharesWeightsWith: slug.optional(),
  ...Object.fromEntries(Object.entries(sharedFacts).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof sharedFacts]: z.ZodOptional<(typeof sharedFacts)[K]>;
  },
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
};

export const familySourceSchema = z.strictObject({ ...familyFactsShape, ...familyWordsShape });
export const familyTranslationSchema = z.strictObject(familyWordsShape);
export const variantSourceSchema = z.strictObject({ ...variantFactsShape, ...variantWordsShape });
export const variantTranslationSchema = z.strictObject(variantWordsShape);

export type FamilySource = z.output<typeof familySourceSchema>;
export type FamilyWords = z.output<typeof familyTranslationSchema>;
export type VariantSource = z.output<typeof variantSourceSchema>;
export type VariantWords = z.output<typeof variantTranslationSchema>;
export type Pricing = z.output<typeof pricingSchema>;
export type PriceChange = z.output<typeof priceChangeSchema>;
export type RequestParameter = z.output<typeof parameterSchema>;
export type Endpoint = z.output<typeof endpointSchema>;
export type Architecture = z.output<typeof architectureSchema>;
export type ApiSurface = z.output<typeof apiSchema>;

/** Keys that are facts: allowed only in `en` files. */
export const familyFactKeys = Object.keys(familyFactsShape);
export const variantFactKeys = Object.keys(variantFactsShape);
