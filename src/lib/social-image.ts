/**
 * Social (Open Graph) images: a card per catalog, family and variant page, with
 * text from the same presenters the pages use (so the image shows exactly the
 * page's numbers), drawn as a 1200×630 PNG with bundled fonts only, so the same
 * content always gives the same bytes on any machine. resvg rasterises each
 * character once per style; card-raster.ts composes the cards from those.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { locales } from '../config/locales';
import { translate } from '../i18n';
import { findFamily, findVariant } from './catalog';
import type { Catalog } from './content/types';
import { formatContextShort } from './format';
import { hasOwnSocialImage, listPages, socialImageKinds, socialImagePath, type SitePage } from './routes';
import { formatList, presentBasisPrice, presentContext } from './view/present';
import { CardCanvas, type CardPaint, type GlyphBitmap, type PlacedGlyphs } from './card-raster';
import { readFontAdvances, subsetFont, type FontAdvances } from './font-subset';
import { escapeXml } from './xml';

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
  /** What the card's title says when the fonts can draw none of `title` (a name wholly in a script they lack): the model ID or slug. */
  titleFallback: string;
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
  const variantCount = (count: number) => translate(locale, 'catalog.familyCount', { count });
  let content: Pick<SocialCard, 'title' | 'titleFallback' | 'facts' | 'summary'>;
  if (page.kind === 'variant' && page.familySlug !== undefined && page.variantSlug !== undefined) {
    const { variant } = findVariant(catalog, page.familySlug, page.variantSlug);
    const price = presentBasisPrice(variant, locale);
    content = {
      title: variant.name,
      titleFallback: variant.modelId,
      facts: [
        // The basis offer's exact rates, named by provider; nothing when the basis has none.
        ...(price.exact && variant.basis
          ? [translate(locale, 'card.price', { provider: variant.basis.provider.name, input: price.input, output: price.output })]
          : []),
        labelled(translate(locale, 'spec.contextWindow'), presentContext(variant.contextWindow, locale).short),
        labelled(translate(locale, 'spec.maxOutput'), formatContextShort(variant.maxOutputTokens)),
      ],
      summary: variant.words[locale].summary,
    };
  } else if (page.kind === 'family' && page.familySlug !== undefined) {
    const family = findFamily(catalog, page.familySlug);
    content = {
      title: family.words[locale].title,
      titleFallback: family.slug,
      facts: [labelled(translate(locale, 'family.maker'), family.maker), variantCount(family.variants.length)],
      summary: family.words[locale].summary,
    };
  } else if (page.kind === 'catalog') {
    content = {
      title: translate(locale, 'catalog.heading'),
      titleFallback: translate('en', 'catalog.heading'),
      facts: [translate(locale, 'site.tagline')],
      // The index has no summary of its own; what it lists is the families and their sizes.
      summary: formatList(
        locale,
        catalog.families.map((family) => labelled(family.name, variantCount(family.variants.length))),
        'long',
      ),
    };
  } else {
    throw new Error(`no social image for ${page.kind} page ${page.path}; only ${socialImageKinds.join(', ')} pages have their own`);
  }
  return {
    pagePath: page.path,
    imagePath: socialImagePath(page),
    lang: locales[locale].bcp47,
    brand: translate(locale, 'site.name'),
    ...content,
    alt: [content.title, ...content.facts].join(translate(locale, 'value.separator')),
  };
}

/** One card per page that has its own social image, in page order. */
export function listSocialCards(catalog: Catalog): SocialCard[] {
  return listPages(catalog)
    .filter(hasOwnSocialImage)
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
  return `${chars
    .slice(0, Math.max(0, maxChars - 1))
    .join('')
    .trimEnd()}…`;
}

// CJK ideographs, kana, Hangul, full-width forms and emoji take about two Latin letters' width.
const widePattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u2026\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/** Width of one character (grapheme) in whatever unit a wrap works in: pixels on the card, estimated units in tests. */
export type CharWidth = (char: string) => number;

