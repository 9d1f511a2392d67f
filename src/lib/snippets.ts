/**
 * Quick-start code for a variant, built from its model ID and the site
 * configuration. Every value is escaped for the language it lands in.
 */
import type { SiteConfig } from '../config/site';

/** The prompt every quick start sends: the same in every locale, so each snippet is highlighted once. */
export const samplePrompt = 'Write a Python function that checks whether a string is a valid IPv4 address, with unit tests.';

export interface QuickStart {
  curl: string;
  python: string;
  javascript: string;
}

/** A string as a single-quoted POSIX shell word. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A JSON string literal, also valid in Python and JavaScript source (line separators escaped). */
export function codeString(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** curl, Python and JavaScript samples calling `modelId` through the configured gateway. */
export function buildQuickStart(modelId: string, config: Pick<SiteConfig, 'apiBaseUrl' | 'apiKeyEnvVar' | 'authHeader'>): QuickStart {
  const body = JSON.stringify({ model: modelId, messages: [{ role: 'user', content: samplePrompt }] }, null, 2);
  const curl = [
    `curl ${shellQuote(`${config.apiBaseUrl}/chat/completions`)} \\`,
    `  -H "${config.authHeader.name}: ${config.authHeader.scheme} $${config.apiKeyEnvVar}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d ${shellQuote(body)}`,
  ].join('\n');
  const python = [
    'import os',
    'from openai import OpenAI',
    '',
    'client = OpenAI(',
    `    base_url=${codeString(config.apiBaseUrl)},`,
    `    api_key=os.environ[${codeString(config.apiKeyEnvVar)}],`,
    ')',
    '',
    'response = client.chat.completions.create(',
    `    model=${codeString(modelId)},`,
    `    messages=[{"role": "user", "content": ${codeString(samplePrompt)}}],`,
    ')',
    'print(response.choices[0].message.content)',
  ].join('\n');
  const javascript = [
    'import OpenAI from "openai";',
    '',
    'const client = new OpenAI({',
    `  baseURL: ${codeString(config.apiBaseUrl)},`,
    `  apiKey: process.env[${codeString(config.apiKeyEnvVar)}],`,
    '});',
    '',
    'const response = await client.chat.completions.create({',
    `  model: ${codeString(modelId)},`,
    `  messages: [{ role: "user", content: ${codeString(samplePrompt)} }],`,
    '});',
    'console.log(response.choices[0].message.content);',
  ].join('\n');
  return { curl, python, javascript };
}

/**
 * A response as the API returns it with `reasoning_split: true`: the answer in
 * `content`, the reasoning in `reasoning_details`, and usage with reasoning and
 * cached token counts. Values are illustrative; the shape is the API's.
 */
export function buildResponseExample(modelId: string): string {
  return JSON.stringify(
    {
      id: 'chatcmpl-example',
      object: 'chat.completion',
      created: 1767225600,
      model: modelId,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'def is_valid_ipv4(address: str) -> bool:\n    parts = address.split(".")\n    ...',
            reasoning_details: [
              { type: 'reasoning.text', text: 'Split on dots, expect four parts, each a decimal from 0 to 255 without leading zeros…', signature: null },
            ],
          },
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: 46,
        completion_tokens: 203,
        total_tokens: 249,
        completion_tokens_details: { reasoning_tokens: 172 },
        prompt_tokens_details: { cached_tokens: 35 },
      },
    },
    null,
    2,
  );
}
