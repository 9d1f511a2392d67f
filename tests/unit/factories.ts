/** Test inputs: a valid variant with overrides, as models.dev's tests build theirs. */
import type { Variant } from '../../src/lib/content/types';

export function baseVariant(overrides: Partial<Variant> = {}): Variant {
  const words = { summary: 's', useCases: [], faq: [], body: 'b' };
  return {
    slug: 'v1',
    familySlug: 'fam',
    name: 'Fam-V1',
    sdkModelId: 'Fam-V1',
    status: 'active',
    contextWindow: 131072,
    pricing: { inputPerMillion: 1, outputPerMillion: 2, source: 'test', conflicts: [] },
    priceChanges: [],
    benchmarks: {},
    modalities: { input: ['text'], output: ['text'] },
    taskType: 'synchronous',
    endpoints: [{ method: 'POST', path: '/v1/chat/completions', protocol: 'openai-chat-completions' }],
    license: { commercialUse: true },
    architecture: {},
    api: { requestParameters: [{ name: 'model', type: ['string'], required: true }], extraRoles: [], responseFeatures: [] },
    added: '2026-01-01',
    updated: '2026-01-01',
    file: 'content/models/fam/v1/en.md',
    words: { en: words, 'zh-TW': words, 'zh-HK': words },
    ...overrides,
  };
}