/** An estimate that needs no font: an average Latin letter is 1, a CJK character 2. */
const estimatedCharWidth: CharWidth = (char) => (widePattern.test(char) ? 2 : 1);

/** Width of `text`, a character at a time (the card places characters by their advances, without kerning, so widths add up). */
function textWidth(text: string, charWidth: CharWidth): number {
  let width = 0;
  for (const char of graphemes(text)) width += charWidth(char);
  return width;
}

/** Estimated width of `text` in units of an average Latin letter (a CJK character counts two). */
export function textWidthUnits(text: string): number {
  return textWidth(text, estimatedCharWidth);
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
  /** `textWidth(text)`, kept as the token grows so wrapping never re-measures a line. */
  width: number;
}

/** Splits text into pieces a line may break between: Latin words (and after hyphens), single CJK characters with their punctuation. */
function breakTokens(text: string, charWidth: CharWidth): BreakToken[] {
  const tokens: BreakToken[] = [];
  let lastChar = '';
  for (const char of graphemes(text)) {
    const last = tokens.at(-1);
    if (/^\s+$/u.test(char)) {
      if (last && !last.space) tokens.push({ text: ' ', space: true, open: false, width: charWidth(' ') });
      continue;
    }
    const wide = widePattern.test(char);
    const width = charWidth(char);
    if (last && !last.space && (noBreakBefore.test(char) || noBreakAfter.test(lastChar) || (last.open && !wide))) {
      last.text += char;
      last.width += width;
      last.open = !wide && char !== '-' && char !== '/';
    } else {
      tokens.push({ text: char, space: false, open: !wide, width });
    }
    lastChar = char;
  }
  return tokens;
}

/** The longest start of `text` (whole graphemes) that fits in `maxWidth`. */
function fittingPrefix(text: string, maxWidth: number, charWidth: CharWidth): string {
  let prefix = '';
  let width = 0;
  for (const char of graphemes(text)) {
    width += charWidth(char);
    if (width > maxWidth) break;
    prefix += char;
  }
  return prefix;
}

/** `line` shortened by whole characters until it fits `maxWidth` with a trailing `…`. */
function withEllipsis(line: string, maxWidth: number, charWidth: CharWidth): string {
  const kept = fittingPrefix(line, maxWidth - charWidth('…'), charWidth);
  return `${kept.replace(/[\s,，、;；:：\-–—·]+$/u, '')}…`;
}

/**
 * Greedy line breaking: at most `maxLines` lines no wider than `maxWidth`, the
 * last ending in `…` when the text does not fit. Widths come from `charWidth`
 * (the card passes the font's advances; the default is an estimate).
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, charWidth: CharWidth = estimatedCharWidth): string[] {
  if (maxLines <= 0) return [];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let spaceBefore = false;
  const spaceWidth = charWidth(' ');
  for (const token of breakTokens(text, charWidth)) {
    if (token.space) {
      spaceBefore = line !== '';
      continue;
    }
    const joinedWidth = lineWidth + (spaceBefore ? spaceWidth : 0) + token.width;
    const joined = line + (spaceBefore ? ' ' : '') + token.text;
    spaceBefore = false;
    if (joinedWidth <= maxWidth) {
      line = joined;
      lineWidth = joinedWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    line = token.text;
    lineWidth = token.width;
    // A word longer than a whole line (a long model ID) is cut where it reaches the edge.
    while (lineWidth > maxWidth) {
      const head = fittingPrefix(line, maxWidth, charWidth) || (graphemes(line)[0] ?? '');
      lines.push(head);
      line = line.slice(head.length);
      lineWidth = textWidth(line, charWidth);
    }
  }
  if (line !== '') lines.push(line);
  return limitLines(lines, maxWidth, maxLines, charWidth);
}

/** The first `maxLines` lines, the last ending in `…` when some were left out. */
function limitLines(lines: string[], maxWidth: number, maxLines: number, charWidth: CharWidth): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (maxLines > 0) kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, charWidth);
  return kept;
}

