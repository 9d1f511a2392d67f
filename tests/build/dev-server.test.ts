/**
 * `astro dev` on broken content: the server starts, the page shows the content
 * error (file, field, what was expected) in the browser, the console prints it
 * once however often it is asked for, and fixing the file brings the page back
 * while a variant added meanwhile gets its page, without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildEnv } from '../build-env';
import { chromiumArgs, findChromium } from '../e2e/browser';

const scratch = mkdtempSync(path.join(tmpdir(), 'catalog-dev-'));
const contentDir = path.join(scratch, 'content');
const variantFile = path.join(contentDir, 'models/acme/a1/en.md');
const brokenMessage = 'input cannot be negative';
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let console = '';
let origin = '';

/** A port nothing listens on, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `check` until it holds, or fails with `what` and the server's console. */
async function eventually(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && server?.exitCode === null) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen${server?.exitCode === null ? ` within ${ms / 1000} s` : ': the dev server stopped'}; it printed:\n${console}`);
}

const page = (sitePath: string) => fetch(`${origin}${sitePath}`, { headers: { accept: 'text/html' } });
const times = (text: string, part: string) => text.split(part).length - 1;

beforeAll(async () => {
  cpSync('tests/fixtures/invalid/negative-price', contentDir, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // --ignore-lock: alongside any dev server a developer has running on the project, and not recorded as theirs.
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env: buildEnv({ CATALOG_CONTENT_DIR: contentDir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' }),
  });
  server.stdout?.on('data', (chunk: Buffer) => (console += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (console += chunk.toString()));
  await eventually('the dev server starting on broken content', async () => (await fetch(`${origin}/`)).status > 0);
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

test('the dev server shows a content error in the browser, prints it once, and recovers without a restart', async () => {
  // The error, as Astro's error overlay shows it on the page that needs the content.
  const tab = await browser!.newPage();
  const response = await tab.goto(`${origin}/en/models/acme/a1`);
  expect(response?.status()).toBe(500);
  const overlay = tab.locator('vite-error-overlay #message-content');
  await overlay.waitFor({ timeout: 30_000 });
  const shown = await overlay.innerText();
  expect(shown).toContain('models/acme/a1/en.md');
  expect(shown).toContain('offers[0].price.input');
  expect(shown).toContain(brokenMessage);
  await tab.close();

  // More requests, more pages: still the error, and still printed once.
  for (const sitePath of ['/en/models/acme/a1', '/zh-TW/models/acme', '/en/models']) expect((await page(sitePath)).status).toBe(500);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(times(console, brokenMessage), console).toBe(1);
  expect(console).toContain('offers[0].price.input');

  // Fixed: the page comes back.
  writeFileSync(variantFile, readFileSync(variantFile, 'utf8').replace('input: -0.5', 'input: 0.5'));
  await eventually('the fixed page rendering', async () => {
    const fixed = await page('/en/models/acme/a1');
    return fixed.status === 200 && (await fixed.text()).includes('Acme-A1');
  });

  // A variant added while the server runs gets its page (folder first, then its place in variantOrder).
  const a3 = path.join(contentDir, 'models/acme/a3');
  cpSync(path.join(contentDir, 'models/acme/a2'), a3, { recursive: true });
  writeFileSync(path.join(a3, 'en.md'), readFileSync(path.join(a3, 'en.md'), 'utf8').replaceAll('Acme-A2', 'Acme-A3'));
  const familyFile = path.join(contentDir, 'models/acme/en.md');
  writeFileSync(familyFile, readFileSync(familyFile, 'utf8').replace('variantOrder: ["a1", "a2"]', 'variantOrder: ["a1", "a2", "a3"]'));
  await eventually("the added variant's page", async () => {
    const added = await page('/en/models/acme/a3');
    return added.status === 200 && (await added.text()).includes('Acme-A3');
  });
  expect(server?.exitCode, 'the server must still be the one started').toBeNull();
});
