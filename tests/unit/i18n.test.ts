import { describe, expect, test } from 'vitest';
import { dictionaries, translate } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { localeCodes } from '../../src/config/locales';

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  for (const locale of localeCodes) {
    test(`${locale} has exactly the English keys, with the same slots`, () => {
      const dictionary = dictionaries[locale] as Record<string, string>;
      const missing = Object.keys(en).filter((key) => !(key in dictionary));
      const unknown = Object.keys(dictionary).filter((key) => !(key in en));
      expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
      const mismatched = Object.entries(en).filter(([key, text]) => JSON.stringify(slots(text)) !== JSON.stringify(slots(dictionary[key] ?? '')));
      expect(mismatched.map(([key]) => key)).toEqual([]);
      const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
    });
  }

  test('translate fills slots and refuses to leave one empty', () => {
    expect(translate('en', 'variant.title', { name: 'X' })).toBe('X API: pricing, specs and quick start');
    expect(() => translate('en', 'variant.title')).toThrow(/needs a value for \{name\}/);
    expect(() => translate('en', 'nav.home', { name: 'X' })).toThrow(/no slot/);
  });
});
