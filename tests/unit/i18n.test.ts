import { describe, expect, test } from 'vitest';
import { dictionaries, pluralDataset, resolveMessage, translate, type Message, type UiKey } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { localeCodes, locales, sourceLocale, type Locale } from '../../src/config/locales';

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const categories = (locale: Locale) => new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories;
const englishKeys = Object.keys(en) as UiKey[];
const ownKeys = (locale: Locale) => Object.keys(dictionaries[locale]) as UiKey[];

describe('UI dictionaries', () => {
  test('English is complete: every message has text, plural forms exactly its categories, every form the same slots', () => {
    for (const key of englishKeys) {
      const message: Message = en[key];
      expect(
        forms(message).filter((text) => text.trim() === ''),
        key,
      ).toEqual([]);
      if (typeof message !== 'string') expect(Object.keys(message).sort(), key).toEqual([...categories('en')].sort());
      expect(new Set(forms(message).map((text) => slots(text).join())).size, key).toBe(1);
    }
  });

  for (const locale of localeCodes.filter((code) => code !== sourceLocale)) {
    test(`${locale} holds only English keys, with English's slots and its own plural categories`, () => {
      const dictionary: Partial<Record<string, Message>> = dictionaries[locale];
      expect(Object.keys(dictionary).filter((key) => !(key in en))).toEqual([]);
      const wrongSlots: string[] = [];
      const wrongForms: string[] = [];
      for (const key of ownKeys(locale)) {
        const message = dictionary[key];
        if (message === undefined) continue;
        const expected = slots(forms(en[key])[0] ?? '').join();
        if (forms(message).some((text) => text.trim() === '' || slots(text).join() !== expected)) wrongSlots.push(key);
        // Plain text stands for every count only where the language has one category (Chinese: "other").
        const written = typeof message === 'string' ? ['other'] : Object.keys(message).sort();
        if (typeof en[key] !== 'string' && written.join() !== [...categories(locale)].sort().join()) wrongForms.push(key);
      }
      expect({ wrongSlots, wrongForms }).toEqual({ wrongSlots: [], wrongForms: [] });
    });

    test(`${locale} holds no copy of what its fallback chain already says`, () => {
      const [next] = locales[locale].fallback;
      if (next === undefined) throw new Error(`${locale} has no fallback chain`);
      const copies = ownKeys(locale).filter((key) => JSON.stringify(dictionaries[locale][key]) === JSON.stringify(resolveMessage(next, key).message));
      expect(copies).toEqual([]);
    });

    test(`${locale}'s fallback chain ends in English and never strips the region`, () => {
      const chain = locales[locale].fallback;
      expect(chain.at(-1)).toBe(sourceLocale);
      expect(chain).not.toContain(locale);
    });
  }

  test('a key a locale lacks comes from the first locale along its chain that has it', () => {
    for (const locale of localeCodes) {
      for (const key of englishKeys) {
        const from = [locale, ...locales[locale].fallback].find((code) => dictionaries[code][key] !== undefined);
        expect(resolveMessage(locale, key), `${locale} ${key}`).toEqual({ message: dictionaries[from ?? 'en'][key], from });
      }
    }
    // zh-HK writes "variant" its own way, and takes the words it shares with Taiwan from zh-TW.
    expect(translate('zh-HK', 'catalog.tableCaption')).toBe('所有型號');
    expect(translate('zh-HK', 'nav.language')).toBe(dictionaries['zh-TW']['nav.language']);
    expect(translate('zh-TW', 'quickstart.curl')).toBe('curl');
  });

  // Written out, not generated: a key newly missing from a locale (or newly written where
  // its chain already says the same) shows up here by name, and the change is reviewed.
  test('the keys each locale takes from its fallback chain, and from which locale', () => {
    const fallbacks = Object.fromEntries(
      localeCodes.map((locale) => {
        const byLocale: Partial<Record<Locale, string[]>> = {};
        for (const key of englishKeys) {
          const { from } = resolveMessage(locale, key);
          if (from !== locale) (byLocale[from] ??= []).push(key);
        }
        return [locale, byLocale];
      }),
    );
    expect(fallbacks).toEqual(expectedFallbacks);
  });
});

