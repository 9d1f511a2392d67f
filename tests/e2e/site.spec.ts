import { expect, test } from 'playwright/test';
import { localeCodes } from '../../src/config/locales';
import { minimax, onePerKind, pages } from './pages';

// MiniMax's own list prices, the comparison basis; RunAPI's M2 rates are half of them.
const expectedPrices = {
  en: { m2Input: '$0.30', m2Output: '$1.20', runapiM2: '$0.15', m25CacheRead: '$0.03' },
  'zh-TW': { m2Input: 'US$0.30', m2Output: 'US$1.20', runapiM2: 'US$0.15', m25CacheRead: 'US$0.03' },
  'zh-HK': { m2Input: 'US$0.30', m2Output: 'US$1.20', runapiM2: 'US$0.15', m25CacheRead: 'US$0.03' },
} as const;

for (const locale of localeCodes) {
  test.describe(locale, () => {
    test('catalog index lists every variant with model ID, context, prices and status', async ({ page }) => {
      await page.goto(`/${locale}/models`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const rows = page.locator('table tbody tr');
      await expect(rows).toHaveCount(minimax.variants.length);
      for (const variant of minimax.variants) await expect(page.getByRole('cell', { name: variant.modelId, exact: true })).toBeVisible();
      const m2 = rows.filter({ hasText: 'MiniMax-M2' }).first();
      await expect(m2).toContainText(expectedPrices[locale].m2Input);
      await expect(m2).toContainText(expectedPrices[locale].m2Output);
      await expect(m2).toContainText('192K');
      await expect(page.locator('main')).toContainText('MiniMax');
      await expect(rows.filter({ hasText: 'MiniMax-M3' })).toContainText('1M');
    });

    test('family page shows architecture, the variants table, endpoints and FAQ', async ({ page }) => {
      await page.goto(`/${locale}/models/minimax`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(minimax.words[locale].title);
      const variants = page.locator('#variants-caption').locator('xpath=ancestor::table');
      await expect(variants.locator('tbody tr')).toHaveCount(7);
      // Variant, input, output, blended, context, speed, two benchmarks, capabilities.
      await expect(variants.locator('thead th[scope=col]')).toHaveCount(9);
      await expect(variants.locator('tbody strong.best').first()).toBeVisible();
      for (const variant of minimax.variants)
        await expect(variants.getByRole('link', { name: variant.name, exact: true })).toHaveAttribute('href', `/${locale}/models/minimax/${variant.slug}`);
      const providers = page.locator('#providers-caption').locator('xpath=ancestor::table');
      await expect(providers.locator('tbody tr')).toHaveCount(3);
      await expect(providers).toContainText('https://api.minimax.io/anthropic');
      await expect(providers).toContainText('https://genaiapi.cloudsway.net/v1/ai/{endpointPath}');
      // The prose FAQ plus the answer computed from the offers (who serves the family).
      await expect(page.locator('.faq dt')).toHaveCount(minimax.words[locale].faq.length + 1);
      await expect(page.locator('#params-caption').locator('xpath=ancestor::table')).toContainText('temperature');
      await expect(page.locator('#roles-caption').locator('xpath=ancestor::table')).toContainText('sample_message_ai');
      await expect(page.locator('main')).toContainText('230B');
    });

    test('spec sheet shows providers and prices, model facts, a highlighted quick start per provider, parameters and the response', async ({ page }) => {
      await page.goto(`/${locale}/models/minimax/m3`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('MiniMax-M3');
      const offers = page.locator('#providers-caption').locator('xpath=ancestor::table');
      // MiniMax first (the comparison basis), then RunAPI with its listed figure quoted, never converted.
      await expect(offers.locator('tbody tr')).toHaveCount(2);
      await expect(offers.locator('tbody tr').first()).toContainText('MiniMax');
      await expect(offers.locator('tbody tr').first()).toContainText(expectedPrices[locale].m2Input);
      await expect(offers.locator('tbody tr').nth(1)).toContainText('$0.010 / 1K tokens');
      await expect(offers).not.toContainText('10.00');
      await expect(page.locator('main')).toContainText('512,000');
      const spec = page.locator('#spec-caption').locator('xpath=ancestor::table');
      await expect(spec).toContainText('1,000,000');
      await expect(spec).toContainText('128,000');
      await expect(spec.getByRole('link')).toHaveAttribute('href', 'https://huggingface.co/MiniMaxAI/MiniMax-M3');
      await expect(page.locator('#conflicts-caption').locator('xpath=ancestor::table')).toContainText('512,000');
      await expect(page.locator('#benchmarks-caption').locator('xpath=ancestor::table')).toContainText('80.5%');
      // A curl, Python and JavaScript sample per provider, then the response: the basis provider's samples and the
      // response highlighted at build time, the others plain (they differ from the first only in URL, key and model ID).
      const blocks = page.locator('.code-block pre');
      await expect(blocks).toHaveCount(7);
      await expect(page.locator('.code-block pre.shiki')).toHaveCount(4);
      await expect(blocks.nth(3)).toHaveClass('plain-code');
      await expect(blocks.nth(0)).toContainText('https://api.minimax.io/v1/chat/completions');
      await expect(blocks.nth(0)).toContainText('MINIMAX_API_KEY');
      await expect(blocks.nth(3)).toContainText('https://runapi.ai/v1/chat/completions');
      for (let i = 0; i < 6; i++) await expect(blocks.nth(i)).toContainText('"MiniMax-M3"');
      await expect(page.locator('.code-block')).not.toContainText(['example.com']);
      expect(await blocks.first().locator('span[style*="color"]').count()).toBeGreaterThan(5);
      await expect(blocks.nth(6)).toContainText('reasoning_details');
      // The family's request parameters are listed once, on the family page; the spec sheet links there.
      await expect(page.locator(`main a[href="/${locale}/models/minimax#parameters"]`)).toBeVisible();
      await expect(page.locator('#differences-caption').locator('xpath=ancestor::table').locator('tbody tr')).toHaveCount(6);
    });

    test("M2.5's spec sheet: MiniMax's exact prices with cache, RunAPI listed, Cloudsway unpublished, the cheapest exact offer marked", async ({ page }) => {
      await page.goto(`/${locale}/models/minimax/m2.5`);
      const rows = page.locator('#providers-caption').locator('xpath=ancestor::table').locator('tbody tr');
      await expect(rows).toHaveCount(3);
      await expect(rows.first()).toContainText(expectedPrices[locale].m2Input);
      await expect(rows.first()).toContainText(expectedPrices[locale].m2Output);
      await expect(rows.first()).toContainText(expectedPrices[locale].m25CacheRead);
      await expect(rows.nth(2)).toContainText('MiniMax-M2.5');
      await expect(rows.nth(2)).toContainText('2,048');
      // One exact offer only: nothing to be cheapest against.
      await expect(page.locator('#providers-caption').locator('xpath=ancestor::table').locator('.badge-best')).toHaveCount(1);
      await page.goto(`/${locale}/models/minimax/m2`);
      const m2rows = page.locator('#providers-caption').locator('xpath=ancestor::table').locator('tbody tr');
      await expect(m2rows.nth(1)).toContainText(expectedPrices[locale].runapiM2);
      await expect(m2rows.nth(1).locator('.badge-best')).toHaveCount(1);
    });

    test('the language switcher keeps the page', async ({ page }) => {
      await page.goto(`/${locale}/models/minimax/m2.5-highspeed`);
      const other = localeCodes.find((l) => l !== locale)!;
      await page.locator(`.lang-switcher a[hreflang="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/models/minimax/m2\\.5-highspeed$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator(`.lang-switcher a[hreflang="${other}"]`)).toHaveAttribute('aria-current', 'page');
    });

    test("a missing page answers 404 in the reader's language", async ({ page }) => {
      const response = await page.goto(`/${locale}/models/minimax/no-such-variant`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator(`main a[href="/${locale}/models"]`)).toBeVisible();
    });
  });
}

test('the root offers every language with plain links and no refresh', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  for (const locale of localeCodes) await expect(page.locator(`.language-choices a[href="/${locale}/models"]`)).toBeVisible();
});

test('every page fits a 360 px screen without horizontal page scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const p of onePerKind()) {
    await page.goto(p.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, p.path).toBeLessThanOrEqual(0);
  }
});

test('every page in the page list is served', async ({ request }) => {
  for (const p of pages) {
    const response = await request.get(p.path);
    expect(response.status(), p.path).toBe(200);
    expect(await response.text(), p.path).toContain('<html lang=');
  }
});

test('copy buttons are an enhancement: present with JavaScript, code readable without', async ({ browser }) => {
  const withJs = await browser.newPage();
  await withJs.goto('/en/models/minimax/m2');
  // M2 is served by MiniMax and RunAPI: three samples each, and the response.
  await expect(withJs.locator('.copy-button')).toHaveCount(7);
  await withJs.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/en/models/minimax/m2');
  await expect(noJs.locator('.copy-button')).toHaveCount(0);
  await expect(noJs.locator('.code-block pre').first()).toContainText('MiniMax-M2');
  await context.close();
});
