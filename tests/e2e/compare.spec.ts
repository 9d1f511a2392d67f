import { expect, test } from 'playwright/test';
import { localeCodes } from '../../src/config/locales';
import { formatUsd } from '../../src/lib/format';
import { basisRule, blendedPerMillion } from '../../src/lib/pricing';
import { minimax, pages } from './pages';

test("every pair page exists in every locale, with both variants' numbers and a verdict", async ({ page }) => {
  const pairs = pages.filter((p) => p.kind === 'pair');
  expect(pairs).toHaveLength(21 * localeCodes.length);
  for (const p of pairs.filter((_, i) => i % 5 === 0)) {
    await page.goto(p.path);
    const a = minimax.variants.find((v) => v.slug === p.variantSlug)!;
    const b = minimax.variants.find((v) => v.slug === p.otherSlug)!;
    const table = page.locator('#side-by-side-caption').locator('xpath=ancestor::table');
    for (const [variant, column] of [
      [a, 2],
      [b, 3],
    ] as const) {
      const cells = table.locator(`tbody tr td:nth-child(${column})`);
      const rule = basisRule(variant)!;
      await expect(cells.first()).toHaveText(variant.modelId);
      await expect(table).toContainText(formatUsd(rule.input, p.locale));
      await expect(table).toContainText(formatUsd(blendedPerMillion(rule), p.locale));
    }
    await expect(page.locator('#verdict + p')).not.toBeEmpty();
    await expect(page.locator(`main a[href="/${p.locale}/models/minimax/${a.slug}"]`).first()).toBeVisible();
    await expect(page.locator(`main a[href="/${p.locale}/models/minimax/${b.slug}"]`).first()).toBeVisible();
  }
});

test("M2 vs M3 compares MiniMax's own prices: the same base rates, and M3 has the longer context", async ({ page }) => {
  await page.goto('/en/models/minimax/compare/m2-vs-m3');
  await expect(page.locator('#verdict + p')).toHaveText(
    'At MiniMax, both cost the same. MiniMax-M3 has 5.1× the context window of MiniMax-M2. MiniMax states no output speed for MiniMax-M2 and MiniMax-M3. MiniMax-M3 scores 11.1 points higher on SWE-bench Verified.',
  );
  const differences = page.locator('#differences-caption').locator('xpath=ancestor::table');
  await expect(differences).toContainText('same');
  await expect(differences).toContainText('5.1× smaller');
  // No figure derived from RunAPI's rounded display price: no $10 per 1M, no 97% or 66.7× anywhere.
  await expect(page.locator('main')).not.toContainText('66.7');
  await expect(page.locator('main')).not.toContainText('$10.00');
});

test('M2.5 vs M2.5-highspeed: the highspeed variant costs twice as much at MiniMax', async ({ page }) => {
  await page.goto('/en/models/minimax/compare/m2.5-vs-m2.5-highspeed');
  await expect(page.locator('#verdict + p')).toContainText(
    'At MiniMax, MiniMax-M2.5 costs less: its blended price is 50% below that of MiniMax-M2.5-highspeed.',
  );
});