describe('plural forms', () => {
  test('English picks "one" or "other" by the count and prints it in its digits', () => {
    expect(translate('en', 'catalog.familyCount', { count: 1 })).toBe('1 variant');
    expect(translate('en', 'catalog.familyCount', { count: 2 })).toBe('2 variants');
    expect(translate('en', 'catalog.familyCount', { count: 0 })).toBe('0 variants');
    expect(translate('en', 'value.tokens', { count: 204800 })).toBe('204,800 tokens');
    expect(translate('en', 'compare.shown', { shown: '{shown}', count: 1 })).toBe('{shown} of 1 variant shown');
    expect(translate('en', 'verdict.score', { better: 'A', count: 1, benchmark: 'B' })).toBe('A scores 1 point higher on B.');
  });

  test('a fractional count is shown and chosen by to one decimal', () => {
    expect(translate('en', 'diff.points', { sign: '+', count: 6.5 })).toBe('+6.5 points');
    expect(translate('en', 'diff.points', { sign: '−', count: 1.04 })).toBe('−1 point');
    expect(translate('en', 'diff.points', { sign: '+', count: 1.06 })).toBe('+1.1 points');
  });

  test('Chinese has one form for every count', () => {
    expect(categories('zh-TW')).toEqual(['other']);
    expect(translate('zh-TW', 'catalog.familyCount', { count: 1 })).toBe('1 個版本');
    expect(translate('zh-HK', 'catalog.familyCount', { count: 1000 })).toBe('1,000 個型號');
  });

  test('a plural message refuses a count that is not a number', () => {
    // @ts-expect-error: a formatted count cannot choose a form
    expect(() => translate('en', 'value.tokens', { count: '5' })).toThrow(/needs \{count\} as a number/);
    // @ts-expect-error: nor can a missing one
    expect(() => translate('en', 'value.tokens', {})).toThrow(/needs \{count\} as a number/);
  });

  test('the browser gets every form of its locale, with {count} left to fill', () => {
    expect(pluralDataset('en', 'search.results', { query: '{query}' })).toEqual({
      'data-one': '{count} result for “{query}”',
      'data-other': '{count} results for “{query}”',
    });
    expect(pluralDataset('zh-HK', 'search.results', { query: 'q' })).toEqual({ 'data-other': '「q」共有 {count} 項結果' });
  });
});

test('translate fills slots and refuses to leave one empty', () => {
  expect(translate('en', 'variant.title', { name: 'X' })).toBe('X API: pricing, specs and quick start');
  expect(() => translate('en', 'variant.title')).toThrow(/needs a value for \{name\}/);
  expect(() => translate('en', 'nav.home', { name: 'X' })).toThrow(/no slot/);
});