/** Items joined with ` · `, a line break falling between items where it can, so a fact is not split from its label. */
export function wrapItems(items: readonly string[], maxWidth: number, maxLines: number, charWidth: CharWidth = estimatedCharWidth): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const joined = lines.length ? `${lines.at(-1)} · ${item}` : item;
    if (lines.length && textWidth(joined, charWidth) <= maxWidth) lines[lines.length - 1] = joined;
    else lines.push(...wrapText(item, maxWidth, Number.POSITIVE_INFINITY, charWidth));
  }
  return limitLines(lines, maxWidth, maxLines, charWidth);
}

// Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/F); C1 controls draw nothing useful.
const unprintable = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text as one printable line: line breaks (including U+2028/9 and U+0085) and runs of spaces become one space. */
export function singleLine(text: string): string {
  return text
    .replace(/\u0085/g, ' ')
    .replace(unprintable, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The fonts a card is measured and drawn with, by weight. */
export type CardFonts = Readonly<Record<400 | 700, FontAdvances>>;

// A grapheme left with only these once its undrawable code points are gone draws nothing worth keeping.
const markOrFormat = /^[\p{M}\p{Cf}]*$/u;

/**
 * `text` as one printable line of what `font` can draw: every code point the
 * font has no glyph for (emoji, scripts beyond Latin and Chinese) is dropped,
 * and so is a character that is then only a combining mark or a joiner, so the
 * card never shows .notdef's empty box. Spaces left doubled are closed up.
 */
export function drawableLine(text: string, font: FontAdvances): string {
  const kept = graphemes(singleLine(text)).map((char) => {
    if (/^\s+$/u.test(char)) return char;
    const drawable = Array.from(char)
      .filter((c) => font.hasGlyph(c.codePointAt(0) ?? 0))
      .join('');
    return markOrFormat.test(drawable) ? '' : drawable;
  });
  return singleLine(kept.join(''));
}

/** Width in pixels of a character drawn at `fontSize` in `font`: the sum of its code points' advances, as `placeCard` moves the pen. */
function pixelWidth(font: FontAdvances, fontSize: number): CharWidth {
  const scale = fontSize / font.unitsPerEm;
  const cache = new Map<string, number>();
  return (char) => {
    let width = cache.get(char);
    if (width === undefined) {
      width = scale * Array.from(char).reduce((sum, c) => sum + font.advance(c.codePointAt(0) ?? 0), 0);
      cache.set(char, width);
    }
    return width;
  };
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
/** Width of the text column in pixels: no line of the card is wider. */
export const cardTextWidth = socialImageSize.width - 2 * margin;
const bottomLimit = socialImageSize.height - 56;
const maxSummaryChars = 240;

/**
 * Title sizes, largest first: a title that needs more than two lines at 72 px
 * (a long name) gets three at 56 px, which take about the same height, before
 * it is cut with `…`. `y` keeps the first line's cap height where 72 px has it.
 */
const titleSizes = [
  { fontSize: 72, lineHeight: 84, maxLines: 2, y: 216 },
  { fontSize: 56, lineHeight: 66, maxLines: 3, y: 200 },
] as const;

function block(lines: string[], y: number, fontSize: number, lineHeight: number, fontWeight: 400 | 700, fill: string): CardTextBlock {
  return { lines, x: margin, y, fontSize, lineHeight, fontWeight, fill };
}

/** The title at the largest size at which it fits whole; at the smallest, cut with `…` if it still does not. */
function layoutTitle(text: string, font: FontAdvances): CardTextBlock {
  const fits = (size: (typeof titleSizes)[number]) =>
    wrapText(text, cardTextWidth, Number.POSITIVE_INFINITY, pixelWidth(font, size.fontSize)).length <= size.maxLines;
  const size = titleSizes.find(fits) ?? titleSizes[1];
  return block(
    wrapText(text, cardTextWidth, size.maxLines, pixelWidth(font, size.fontSize)),
    size.y,
    size.fontSize,
    size.lineHeight,
    700,
    socialCardPalette.text,
  );
}

let bundledFonts: CardFonts | undefined;

/** The bundled fonts' metrics and coverage, read once (the font files themselves are not kept). */
export function bundledCardFonts(): CardFonts {
  if (!bundledFonts) {
    const [regular, bold] = loadFonts().map(readFontAdvances);
    if (!regular || !bold) throw new Error('the social images need a regular and a bold font');
    bundledFonts = { 400: regular, 700: bold };
  }
  return bundledFonts;
}

/**
 * Fits the card's texts to the image, measured with the fonts' own advance
 * widths, top to bottom: brand (1 line), title (2 lines, or 3 smaller; see
 * `titleSizes`), facts (≤ 2), summary (what room is left, ≤ 4). Characters the
 * fonts cannot draw are left out.
 */
export function layoutSocialCard(card: SocialCard, fonts: CardFonts = bundledCardFonts()): SocialCardLayout {
  const regular = fonts[400];
  const bold = fonts[700];
  const brand = block(wrapText(drawableLine(card.brand, bold), cardTextWidth, 1, pixelWidth(bold, 30)), 104, 30, 40, 700, socialCardPalette.accent);
  // A title the fonts can draw nothing of would leave the card without one: it names the model by its ID instead.
  const drawableTitle = drawableLine(card.title, bold).trim();
  const title = layoutTitle(drawableTitle || drawableLine(card.titleFallback, bold), bold);
  const titleBottom = title.y + (Math.max(1, title.lines.length) - 1) * title.lineHeight;
  const factLines = wrapItems(card.facts.map((fact) => drawableLine(fact, regular)).filter(Boolean), cardTextWidth, 2, pixelWidth(regular, 32));
  const facts = block(factLines, titleBottom + 72, 32, 44, 400, socialCardPalette.text);
  const factsBottom = factLines.length ? facts.y + (factLines.length - 1) * facts.lineHeight : titleBottom;
  const summaryTop = factsBottom + 64;
  const summaryRoom = Math.min(4, Math.floor((bottomLimit - summaryTop) / 44) + 1);
  const summaryLines = wrapText(
    truncateText(drawableLine(card.summary, regular), maxSummaryChars),
    cardTextWidth,
    Math.max(0, summaryRoom),
    pixelWidth(regular, 30),
  );
  const summary = block(summaryLines, summaryTop, 30, 44, 400, socialCardPalette.muted);
  return { lang: card.lang, brand, title, facts, summary };
}

/** A text style on the card; each is rasterised once per character (see `buildGlyphAtlas`). */
type TextStyle = Pick<CardTextBlock, 'fontSize' | 'fontWeight'>;
const styleKey = (style: TextStyle) => `${style.fontSize}/${style.fontWeight}`;
const textBlocks = (layout: SocialCardLayout): CardTextBlock[] => [layout.brand, layout.title, layout.facts, layout.summary];

/** Text colours of the card, in the order `CardPaint.inks` lists them. */
const cardInks = [socialCardPalette.text, socialCardPalette.muted, socialCardPalette.accent] as const;

/** What every card has besides its text: the accent bar on top and the rule above the bottom margin. */
const cardRects = [
  { x: 0, y: 0, width: socialImageSize.width, height: 16, solid: 0 },
  { x: margin, y: socialImageSize.height - 40, width: cardTextWidth, height: 2, solid: 1 },
];

/** Where each character of a sheet is drawn: cells on a grid, the pen at (originX, baseline) inside each. */
export interface GlyphSheet {
  svg: string;
  columns: number;
  cellWidth: number;
  cellHeight: number;
  originX: number;
  baseline: number;
}

/**
 * An SVG drawing each character once, in black, one per grid cell, for
 * rasterising a style's glyphs in one pass. Cells are wide enough for a
 * character's overhang either side; every character is escaped.
 */
export function glyphSheet(style: TextStyle, characters: readonly string[]): GlyphSheet {
  const cellWidth = Math.ceil(style.fontSize * 2.2);
  const cellHeight = Math.ceil(style.fontSize * 1.8);
  const originX = Math.ceil(style.fontSize * 0.5);
  const baseline = Math.ceil(style.fontSize * 1.3);
  const columns = Math.max(1, Math.min(characters.length, Math.floor(4096 / cellWidth)));
  const rows = Math.max(1, Math.ceil(characters.length / columns));
  // One <text> per character: resvg lays out all chunks of one <text> together, which on a
  // thousand-character sheet took minutes and gigabytes. Spaces draw nothing and are left out.
  const texts = characters
    .map((char, i) =>
      /^\s+$/u.test(char)
        ? ''
        : `<text x="${(i % columns) * cellWidth + originX}" y="${Math.floor(i / columns) * cellHeight + baseline}">${escapeXml(char)}</text>`,
    )
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${columns * cellWidth}" height="${rows * cellHeight}">` +
    `<g font-family="Noto Sans TC" font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="#000">${texts}</g></svg>`;
  return { svg, columns, cellWidth, cellHeight, originX, baseline };
}

/** Each character's coverage, cut from a rendered sheet's alpha channel to its ink's bounding box. */
export function cutGlyphs(sheet: GlyphSheet, count: number, image: { width: number; pixels: Uint8Array }): GlyphBitmap[] {
  return Array.from({ length: count }, (_, i) => {
    const cellX = (i % sheet.columns) * sheet.cellWidth;
    const cellY = Math.floor(i / sheet.columns) * sheet.cellHeight;
    const alphaAt = (x: number, y: number) => image.pixels[4 * ((cellY + y) * image.width + cellX + x) + 3] ?? 0;
    let [x0, y0, x1, y1] = [sheet.cellWidth, sheet.cellHeight, -1, -1];
    for (let y = 0; y < sheet.cellHeight; y++) {
      for (let x = 0; x < sheet.cellWidth; x++) {
        if (alphaAt(x, y) === 0) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
    if (x1 < 0) return { width: 0, height: 0, left: 0, top: 0, alpha: new Uint8Array(0) };
    const width = x1 - x0 + 1;
    const height = y1 - y0 + 1;
    const alpha = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) alpha[y * width + x] = alphaAt(x0 + x, y0 + y);
    return { width, height, left: x0 - sheet.originX, top: y0 - sheet.baseline, alpha };
  });
}

const requireFromHere = createRequire(import.meta.url);
let fontFiles: string[] | undefined;

/** The bundled Noto Sans TC files (Latin and Traditional Chinese, regular and bold), resolved once from this package's node_modules. */
function socialImageFontFiles(): string[] {
  fontFiles ??= [
    requireFromHere.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf'),
    requireFromHere.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf'),
  ];
  return fontFiles;
}

/** The bundled fonts' bytes, read afresh by each atlas and dropped with it: 14 MB a build need not keep while it renders pages. */
function loadFonts(): Buffer[] {
  return socialImageFontFiles().map((file) => readFileSync(file));
}

/** Every character of a set of cards, rasterised per style, with the pen advance of each. */
export interface GlyphAtlas {
  paint: CardPaint;
  /** `${style}\u0000${character}` → index into `paint.glyphs` and `advances`. */
  index: Map<string, number>;
  /** Pen advance in pixels, per glyph. */
  advances: number[];
}

/**
 * Rasterises every character `layouts` draw, once per text style, with the
 * bundled fonts only (never system fonts, so the result does not depend on the
 * machine). `fonts: 'subset'` (the default) hands resvg fonts cut down to those
 * characters, which is what makes this fast; 'full' is for checking that the
 * cut changes nothing.
 */
export async function buildGlyphAtlas(layouts: readonly SocialCardLayout[], fonts: 'subset' | 'full' = 'subset'): Promise<GlyphAtlas> {
  const styles = new Map<string, { style: TextStyle; characters: Set<string> }>();
  for (const block of layouts.flatMap(textBlocks)) {
    const key = styleKey(block);
    const entry = styles.get(key) ?? { style: { fontSize: block.fontSize, fontWeight: block.fontWeight }, characters: new Set<string>() };
    styles.set(key, entry);
    for (const line of block.lines) for (const char of graphemes(line)) entry.characters.add(char);
  }
  const ordered = [...styles].sort(([a], [b]) => (a < b ? -1 : 1));
  const everything = [...new Set(ordered.flatMap(([, { characters }]) => [...characters].flatMap((char) => Array.from(char))))].sort().join('');
  const fontData = loadFonts();
  const cardFonts = bundledCardFonts();
  const dir = await mkdtemp(path.join(tmpdir(), 'social-image-fonts-'));
  try {
    const files =
      fonts === 'full'
        ? socialImageFontFiles()
        : await Promise.all(
            fontData.map(async (font, i) => {
              const file = path.join(dir, `font-${i}.ttf`);
              await writeFile(file, await subsetFont(font, everything));
              return file;
            }),
          );
    const options = {
      font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans TC' },
      fitTo: { mode: 'original' },
      logLevel: 'error',
    } as const;
    const sheets = await Promise.all(
      ordered.map(async ([key, { style, characters }]) => {
        const list = [...characters].sort();
        const sheet = glyphSheet(style, list);
        const image = await renderAsync(sheet.svg, options);
        // `pixels` copies the whole image on every read: read it once. Advances as the layout measured them.
        return {
          key,
          list,
          glyphs: cutGlyphs(sheet, list.length, { width: image.width, pixels: image.pixels }),
          advances: list.map(pixelWidth(cardFonts[style.fontWeight], style.fontSize)),
        };
      }),
    );
    const index = new Map<string, number>();
    const glyphs: GlyphBitmap[] = [];
    const advances: number[] = [];
    for (const sheet of sheets) {
      sheet.list.forEach((char, i) => index.set(`${sheet.key}\u0000${char}`, glyphs.length + i));
      glyphs.push(...sheet.glyphs);
      advances.push(...sheet.advances);
    }
    const paint: CardPaint = {
      ...socialImageSize,
      background: socialCardPalette.background,
      solids: [socialCardPalette.accent, socialCardPalette.border],
      inks: cardInks,
      rects: cardRects,
      glyphs,
    };
    return { paint, index, advances };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A laid-out card as glyph placements in `atlas`; throws, naming the character, if the atlas lacks one. */
export function placeCard(layout: SocialCardLayout, atlas: GlyphAtlas): PlacedGlyphs {
  const placed: number[] = [];
  for (const block of textBlocks(layout)) {
    const ink = cardInks.indexOf(block.fill as (typeof cardInks)[number]);
    if (ink < 0) throw new Error(`text colour ${block.fill} is not one of the card's inks`);
    block.lines.forEach((line, i) => {
      let pen = block.x;
      for (const char of graphemes(line)) {
        const glyph = atlas.index.get(`${styleKey(block)}\u0000${char}`);
        if (glyph === undefined) throw new Error(`the glyph atlas was not built with this card, it lacks "${char}"`);
        placed.push(glyph, Math.round(pen), block.y + i * block.lineHeight, ink);
        pen += atlas.advances[glyph] ?? 0;
      }
    });
  }
  return Int32Array.from(placed);
}

/** Draws cards as PNGs on the calling thread (the build draws on a worker: see src/integrations/social-images.ts). */
export interface SocialImageRenderer {
  render(card: SocialCard): Buffer;
}

/** A renderer for `cards`: their characters rasterised once, then each card composed and encoded on the calling thread. */
export async function openSocialImageRenderer(cards: readonly SocialCard[], fonts: 'subset' | 'full' = 'subset'): Promise<SocialImageRenderer> {
  const atlas = await buildGlyphAtlas(
    cards.map((card) => layoutSocialCard(card)),
    fonts,
  );
  const canvas = new CardCanvas(atlas.paint);
  return { render: (card) => canvas.compose(placeCard(layoutSocialCard(card), atlas)).png() };
}
