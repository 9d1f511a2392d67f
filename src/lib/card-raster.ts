/**
 * Drawing social cards without a vector renderer per card: every character is
 * rasterised once per text style (see `buildGlyphAtlas` in social-image.ts),
 * and each card is then composed by copying those coverage bitmaps into an
 * indexed-colour image and writing it as a PNG. Cards differ only in their
 * text, on one background, in three text colours, so a 192-entry palette loses
 * nothing visible and the PNG is a third the size of the RGBA one.
 *
 * This file imports nothing of the project's (only `node:zlib`), so the worker
 * thread that composes cards during the build can load it on its own.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** One character's coverage, as it sits on the pen position: `left`/`top` from the pen to the bitmap's top-left pixel. */
export interface GlyphBitmap {
  width: number;
  height: number;
  left: number;
  top: number;
  /** Coverage, 0–255, row by row. */
  alpha: Uint8Array;
}

/** A solid rectangle in one palette colour (index into `CardPaint.solids`). */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  solid: number;
}

/** What every card shares: size, background, solid fills, text colours and the glyphs. */
export interface CardPaint {
  width: number;
  height: number;
  background: string;
  /** Colours of `CardRect`s. */
  solids: readonly string[];
  /** Text colours, referenced by index from `PlacedGlyphs`. */
  inks: readonly string[];
  rects: readonly CardRect[];
  glyphs: readonly GlyphBitmap[];
}

/**
 * A card's text, placed: four numbers per glyph (glyph index, pen x, baseline y,
 * ink index), so the list crosses to a worker thread as one buffer.
 */
export type PlacedGlyphs = Int32Array;

/** Coverage levels per ink: 63 steps read as smooth as 255 at these sizes and keep the palette under 256 entries. */
export const coverageLevels = 63;

const hexColour = (hex: string): [number, number, number] => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [Number.parseInt(match[1] ?? '', 16), Number.parseInt(match[2] ?? '', 16), Number.parseInt(match[3] ?? '', 16)];
};

/**
 * The palette: background, the solids, then `coverageLevels` blends of each ink
 * over the background (level l is l/levels of the ink), as RGB triplets.
 */
export function cardPalette(paint: Pick<CardPaint, 'background' | 'solids' | 'inks'>): Uint8Array {
  const background = hexColour(paint.background);
  const entries: number[][] = [background, ...paint.solids.map(hexColour)];
  for (const ink of paint.inks.map(hexColour)) {
    for (let level = 1; level <= coverageLevels; level++) {
      entries.push(ink.map((channel, i) => Math.round((background[i] ?? 0) + ((channel - (background[i] ?? 0)) * level) / coverageLevels)));
    }
  }
  if (entries.length > 256) throw new Error(`a card palette holds at most 256 colours, not ${entries.length}: too many inks`);
  return Uint8Array.from(entries.flat());
}

/**
 * Composes cards of one paint into buffers it keeps: a card is 756,000 pixels,
 * and allocating fresh buffers for each of thousands of cards cost more in
 * page faults (about 20 µs each on the build VM) than the drawing itself.
 */
export class CardCanvas {
  readonly #paint: CardPaint;
  readonly #coverage: Uint8Array;
  /** The image as PNG scanlines: a filter byte (0, none) and then the row's palette indices. */
  readonly #scanlines: Uint8Array;
  readonly #background: Uint8Array;
  /** Palette index of each coverage value, per ink (0 where the coverage rounds to no level). */
  readonly #levelIndex: Uint8Array[];
  readonly #palette: Uint8Array;

  constructor(paint: CardPaint) {
    const { width, height } = paint;
    this.#paint = paint;
    this.#palette = cardPalette(paint);
    this.#coverage = new Uint8Array(width * height);
    this.#scanlines = new Uint8Array((width + 1) * height);
    this.#background = new Uint8Array((width + 1) * height);
    for (const rect of paint.rects) {
      const x0 = Math.max(0, rect.x);
      const x1 = Math.min(width, rect.x + rect.width);
      for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.height); y++)
        this.#background.fill(1 + rect.solid, y * (width + 1) + 1 + x0, y * (width + 1) + 1 + x1);
    }
    const inkBase = 1 + paint.solids.length;
    this.#levelIndex = paint.inks.map((_, ink) =>
      Uint8Array.from({ length: 256 }, (_, alpha) => {
        const level = Math.round((alpha * coverageLevels) / 255);
        return level === 0 ? 0 : inkBase + ink * coverageLevels + level - 1;
      }),
    );
  }

  /**
   * Draws a card: background, rectangles, then each glyph's coverage where it
   * is stronger than what is already there (glyph boxes of neighbouring letters
   * overlap at their edges; the stronger ink wins). Coverage maps straight to a
   * palette level, so only glyph pixels are visited.
   */
  compose(placed: PlacedGlyphs): this {
    const { width, height, glyphs } = this.#paint;
    const coverage = this.#coverage;
    const scanlines = this.#scanlines;
    coverage.fill(0);
    scanlines.set(this.#background);
    for (let i = 0; i + 3 < placed.length; i += 4) {
      const glyph = glyphs[placed[i] ?? -1];
      if (!glyph) throw new Error(`no glyph ${placed[i]} in the atlas`);
      const indices = this.#levelIndex[placed[i + 3] ?? 0];
      if (!indices) throw new Error(`no ink ${placed[i + 3]} on the card`);
      const left = (placed[i + 1] ?? 0) + glyph.left;
      const top = (placed[i + 2] ?? 0) + glyph.top;
      const colStart = Math.max(0, -left);
      const colEnd = Math.min(glyph.width, width - left);
      for (let row = Math.max(0, -top); row < Math.min(glyph.height, height - top); row++) {
        const source = row * glyph.width;
        const y = top + row;
        for (let col = colStart; col < colEnd; col++) {
          const alpha = glyph.alpha[source + col] ?? 0;
          const at = y * width + left + col;
          if (alpha > (coverage[at] ?? 0) && (indices[alpha] ?? 0) !== 0) {
            coverage[at] = alpha;
            scanlines[at + y + 1] = indices[alpha] ?? 0;
          }
        }
      }
    }
    return this;
  }

  /** The last composed card's palette indices, row by row. */
  pixels(): Uint8Array {
    const { width, height } = this.#paint;
    const pixels = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) pixels.set(this.#scanlines.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
    return pixels;
  }

  /** The last composed card as a PNG. */
  png(): Buffer {
    return pngFromScanlines(this.#paint.width, this.#paint.height, this.#scanlines, this.#palette);
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit indexed-colour PNG; no ancillary chunks (no time stamp), so the same pixels always give the same bytes. */
function pngFromScanlines(width: number, height: number, scanlines: Uint8Array, palette: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(3, 9); // colour type: indexed
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    // Run-length matching only: cards are long runs of one colour, and this is four to five
    // times faster than the default strategy for files about a fifth larger.
    chunk('IDAT', deflateSync(scanlines, { level: 6, strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
