/**
 * Social (Open Graph) images: a card per catalog, family and variant page, drawn
 * as SVG from the same presenters the pages use (so the image shows exactly the
 * page's numbers) and rendered to a 1200×630 PNG with bundled fonts only, so the
 * same content always gives the same bytes on any machine.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { locales } from '../config/locales';
import { site } from '../config/site';
import { translate } from '../i18n';
import { findFamily, findVariant } from './catalog';
import type { Catalog } from './content/types';
import { formatInteger } from './format';
import { listPages, socialImageKinds, socialImagePath, type SitePage } from './routes';
import { formatList, presentContext, presentPrice, presentSpeed } from './view/present';
import { subsetFont } from './font-subset';
import { escapeXml } from './xml';

export { escapeXml, subsetFont };

/** Pixel size of every card: the Open Graph and Twitter large-image size. */
export const socialImageSize = { width: 1200, height: 630 } as const;

/** The site's light-theme colours (src/styles/global.css); every text colour has ≥ 4.5:1 contrast on `background`. */
export const socialCardPalette = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  accent: '#0b5cad',
  border: '#d0d7de',
} as const;

/** What one card says, as plain text; `layoutSocialCard` fits it to the image. */
export interface SocialCard {
  /** The page it illustrates, e.g. `/zh-HK/models/minimax/m2.5`; named in build errors. */
  pagePath: string;
  /** Where the PNG is written and served: `/og/zh-HK/models/minimax/m2.5.png`. */
  imagePath: string;
  /** BCP-47 tag of the page's language. */
  lang: string;
  brand: string;
  /** Variant name, family title or the catalog heading. */
  title: string;
  /** Key facts, formatted exactly as the page formats them, in display order. */
  facts: string[];
  summary: string;
  /** Plain-text equivalent of the image, for `og:image:alt`. */
  alt: string;
}

/** The card of one catalog, family or variant page. */
export function buildSocialCard(page: SitePage, catalog: Catalog): SocialCard {
  const { locale } = page;
  const labelled = (label: string, value: string) => translate(locale, 'value.labelled', { label, value });
  const variantCount = (count: number) => translate(locale, 'catalog.familyCount', { count: formatInteger(count, locale) });
  let content: Pick<SocialCard, 'title' | 'facts' | 'summary'>;
  if (page.kind === 'variant' && page.familySlug !== undefined && page.variantSlug !== undefined) {
    const { variant } = findVariant(catalog, page.familySlug, page.variantSlug);
    content = {
      title: variant.name,
      facts: [
        presentPrice(variant, locale).headline,
        labelled(translate(locale, 'spec.contextWindow'), presentContext(variant.contextWindow, locale).short),
        // Only a stated speed: "Not stated" is worth a table cell, not space on a card.
        ...(variant.outputSpeed ? [labelled(translate(locale, 'spec.outputSpeed'), presentSpeed(variant, locale))] : []),
      ],
      summary: variant.words[locale].summary,
    };
  } else if (page.kind === 'family' && page.familySlug !== undefined) {
    const family = findFamily(catalog, page.familySlug);
    content = {
      title: family.words[locale].title,
      facts: [labelled(translate(locale, 'family.provider'), family.provider), variantCount(family.variants.length)],
      summary: family.words[locale].summary,
    };
  } else if (page.kind === 'catalog') {
    content = {
      title: translate(locale, 'catalog.heading'),
      facts: [translate(locale, 'catalog.lede')],
      // The index has no summary of its own; what it lists is the families and their sizes.
      summary: formatList(locale, catalog.families.map((family) => labelled(family.name, variantCount(family.variants.length))), 'long'),
    };
  } else {
    throw new Error(`no social image for ${page.kind} page ${page.path}; only ${socialImageKinds.join(', ')} pages have their own`);
  }
  return {
    pagePath: page.path,
    imagePath: socialImagePath(page),
    lang: locales[locale].bcp47,
    brand: site.brandName,
    ...content,
    alt: [content.title, ...content.facts].join(translate(locale, 'value.separator')),
  };
}

/** One card per page that has its own social image, in page order. */
export function listSocialCards(catalog: Catalog): SocialCard[] {
  return listPages(catalog)
    .filter((page) => socialImageKinds.includes(page.kind))
    .map((page) => buildSocialCard(page, catalog));
}

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** User-perceived characters, so a cut never splits a surrogate pair, an emoji sequence or a combining mark. */
function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** `text` cut to at most `maxChars` characters (graphemes), ending in `…` when cut. */
export function truncateText(text: string, maxChars: number): string {
  const chars = graphemes(text);
  if (chars.length <= maxChars) return text;
  return `${chars.slice(0, Math.max(0, maxChars - 1)).join('').trimEnd()}…`;
}

// CJK ideographs, kana, Hangul, full-width forms and emoji take about two Latin letters' width.
const widePattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u2026\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/** Estimated width of `text` in units of an average Latin letter (a CJK character counts two). */
export function textWidthUnits(text: string): number {
  let units = 0;
  for (const char of graphemes(text)) units += widePattern.test(char) ? 2 : 1;
  return units;
}

