/** UI string lookup: one dictionary per locale, typed against English. */
import type { Locale } from '../config/locales';
import { en, type UiDictionary, type UiKey } from './en';
import { zhTW } from './zh-TW';
import { zhHK } from './zh-HK';

export type { UiKey, UiDictionary };

/** Every locale's dictionary, by URL segment. */
export const dictionaries: Readonly<Record<Locale, UiDictionary>> = { en, 'zh-TW': zhTW, 'zh-HK': zhHK };

/** Values interpolated into `{name}` slots. */
export type UiValues = Record<string, string | number>;

/**
 * Looks up `key` in `locale` and fills its `{slots}`. Throws on a slot without a
 * value (or a value without a slot) so a half-filled string can never ship.
 */
export function translate(locale: Locale, key: UiKey, values: UiValues = {}): string {
  const template = dictionaries[locale][key];
  // Most strings have no slots and are asked for with no values: the commonest call of a build.
  if (!template.includes('{')) {
    for (const name in values) throw new Error(`UI string "${key}" (${locale}) has no slot for {${name}}`);
    return template;
  }
  const used = new Set<string>();
  const result = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${key}" (${locale}) needs a value for {${name}}`);
    used.add(name);
    return String(value);
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length) throw new Error(`UI string "${key}" (${locale}) has no slot for ${unused.map((n) => `{${n}}`).join(', ')}`);
  return result;
}

/** A translator bound to one locale, for templates: `t('spec.modelId')`. */
export function useTranslations(locale: Locale): (key: UiKey, values?: UiValues) => string {
  return (key, values) => translate(locale, key, values);
}