test('each spec sheet compares itself with every sibling and links each pair page', async ({ page }) => {
  for (const locale of localeCodes) {
    await page.goto(`/${locale}/models/minimax/m2.7`);
    const rows = page.locator('#differences-caption').locator('xpath=ancestor::table').locator('tbody tr');
    await expect(rows).toHaveCount(6);
    const hrefs = await rows.locator('td:last-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs)
      expect(
        pages.some((p) => p.kind === 'pair' && p.path === href),
        String(href),
      ).toBe(true);
    // At MiniMax (the basis) the highspeed twin costs twice as much; MiniMax states no speed for either.
    await expect(rows.filter({ hasText: 'MiniMax-M2.7-highspeed' })).toContainText(locale === 'en' ? '50% cheaper (2× less)' : '50%');
  }
});

test('the family chart has a point for every price and context in the data', async ({ page }) => {
  await page.goto('/zh-TW/models/minimax');
  const chart = page.locator('svg[data-chart="price-context"]');
  await expect(chart.locator('title')).not.toBeEmpty();
  await expect(chart.locator('desc')).not.toBeEmpty();
  const points = await chart.locator('[data-context]').evaluateAll((nodes) =>
    nodes.map((n) => ({
      context: Number(n.getAttribute('data-context')),
      price: Number(n.getAttribute('data-price')),
      names: (n.getAttribute('data-names') ?? '').split('|'),
    })),
  );
  for (const variant of minimax.variants) {
    const point = points.find((p) => p.names.includes(variant.name));
    expect(point, variant.name).toEqual(expect.objectContaining({ context: variant.contextWindow, price: blendedPerMillion(basisRule(variant)!) }));
  }
});

test('the comparison table sorts by a column when JavaScript runs', async ({ page }) => {
  await page.goto('/en/models/minimax');
  const table = page.locator('#variants-caption-table');
  await table.getByRole('button', { name: /Context/ }).click();
  await expect(table.locator('thead th[aria-sort="ascending"]')).toHaveCount(1);
  await table.getByRole('button', { name: /Context/ }).click();
  await expect(table.locator('tbody tr').first()).toContainText('MiniMax-M3');
});

test('the catalog-wide filters narrow the rows; without JavaScript every row shows', async ({ page, browser }) => {
  await page.goto('/en/models/compare');
  const rows = page.locator('#compare-caption-table tbody tr');
  await expect(rows).toHaveCount(7);
  // Blended at MiniMax: $0.525 for the five standard variants, $1.05 for the two highspeed ones.
  await page.getByLabel('Highest blended price per 1M tokens (US$)').fill('1');
  await expect(rows.filter({ visible: true })).toHaveCount(5);
  await expect(page.locator('compare-filters output')).toHaveText('5 of 7 variants shown');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/en/models/compare');
  await expect(noJs.locator('#compare-caption-table tbody tr').filter({ visible: true })).toHaveCount(7);
  await expect(noJs.locator('form.filters')).toBeHidden();
  await context.close();
});

test('the cost calculator prices every exact offer, with the cache share, in the same digits as the tables', async ({ page }) => {
  await page.goto('/en/models/minimax/m2');
  const results = page.locator('cost-calculator output');
  // M2: MiniMax and RunAPI both publish exact rates.
  await expect(results).toHaveCount(2);
  await page.getByLabel('Input tokens').fill('1000000');
  await page.getByLabel('Output tokens').fill('1000000');
  await expect(results).toHaveText(['$1.50', '$0.75']);
  // $0.03 and $0.015: the script formats through the same function as the tables, every decimal the cost has.
  await page.getByLabel('Input tokens').fill('100000');
  await page.getByLabel('Output tokens').fill('0');
  await expect(results).toHaveText(['$0.03', '$0.015']);
  const examples = page.locator('#cost-caption').locator('xpath=ancestor::table');
  await expect(examples.locator('tbody tr')).toHaveCount(4);
  // 7.5M input and 2.5M output tokens: $2.25 + $3.00 at MiniMax, $1.125 + $1.50 at RunAPI.
  await expect(examples).toContainText('$5.25');
  await expect(examples).toContainText('$2.625');

  // M2.5 has a cache-read price at MiniMax: 1M input, 90% cached is $0.03 + $0.027.
  await page.goto('/en/models/minimax/m2.5');
  await expect(page.locator('cost-calculator output')).toHaveCount(1);
  await page.getByLabel('Input tokens').fill('1000000');
  await page.getByLabel('Output tokens').fill('0');
  await page.getByLabel('Input from cache (%)').fill('90');
  await expect(page.locator('cost-calculator output')).toHaveText('$0.057');
  await expect(page.locator('main')).toContainText('RunAPI is left out');

  // M3 bills the whole request at the higher tier once the prompt passes 512,000 tokens.
  await page.goto('/en/models/minimax/m3');
  await page.getByLabel('Output tokens').fill('0');
  await page.getByLabel('Input tokens').fill('512000');
  await expect(page.locator('cost-calculator output')).toHaveText('$0.1536');
  await page.getByLabel('Input tokens').fill('512001');
  await expect(page.locator('cost-calculator output')).toHaveText('$0.3072006');
});

test('the calculator is one form at every width: fields, button and result in one block', async ({ page }) => {
  for (const width of [360, 800, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/en/models/minimax/m2.5');
    const form = await page.locator('form.calculator').boundingBox();
    const parts = await page
      .locator('form.calculator label, form.calculator button')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    const lede = await page.locator('form.calculator .calculator-lede').boundingBox();
    for (const part of parts) {
      // Every control sits inside the form, below its lede, never floated off to the side.
      expect(part.left).toBeGreaterThanOrEqual(form!.x - 1);
      expect(part.right).toBeLessThanOrEqual(form!.x + form!.width + 1);
      expect(part.top).toBeGreaterThanOrEqual(lede!.y + lede!.height - 1);
    }
  }
});