// Punctuation that must not start a line, and that must not end one.
const noBreakBefore = /^[，。、：；！？）」』】〉》〕…,.;:!?)\]}%]$/u;
const noBreakAfter = /^[（「『【〈《〔([{]$/u;

interface BreakToken {
  text: string;
  /** A space between words, dropped at a line break. */
  space: boolean;
  /** A Latin word still being read: the next narrow character joins it. */
  open: boolean;
}

/** Splits text into pieces a line may break between: Latin words (and after hyphens), single CJK characters with their punctuation. */
function breakTokens(text: string): BreakToken[] {
  const tokens: BreakToken[] = [];
  for (const char of graphemes(text)) {
    const last = tokens.at(-1);
    if (/^\s+$/u.test(char)) {
      if (last && !last.space) tokens.push({ text: ' ', space: true, open: false });
      continue;
    }
    const wide = widePattern.test(char);
    const lastChar = last ? graphemes(last.text).at(-1) ?? '' : '';
    if (last && !last.space && (noBreakBefore.test(char) || noBreakAfter.test(lastChar) || (last.open && !wide))) {
      last.text += char;
      last.open = !wide && char !== '-' && char !== '/';
    } else {
      tokens.push({ text: char, space: false, open: !wide });
    }
  }
  return tokens;
}

/** The longest start of `text` (whole graphemes) that fits in `maxUnits`. */
function fittingPrefix(text: string, maxUnits: number): string {
  let prefix = '';
  for (const char of graphemes(text)) {
    if (textWidthUnits(prefix + char) > maxUnits) break;
    prefix += char;
  }
  return prefix;
}

/** `line` shortened by whole characters until it fits `maxUnits` with a trailing `…`. */
function withEllipsis(line: string, maxUnits: number): string {
  const kept = fittingPrefix(line, maxUnits - textWidthUnits('…'));
  return `${kept.replace(/[\s,，、;；:：\-–—·]+$/u, '')}…`;
}

/**
 * Greedy line breaking by estimated width: at most `maxLines` lines of at most
 * `maxUnits` each, the last ending in `…` when the text does not fit.
 */
export function wrapText(text: string, maxUnits: number, maxLines: number): string[] {
  if (maxLines <= 0) return [];
  const lines: string[] = [];
  let line = '';
  let spaceBefore = false;
  for (const token of breakTokens(text)) {
    if (token.space) {
      spaceBefore = line !== '';
      continue;
    }
    const joined = line + (spaceBefore ? ' ' : '') + token.text;
    spaceBefore = false;
    if (textWidthUnits(joined) <= maxUnits) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = token.text;
    // A word longer than a whole line (a long model ID) is cut where it reaches the edge.
    while (textWidthUnits(line) > maxUnits) {
      const head = fittingPrefix(line, maxUnits) || (graphemes(line)[0] ?? '');
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line !== '') lines.push(line);
  return limitLines(lines, maxUnits, maxLines);
}

/** The first `maxLines` lines, the last ending in `…` when some were left out. */
function limitLines(lines: string[], maxUnits: number, maxLines: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (maxLines > 0) kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxUnits);
  return kept;
}

/** Items joined with ` · `, a line break falling between items where it can, so a fact is not split from its label. */
export function wrapItems(items: readonly string[], maxUnits: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const joined = lines.length ? `${lines.at(-1)} · ${item}` : item;
    if (lines.length && textWidthUnits(joined) <= maxUnits) lines[lines.length - 1] = joined;
    else lines.push(...wrapText(item, maxUnits, Number.POSITIVE_INFINITY));
  }
  return limitLines(lines, maxUnits, maxLines);
}

// Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/F); C1 controls draw nothing useful.
const unprintable = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text as one printable line: line breaks (including U+2028/9 and U+0085) and runs of spaces become one space. */
export function singleLine(text: string): string {
  return text.replace(/\u0085/g, ' ').replace(unprintable, '').replace(/\s+/gu, ' ').trim();
}


/** Lines of one kind of text on the card, with where and how they are drawn. */
export interface CardTextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  fontSize: number;
  lineHeight: number;
  fontWeight: 400 | 700;
  fill: string;
}

/** A card fitted to the image: every text wrapped and placed. */
export interface SocialCardLayout {
  lang: string;
  brand: CardTextBlock;
  title: CardTextBlock;
  facts: CardTextBlock;
  summary: CardTextBlock;
}

const margin = 80;
const contentWidth = socialImageSize.width - 2 * margin;
const bottomLimit = socialImageSize.height - 56;
// Half a CJK character (1 em) would be exact for Han text; Latin letters average about 0.48 em
// regular and 0.56 em bold in Noto Sans TC, so these err a little towards wrapping early.
const unitEm = { 400: 0.53, 700: 0.58 } as const;
const maxSummaryChars = 240;

function block(lines: string[], y: number, fontSize: number, lineHeight: number, fontWeight: 400 | 700, fill: string): CardTextBlock {
  return { lines, x: margin, y, fontSize, lineHeight, fontWeight, fill };
}

function unitsPerLine(fontSize: number, fontWeight: 400 | 700): number {
  return Math.floor(contentWidth / (fontSize * unitEm[fontWeight]));
}

/** Wraps and places the card's texts top to bottom: brand, title (≤ 2 lines), facts (≤ 2), summary (what room is left, ≤ 4). */
export function layoutSocialCard(card: SocialCard): SocialCardLayout {
  const brand = block(wrapText(singleLine(card.brand), unitsPerLine(30, 700), 1), 104, 30, 40, 700, socialCardPalette.accent);
  const titleLines = wrapText(singleLine(card.title), unitsPerLine(72, 700), 2);
  const title = block(titleLines, 216, 72, 84, 700, socialCardPalette.text);
  const titleBottom = title.y + (Math.max(1, titleLines.length) - 1) * title.lineHeight;
  const factLines = wrapItems(card.facts.map(singleLine).filter(Boolean), unitsPerLine(32, 400), 2);
  const facts = block(factLines, titleBottom + 72, 32, 44, 400, socialCardPalette.text);
  const factsBottom = factLines.length ? facts.y + (factLines.length - 1) * facts.lineHeight : titleBottom;
  const summaryTop = factsBottom + 64;
  const summaryRoom = Math.min(4, Math.floor((bottomLimit - summaryTop) / 44) + 1);
  const summaryLines = wrapText(truncateText(singleLine(card.summary), maxSummaryChars), unitsPerLine(30, 400), Math.max(0, summaryRoom));
  const summary = block(summaryLines, summaryTop, 30, 44, 400, socialCardPalette.muted);
  return { lang: card.lang, brand, title, facts, summary };
}

function textElement(text: CardTextBlock): string {
  if (text.lines.length === 0) return '';
  const lines = text.lines.map((line, i) => `<tspan x="${text.x}" y="${text.y + i * text.lineHeight}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-family="Noto Sans TC" font-size="${text.fontSize}" font-weight="${text.fontWeight}" fill="${text.fill}">${lines}</text>`;
}

/** The card as a standalone SVG document; every text is escaped. */
export function socialCardSvg(card: SocialCard): string {
  const layout = layoutSocialCard(card);
  const { width, height } = socialImageSize;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeXml(layout.lang)}">`,
    `<rect width="${width}" height="${height}" fill="${socialCardPalette.background}"/>`,
    `<rect width="${width}" height="16" fill="${socialCardPalette.accent}"/>`,
    `<rect x="${margin}" y="${height - 40}" width="${contentWidth}" height="2" fill="${socialCardPalette.border}"/>`,
    textElement(layout.brand),
    textElement(layout.title),
    textElement(layout.facts),
    textElement(layout.summary),
    '</svg>',
  ].join('');
}

