import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { loadCatalog } from '../../src/lib/content/load';
import { listPages, socialImageKinds, socialImagePath, type SitePage } from '../../src/lib/routes';
import {
  bundledCardFonts,
  buildSocialCard,
  cardTextWidth,
  layoutSocialCard,
  listSocialCards,
  openSocialImageRenderer,
  glyphSheet,
  socialCardPalette,
  textWidthUnits,
  truncateText,
  wrapItems,
  wrapText,
  type CardTextBlock,
  type SocialCard,
  type SocialCardLayout,
} from '../../src/lib/social-image';
import { startSocialImages, writeSocialImages } from '../../src/integrations/social-images';
import { CardCanvas, cardPalette, coverageLevels, type CardPaint } from '../../src/lib/card-raster';
import { escapeXml } from '../../src/lib/xml';

const catalog = loadCatalog('content');
const pages = listPages(catalog);
const page = (pagePath: string): SitePage => {
  const found = pages.find((p) => p.path === pagePath);
  if (!found) throw new Error(`no page ${pagePath}`);
  return found;
};
const card = (pagePath: string) => buildSocialCard(page(pagePath), catalog);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

const hostileCard: SocialCard = {
  pagePath: '/en/models/x/y',
  imagePath: '/og/en/models/x/y.png',
  lang: 'en',
  brand: 'Brand & "Co"',
  title: 'Acme </script><!-- "q" \'s\': #1 | yes --- \u2028end',
  titleFallback: 'acme-1',
  facts: ['a < b', 'c > d & e'],
  summary: 'Line one </script> & <!-- "two" \'three\'\n---\nline \u2028 end \u0000\ud800',
  alt: '',
};

describe('the card model', () => {
  test("a variant card carries the page's exact numbers, per locale", () => {
    expect(card('/en/models/minimax/m2')).toMatchObject({
      imagePath: '/og/en/models/minimax/m2.png',
      lang: 'en',
      brand: 'Model Catalog',
      title: 'MiniMax-M2',
      facts: ['MiniMax: $0.30 in, $1.20 out per 1M tokens', 'Context window: 192K', 'Maximum output: 128K'],
    });
    expect(card('/zh-TW/models/minimax/m2').facts).toEqual(['MiniMax：每百萬 token 輸入 US$0.30，輸出 US$1.20', '上下文視窗：192K', '最大輸出：128K']);
    expect(card('/zh-HK/models/minimax/m2').facts).toEqual(['MiniMax：每百萬 token 輸入 US$0.30，輸出 US$1.20', '上下文窗口：192K', '最大輸出：128K']);
  });

  test("the price on a card is the comparison basis provider's exact rate, named; never a listed figure", () => {
    expect(card('/en/models/minimax/m2.5-highspeed').facts).toEqual([
      'MiniMax: $0.60 in, $2.40 out per 1M tokens',
      'Context window: 200K',
      'Maximum output: 128K',
    ]);
    for (const c of listSocialCards(catalog)) expect(c.facts.join(' '), c.pagePath).not.toMatch(/0\.0[12]0|1K/);
  });

  test('family and catalog cards', () => {
    expect(card('/en/models/minimax')).toMatchObject({ title: 'MiniMax M-series', facts: ['Maker: MiniMax', '7 variants'] });
    expect(card('/zh-HK/models')).toMatchObject({ title: '模型目錄', facts: ['LLM API 模型的價格、限制及快速入門'], summary: 'MiniMax：7 個型號' });
  });

  test('one card per catalog, family and variant page, at its socialImagePath', () => {
    const own = pages.filter((p) => socialImageKinds.includes(p.kind));
    expect(listSocialCards(catalog).map((c) => c.imagePath)).toEqual(own.map((p) => socialImagePath(p)));
    expect(own).toHaveLength(27);
  });
});

