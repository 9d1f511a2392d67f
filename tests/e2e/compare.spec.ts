import { expect, test } from 'playwright/test';
import { localeCodes } from '../../src/config/locales';
import { formatUsd } from '../../src/lib/format';
import { blendedPerMillion, quotePrice } from '../../src/lib/pricing';
import { minimax, pages } from './pages';

test('every pair page exists in every locale, with both variants\' numbers and a verdict', async ({ page }) => {
  const pairs = pages.filter((p) => p.kind === 'pair');
  expect(pairs).toHaveLength(21 * localeCodes.length);
  for (const p of pairs.filter((_, i) => i % 5 === 0)) {
    await page.goto(p.path);
    const a = minimax.variants.find((v) => v.slug === p.variantSlug)!;
    const b = minimax.variants.find((v) => v.slug === p.otherSlug)!;
    const table = page.locator('#side-by-side-caption').locator('xpath=ancestor::table');
    for (const [variant, column] of [[a, 2], [b, 3]] as const) {
      const cells = table.locator(`tbody tr td:nth-child(${column})`);
      await expect(cells.first()).toHaveText(variant.sdkModelId);
      await expect(table).toContainText(formatUsd(quotePrice(variant.pricing).inputPerMillion, p.locale));
      await expect(table).toContainText(formatUsd(blendedPerMillion(variant.pricing), p.locale));
    }
    await expect(page.locator('#verdict + p')).not.toBeEmpty();
    await expect(page.locator(`main a[href="/${p.locale}/models/minimax/${a.slug}"]`).first()).toBeVisible();
    await expect(page.locator(`main a[href="/${p.locale}/models/minimax/${b.slug}"]`).first()).toBeVisible();
  }
});

test('M2 vs M3 states by how much M2 is cheaper and M3 has the longer context', async ({ page }) => {
  await page.goto('/en/models/minimax/compare/m2-vs-m3');
  await expect(page.locator('#verdict + p')).toHaveText(
    'MiniMax-M2 costs less: its blended price is 97.4% below that of MiniMax-M3. MiniMax-M3 has 4.9× the context window of MiniMax-M2. Output speed is not stated for MiniMax-M2 and MiniMax-M3.',
  );
  const differences = page.locator('#differences-caption').locator('xpath=ancestor::table');
  await expect(differences).toContainText('98.5% cheaper (66.7× less)');
  await expect(differences).toContainText('4.9× smaller');
});

test('each spec sheet compares itself with every sibling and links each pair page', async ({ page }) => {
  for (const locale of localeCodes) {
    await page.goto(`/${locale}/models/minimax/m2.7`);
    const rows = page.locator('#differences-caption').locator('xpath=ancestor::table').locator('tbody tr');
    await expect(rows).toHaveCount(6);
    const hrefs = await rows.locator('td:last-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(pages.some((p) => p.kind === 'pair' && p.path === href), String(href)).toBe(true);
    await expect(rows.filter({ hasText: 'MiniMax-M2.7-highspeed' })).toContainText(locale === 'en' ? '1.7× slower' : '1.7');
  }
});

test('the family chart has a point for every price and context in the data', async ({ page }) => {
  await page.goto('/zh-TW/models/minimax');
  const chart = page.locator('svg[data-chart="price-context"]');
  await expect(chart.locator('title')).not.toBeEmpty();
  await expect(chart.locator('desc')).not.toBeEmpty();
  const points = await chart.locator('[data-context]').evaluateAll((nodes) =>
    nodes.map((n) => ({ context: Number(n.getAttribute('data-context')), price: Number(n.getAttribute('data-price')), names: (n.getAttribute('data-names') ?? '').split('|') })),
  );
  for (const variant of minimax.variants) {
    const point = points.find((p) => p.names.includes(variant.name));
    expect(point, variant.name).toEqual(expect.objectContaining({ context: variant.contextWindow, price: blendedPerMillion(variant.pricing) }));
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
  await page.getByLabel('Highest blended price per 1M tokens (US$)').fill('1');
  await expect(rows.filter({ visible: true })).toHaveCount(2);
  await expect(page.locator('compare-filters output')).toHaveText('2 of 7 variants shown');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/en/models/compare');
  await expect(noJs.locator('#compare-caption-table tbody tr').filter({ visible: true })).toHaveCount(7);
  await expect(noJs.locator('form.filters')).toBeHidden();
  await context.close();
});

test('the cost calculator computes from the variant\'s prices', async ({ page }) => {
  await page.goto('/en/models/minimax/m2');
  await page.getByLabel('Input tokens').fill('1000000');
  await page.getByLabel('Output tokens').fill('1000000');
  await expect(page.locator('cost-calculator output')).toHaveText('$0.75');
  const examples = page.locator('#cost-caption').locator('xpath=ancestor::table');
  await expect(examples.locator('tbody tr')).toHaveCount(3);
  // 7.5M input and 2.5M output tokens at $0.15 and $0.60 per 1M.
  await expect(examples).toContainText('$2.625');
});