const requireFromHere = createRequire(import.meta.url);
let fontFiles: string[] | undefined;

/** The bundled Noto Sans TC files (Latin and Traditional Chinese, regular and bold), resolved once from this package's node_modules. */
export function socialImageFontFiles(): string[] {
  fontFiles ??= [
    requireFromHere.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf'),
    requireFromHere.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf'),
  ];
  return fontFiles;
}

let fontData: Buffer[] | undefined;
function loadFonts(): Buffer[] {
  fontData ??= socialImageFontFiles().map((file) => readFileSync(file));
  return fontData;
}

/** Turns a card into PNG bytes; `close()` removes the fonts it wrote. */
export interface SocialImageRenderer {
  render(card: SocialCard): Promise<Buffer>;
  close(): Promise<void>;
}

/** Every character a card draws, after wrapping and truncation. */
function drawnText(card: SocialCard): string {
  const layout = layoutSocialCard(card);
  return [layout.brand, layout.title, layout.facts, layout.summary].flatMap((text) => text.lines).join('');
}

/**
 * A renderer for `cards`: fonts cut down to the characters they draw are written
 * once to a temporary folder, then each render runs off the main thread. System
 * fonts are never loaded, so the output does not depend on the build machine.
 */
export async function openSocialImageRenderer(cards: readonly SocialCard[]): Promise<SocialImageRenderer> {
  const covered = new Set(Array.from(cards.map(drawnText).join('')));
  const text = [...covered].sort().join('');
  const dir = await mkdtemp(path.join(tmpdir(), 'social-image-fonts-'));
  try {
    const files = await Promise.all(
      loadFonts().map(async (font, i) => {
        const file = path.join(dir, `font-${i}.ttf`);
        await writeFile(file, subsetFont(font, text));
        return file;
      }),
    );
    const options = { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans TC' }, fitTo: { mode: 'original' }, logLevel: 'error' } as const;
    return {
      async render(card) {
        const missing = Array.from(drawnText(card)).find((char) => !covered.has(char));
        if (missing !== undefined) throw new Error(`the renderer was not opened with this card, its fonts lack "${missing}"`);
        return (await renderAsync(socialCardSvg(card), options)).asPng();
      },
      close: () => rm(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
