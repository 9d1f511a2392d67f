/** Test inputs: a valid provider, offer and variant with overrides, as models.dev's tests build theirs. */
import type { ExactPriceRule, PriceRule } from '../../src/lib/content/schema';
import type { Offer, Provider, Variant } from '../../src/lib/content/types';

const providerWords = { description: 'd', terms: [], urlParameterHelp: {}, faq: [], body: '' };

export function baseProvider(overrides: Partial<Provider> = {}): Provider {
  return {
    id: 'maker',
    name: 'Maker',
    kind: 'maker',
    baseUrls: [{ protocol: 'openai-chat-completions', url: 'https://api.maker.test/v1' }],
    auth: { header: 'Authorization', scheme: 'Bearer' },
    apiKeyEnvVar: 'MAKER_API_KEY',
    urlParameters: [],
    source: 'test',
    checked: '2026-01-01',
    added: '2026-01-01',
    file: 'content/providers/maker/en.md',
    words: { en: providerWords, 'zh-TW': providerWords, 'zh-HK': providerWords },
    ...overrides,
  };
}

/** An exact rule: input and output per 1M tokens, no cache, no tiers. */
export function rate(input: number, output: number, extra: Partial<ExactPriceRule> = {}): ExactPriceRule {
  return { type: 'rate', input, output, tiers: [], source: 'test', checked: '2026-01-01', ...extra };
}

export function baseOffer(price: PriceRule = rate(1, 2), overrides: Partial<Offer> = {}): Offer {
  return {
    provider: baseProvider(),
    modelId: 'Fam-V1',
    protocols: ['openai-chat-completions'],
    price,
    history: [],
    source: 'test',
    checked: '2026-01-01',
    added: '2026-01-01',
    ...overrides,
  };
}

/** A variant served by one offer, which is also its comparison basis; pass `offers` to change both. */
export function baseVariant(overrides: Partial<Variant> = {}): Variant {
  const words = { summary: 's', useCases: [], faq: [], conflictNotes: {}, body: 'b' };
  const offers = overrides.offers ?? [baseOffer()];
  return {
    slug: 'v1',
    familySlug: 'fam',
    name: 'Fam-V1',
    modelId: 'Fam-V1',
    status: 'active',
    releaseDate: '2026-01-01',
    contextWindow: 131072,
    maxOutputTokens: 32768,
    factsSource: 'test',
    conflicts: [],
    benchmarks: {},
    modalities: { input: ['text'], output: ['text'] },
    taskType: 'synchronous',
    architecture: {},
    api: { requestParameters: [{ name: 'model', type: ['string'], required: true }], extraRoles: [], responseFeatures: [] },
    offers,
    ...(offers[0] ? { basis: offers[0] } : {}),
    added: '2026-01-01',
    updated: '2026-01-01',
    file: 'content/models/fam/v1/en.md',
    words: { en: words, 'zh-TW': words, 'zh-HK': words },
    ...overrides,
  };
}

/** A variant whose basis offer has the given price rule. */
export function pricedVariant(price: PriceRule, overrides: Partial<Variant> = {}): Variant {
  return baseVariant({ offers: [baseOffer(price)], ...overrides });
}
