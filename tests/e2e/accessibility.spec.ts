import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'playwright/test';
import { onePerKind } from './pages';

// axe-core injected as a script: no extra wrapper package, same rules.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The audit injects axe as an inline script, which the site's Content-Security-Policy rightly refuses; the
// browser lets this test tool through (tests/e2e/security.spec.ts checks the site itself under the policy).
test.use({ bypassCSP: true });

for (const scheme of ['light', 'dark'] as const) {
  for (const p of onePerKind()) {
    test(`axe finds no violations on ${p.path} (${p.kind}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(p.path);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        const result = await (
          window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        });
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      }, wcagTags);
      expect(violations).toEqual([]);
    });
  }
}
