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
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxUnits);
  return kept;
}

// Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/F); C1 controls draw nothing useful.
const unprintable = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text as one printable line: line breaks (including U+2028/9 and U+0085) and runs of spaces become one space. */
export function singleLine(text: string): string {
  return text.replace(/\u0085/g, ' ').replace(unprintable, '').replace(/\s+/gu, ' ').trim();
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char] ?? ''};`);
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
// Average advance of a Latin letter in Noto Sans TC, in ems, rounded up so the estimate errs towards wrapping early.
const unitEm = { 400: 0.56, 700: 0.6 } as const;
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
  const factLines = wrapText(card.facts.map(singleLine).filter(Boolean).join(' · '), unitsPerLine(32, 400), 2);
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

/** Splits an sfnt (TrueType) file into its tables by tag. */
function readTables(font: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const offset = font.readUInt32BE(record + 8);
    tables.set(font.toString('latin1', record, record + 4), font.subarray(offset, offset + font.readUInt32BE(record + 12)));
  }
  return tables;
}

/** Glyph ID of a code point from a `cmap` table (format 12 or 4 Unicode subtable); 0 (.notdef) if unmapped. */
function cmapLookup(cmap: Buffer): (codePoint: number) => number {
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + 8 * i),
    encoding: cmap.readUInt16BE(6 + 8 * i),
    table: cmap.subarray(cmap.readUInt32BE(8 + 8 * i)),
  })).filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)));
  const full = subtables.find((s) => s.table.readUInt16BE(0) === 12)?.table;
  if (full) {
    const groups = full.readUInt32BE(12);
    return (codePoint) => {
      for (let i = 0; i < groups; i++) {
        const start = full.readUInt32BE(16 + 12 * i);
        if (codePoint >= start && codePoint <= full.readUInt32BE(20 + 12 * i)) return full.readUInt32BE(24 + 12 * i) + codePoint - start;
      }
      return 0;
    };
  }
  const basic = subtables.find((s) => s.table.readUInt16BE(0) === 4)?.table;
  if (!basic) throw new Error('font has no Unicode cmap subtable');
  const segments = basic.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    for (let i = 0; i < segments; i++) {
      if (codePoint > basic.readUInt16BE(ends + 2 * i)) continue;
      const start = basic.readUInt16BE(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = basic.readInt16BE(deltas + 2 * i);
      const rangeOffset = basic.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = basic.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Glyph IDs a composite glyph is built from (empty for a simple glyph). */
function componentGlyphs(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const components: number[] = [];
  let at = 10;
  for (let flags = 0x20; flags & 0x20; ) {
    flags = glyph.readUInt16BE(at);
    components.push(glyph.readUInt16BE(at + 2));
    at += 4 + (flags & 0x01 ? 4 : 2) + (flags & 0x08 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
  }
  return components;
}

/** Glyph IDs listed in an OpenType coverage table. */
function coverageGlyphs(table: Buffer, at: number): number[] {
  const count = table.readUInt16BE(at + 2);
  if (table.readUInt16BE(at) === 1) return Array.from({ length: count }, (_, i) => table.readUInt16BE(at + 4 + 2 * i));
  return Array.from({ length: count }, (_, i) => {
    const start = table.readUInt16BE(at + 4 + 6 * i);
    return Array.from({ length: table.readUInt16BE(at + 6 + 6 * i) - start + 1 }, (_, k) => start + k);
  }).flat();
}

/** `count` glyph IDs stored one after another from `at`. */
function glyphArray(table: Buffer, at: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => table.readUInt16BE(at + 2 * i));
}

/**
 * Every glyph a GSUB lookup can put in, whatever the input and context: a
 * superset of the glyphs shaping may draw beyond the cmap's (e.g. the
 * alternate colon the font uses between digits).
 */
function substitutedGlyphs(gsub: Buffer): number[] {
  const glyphs: number[] = [];
  const offsetsAt = (at: number) => glyphArray(gsub, at + 6, gsub.readUInt16BE(at + 4)).map((offset) => at + offset);
  const lookupList = gsub.readUInt16BE(8);
  for (const lookup of glyphArray(gsub, lookupList + 2, gsub.readUInt16BE(lookupList)).map((offset) => lookupList + offset)) {
    const lookupType = gsub.readUInt16BE(lookup);
    for (const first of glyphArray(gsub, lookup + 6, gsub.readUInt16BE(lookup + 4)).map((offset) => lookup + offset)) {
      // Extension subtables (type 7) wrap another type at a 32-bit offset.
      const type = lookupType === 7 ? gsub.readUInt16BE(first + 2) : lookupType;
      const sub = lookupType === 7 ? first + gsub.readUInt32BE(first + 4) : first;
      const format = gsub.readUInt16BE(sub);
      if (type === 1 && format === 1) glyphs.push(...coverageGlyphs(gsub, sub + gsub.readUInt16BE(sub + 2)).map((g) => (g + gsub.readInt16BE(sub + 4)) & 0xffff));
      if (type === 1 && format === 2) glyphs.push(...glyphArray(gsub, sub + 6, gsub.readUInt16BE(sub + 4)));
      if (type === 2 || type === 3) for (const set of offsetsAt(sub)) glyphs.push(...glyphArray(gsub, set + 2, gsub.readUInt16BE(set)));
      if (type === 4) for (const set of offsetsAt(sub)) for (const ligature of glyphArray(gsub, set + 2, gsub.readUInt16BE(set)).map((offset) => set + offset)) glyphs.push(gsub.readUInt16BE(ligature));
      if (type === 8) {
        const lookahead = sub + 6 + 2 * gsub.readUInt16BE(sub + 4);
        const substitutes = lookahead + 2 + 2 * gsub.readUInt16BE(lookahead);
        glyphs.push(...glyphArray(gsub, substitutes + 2, gsub.readUInt16BE(substitutes)));
      }
    }
  }
  return glyphs;
}

function tableChecksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
}

/** An sfnt file from tables, laid out as the spec asks (sorted records, 4-byte alignment, checksums). */
function writeFont(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const padded = tags.map((tag) => {
    const data = tables.get(tag) ?? Buffer.alloc(0);
    return Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  });
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tags.length * 16 - power * 16, 10);
  let offset = header.length;
  tags.forEach((tag, i) => {
    const record = 12 + 16 * i;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(tableChecksum(padded[i] ?? Buffer.alloc(0)), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(tables.get(tag)?.length ?? 0, record + 12);
    offset += padded[i]?.length ?? 0;
  });
  const font = Buffer.concat([header, ...padded]);
  const head = font.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  font.writeUInt32BE((0xb1b0afba - tableChecksum(font)) >>> 0, head + 8);
  return font;
}

/**
 * A copy of a TrueType font that keeps only the outlines of `text`'s glyphs.
 * resvg re-reads the whole font file for every glyph it draws, so the 7 MB CJK
 * fonts cost milliseconds per character; dropping the outlines nobody draws
 * makes the file about 13 times smaller (7.1 MB to 0.53 MB). Glyph IDs are kept (dropped glyphs become empty), so
 * the cmap, metrics, GSUB and kerning (GPOS) still apply unchanged; every glyph
 * GSUB can substitute in keeps its outline. Vertical metrics are never used.
 */
export function subsetFont(font: Buffer, text: string): Buffer {
  const tables = readTables(font);
  const table = (tag: string) => {
    const data = tables.get(tag);
    if (!data) throw new Error(`font has no ${tag} table`);
    return data;
  };
  const head = Buffer.from(table('head'));
  const glyf = table('glyf');
  const loca = table('loca');
  const glyphCount = table('maxp').readUInt16BE(4);
  const longOffsets = head.readInt16BE(50) === 1;
  const glyphAt = (id: number) =>
    longOffsets ? glyf.subarray(loca.readUInt32BE(4 * id), loca.readUInt32BE(4 * id + 4)) : glyf.subarray(2 * loca.readUInt16BE(2 * id), 2 * loca.readUInt16BE(2 * id + 2));

  const lookup = cmapLookup(table('cmap'));
  const keep = new Set<number>([0]);
  const gsub = tables.get('GSUB');
  const pending = [...new Set(Array.from(text, (char) => lookup(char.codePointAt(0) ?? 0))), ...(gsub ? substitutedGlyphs(gsub) : [])];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (keep.has(id) || id >= glyphCount) continue;
    keep.add(id);
    pending.push(...componentGlyphs(glyphAt(id)));
  }

  const outlines: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (glyphCount + 1));
  let offset = 0;
  for (let id = 0; id < glyphCount; id++) {
    newLoca.writeUInt32BE(offset, 4 * id);
    if (!keep.has(id)) continue;
    const outline = glyphAt(id);
    const padding = Buffer.alloc((4 - (outline.length % 4)) % 4);
    outlines.push(outline, padding);
    offset += outline.length + padding.length;
  }
  newLoca.writeUInt32BE(offset, 4 * glyphCount);
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);

  const kept = new Map([...tables].filter(([tag]) => tag !== 'vhea' && tag !== 'vmtx'));
  kept.set('head', head);
  kept.set('glyf', Buffer.concat(outlines));
  kept.set('loca', newLoca);
  return writeFont(kept);
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
