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
  const parts = compiledTemplate(locale, key);
  // Even indexes are text, odd ones slot names: "a {x} b" → ["a ", "x", " b"].
  let result = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${key}" (${locale}) needs a value for {${name}}`);
    result += String(value) + (parts[i + 1] ?? '');
  }
  for (const name in values) {
    if (!slotsOf(parts).has(name)) {
      const unused = Object.keys(values).filter((n) => !slotsOf(parts).has(n));
      throw new Error(`UI string "${key}" (${locale}) has no slot for ${unused.map((n) => `{${n}}`).join(', ')}`);
    }
  }
  return result;
}

// Templates split once into text and slot names: translate() is called hundreds of thousands
// of times in a large build, and a regex pass over the template each time was among its hottest functions.
// One map per locale, so a lookup builds no key string.
const compiled = new Map<Locale, Map<UiKey, string[]>>();
function compiledTemplate(locale: Locale, key: UiKey): string[] {
  let templates = compiled.get(locale);
  if (!templates) compiled.set(locale, (templates = new Map()));
  let parts = templates.get(key);
  if (!parts) templates.set(key, (parts = dictionaries[locale][key].split(/\{(\w+)\}/)));
  return parts;
}
const slotSets = new WeakMap<string[], Set<string>>();
function slotsOf(parts: string[]): Set<string> {
  let slots = slotSets.get(parts);
  if (!slots) slotSets.set(parts, (slots = new Set(parts.filter((_, i) => i % 2 === 1))));
  return slots;
}

/** A translator bound to one locale, for templates: `t('spec.modelId')`. */
export function useTranslations(locale: Locale): (key: UiKey, values?: UiValues) => string {
  return (key, values) => translate(locale, key, values);
}
