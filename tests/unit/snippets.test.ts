import { describe, expect, test } from 'vitest';
import { buildQuickStart, buildResponseExample, codeString, shellQuote } from '../../src/lib/snippets';
import { site } from '../../src/config/site';

describe('quick-start snippets', () => {
  const samples = buildQuickStart('MiniMax-M2.5', site);

  test('use the real model ID and the configured base URL and key variable', () => {
    for (const code of Object.values(samples)) {
      expect(code).toContain('MiniMax-M2.5');
      expect(code).toContain(site.apiKeyEnvVar);
    }
    expect(samples.curl).toContain(`'${site.apiBaseUrl}/chat/completions'`);
    expect(samples.python).toContain(`base_url="${site.apiBaseUrl}"`);
    expect(samples.javascript).toContain(`baseURL: "${site.apiBaseUrl}"`);
  });

  test('the curl body is valid JSON', () => {
    const body = /-d '([\s\S]*)'$/.exec(samples.curl)?.[1] ?? '';
    expect(JSON.parse(body)).toMatchObject({ model: 'MiniMax-M2.5', messages: [{ role: 'user' }] });
  });

  test('escape quotes for the shell and the source languages', () => {
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(codeString('a"b\u2028')).toBe('"a\\"b\\u2028"');
  });

  test('the response example shows reasoning_details and usage details', () => {
    const response = JSON.parse(buildResponseExample('MiniMax-M3'));
    expect(response.model).toBe('MiniMax-M3');
    expect(response.choices[0].message.reasoning_details[0].type).toBe('reasoning.text');
    expect(response.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(response.usage.prompt_tokens_details.cached_tokens).toBeGreaterThan(0);
  });
});

describe('highlighting once per snippet shape', () => {
  test('a snippet highlighted through the model-ID slot equals one highlighted directly', async () => {
    const { highlight, highlightWithSlot } = await import('../../src/lib/highlight');
    for (const id of ['MiniMax-M2.5', 'MiniMax-M2.7-highspeed', 'vendor/model:v1']) {
      const samples = buildQuickStart(id, site);
      for (const [code, lang] of [[samples.curl, 'shellscript'], [samples.python, 'python'], [samples.javascript, 'javascript'], [buildResponseExample(id), 'json']] as const) {
        expect(await highlightWithSlot(code, lang, id)).toBe(await highlight(code, lang));
      }
    }
  });
});
