/**
 * Quick-start code for one offer, built from its model ID and its provider's
 * facts. Every value is escaped for the language it lands in.
 */
import type { Protocol } from './content/schema';

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
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Where and how a quick start calls one offer: the provider's facts it needs. */
export interface CallTarget {
  modelId: string;
  protocol: Protocol;
  /** SDK base URL; `{name}` marks a per-account part read from `urlParameters`' environment variables. */
  baseUrl: string;
  auth: { header: string; scheme: string };
  apiKeyEnvVar: string;
  urlParameters: readonly { name: string; envVar: string }[];
}

/** The path each protocol's SDK appends to the base URL, so curl calls the same URL the SDKs do. */
export const protocolPaths: Record<Protocol, string> = {
  'openai-chat-completions': '/chat/completions',
  'openai-responses': '/responses',
  'anthropic-messages': '/v1/messages',
};

/** The protocol a quick start uses for an offer: Chat Completions where offered (every OpenAI SDK speaks it), else the first. */
export function quickStartProtocol(protocols: readonly Protocol[]): Protocol {
  return protocols.includes('openai-chat-completions') ? 'openai-chat-completions' : (protocols[0] ?? 'openai-chat-completions');
}

/** The base URL with each `{name}` replaced by `toCode(envVar)`, the literal parts passed through `literal`. */
function fillUrl(target: CallTarget, literal: (text: string) => string, toCode: (envVar: string) => string): string {
  return target.baseUrl
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      const parameter = name === undefined ? undefined : target.urlParameters.find((p) => p.name === name);
      return parameter ? toCode(parameter.envVar) : literal(part);
    })
    .join('');
}

/** curl, Python and JavaScript samples calling one offer at its provider's real base URL, with its key (and any per-account URL part) read from the environment. */
export function buildQuickStart(target: CallTarget): QuickStart {
  const anthropic = target.protocol === 'anthropic-messages';
  const body = JSON.stringify(
    { model: target.modelId, ...(anthropic ? { max_tokens: 1024 } : {}), messages: [{ role: 'user', content: samplePrompt }] },
    null,
    2,
  );
  const authValue = (key: string) => (target.auth.scheme ? `${target.auth.scheme} ${key}` : key);
  const hasParameters = target.baseUrl.includes('{');
  // The URL's literal parts are validated to hold no shell or string metacharacters, so only the parameters need code.
  const shellUrl = `"${fillUrl(
    target,
    (text) => text,
    (env) => `\${${env}}`,
  )}${protocolPaths[target.protocol]}"`;
  const curl = [
    `curl ${hasParameters ? shellUrl : shellQuote(`${target.baseUrl}${protocolPaths[target.protocol]}`)} \\`,
    `  -H "${target.auth.header}: ${authValue(`$${target.apiKeyEnvVar}`)}" \\`,
    ...(anthropic ? ['  -H "anthropic-version: 2023-06-01" \\'] : []),
    `  -H "Content-Type: application/json" \\`,
    `  -d ${shellQuote(body)}`,
  ].join('\n');
  const pythonUrl = hasParameters
    ? `f${codeString(
        fillUrl(
          target,
          (text) => text,
          (env) => `{os.environ[${JSON.stringify(env).replace(/"/g, "'")}]}`,
        ),
      )}`
    : codeString(target.baseUrl);
  const jsUrl = hasParameters
    ? `\`${fillUrl(
        target,
        (text) => text,
        (env) => `\${process.env.${env}}`,
      )}\``
    : codeString(target.baseUrl);
  const python = anthropic
    ? [
        'import os',
        'from anthropic import Anthropic',
        '',
        `client = Anthropic(base_url=${pythonUrl}, api_key=os.environ[${codeString(target.apiKeyEnvVar)}])`,
        '',
        'message = client.messages.create(',
        `    model=${codeString(target.modelId)},`,
        '    max_tokens=1024,',
        `    messages=[{"role": "user", "content": ${codeString(samplePrompt)}}],`,
        ')',
        'print(message.content[0].text)',
      ]
    : [
        'import os',
        'from openai import OpenAI',
        '',
        'client = OpenAI(',
        `    base_url=${pythonUrl},`,
        `    api_key=os.environ[${codeString(target.apiKeyEnvVar)}],`,
        ')',
        '',
        'response = client.chat.completions.create(',
        `    model=${codeString(target.modelId)},`,
        `    messages=[{"role": "user", "content": ${codeString(samplePrompt)}}],`,
        ')',
        'print(response.choices[0].message.content)',
      ];
  const javascript = anthropic
    ? [
        'import Anthropic from "@anthropic-ai/sdk";',
        '',
        `const client = new Anthropic({ baseURL: ${jsUrl}, apiKey: process.env[${codeString(target.apiKeyEnvVar)}] });`,
        '',
        'const message = await client.messages.create({',
        `  model: ${codeString(target.modelId)},`,
        '  max_tokens: 1024,',
        `  messages: [{ role: "user", content: ${codeString(samplePrompt)} }],`,
        '});',
        'console.log(message.content[0].text);',
      ]
    : [
        'import OpenAI from "openai";',
        '',
        'const client = new OpenAI({',
        `  baseURL: ${jsUrl},`,
        `  apiKey: process.env[${codeString(target.apiKeyEnvVar)}],`,
        '});',
        '',
        'const response = await client.chat.completions.create({',
        `  model: ${codeString(target.modelId)},`,
        `  messages: [{ role: "user", content: ${codeString(samplePrompt)} }],`,
        '});',
        'console.log(response.choices[0].message.content);',
      ];
  return { curl, python: python.join('\n'), javascript: javascript.join('\n') };
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
