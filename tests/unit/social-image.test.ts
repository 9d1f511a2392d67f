import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { loadCatalog } from '../../src/lib/content/load';
import { listPages, socialImageKinds, socialImagePath, type SitePage } from '../../src/lib/routes';
import {
  buildSocialCard,
  escapeXml,
  layoutSocialCard,
  listSocialCards,
  openSocialImageRenderer,
  socialCardPalette,
  socialCardSvg,
  socialImageFontFiles,
  textWidthUnits,
  truncateText,
  wrapItems,
  wrapText,
  type SocialCard,
} from '../../src/lib/social-image';
import { writeSocialImages } from '../../src/integrations/social-images';

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
  facts: ['a < b', 'c > d & e'],
  summary: 'Line one </script> & <!-- "two" \'three\'\n---\nline \u2028 end \u0000\ud800',
  alt: '',
};

describe('the card model', () => {
  test('a variant card carries the page\'s exact numbers, per locale', () => {
    expect(card('/en/models/minimax/m2')).toMatchObject({
      imagePath: '/og/en/models/minimax/m2.png',
      lang: 'en',
      brand: 'Model Catalog',
      title: 'MiniMax-M2',
      facts: ['$0.15 / 1M tokens', 'Context window: 200K'],
    });
    expect(card('/zh-TW/models/minimax/m2').facts).toEqual(['US$0.15 / 1M tokens', '上下文視窗：200K']);
    expect(card('/zh-HK/models/minimax/m2').facts).toEqual(['US$0.15 / 1M tokens', '上下文窗口：200K']);
  });

  test('a flat per-1K price and a stated speed are shown as the spec sheet shows them', () => {
    expect(card('/en/models/minimax/m2.5-highspeed').facts).toEqual(['$0.020 / 1K tokens', 'Context window: 200K', 'Output speed: about 100 tokens/s']);
  });

  test('family and catalog cards', () => {
    expect(card('/en/models/minimax')).toMatchObject({ title: 'MiniMax M-series', facts: ['Provider: MiniMax', '7 variants'] });
    expect(card('/zh-HK/models')).toMatchObject({ title: '模型目錄', facts: ['列出每個型號的模型 ID、上下文窗口、價格及狀態。價格以美元計算。'], summary: 'MiniMax：7 個型號' });
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

describe('the SVG', () => {
  test('escapes every text, so nothing breaks out of its element', () => {
    const svg = socialCardSvg(hostileCard);
    expect(svg).not.toContain('</script>');
    expect(svg).not.toContain('<!--');
    expect(svg).toContain('Brand &amp; &quot;Co&quot;');
    expect(svg).toContain('Acme &lt;/script&gt;&lt;!-- &quot;q&quot;</tspan><tspan x="80" y="300">&apos;s&apos;: #1 | yes --- end</tspan>');
    expect(svg).toContain('a &lt; b · c &gt; d &amp; e');
    expect(svg).not.toMatch(/[\u0000\u2028\ud800]/);
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  test('a zh-HK page carries its Chinese text', () => {
    const svg = socialCardSvg(card('/zh-HK/models/minimax/m2.5'));
    expect(svg).toContain('xml:lang="zh-HK"');
    expect(svg).toContain('上下文窗口：200K');
    expect(svg).toContain('MiniMax-M2.5 強化了代理式工具調用');
  });

  test('the layout stays inside the image', () => {
    for (const c of [...listSocialCards(catalog), hostileCard]) {
      const { summary } = layoutSocialCard(c);
      expect(summary.y + (summary.lines.length - 1) * summary.lineHeight).toBeLessThanOrEqual(630 - 56);
    }
  });
});

describe('the PNG', () => {
  test('is a 1200×630 PNG, byte-identical when rendered twice', async () => {
    const zhHK = card('/zh-HK/models/minimax/m2.5-highspeed');
    const renderer = await openSocialImageRenderer([zhHK]);
    try {
      const [first, second] = await Promise.all([renderer.render(zhHK), renderer.render(zhHK)]);
      expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
      expect(first.equals(second)).toBe(true);
    } finally {
      await renderer.close();
    }
  });

  test('cut-down fonts draw exactly what the full fonts draw, hostile text included', async () => {
    const cards = [card('/en/models'), card('/en/models/minimax/m2'), card('/zh-HK/models/minimax'), card('/zh-TW/models/minimax/m3'), hostileCard, ...listSocialCards(loadCatalog('tests/fixtures/hostile'))];
    const renderer = await openSocialImageRenderer(cards);
    try {
      const full = { font: { fontFiles: socialImageFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans TC' }, fitTo: { mode: 'original' }, logLevel: 'error' } as const;
      for (const c of cards) expect((await renderer.render(c)).equals(new Resvg(socialCardSvg(c), full).render().asPng()), c.pagePath).toBe(true);
      await expect(renderer.render({ ...hostileCard, title: '鬱' })).rejects.toThrow(/lack "鬱"/);
    } finally {
      await renderer.close();
    }
  });
});

describe('the build step', () => {
  test('writes exactly one PNG per page with a social image, the same bytes on every build', async () => {
    const runs = [mkdtempSync(path.join(tmpdir(), 'catalog-og-')), mkdtempSync(path.join(tmpdir(), 'catalog-og-'))];
    try {
      for (const dir of runs) await writeSocialImages(catalog, pathToFileURL(`${dir}/`));
      const [first = '', second = ''] = runs;
      const written = (readdirSync(first, { recursive: true }) as string[]).filter((f) => f.endsWith('.png')).map((f) => `/${f.split(path.sep).join('/')}`).sort();
      expect(written).toEqual(listSocialCards(catalog).map((c) => c.imagePath).sort());
      for (const file of written) {
        const png = readFileSync(path.join(first, file));
        expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
        expect(png.equals(readFileSync(path.join(second, file)))).toBe(true);
      }
    } finally {
      for (const dir of runs) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a failure names the page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-og-'));
    try {
      // A file where the og/ folder should go makes every write fail.
      writeFileSync(path.join(dir, 'og'), '');
      await expect(writeSocialImages(catalog, pathToFileURL(`${dir}/`), { concurrency: 1 })).rejects.toThrow(/social image for \/en\/models \(\/og\/en\/models\.png\)/);
      expect(statSync(path.join(dir, 'og')).isFile()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
