/**
 * Links between the parts of a catalog listing that is split into pages (see
 * `catalogParts`): each part named by the families it holds, so a reader can
 * go straight to the one with the family they want.
 */
import type { Locale } from '../../config/locales';
import { translate } from '../../i18n';
import type { Catalog } from '../content/types';
import { formatInteger } from '../format';
import { catalogParts } from '../routes';

export interface PartLink {
  href: string;
  label: string;
  current: boolean;
}

/** The parts of a listing at `pathOf(part)`, `part` being the current one; empty when the catalog fits one page. */
export function partLinks(catalog: Catalog, locale: Locale, part: number, pathOf: (part: number) => string): PartLink[] {
  const parts = catalogParts(catalog);
  if (parts.length < 2) return [];
  return parts.map((families, i) => {
    const first = families[0]?.name ?? '';
    const last = families.at(-1)?.name ?? '';
    const names = first === last ? first : translate(locale, 'parts.range', { first, last });
    return { href: pathOf(i + 1), label: translate(locale, 'parts.item', { number: formatInteger(i + 1, locale), families: names }), current: i + 1 === part };
  });
}

/** A page title or caption with "page n of k" when the listing is split; unchanged otherwise. */
export function partTitle(catalog: Catalog, locale: Locale, part: number, key: 'parts.title' | 'parts.caption', text: string): string {
  const count = catalogParts(catalog).length;
  if (count < 2) return text;
  const slot = key === 'parts.title' ? 'title' : 'caption';
  return translate(locale, key, { [slot]: text, number: formatInteger(part, locale), count: formatInteger(count, locale) });
}
