import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildQuickStart, buildResponseExample, codeString, shellQuote, type CallTarget } from '../../src/lib/snippets';

const minimax: CallTarget = {
  modelId: 'MiniMax-M2.5',
  protocol: 'openai-chat-completions',
  baseUrl: 'https://api.minimax.io/v1',
  auth: { header: 'Authorization', scheme: 'Bearer' },
  apiKeyEnvVar: 'MINIMAX_API_KEY',
  urlParameters: [],
};
const cloudsway: CallTarget = {
  modelId: 'MaaS_Minimax_M2.7_20260318',
  protocol: 'openai-chat-completions',
  baseUrl: 'https://genaiapi.cloudsway.net/v1/ai/{endpointPath}',
  auth: { header: 'Authorization', scheme: 'Bearer' },
  apiKeyEnvVar: 'CLOUDSWAY_API_KEY',
  urlParameters: [{ name: 'endpointPath', envVar: 'CLOUDSWAY_ENDPOINT_PATH' }],
};

describe('quick-start snippets', () => {
  const samples = buildQuickStart(minimax);

  test("call the provider's real base URL with the offer's model ID and the provider's key variable", () => {
    for (const code of Object.values(samples)) {
      expect(code).toContain('MiniMax-M2.5');
      expect(code).toContain('MINIMAX_API_KEY');
      expect(code).not.toContain('example.com');
    }
    expect(samples.curl).toContain(`'https://api.minimax.io/v1/chat/completions'`);
    expect(samples.python).toContain(`base_url="https://api.minimax.io/v1"`);
    expect(samples.javascript).toContain(`baseURL: "https://api.minimax.io/v1"`);
  });

  test('a per-account URL part is read from its environment variable, so the sample runs once it is set', () => {
    const s = buildQuickStart(cloudsway);
    expect(s.curl).toContain('"https://genaiapi.cloudsway.net/v1/ai/${CLOUDSWAY_ENDPOINT_PATH}/chat/completions"');
    expect(s.python).toContain(`base_url=f"https://genaiapi.cloudsway.net/v1/ai/{os.environ['CLOUDSWAY_ENDPOINT_PATH']}"`);
    expect(s.javascript).toContain('baseURL: `https://genaiapi.cloudsway.net/v1/ai/${process.env.CLOUDSWAY_ENDPOINT_PATH}`');
    for (const code of Object.values(s)) expect(code).not.toMatch(/\{endpointPath\}/);
    // The shell expands the variable: run the URL part through sh with a value set.
    const url = /curl (".*?")/.exec(s.curl)?.[1] ?? '';
    const echoed = spawnSync('sh', ['-c', `echo ${url}`], { env: { CLOUDSWAY_ENDPOINT_PATH: 'acct-123' }, encoding: 'utf8' }).stdout.trim();
    expect(echoed).toBe('https://genaiapi.cloudsway.net/v1/ai/acct-123/chat/completions');
  });

  test('an Anthropic Messages offer gets Anthropic samples with max_tokens', () => {
    const s = buildQuickStart({ ...minimax, protocol: 'anthropic-messages', baseUrl: 'https://api.minimax.io/anthropic' });
    expect(s.curl).toContain(`'https://api.minimax.io/anthropic/v1/messages'`);
    expect(s.python).toContain('from anthropic import Anthropic');
    expect(s.javascript).toContain('@anthropic-ai/sdk');
    expect(JSON.parse(/-d '([\s\S]*)'$/.exec(s.curl)?.[1] ?? '')).toMatchObject({ max_tokens: 1024 });
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
      const samples = buildQuickStart({ ...minimax, modelId: id });
      for (const [code, lang] of [
        [samples.curl, 'shellscript'],
        [samples.python, 'python'],
        [samples.javascript, 'javascript'],
        [buildResponseExample(id), 'json'],
      ] as const) {
        expect(await highlightWithSlot(code, lang, id)).toBe(await highlight(code, lang));
      }
    }
  });
});
