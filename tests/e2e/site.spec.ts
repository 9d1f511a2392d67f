import { expect, test } from 'playwright/test';
import { localeCodes } from '../../src/config/locales';
import { minimax, onePerKind, pages } from './pages';

const expectedPrices = {
  en: { m2Input: '$0.15', m2Output: '$0.60', m3Flat: '$0.010' },
  'zh-TW': { m2Input: 'US$0.15', m2Output: 'US$0.60', m3Flat: 'US$0.010' },
  'zh-HK': { m2Input: 'US$0.15', m2Output: 'US$0.60', m3Flat: 'US$0.010' },
} as const;

for (const locale of localeCodes) {
  test.describe(locale, () => {
    test('catalog index lists every variant with model ID, context, prices and status', async ({ page }) => {
      await page.goto(`/${locale}/models`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const rows = page.locator('table tbody tr');
      await expect(rows).toHaveCount(minimax.variants.length);
      for (const variant of minimax.variants) await expect(page.getByRole('cell', { name: variant.sdkModelId, exact: true })).toBeVisible();
      const m2 = rows.filter({ hasText: 'MiniMax-M2' }).first();
      await expect(m2).toContainText(expectedPrices[locale].m2Input);
      await expect(m2).toContainText(expectedPrices[locale].m2Output);
      await expect(m2).toContainText('200K');
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
      for (const variant of minimax.variants) await expect(variants.getByRole('link', { name: variant.name, exact: true })).toHaveAttribute('href', `/${locale}/models/minimax/${variant.slug}`);
      await expect(page.getByText('/v1/messages')).toBeVisible();
      await expect(page.locator('.faq dt')).toHaveCount(minimax.words[locale].faq.length);
      await expect(page.locator('main')).toContainText(locale === 'zh-TW' ? '2300億' : '230B');
    });

    test('spec sheet shows price, specs, highlighted quick start, parameters, response and siblings', async ({ page }) => {
      await page.goto(`/${locale}/models/minimax/m3`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('MiniMax-M3');
      await expect(page.locator('.price-card')).toContainText(expectedPrices[locale].m3Flat);
      const spec = page.locator('#spec-caption').locator('xpath=ancestor::table');
      await expect(spec).toContainText('1,000,000');
      await expect(spec).toContainText('POST /v1/chat/completions');
      await expect(page.locator('#benchmarks-caption').locator('xpath=ancestor::table')).toContainText('80.5%');
      // Three quick starts and the response, highlighted at build time (coloured spans, no client script).
      const blocks = page.locator('.code-block pre.shiki');
      await expect(blocks).toHaveCount(4);
      for (let i = 0; i < 3; i++) await expect(blocks.nth(i)).toContainText('"MiniMax-M3"');
      expect(await blocks.first().locator('span[style*="color"]').count()).toBeGreaterThan(5);
      await expect(blocks.nth(3)).toContainText('reasoning_details');
      await expect(page.locator('#params-caption').locator('xpath=ancestor::table')).toContainText('temperature');
      await expect(page.locator('#siblings-caption').locator('xpath=ancestor::table').locator('tbody tr')).toHaveCount(6);
      await expect(page.locator('.badge-best').first()).toBeVisible();
    });

    test('the language switcher keeps the page', async ({ page }) => {
      await page.goto(`/${locale}/models/minimax/m2.5-highspeed`);
      const other = localeCodes.find((l) => l !== locale)!;
      await page.locator(`.lang-switcher a[hreflang="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/models/minimax/m2\\.5-highspeed$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator(`.lang-switcher a[hreflang="${other}"]`)).toHaveAttribute('aria-current', 'page');
    });

    test('a missing page answers 404 in the reader\'s language', async ({ page }) => {
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
  await expect(withJs.locator('.copy-button')).toHaveCount(4);
  await withJs.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/en/models/minimax/m2');
  await expect(noJs.locator('.copy-button')).toHaveCount(0);
  await expect(noJs.locator('.code-block pre').first()).toContainText('MiniMax-M2');
  await context.close();
});
