// subset-font ships no types; this declares the one call src/lib/font-subset.ts makes.
declare module 'subset-font' {
  interface SubsetOptions {
    /** Output format; the social images need `truetype` (resvg reads no WOFF). */
    targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2';
  }
  /** The font cut down to the glyphs `text` needs, in `targetFormat`. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
