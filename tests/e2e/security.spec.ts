/**
 * The Content-Security-Policy of `_headers`, as the local server sends it: every
 * page gets it, and the site still works under it — one page of each kind loads
 * with no violation reported, and the scripts that enhance pages (the cost
 * calculator, sorting, search with Pagefind's WebAssembly) still run.
 */
import { expect, test, type Page } from 'playwright/test';
import { contentSecurityPolicy } from '../../src/lib/headers';
import { localeCodes } from '../../src/config/locales';
import { openRouterModelsPath } from '../../src/lib/openrouter';
import { llmsFullPath, llmsTxtPath } from '../../src/lib/routes';
import { onePerKind, pages } from './pages';

/** Collects the CSP violations a page reports while `run` drives it. */
async function violations(page: Page, run: () => Promise<void>): Promise<string[]> {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) found.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => found.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await run();
  return found;
}

test('every page is sent the policy: own scripts only, no plugins, no framing, base and forms on the site', async ({ request }) => {
  for (const p of onePerKind()) {
    const response = await request.get(p.path);
    expect(response.headers()['content-security-policy'], p.path).toBe(contentSecurityPolicy);
  }
  expect(contentSecurityPolicy).toContain("object-src 'none'");
  expect(contentSecurityPolicy).toContain("base-uri 'self'");
  expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  expect(contentSecurityPolicy).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
});

test('one page of each kind loads with no violation, and the calculator, sorting and search still work', async ({ page }) => {
  const found = await violations(page, async () => {
    for (const p of onePerKind()) await page.goto(p.path);
    await page.goto('/en/models/minimax/m2');
    await page.getByLabel('Input tokens').fill('1000000');
    await page.getByLabel('Output tokens').fill('0');
    await expect(page.locator('cost-calculator output').first()).toHaveText('$0.30');
    await page.goto('/en/models/minimax');
    await expect(page.locator('.sort-button').first()).toBeVisible();
    await page.goto('/en/search?q=M2.5');
    await expect(page.locator('.search-results a').first()).toBeVisible();
  });
  expect(found).toEqual([]);
});

test("agents' files may be read from any origin (the JSON, the llms files, the mirrors); pages, feeds and assets may not", async ({ request }) => {
  const shared = [
    '/api/models.json',
    '/api/models.schema.json',
    openRouterModelsPath,
    llmsTxtPath(),
    ...localeCodes.flatMap((l) => [llmsTxtPath(l), llmsFullPath(l)]),
    ...pages.flatMap((p) => (p.mirrorPath ? [p.mirrorPath] : [])),
  ];
  for (const path of shared) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['access-control-allow-origin'], path).toBe('*');
  }
  // A mirror negotiated at its page's URL is a mirror too.
  const negotiated = await request.get('/en/models/minimax/m2.5', { headers: { Accept: 'text/markdown' } });
  expect(negotiated.headers()['access-control-allow-origin']).toBe('*');
  const own = [...onePerKind().map((p) => p.path), '/en/feed.xml', '/sitemap-index.xml', '/favicon.svg', '/en/models/does-not-exist'];
  for (const path of own)
    expect((await request.get(path, { headers: { Accept: 'text/html' } })).headers()['access-control-allow-origin'], path).toBeUndefined();
});
