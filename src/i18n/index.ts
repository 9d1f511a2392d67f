/**
 * UI string lookup. English is complete and defines the keys; every other locale
 * holds only what it writes differently and takes the rest from its fallback chain
 * in the locale table (zh-HK → zh-TW → en). A message that names a count has a form
 * per plural category, chosen by the locale's `Intl.PluralRules`.
 */
import { locales, type Locale } from '../config/locales';
import { formatDecimal } from '../lib/format';
import { en, type LocaleDictionary, type Message, type PluralCategory, type PluralKey, type UiDictionary, type UiKey } from './en';
import { zhTW } from './zh-TW';
import { zhHK } from './zh-HK';

export type { LocaleDictionary, Message, PluralCategory, PluralKey, UiDictionary, UiKey };

/** Every locale's own dictionary, by URL segment; only `en` is complete. */
export const dictionaries: Readonly<Record<Locale, LocaleDictionary>> = { en, 'zh-TW': zhTW, 'zh-HK': zhHK };

/** Values interpolated into `{name}` slots. */
export type UiValues = Readonly<Record<string, string | number>>;

/**
 * The values a key takes: a message with plural forms needs the number its words
 * agree with as `count`, a number, since a formatted string cannot choose a form.
 */
export type UiValuesFor<K extends UiKey> = K extends PluralKey ? UiValues & { readonly count: number } : UiValues;

/**
 * The message `locale` shows for `key`, and the locale it comes from: the first
 * dictionary along the locale's fallback chain that has the key, English last.
 */
export function resolveMessage(locale: Locale, key: UiKey): { message: Message; from: Locale } {
  for (const code of [locale, ...locales[locale].fallback]) {
    const message = dictionaries[code][key];
    if (message !== undefined) return { message, from: code };
  }
  return { message: en[key], from: 'en' };
}

/**
 * Looks up `key` in `locale` (along its fallback chain), picks the plural form for
 * `count`, and fills the `{slots}`. A number given as `count` is printed in the
 * locale's digits (204,800). Throws on a slot without a value (or a value without a
 * slot) so a half-filled string can never ship.
 */
export function translate<K extends UiKey>(locale: Locale, key: K, values?: UiValuesFor<K>): string {
  const given: UiValues = values ?? noValues;
  const count = given['count'];
  const template = templateFor(locale, key, count);
  return fill(template, typeof count === 'number' ? { ...given, count: formatCount(count, locale) } : given, locale, key);
}
const noValues: UiValues = Object.freeze({});

/**
 * Every plural form `locale` has for `key`, as `data-<category>` attributes with the
 * other slots filled and `{count}` left for a script that learns the count only in the
 * browser (it picks the form with `Intl.PluralRules` on the page's language).
 */
export function pluralDataset(locale: Locale, key: PluralKey, values: UiValues = {}): Partial<Record<`data-${PluralCategory}`, string>> {
  const dataset: Partial<Record<`data-${PluralCategory}`, string>> = {};
  const forms = compiledTemplates(locale, key);
  for (const category of pluralRules(locale).resolvedOptions().pluralCategories) {
    dataset[`data-${category}`] = fill(formOf(forms, category), { ...values, count: '{count}' }, locale, key);
  }
  return dataset;
}

/** A translator bound to one locale, for templates: `t('spec.modelId')`. */
export function useTranslations(locale: Locale): <K extends UiKey>(key: K, values?: UiValuesFor<K>) => string {
  return (key, values) => translate(locale, key, values);
}

// A count prints with at most one decimal: counts are whole numbers except score points,
// which the site shows to one decimal; the plural rules round the same way, so "1.04 points"
// (shown as "1") reads "1 point".
const countDigits = 1;
function formatCount(count: number, locale: Locale): string {
  return formatDecimal(count, locale, countDigits);
}
const rules = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) rules.set(locale, (found = new Intl.PluralRules(locales[locale].intl, { maximumFractionDigits: countDigits })));
  return found;
}

/** A message split into text and slot names: even indexes are text, odd ones slot names ("a {x} b" → ["a ", "x", " b"]). */
type Template = readonly string[];
/** A plain message's template, or a plural message's templates by category. */
type Compiled = Template | Readonly<Partial<Record<PluralCategory, Template>>>;

function templateFor(locale: Locale, key: UiKey, count: string | number | undefined): Template {
  const compiled = compiledTemplates(locale, key);
  if (isTemplate(compiled)) return compiled;
  if (typeof count !== 'number') throw new Error(`UI string "${key}" (${locale}) has plural forms and needs {count} as a number, not ${JSON.stringify(count)}`);
  return formOf(compiled, pluralRules(locale).select(count));
}

// A message taken from a fallback locale may lack a category of this locale's rules; every message has "other".
function formOf(compiled: Compiled, category: PluralCategory): Template {
  if (isTemplate(compiled)) return compiled;
  return compiled[category] ?? compiled.other ?? [];
}

function isTemplate(compiled: Compiled): compiled is Template {
  return Array.isArray(compiled);
}

function fill(parts: Template, values: UiValues, locale: Locale, key: UiKey): string {
  let result = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${key}" (${locale}) needs a value for {${name}}`);
    result += String(value) + (parts[i + 1] ?? '');
  }
  // Every value was used above when there are as many values as distinct slots (each slot found its value).
  let given = 0;
  for (const name in values) if (Object.hasOwn(values, name)) given++;
  if (given !== slotsOf(parts).size) {
    const unused = Object.keys(values).filter((n) => !slotsOf(parts).has(n));
    throw new Error(`UI string "${key}" (${locale}) has no slot for ${unused.map((n) => `{${n}}`).join(', ')}`);
  }
  return result;
}

// Templates split once into text and slot names: translate() is called hundreds of thousands
// of times in a large build, and a regex pass over the template each time was among its hottest functions.
// One map per locale, so a lookup builds no key string.
const compiled = new Map<Locale, Map<UiKey, Compiled>>();
function compiledTemplates(locale: Locale, key: UiKey): Compiled {
  let templates = compiled.get(locale);
  if (!templates) compiled.set(locale, (templates = new Map()));
  let found = templates.get(key);
  if (!found) templates.set(key, (found = compile(resolveMessage(locale, key).message)));
  return found;
}
function compile(message: Message): Compiled {
  const split = (text: string): Template => text.split(/\{(\w+)\}/);
  if (typeof message === 'string') return split(message);
  return Object.fromEntries(Object.entries(message).map(([category, text]) => [category, split(text)]));
}
const slotSets = new WeakMap<Template, Set<string>>();
function slotsOf(parts: Template): Set<string> {
  let slots = slotSets.get(parts);
  if (!slots) slotSets.set(parts, (slots = new Set(parts.filter((_, i) => i % 2 === 1))));
  return slots;
}