const expectedFallbacks: Record<Locale, Partial<Record<Locale, string[]>>> = {
  en: {},
  'zh-TW': {
    en: [
      'protocol.openai-chat-completions',
      'protocol.openai-responses',
      'protocol.anthropic-messages',
      'quickstart.curl',
      'quickstart.python',
      'quickstart.javascript',
      'value.none',
      'history.rateChange',
    ],
  },
  'zh-HK': {
    'zh-TW': [
      'site.name',
      'nav.language',
      'nav.models',
      'home.heading',
      'home.enter',
      'catalog.heading',
      'table.family',
      'table.modelId',
      'table.context',
      'table.inputPrice',
      'table.outputPrice',
      'table.speed',
      'table.status',
      'price.perMillion',
      'price.perThousand',
      'price.input',
      'price.output',
      'family.architectureHeading',
      'family.faqHeading',
      'arch.type',
      'arch.type.mixture-of-experts',
      'arch.totalParameters',
      'arch.activeParameters',
      'arch.attention',
      'arch.attention.sparse',
      'arch.attention.linear',
      'arch.attention.hybrid',
      'arch.about',
      'variant.specHeading',
      'variant.specCaption',
      'spec.modelId',
      'spec.family',
      'spec.modality',
      'spec.taskType',
      'spec.outputSpeed',
      'spec.status',
      'spec.architecture',
      'spec.benchmark',
      'spec.score',
      'spec.note',
      'value.labelled',
      'value.separator',
      'value.tokens',
      'value.tokensPerSecond',
      'value.aboutTokensPerSecond',
      'value.modality',
      'modality.text',
      'modality.audio',
      'modality.video',
      'taskType.synchronous',
      'status.preview',
      'status.retired',
      'label.fastest',
      'label.largestContext',
      'quickstart.heading',
      'code.copy',
      'code.copied',
      'code.copyFailed',
      'params.heading',
      'params.caption',
      'params.name',
      'params.default',
      'params.maxItems',
      'params.role',
      'recent.change',
      'family.retiredItem',
      'response.heading',
      'mirror.field',
      'mirror.value',
      'mirror.source',
      'llms.families',
      'llms.catalog',
      'llms.fullText',
      'nav.compare',
      'parts.crumb',
      'parts.navLabel',
      'parts.range',
      'parts.item',
      'parts.title',
      'parts.caption',
      'compare.filters',
      'compare.filterFamily',
      'compare.allFamilies',
      'compare.filterCapability',
      'compare.anyCapability',
      'compare.filterPrice',
      'compare.apply',
      'table.blended',
      'table.capabilities',
      'capability.jsonMode',
      'capability.streaming',
      'chart.yAxis',
      'pair.heading',
      'pair.measure',
      'pair.differencesHeading',
      'pair.verdictHeading',
      'pair.specSheets',
      'diff.free',
      'diff.same',
      'diff.larger',
      'diff.smaller',
      'diff.faster',
      'diff.slower',
      'diff.points',
      'verdict.sameSpeed',
      'variant.scores',
      'variant.fullComparison',
      'calc.submit',
      'calc.result',
      'calc.example.chat',
      'calc.example.monthly',
      'search.label',
      'search.placeholder',
      'search.submit',
      'search.title',
      'search.lede',
      'feed.title',
      'feed.added',
      'feed.offerAdded',
      'feed.offerAddedSummary',
      'feed.familyTitle',
      'feed.variantTitle',
      'feed.tier',
      'feed.priceChangePercents',
      'feed.source',
      'feed.status',
      'feed.statusSummary',
      'feed.retiresOn',
      'feed.retired',
      'feed.retiredSummary',
      'feed.listSeparator',
      'notFound.title',
      'card.price',
      'table.pricesAt',
      'value.tokensWithShort',
      'price.cacheRead',
      'price.cacheWrite',
      'price.listedAs',
      'price.notListed',
      'basis.note',
      'family.maker',
      'family.providersHeading',
      'family.providersCaption',
      'provider.kind',
      'provider.kind.maker',
      'provider.kind.reseller',
      'provider.prices',
      'provider.exactAll',
      'faq.servedBy.question',
      'faq.servedBy.line',
      'faq.cheapest.listed',
      'offers.provider',
      'offers.modelId',
      'offers.input',
      'offers.output',
      'offers.cacheRead',
      'offers.cacheWrite',
      'offers.context',
      'offers.maxOutput',
      'offers.speed',
      'offers.source',
      'offers.termsHeading',
      'offer.basis',
      'offer.cap',
      'offer.allProtocols',
      'offer.modelMax',
      'offer.modelContext',
      'spec.maker',
      'spec.maxOutput',
      'spec.openWeights',
      'spec.openWeightsYes',
      'spec.openWeightsLicence',
      'spec.factsSource',
      'spec.source',
      'conflict.heading',
      'conflict.field',
      'conflict.stated',
      'conflict.source',
      'conflict.note',
      'conflict.field.maxOutputTokens',
      'conflict.field.modalities.input',
      'conflict.field.modalities.output',
      'quickstart.urlParameter',
      'calc.cachedShare',
      'calc.cached',
      'pair.inputAt',
      'pair.outputAt',
      'pair.blendedAt',
      'pair.speedAt',
      'history.heading',
      'history.since',
      'history.change',
      'history.chartUnit',
      'history.chartLine',
    ],
    en: [
      'protocol.openai-chat-completions',
      'protocol.openai-responses',
      'protocol.anthropic-messages',
      'quickstart.curl',
      'quickstart.python',
      'quickstart.javascript',
      'value.none',
      'history.rateChange',
    ],
  },
};
