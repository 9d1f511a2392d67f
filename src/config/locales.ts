/**
 * The one locale table. Routing, formatting, hreflang, the sitemap and the
 * content loader all read it; nothing else lists locales.
 */
export const localeCodes = ['en', 'zh-TW', 'zh-HK'] as const;

/** A locale's URL segment, exactly as it appears in paths (case included). */
export type Locale = (typeof localeCodes)[number];

export interface LocaleInfo {
  /** URL segment and content file name, e.g. `zh-HK`. */
  code: Locale;
  /** BCP-47 tag for `<html lang>` and `hreflang`. */
  bcp47: string;
  /** Tag handed to `Intl` formatters. */
  intl: string;
  /** Open Graph locale, e.g. `zh_HK`. */
  ogLocale: string;
  /** Name of the language in itself, for the language switcher. */
  label: string;
  /** Locales whose UI strings stand in for a missing one, most specific first. Never strips the region to `zh`. */
  fallback: readonly Locale[];
  /** What goes between two sentences: a space in English, nothing after a full-width 。 */
  sentenceSeparator: string;
}

export const locales: Readonly<Record<Locale, LocaleInfo>> = {
  en: { code: 'en', bcp47: 'en', intl: 'en-US', ogLocale: 'en_US', label: 'English', fallback: [], sentenceSeparator: ' ' },
  'zh-TW': {
    code: 'zh-TW',
    bcp47: 'zh-TW',
    intl: 'zh-TW',
    ogLocale: 'zh_TW',
    label: '繁體中文（台灣）',
    fallback: ['en'],
    sentenceSeparator: '',
  },
  'zh-HK': {
    code: 'zh-HK',
    bcp47: 'zh-HK',
    intl: 'zh-HK',
    ogLocale: 'zh_HK',
    label: '繁體中文（香港）',
    fallback: ['zh-TW', 'en'],
    sentenceSeparator: '',
  },
};

/** The locale facts are typed in; every other locale carries words only. */
export const sourceLocale: Locale = 'en';

/** Locales in display order. */
export const allLocales: readonly LocaleInfo[] = localeCodes.map((code) => locales[code]);

/** Type guard for a string taken from a URL or a file name. */
export function isLocale(value: string): value is Locale {
  return (localeCodes as readonly string[]).includes(value);
}
