/**
 * Reading the social images' TrueType fonts: advance widths and which
 * characters a font has glyphs for (from `hmtx` and `cmap`), and cutting a font
 * down to the glyphs a set of cards draws (HarfBuzz, through `subset-font`).
 */
import harfBuzzSubset from 'subset-font';

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

/** A lookup of `tables` that throws, naming the tag, when the font lacks one. */
function requiredTable(tables: Map<string, Buffer>): (tag: string) => Buffer {
  return (tag) => {
    const data = tables.get(tag);
    if (!data) throw new Error(`font has no ${tag} table`);
    return data;
  };
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

/**
 * A TrueType font cut down to the glyphs `text` draws, by HarfBuzz's
 * subsetter (`subset-font`, its WebAssembly build): it keeps every glyph the
 * font's layout features can substitute in for those characters and renumbers
 * the rest away. resvg re-reads the whole font file for every glyph it draws,
 * so the 7 MB CJK fonts would cost milliseconds per character; cut to the
 * catalog's 233 characters they are 94 KB (the hand-written subsetter this
 * replaced, which kept glyph IDs and emptied the rest, left 575 KB). Tests check that
 * images drawn with cut fonts are byte-identical to ones drawn with the full fonts.
 */
export function subsetFont(font: Buffer, text: string): Promise<Buffer> {
  return harfBuzzSubset(font, text, { targetFormat: 'truetype' });
}

/** Horizontal metrics and coverage of a TrueType font, for measuring and placing characters one after another. */
export interface FontAdvances {
  unitsPerEm: number;
  /** Advance width of a code point's glyph in font units (the .notdef glyph's for an unmapped one). */
  advance(codePoint: number): number;
  /** Whether the cmap maps the code point to a glyph; one it does not would be drawn as .notdef, an empty box. */
  hasGlyph(codePoint: number): boolean;
}

/**
 * Reads `head`, `hhea`, `hmtx` and `cmap`: what `advance` and `hasGlyph` need,
 * nothing else. The two tables it keeps are copied (about 180 KB in Noto Sans TC),
 * so the 7 MB font file can be dropped once this returns.
 */
export function readFontAdvances(font: Buffer): FontAdvances {
  const table = requiredTable(readTables(font));
  const hmtx = Buffer.from(table('hmtx'));
  const longMetrics = table('hhea').readUInt16BE(34);
  const lookup = cmapLookup(Buffer.from(table('cmap')));
  const glyphIds = new Map<number, number>();
  const glyphOf = (codePoint: number) => {
    let glyph = glyphIds.get(codePoint);
    if (glyph === undefined) {
      glyph = lookup(codePoint);
      glyphIds.set(codePoint, glyph);
    }
    return glyph;
  };
  return {
    unitsPerEm: table('head').readUInt16BE(18),
    // Glyphs past the last long metric share its advance (monospaced tails).
    advance: (codePoint) => hmtx.readUInt16BE(4 * Math.min(glyphOf(codePoint), longMetrics - 1)),
    hasGlyph: (codePoint) => glyphOf(codePoint) !== 0,
  };
}