describe('text fitting', () => {
  test('CJK counts double', () => {
    expect(textWidthUnits('abc')).toBe(3);
    expect(textWidthUnits('上下文')).toBe(6);
  });

  test('truncation counts characters and never splits a surrogate pair or an emoji', () => {
    const cut = truncateText('ab😀😀😀👩‍💻', 4);
    expect(cut).toBe('ab😀…');
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(truncateText('short', 10)).toBe('short');
  });

  test('long titles wrap onto at most two lines, ending in an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 20, 2);
    expect(lines).toEqual(['one two three four', 'five six seven eig…']);
    expect(wrapText('模型目錄模型目錄模型目錄', 10, 2)).toEqual(['模型目錄模', '型目錄模…']);
    for (const line of lines) expect(textWidthUnits(line)).toBeLessThanOrEqual(20);
  });

  test('facts break between items, not inside one', () => {
    expect(wrapItems(['$0.020 / 1K tokens', 'Context window: 200K', 'Output speed: about 100 tokens/s'], 50, 2)).toEqual([
      '$0.020 / 1K tokens · Context window: 200K',
      'Output speed: about 100 tokens/s',
    ]);
  });

  test('CJK punctuation stays with the character before it', () => {
    expect(wrapText('一二三四，五六', 8, 3)).toEqual(['一二三', '四，五六']);
  });

  test('every text colour reads at 4.5:1 or better', () => {
    for (const colour of [socialCardPalette.text, socialCardPalette.muted, socialCardPalette.accent]) {
      expect(contrast(colour, socialCardPalette.background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the glyph sheet', () => {
  test('escapes every character, so nothing breaks out of its element', () => {
    const { svg } = glyphSheet({ fontSize: 30, fontWeight: 400 }, ['<', '&', '"', "'", '>', '/', 'a', ' ', '上']);
    expect(svg).toMatch(/^<svg [^<>]*><g [^<>]*>(<text x="\d+" y="\d+">[^<>]+<\/text>)+<\/g><\/svg>$/);
    for (const escaped of ['&lt;', '&amp;', '&quot;', '&apos;', '&gt;', '>/<', '>a<', '>上<']) expect(svg).toContain(escaped);
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  test("a laid-out card holds its page's text, and nothing unprintable from hostile text", () => {
    const zhHK = layoutSocialCard(card('/zh-HK/models/minimax/m2.5'));
    expect(zhHK.lang).toBe('zh-HK');
    expect(zhHK.facts.lines.join(' ')).toContain('上下文窗口：200K');
    expect(zhHK.summary.lines[0]).toMatch(/^MiniMax-M2\.5 為 M 系列加入更強的工具調用/);
    const hostile = layoutSocialCard(hostileCard);
    expect(hostile.title.lines).toEqual(['Acme </script><!-- "q" \'s\': #1', '| yes --- end']);
    expect([hostile.brand, hostile.title, hostile.facts, hostile.summary].flatMap((b) => b.lines).join('')).not.toMatch(/[\u0000\u2028\ud800]/);
  });

  test('the layout stays inside the image', () => {
    for (const c of [...listSocialCards(catalog), hostileCard]) {
      const { summary } = layoutSocialCard(c);
      expect(summary.y + (summary.lines.length - 1) * summary.lineHeight).toBeLessThanOrEqual(630 - 56);
    }
  });
});

/** A PNG's palette indices, row by row, and its palette, after checking it is 8-bit indexed and unfiltered. */
function decodeIndexedPng(png: Buffer): { width: number; height: number; pixels: Uint8Array; palette: Buffer } {
  const { width, height } = pngSize(png);
  expect([png[24], png[25]]).toEqual([8, 3]);
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    pixels.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, pixels, palette: chunks.get('PLTE')?.[0] ?? Buffer.alloc(0) };
}

const rgbOf = (palette: Buffer, index: number) => `#${palette.subarray(3 * index, 3 * index + 3).toString('hex')}`;

describe('the PNG', () => {
  test('is a 1200×630 PNG, byte-identical when rendered twice or by another renderer of the same cards', async () => {
    const zhHK = card('/zh-HK/models/minimax/m2.5-highspeed');
    const [one, two] = await Promise.all([openSocialImageRenderer([card('/en/models'), zhHK]), openSocialImageRenderer([card('/en/models'), zhHK])]);
    const first = one.render(zhHK);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(first.equals(one.render(zhHK))).toBe(true);
    expect(first.equals(two.render(zhHK))).toBe(true);
  });

  test('shows the accent bar, the rule and each text in its colour, where the layout puts it', async () => {
    const m3 = card('/en/models/minimax/m3');
    const { width, pixels, palette } = decodeIndexedPng((await openSocialImageRenderer([m3])).render(m3));
    const colourAt = (x: number, y: number) => rgbOf(palette, pixels[y * width + x] ?? 0);
    expect(colourAt(600, 8)).toBe(socialCardPalette.accent);
    expect(colourAt(600, 591)).toBe(socialCardPalette.border);
    expect(colourAt(1190, 400)).toBe(socialCardPalette.background);
    const layout = layoutSocialCard(m3);
    /** Colours drawn in the band of a text block's first line, with how many pixels each. */
    const inkIn = (block: { y: number; fontSize: number }) => {
      const counts = new Map<string, number>();
      for (let y = block.y - block.fontSize; y <= block.y; y++)
        for (let x = 80; x < 1120; x++) counts.set(colourAt(x, y), (counts.get(colourAt(x, y)) ?? 0) + 1);
      return counts;
    };
    // Every text has fully covered pixels in exactly its own colour, and plenty of them.
    expect(inkIn(layout.title).get(socialCardPalette.text)).toBeGreaterThan(1000);
    expect(inkIn(layout.brand).get(socialCardPalette.accent)).toBeGreaterThan(200);
    expect(inkIn(layout.summary).get(socialCardPalette.muted)).toBeGreaterThan(500);
    expect(inkIn(layout.summary).get(socialCardPalette.text)).toBeUndefined();
  });

  test('cut-down fonts draw exactly what the full fonts draw, hostile text included', async () => {
    const cards = [
      card('/en/models'),
      card('/en/models/minimax/m2'),
      card('/zh-HK/models/minimax'),
      card('/zh-TW/models/minimax/m3'),
      hostileCard,
      ...listSocialCards(loadCatalog('tests/fixtures/hostile')),
    ];
    const [cut, full] = await Promise.all([openSocialImageRenderer(cards, 'subset'), openSocialImageRenderer(cards, 'full')]);
    for (const c of cards) expect(cut.render(c).equals(full.render(c)), c.pagePath).toBe(true);
    expect(() => cut.render({ ...hostileCard, title: '鬱' })).toThrow(/lacks "鬱"/);
  });
});

describe('composing and encoding', () => {
  const paint: CardPaint = {
    width: 6,
    height: 4,
    background: '#ffffff',
    solids: ['#0b5cad'],
    inks: ['#000000'],
    rects: [{ x: 0, y: 0, width: 6, height: 1, solid: 0 }],
    glyphs: [{ width: 2, height: 2, left: 1, top: -2, alpha: Uint8Array.from([255, 128, 0, 2]) }],
  };
  const composeCard = (placed: Int32Array) => new CardCanvas(paint).compose(placed).pixels();

  test('a glyph lands at its pen position, its coverage turned into palette levels', () => {
    const pixels = composeCard(Int32Array.from([0, 2, 3, 0]));
    const full = 2 + coverageLevels - 1;
    const half = 2 + Math.round((128 * coverageLevels) / 255) - 1;
    expect([...pixels]).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, full, half, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => composeCard(Int32Array.from([7, 0, 0, 0]))).toThrow(/no glyph 7/);
  });

  test('glyphs cut at the edges of the image, and the stronger coverage wins where two overlap', () => {
    // One glyph's right half falls off the image; the other's half-covered pixel lies under the first's full one.
    const pixels = composeCard(Int32Array.from([0, 4, 4, 0, 0, 3, 4, 0]));
    expect([...pixels.subarray(12)]).toEqual([0, 0, 0, 0, 2 + coverageLevels - 1, 2 + coverageLevels - 1, 0, 0, 0, 0, 0, 0]);
  });

  test('the palette blends each ink over the background, and the PNG decodes to the same pixels', () => {
    const palette = cardPalette(paint);
    expect(palette.length).toBe(3 * (2 + coverageLevels));
    expect(rgbOf(Buffer.from(palette), 1 + coverageLevels)).toBe('#000000');
    expect(rgbOf(Buffer.from(palette), 2)).toBe('#fbfbfb');
    const canvas = new CardCanvas(paint).compose(Int32Array.from([0, 2, 3, 0]));
    const decoded = decodeIndexedPng(canvas.png());
    expect([...decoded.pixels]).toEqual([...canvas.pixels()]);
    expect(decoded.palette.equals(Buffer.from(palette))).toBe(true);
    expect(() => cardPalette({ ...paint, inks: ['#000000', '#111111', '#222222', '#333333', '#444444'] })).toThrow(/at most 256 colours/);
  });
});

describe('the build step', () => {
  test('writes exactly one PNG per page with a social image, the same bytes on every build', async () => {
    const runs = [mkdtempSync(path.join(tmpdir(), 'catalog-og-')), mkdtempSync(path.join(tmpdir(), 'catalog-og-'))];
    try {
      for (const dir of runs) await writeSocialImages(catalog, pathToFileURL(`${dir}/`));
      const [first = '', second = ''] = runs;
      const written = (readdirSync(first, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.png'))
        .map((f) => `/${f.split(path.sep).join('/')}`)
        .sort();
      expect(written).toEqual(
        listSocialCards(catalog)
          .map((c) => c.imagePath)
          .sort(),
      );
      for (const file of written) {
        const png = readFileSync(path.join(first, file));
        expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
        expect(png.equals(readFileSync(path.join(second, file)))).toBe(true);
      }
    } finally {
      for (const dir of runs) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('cards are staged beside the output folder and nothing is left there after', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'catalog-og-'));
    try {
      const out = path.join(parent, 'out');
      mkdirSync(out);
      const run = startSocialImages(catalog, {}, pathToFileURL(`${out}/`));
      // On the output's own file system, so `finish` moves the cards in with a rename.
      expect(readdirSync(parent).filter((name) => name.startsWith('.og-staging-'))).toHaveLength(1);
      const { count } = await run.finish(pathToFileURL(`${out}/`));
      expect(count).toBeGreaterThan(0);
      expect(readdirSync(parent)).toEqual(['out']);
      expect(readdirSync(path.join(out, 'og'), { recursive: true }).filter((f) => String(f).endsWith('.png'))).toHaveLength(count);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  test('a failure says where', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-og-'));
    try {
      // A file where the og/ folder should go stops the images moving into the output.
      writeFileSync(path.join(dir, 'og'), '');
      await expect(writeSocialImages(catalog, pathToFileURL(`${dir}/`))).rejects.toThrow(/social images could not be moved into .*og: /);
      expect(statSync(path.join(dir, 'og')).isFile()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('names too long for the card, and characters its fonts lack', () => {
  const fonts = bundledCardFonts();
  // 200 characters: a long unbroken ID of wide capitals first, then words, Latin and Chinese.
  const longName = `${'WWMMWWMMWW'.repeat(4)}-Mega ${'WMW Mega 模型 '.repeat(6)}${'Wide Model 全寬名稱 '.repeat(6)}`.slice(0, 200);
  const longProvider = 'Extremely Wide Provider Name With Many Words '.repeat(3).trim();
  const emojiName = '🚀 Rocket 👩\u200d💻 Coder 🇹🇼 Model ✨ 한국어 ไทย X';
  const emojiFree = 'Rocket Coder Model X';
  const base: SocialCard = { ...hostileCard, brand: 'Model Catalog', facts: ['Context window: 200K'], summary: 'A short summary.' };
  const cards: SocialCard[] = [
    {
      ...base,
      title: longName,
      brand: 'Brand '.repeat(40),
      facts: [`${longProvider}: $0.30 in, $1.20 out per 1M tokens`, `${longProvider} ${'W'.repeat(80)}`],
      summary: `${'W'.repeat(300)} ${longName}`,
    },
    { ...base, title: emojiName, facts: ['😀 Maker: 🤖 Acme 🎉', 'Context window: 200K ✅'], summary: '👍 Fast 🔥 and 🧠 smart 😀'.repeat(8) },
    { ...base, title: emojiFree, facts: ['Maker: Acme', 'Context window: 200K'], summary: Array(8).fill('Fast and smart').join(' ') },
  ];
  const [long, emoji, plain] = cards as [SocialCard, SocialCard, SocialCard];
  const blocks = (layout: SocialCardLayout): CardTextBlock[] => [layout.brand, layout.title, layout.facts, layout.summary];
  /** A line's width in pixels as the card places it: each code point's advance in the font of its weight, without kerning. */
  const lineWidth = (line: string, block: CardTextBlock) => {
    const font = fonts[block.fontWeight];
    return (block.fontSize / font.unitsPerEm) * Array.from(line).reduce((sum, c) => sum + font.advance(c.codePointAt(0) ?? 0), 0);
  };

  test('the fonts say which characters they draw', () => {
    for (const font of [fonts[400], fonts[700]]) {
      for (const char of ['A', 'é', '模', '…', '·']) expect(font.hasGlyph(char.codePointAt(0) ?? 0), char).toBe(true);
      for (const char of ['🚀', '✨', '\u200d', '한', 'ไ']) expect(font.hasGlyph(char.codePointAt(0) ?? 0), char).toBe(false);
    }
  });

  test("every line, measured with the font's advances, stays inside the text column", () => {
    for (const c of [...cards, ...listSocialCards(catalog)]) {
      for (const block of blocks(layoutSocialCard(c))) {
        expect(block.x).toBe(80);
        for (const line of block.lines) expect(lineWidth(line, block), `${c.title}: ${line}`).toBeLessThanOrEqual(cardTextWidth);
      }
    }
  });

  test('a 200-character name gets three smaller lines, then an ellipsis; long provider names are cut to two lines', () => {
    expect([...longName]).toHaveLength(200);
    const layout = layoutSocialCard(long);
    expect(layout.title).toMatchObject({ fontSize: 56, lineHeight: 66 });
    expect(layout.title.lines).toHaveLength(3);
    expect(layout.title.lines.at(-1)).toMatch(/…$/);
    // What is drawn is the name's start, broken at spaces or inside the long ID.
    expect(longName.replace(/ /g, '').startsWith(layout.title.lines.join('').replace(/…$/, '').replace(/ /g, ''))).toBe(true);
    expect(layout.facts.lines).toHaveLength(2);
    expect(layout.facts.lines[0]).toMatch(/^Extremely Wide Provider/);
    expect(layout.brand.lines).toEqual([expect.stringMatching(/^Brand Brand .*…$/)]);
    expect(layoutSocialCard(card('/en/models/minimax/m2.5-highspeed')).title).toMatchObject({ fontSize: 72, lines: ['MiniMax-M2.5-highspeed'] });
  });

  test('a title the fonts can draw none of is replaced by the model ID, not left empty', () => {
    expect(layoutSocialCard({ ...base, title: '한국어 모델 🚀', titleFallback: 'kr-model-1' }).title.lines).toEqual(['kr-model-1']);
    expect(card('/en/models/minimax/m2.5').titleFallback).toBe('MiniMax-M2.5');
  });

  test('no character the fonts lack reaches the card: emoji, joiners and other scripts are left out', () => {
    const layout = layoutSocialCard(emoji);
    expect(layout.title.lines).toEqual([emojiFree]);
    expect(layout.facts.lines).toEqual(['Maker: Acme · Context window: 200K']);
    for (const c of cards) {
      for (const block of blocks(layoutSocialCard(c))) {
        for (const char of block.lines.join('').replace(/\s/gu, ''))
          expect(fonts[block.fontWeight].hasGlyph(char.codePointAt(0) ?? 0), `${JSON.stringify(char)} in ${c.title}`).toBe(true);
      }
    }
  });

  test('drawn, the emoji title is the same image as the title without them (no empty boxes), and no ink falls outside the margins', async () => {
    const renderer = await openSocialImageRenderer(cards);
    expect(renderer.render(emoji).equals(renderer.render(plain))).toBe(true);
    for (const c of cards) {
      const { width, height, pixels } = decodeIndexedPng(renderer.render(c));
      // Between the accent bar (rows 0–15) and the rule (rows 590–591), the margins are background, index 0.
      const inked: string[] = [];
      for (let y = 16; y < height - 40; y++) for (let x = 0; x < width; x++) if ((x < 76 || x >= 1124) && pixels[y * width + x] !== 0) inked.push(`${x},${y}`);
      expect(inked.slice(0, 5), c.title).toEqual([]);
    }
  });
});
