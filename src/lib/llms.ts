/**
 * llms.txt files (llmstxt.org format: an H1, a `>` summary, paragraphs of
 * details, H2 sections of `- [name](url): note` links) and the per-locale
 * full-text file. The reference parser (AnswerDotAI's `llms_txt`) reads the
 * `>` line as the summary only when something follows it before the first H2,
 * so every file has a paragraph there.
 */
import { allLocales, locales, type Locale } from '../config/locales';
import { site } from '../config/site';
import { translate } from '../i18n';
import type { Catalog } from './content/types';
import { codeBlock, escapeMarkdown, markdownLink } from './markdown-out';
import { buildMirror } from './mirror';
import {
  absoluteUrl,
  catalogPath,
  familyPath,
  jsonCatalogPath,
  listPages,
  llmsFullPath,
  llmsTxtPath,
  mirrorPathOf,
  variantPath,
  type SitePage,
} from './routes';

/** A note on one line: link lists cannot hold line breaks. */
const oneLine = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/** The link lists of one locale: catalog, families, variants. */
function localeLinks(catalog: Catalog, locale: Locale): { catalog: string[]; families: string[]; variants: string[] } {
  const link = (name: string, path: string, note: string) => `- ${markdownLink(name, absoluteUrl(mirrorPathOf(path)))}: ${oneLine(note)}`;
  return {
    catalog: [
      link(translate(locale, 'catalog.heading'), catalogPath(locale), translate(locale, 'catalog.lede')),
      `- ${markdownLink(translate(locale, 'llms.fullText'), absoluteUrl(llmsFullPath(locale)))}: ${oneLine(locales[locale].label)}`,
    ],
    families: catalog.families.map((f) => link(f.words[locale].title, familyPath(locale, f.slug), f.words[locale].summary)),
    variants: catalog.families.flatMap((f) => f.variants.map((v) => link(v.name, variantPath(locale, f.slug, v.slug), v.words[locale].summary))),
  };
}

/** `/llms.txt`: every family and variant mirror in every locale, a section per locale. */
export function buildRootLlmsTxt(catalog: Catalog): string {
  const parts = [
    `# ${escapeMarkdown(site.brandName)}`,
    `> ${oneLine(translate('en', 'site.description'))}`,
    `Every page has a Markdown mirror at its URL plus \`.md\`, with its facts in YAML frontmatter. The whole catalog is also ${markdownLink('JSON', absoluteUrl(jsonCatalogPath))}, and each language has its own list: ${allLocales.map((l) => markdownLink(l.code, absoluteUrl(llmsTxtPath(l.code)))).join(', ')}.`,
    ...allLocales.flatMap((l) => {
      const links = localeLinks(catalog, l.code);
      return [`## ${l.label} (${l.code})`, [...links.catalog, ...links.families, ...links.variants].join('\n')];
    }),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** `/{locale}/llms.txt`: one locale's mirrors. */
export function buildLocaleLlmsTxt(catalog: Catalog, locale: Locale): string {
  const links = localeLinks(catalog, locale);
  const parts = [
    `# ${escapeMarkdown(translate(locale, 'site.name'))} (${locales[locale].label})`,
    `> ${oneLine(translate(locale, 'site.description'))}`,
    oneLine(translate(locale, 'home.lede')),
    `## ${translate(locale, 'llms.catalog')}`,
    links.catalog.join('\n'),
    `## ${translate(locale, 'llms.families')}`,
    links.families.join('\n'),
    `## ${translate(locale, 'llms.variants')}`,
    links.variants.join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}

/**
 * `/{locale}/llms-full.txt`: a locale's catalog, comparison, family and variant
 * mirrors, one after another. Pair pages are left out: every number on them is
 * derived from two variant mirrors already in the file, and with every pair of
 * every family they would make the file several times larger (each is at its
 * own `.md` URL, linked from both variants' mirrors). `mirrorOf` gives a
 * page's mirror text: a build reads back the files it has just written.
 */
export function buildLlmsFullTxt(catalog: Catalog, locale: Locale, mirrorOf?: (page: SitePage) => string): string {
  return [...llmsFullTxtParts(catalog, locale, mirrorOf)].join('');
}

/**
 * A mirror as a part of llms-full.txt: its YAML frontmatter in a ```yaml block. Pasted as it is, the
 * opening `---` reads as a thematic break and the frontmatter lines with the closing `---` as a
 * setext heading, so a Markdown reader saw a stray heading per mirror.
 */
export function mirrorInFullText(mirror: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mirror);
  if (!match) return mirror;
  return `${codeBlock(match[1] ?? '', 'yaml')}\n${mirror.slice(match[0].length)}`;
}

/** `buildLlmsFullTxt` piece by piece, so a build can write the file without holding all of it. */
export function* llmsFullTxtParts(
  catalog: Catalog,
  locale: Locale,
  mirrorOf: (page: SitePage) => string = (page) => buildMirror(page, catalog),
): Generator<string> {
  yield `# ${escapeMarkdown(translate(locale, 'site.name'))} (${locales[locale].label})\n\n> ${oneLine(translate(locale, 'site.description'))}\n\n`;
  let first = true;
  for (const page of listPages(catalog)) {
    if (page.locale !== locale || !page.mirrorPath || page.kind === 'pair') continue;
    if (!first) yield '\n';
    first = false;
    yield mirrorInFullText(mirrorOf(page));
  }
}
