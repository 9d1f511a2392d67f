// Build benchmark: `npm run bench -- --variants N [--keep] [--dir DIR] [--baseline]`.
// Generates a synthetic catalog of N variants from the real MiniMax and provider files, builds it with the
// real project config, and reports build time, peak memory and the heaviest page's weight.
// The last line of stdout is one JSON object, so CI can read the numbers without parsing prose.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = ['en', 'zh-TW', 'zh-HK'];
const DATE = '2026-11-20'; // fixed, so the same N always gives byte-identical files

const fail = (message) => (console.error(`bench: ${message}`), process.exit(1));

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      variants: { type: 'string', default: '1000' },
      keep: { type: 'boolean', default: false },
      dir: { type: 'string', default: os.tmpdir() },
      baseline: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(`${error.message}\nusage: npm run bench -- [--variants N] [--keep] [--dir DIR] [--baseline]`);
}
const variantCount = Number(args.variants);
if (!Number.isInteger(variantCount) || variantCount < 1) fail(`--variants must be a whole number of at least 1, got "${args.variants}"`);

// ---------- synthetic catalog ----------

const read = (...parts) => readFileSync(path.join(...parts), 'utf8');

/**
 * A content file as its top-level frontmatter blocks (a key line and its indented lines), kept as text so
 * the words go out byte for byte as the real files have them, plus the parsed frontmatter and the body.
 */
function splitContentFile(text, file) {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(text);
  if (!match) fail(`${file} has no YAML frontmatter between two "---" lines`);
  const blocks = [];
  for (const line of `${match[1]}\n`.split('\n').slice(0, -1)) {
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (key) blocks.push({ key, text: `${line}\n` });
    else if (blocks.length) blocks[blocks.length - 1].text += `${line}\n`;
    else fail(`${file}: cannot read the frontmatter line "${line}"`);
  }
  return { blocks, data: parseYaml(match[1], { version: '1.2' }) ?? {}, body: match[2] };
}
/** Words of a template file: every block from `firstKey` on in the en file (facts come first there), every block in a translation. */
function wordsOf(text, file, locale, firstKey) {
  const { blocks, data, body } = splitContentFile(text, file);
  const start = locale === 'en' ? blocks.findIndex((b) => b.key === firstKey) : 0;
  if (start < 0) fail(`template ${file} no longer has its words after the facts, starting at "${firstKey}:"`);
  return { blocks: blocks.slice(start), data, body };
}
/** Words out as a file's frontmatter tail and body; `extra` is YAML added before the closing `---`. */
const renderWords = ({ blocks, body }, { drop = [], extra = '' } = {}) =>
  `${blocks
    .filter((b) => !drop.includes(b.key))
    .map((b) => b.text)
    .join('')}${extra}---\n${body}`;

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Replaces a model ID as a whole word: "MiniMax-M2.5" must not match inside "MiniMax-M2.5-highspeed" or "MiniMax-M2" inside "MiniMax-M2.1". */
const renameId = (text, from, to) => text.replace(new RegExp(`${escapeRegExp(from)}(?![\\w-]|\\.\\w)`, 'g'), to);

/** Block YAML for plain facts; strings go out JSON-quoted, which strict YAML 1.2 reads back exactly. */
function toYaml(value, indent = '') {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => {
      if (Array.isArray(v) && v.some((item) => typeof item === 'object')) {
        return `${indent}${key}:\n${v.map((item) => `${indent}  - ${toYaml(item, `${indent}    `).trimStart()}`).join('')}`;
      }
      if (v && typeof v === 'object' && !Array.isArray(v)) return `${indent}${key}:\n${toYaml(v, `${indent}  `)}`;
      return `${indent}${key}: ${JSON.stringify(v)}\n`;
    })
    .join('');
}

// --- the real files the synthetic ones copy their words from ---

const templateDir = path.join(root, 'content/models/minimax');
const familyTemplate = Object.fromEntries(LOCALES.map((l) => [l, read(templateDir, `${l}.md`)]));
const templateOrder = JSON.parse(/^variantOrder: (.*)$/m.exec(familyTemplate.en)?.[1] ?? 'null');
if (!Array.isArray(templateOrder)) fail(`cannot read variantOrder from ${templateDir}/en.md`);
const variantTemplates = templateOrder.map((slug) => {
  const words = {};
  const notes = {};
  let modelId;
  for (const locale of LOCALES) {
    const file = path.join(templateDir, slug, `${locale}.md`);
    // Facts come first in every en file and `summary:` opens the words; we write our own facts.
    const parsed = wordsOf(read(file), file, locale, 'summary');
    if (locale === 'en') modelId = parsed.data.modelId;
    notes[locale] = parsed.data.conflictNotes ?? {};
    words[locale] = parsed;
  }
  if (typeof modelId !== 'string') fail(`template ${slug}/en.md no longer has a modelId`);
  return { slug, modelId, highspeed: slug.endsWith('-highspeed'), words, notes };
});

/** Facts another source states differently: the conflict ids the generator files, by the field each concerns. */
const CONFLICT_FIELDS = {
  'context-window': 'contextWindow',
  'input-modalities': 'modalities.input',
  'max-output': 'maxOutputTokens',
  'release-date': 'releaseDate',
};
/** Plain notes for the conflict ids no real variant explains. */
const PLAIN_NOTES = {
  'context-window': {
    en: "Another source rounds the context window; the site shows the exact figure in the maker's model file.",
    'zh-TW': '另一個來源將上下文視窗約略寫成整數；本站顯示的是開發商模型檔案中的精確數字。',
    'zh-HK': '另一個來源把上下文窗口約略寫成整數；本網站顯示的是開發商模型檔案中的準確數字。',
  },
  'input-modalities': {
    en: "Another source lists text input only; the site shows the inputs the maker's model file lists.",
    'zh-TW': '另一個來源只列出文字輸入；本站顯示的是開發商模型檔案列出的輸入類型。',
    'zh-HK': '另一個來源只列出文字輸入；本網站顯示的是開發商模型檔案列出的輸入類型。',
  },
  'max-output': {
    en: "Another source states a lower maximum output; the site shows the figure in the maker's model file.",
    'zh-TW': '另一個來源列出較低的最大輸出；本站顯示的是開發商模型檔案中的數字。',
    'zh-HK': '另一個來源列出較低的最大輸出；本網站顯示的是開發商模型檔案中的數字。',
  },
  'release-date': {
    en: 'Another source dates the release to the day the weights were published; the site shows the day the API launched the model.',
    'zh-TW': '另一個來源以權重公開的日期作為發布日期；本站顯示的是 API 推出該模型的日期。',
    'zh-HK': '另一個來源以權重公開的日期作為發佈日期；本網站顯示的是 API 推出該模型的日期。',
  },
};
/** Per conflict id, the notes to choose from: the real variants' own, in all three locales, else the plain one. */
const conflictNotePool = Object.fromEntries(
  Object.keys(CONFLICT_FIELDS).map((id) => {
    const real = variantTemplates
      .filter((t) => LOCALES.every((l) => typeof t.notes[l][id] === 'string'))
      .map((t) => Object.fromEntries(LOCALES.map((l) => [l, t.notes[l][id]])));
    return [id, real.length ? real : [PLAIN_NOTES[id]]];
  }),
);

/** The real providers, whose words the synthetic ones take, renamed: one per kind, the gateway one with a per-account URL part. */
const providersDir = path.join(root, 'content/providers');
const realProviders = readdirSync(providersDir)
  .sort()
  .map((id) => {
    const files = Object.fromEntries(LOCALES.map((l) => [l, path.join(providersDir, id, `${l}.md`)]));
    const words = Object.fromEntries(LOCALES.map((l) => [l, wordsOf(read(files[l]), files[l], l, 'description')]));
    const facts = words.en.data;
    return { id, facts, words, brand: String(facts.name ?? id).split(' ')[0] };
  });
const providerTemplate = (kind, test = () => true) =>
  realProviders.find((p) => p.facts.kind === kind && test(p)) ?? fail(`no provider of kind "${kind}" under ${providersDir} to take words from`);
const providerTemplates = {
  maker: providerTemplate('maker'),
  reseller: providerTemplate('reseller'),
  gateway: providerTemplate('gateway', (p) => (p.facts.urlParameters ?? []).length > 0),
};

// --- the synthetic providers: a fixed pool, whatever N ---

const CHAT = 'openai-chat-completions';
const RESPONSES = 'openai-responses';
const MESSAGES = 'anthropic-messages';
const BEARER = { header: 'Authorization', scheme: 'Bearer' };
const CHECKED = '2026-12-01'; // when offers and providers were "checked": after DATE, when they were added

/** Makers first: family f's maker API is MAKERS[(f - 1) % MAKERS.length]. The rest resell or gateway every maker's models. */
const PROVIDERS = [
  {
    id: 'synth-alpha',
    name: 'Synth Alpha',
    kind: 'maker',
    host: 'api.alpha.synth.example',
    protocols: [CHAT, MESSAGES],
    env: 'SYNTH_ALPHA',
    modelId: (v) => v.modelId,
  },
  {
    id: 'synth-beta',
    name: 'Synth Beta',
    kind: 'maker',
    host: 'api.beta.synth.example',
    protocols: [CHAT, RESPONSES],
    env: 'SYNTH_BETA',
    modelId: (v) => v.modelId,
  },
  { id: 'synth-gamma', name: 'Synth Gamma', kind: 'maker', host: 'api.gamma.synth.example', protocols: [CHAT], env: 'SYNTH_GAMMA', modelId: (v) => v.modelId },
  {
    id: 'synth-delta',
    name: 'Synth Delta',
    kind: 'maker',
    host: 'api.delta.synth.example',
    protocols: [CHAT, MESSAGES, RESPONSES],
    auth: { header: 'x-api-key', scheme: '' },
    env: 'SYNTH_DELTA',
    modelId: (v) => v.modelId,
  },
  {
    id: 'relay-one',
    name: 'Relay One',
    kind: 'reseller',
    host: 'relay-one.example',
    protocols: [CHAT],
    env: 'RELAY_ONE',
    modelId: (v) => `synth/f${v.familyNumber}-v${v.number}`,
  },
  { id: 'relay-two', name: 'Relay Two', kind: 'reseller', host: 'relay-two.example', protocols: [CHAT, MESSAGES], env: 'RELAY_TWO', modelId: (v) => v.modelId },
  {
    id: 'relay-three',
    name: 'Relay Three',
    kind: 'reseller',
    host: 'relay-three.example',
    protocols: [CHAT, RESPONSES],
    env: 'RELAY_THREE',
    modelId: (v) => `synth-labs:f${v.familyNumber}-v${v.number}`,
  },
  {
    id: 'cloudgate',
    name: 'Cloudgate MaaS',
    word: 'Cloudgate',
    kind: 'gateway',
    host: 'genai.cloudgate.example',
    protocols: [CHAT],
    urlParameters: true,
    env: 'CLOUDGATE',
    modelId: (v) => `MaaS_Synth_F${v.familyNumber}_V${v.number}`,
  },
  {
    id: 'skyport',
    name: 'Skyport AI',
    word: 'Skyport',
    kind: 'gateway',
    host: 'models.skyport.example',
    protocols: [CHAT, RESPONSES],
    env: 'SKYPORT',
    modelId: (v) => `skyport/synth-f${v.familyNumber}-v${v.number}`,
  },
];
const MAKERS = PROVIDERS.filter((p) => p.kind === 'maker');
const SELLERS = PROVIDERS.filter((p) => p.kind !== 'maker');

function writeProviders(contentDir) {
  for (const p of PROVIDERS) {
    const template = providerTemplates[p.kind];
    const parameters = p.urlParameters ? template.facts.urlParameters : [];
    const paths = parameters.map(({ name }) => `/{${name}}`).join('');
    const facts = {
      name: p.name,
      kind: p.kind,
      website: `https://${p.host}`,
      docsUrl: p.kind === 'maker' ? `https://${p.host}/docs` : undefined,
      baseUrls: p.protocols.map((protocol) => ({
        protocol,
        url: `https://${p.host}${protocol === MESSAGES ? '/anthropic' : parameters.length ? '/v1/ai' : '/v1'}${paths}`,
      })),
      auth: p.auth ?? BEARER,
      apiKeyEnvVar: `${p.env}_API_KEY`,
      urlParameters: parameters.length
        ? parameters.map(({ name }) => ({ name, envVar: `${p.env}_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}` }))
        : undefined,
      source: `synthetic benchmark data: ${p.name} API reference`,
      checked: CHECKED,
      added: DATE,
    };
    for (const locale of LOCALES) {
      // A gateway without a per-account URL part has nothing to explain under urlParameterHelp.
      const words = renderWords(template.words[locale], { drop: parameters.length ? [] : ['urlParameterHelp'] }).replaceAll(template.brand, p.word ?? p.name);
      writeFile(path.join(contentDir, 'providers', p.id, `${locale}.md`), `---\n${locale === 'en' ? toYaml(facts) : ''}${words}`);
    }
  }
  return PROVIDERS.length;
}

// --- variants and their offers ---

// Realistic value pools; indices derive from the variant's number, so nothing is random.
const CONTEXT_WINDOWS = [32768, 131072, 204800, 262144, 1000000, 1048576];
const MAX_OUTPUTS = [8192, 16384, 32768, 65536, 128000, 131072];
const PER_MILLION = [
  [0.15, 0.6],
  [0.3, 1.2],
  [0.5, 2],
  [1.1, 4.4],
  [2.5, 10],
  [0.08, 0.32],
];
const FLAT_PER_THOUSAND = [0.005, 0.01, 0.02, 0.04];
/** Offers per variant, picked by a hash of n: 1 to 4, about 20 / 30 / 30 / 20 %. */
const OFFER_COUNTS = [1, 2, 2, 2, 3, 3, 3, 4, 4, 1];
const SOURCE = 'synthetic benchmark data';

/** A fixed integer hash of (n, salt), so choices that must not line up with n % k still derive from n alone. */
function mix(n, salt) {
  let x = (Math.imul(n, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
const pick = (n, salt, m) => mix(n, salt) % m;
const usd = (x) => Math.round(x * 1e6) / 1e6;
const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const thousands = (x) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** An exact rule; cache prices, tiers above 200,000 and 512,000 prompt tokens (where the window allows) vary with (n, salt). */
function rateRule(n, salt, input, output, contextWindow, source) {
  const cache = pick(n, salt + 1, 10);
  const cacheRead = cache < 6 ? usd(input / (cache % 2 ? 10 : 5)) : undefined;
  const cacheWrite = cache < 3 ? usd(input * 1.25) : undefined;
  // About one exact rule in five is tiered: one or two tiers where the window is over 512,000, one (above 200,000 or 131,072) where it is over 200,000.
  const t = pick(n, salt + 2, 6);
  const thresholds = contextWindow > 512_000 ? ([[200_000, 512_000], [512_000]][t] ?? []) : contextWindow > 200_000 && t < 2 ? [[200_000], [131_072]][t] : [];
  // A tier may keep the base rule's cache prices (raised) or state none; it never adds one the base lacks.
  const tierCache = pick(n, salt + 3, 2) === 0;
  const tiers = thresholds.map((above, i) => ({
    above,
    input: usd(input * (2 + i)),
    output: usd(output * (1.5 + i / 2)),
    cacheRead: tierCache && cacheRead !== undefined ? usd(cacheRead * (2 + i)) : undefined,
    cacheWrite: tierCache && cacheWrite !== undefined ? usd(cacheWrite * (2 + i)) : undefined,
  }));
  return { type: 'rate', input, output, cacheRead, cacheWrite, tiers: tiers.length ? tiers : undefined, source, checked: CHECKED };
}
const listedRule = (n, salt, source) => ({
  type: 'listed',
  display: `${pick(n, salt + 4, 3) === 0 ? 'from ' : ''}$${FLAT_PER_THOUSAND[pick(n, salt + 5, FLAT_PER_THOUSAND.length)].toFixed(3)} / 1K tokens`,
  rounding: 'whole cents per 1K tokens',
  source,
  checked: CHECKED,
});
const unpublishedRule = (source) => ({ type: 'unpublished', source, checked: CHECKED });
/**
 * A price history for an exact rule: `count` earlier rules, oldest first (the first in effect since the
 * offer was added), each 25% dearer than the next; the current rule took effect on the last change day.
 */
const CHANGE_DAYS = ['2026-11-23', '2026-11-27'];
const withHistory = (rule, count) => {
  const days = CHANGE_DAYS.slice(2 - count);
  const history = days.map((_, i) => {
    const factor = 1 + 0.25 * (days.length - i);
    return {
      type: 'rate',
      input: usd(rule.input * factor),
      output: usd(rule.output * factor),
      cacheRead: rule.cacheRead === undefined ? undefined : usd(rule.cacheRead * factor),
      since: i === 0 ? DATE : days[i - 1],
      source: `${rule.source} (earlier)`,
    };
  });
  return { price: { ...rule, since: days.at(-1) }, history };
};

/** The maker's own offer: the family's comparison basis. About 1 in 25 states no exact price there (listed or unpublished). */
function makerOffer(v, p, contextWindow, [input, output]) {
  const { n } = v;
  const page = `${SOURCE}: ${p.name} model page for ${v.modelId}`;
  const price =
    n % 25 === 13 ? (Math.floor(n / 25) % 2 === 0 ? listedRule(n, 0, page) : unpublishedRule(page)) : rateRule(n, 0, input, output, contextWindow, page);
  const several = p.protocols.length > 1;
  return {
    provider: p.id,
    modelId: p.modelId(v),
    protocols: several && n % 7 === 0 ? [CHAT] : undefined,
    outputCap:
      n % 3 === 0
        ? {
            value: 2048,
            parameter: 'max_completion_tokens',
            protocols: several ? [CHAT] : undefined,
            source: `${SOURCE}: ${p.name} OpenAI-compatible endpoint`,
          }
        : undefined,
    outputSpeed:
      v.template.highspeed || n % 2 === 0
        ? { tokensPerSecond: 40 + ((n * 13) % 120) + (v.template.highspeed ? 40 : 0), approximate: true, source: SOURCE }
        : undefined,
    ...(price.type === 'rate' && n % 8 === 5 ? withHistory(price, n % 16 === 5 ? 2 : 1) : { price }),
    source: page,
    checked: CHECKED,
    added: DATE,
  };
}

/** A reseller's or gateway's offer, under its own model ID; the gateway with a per-account URL mostly publishes no price, as Cloudsway does. */
function sellerOffer(v, p, contextWindow, [input, output]) {
  const { n } = v;
  const salt = 10 * (PROVIDERS.indexOf(p) + 1);
  const page = `${SOURCE}: ${p.name} model page for ${p.modelId(v)}`;
  const r = pick(n, salt, 10);
  const price = p.urlParameters
    ? r < 7
      ? unpublishedRule(page)
      : rateRule(n, salt, input, output, contextWindow, page)
    : r < 6
      ? rateRule(n, salt, usd(input * 0.8), usd(output * 0.8), contextWindow, page)
      : r < 9
        ? listedRule(n, salt, page)
        : unpublishedRule(page);
  const gateway = p.kind === 'gateway';
  const capped = gateway || pick(n, salt + 6, 4) === 0;
  return {
    provider: p.id,
    modelId: p.modelId(v),
    protocols: p.protocols.length > 1 && pick(n, salt + 7, 3) === 0 ? [p.protocols[0]] : undefined,
    contextWindow: gateway ? Math.min(contextWindow, 262_144) : undefined,
    outputCap: capped ? { value: gateway ? 2048 : 4096, parameter: 'max_completion_tokens', source: page } : undefined,
    outputSpeed: gateway && pick(n, salt + 8, 2) === 0 ? { tokensPerSecond: 30 + ((n * 7) % 90), approximate: true, source: page } : undefined,
    ...(price.type === 'rate' && pick(n, salt + 9, 12) === 0 ? withHistory(price, 1) : { price }),
    source: page,
    checked: CHECKED,
    added: DATE,
  };
}

/** Lifecycle by number: about 1 in 37 retired, 1 in 23 deprecated (and retiring), 1 in 11 in preview. */
const statusOf = (n) => (n % 37 === 0 ? 'retired' : n % 23 === 0 ? 'deprecated' : n % 11 === 0 ? 'preview' : 'active');
/** Deprecated and retired variants name the next variant of their family as successor, unless it is retired too. */
function lifecycle(n, next) {
  const status = statusOf(n);
  const successor = next && statusOf(next.n) !== 'retired' ? next.slug : undefined;
  if (status === 'retired') return { status, deprecated: '2026-11-01', retires: '2026-11-15', successor };
  if (status === 'deprecated') return { status, deprecated: '2026-11-10', retires: '2027-06-30', successor };
  return { status };
}

function variantFacts(v, sibling, maker, next) {
  const { n, modelId, template } = v;
  const contextWindow = CONTEXT_WINDOWS[n % CONTEXT_WINDOWS.length];
  const maxOutputTokens = Math.min(MAX_OUTPUTS[pick(n, 1, MAX_OUTPUTS.length)], contextWindow / 2);
  const releaseDate = addDays('2024-01-15', (n * 11) % 1000);
  const benchmarks = {
    ...(n % 3 === 1 ? { 'swe-bench-verified': { score: (550 + ((n * 37) % 300)) / 10, source: `${SOURCE}: ${modelId} model card` } } : {}),
    ...(n % 5 === 0 ? { 'swe-bench-pro': { score: (400 + ((n * 17) % 250)) / 10, source: `${SOURCE}: ${modelId} model card` } } : {}),
  };
  const multimodal = n % 10 === 7;
  const conflict = (id, stated) => ({ id, field: CONFLICT_FIELDS[id], stated, source: `${SOURCE}: a reseller's page for ${modelId}` });
  const conflicts = [
    ...(n % 6 === 1 ? [conflict('context-window', `${Math.round(contextWindow / 1000)}K`)] : []),
    ...(multimodal ? [conflict('input-modalities', 'text only')] : []),
    ...(n % 15 === 4 ? [conflict('max-output', `${thousands(maxOutputTokens / 2)} tokens`)] : []),
    ...(n % 20 === 9 ? [conflict('release-date', addDays(releaseDate, -14))] : []),
  ];
  const [input, output] = PER_MILLION[n % PER_MILLION.length].map((x) => usd(x * (template.highspeed ? 2 : 1)));
  const count = OFFER_COUNTS[pick(n, 2, OFFER_COUNTS.length)];
  const start = pick(n, 3, SELLERS.length);
  const sellers = Array.from({ length: count - 1 }, (_, i) => SELLERS[(start + i) % SELLERS.length]);
  const weights = template.highspeed && sibling ? sibling : v;
  const facts = {
    modelId,
    ...lifecycle(n, next),
    releaseDate,
    contextWindow,
    maxOutputTokens,
    openWeights: n % 4 === 3 ? undefined : { weightsUrl: `https://huggingface.co/synth/${weights.modelId}`, license: ['MIT', 'Apache-2.0', undefined][n % 3] },
    factsSource: `${SOURCE}: ${modelId} model card`,
    conflicts: conflicts.length ? conflicts : undefined,
    benchmarks: Object.keys(benchmarks).length ? benchmarks : undefined,
    sharesWeightsWith: template.highspeed ? sibling?.slug : undefined,
    modalities: multimodal
      ? { input: ['text', 'image', 'video'], output: ['text'] }
      : n % 13 === 0
        ? { input: ['text', 'image'], output: ['text'] }
        : undefined,
    architecture: n % 9 === 0 ? { attention: 'sparse' } : undefined,
    offers: [makerOffer(v, maker, contextWindow, [input, output]), ...sellers.map((p) => sellerOffer(v, p, contextWindow, [input, output]))],
    added: DATE,
    updated: DATE,
  };
  const notes = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      conflicts.map((c) => {
        const pool = conflictNotePool[c.id];
        return [c.id, pool[n % pool.length][l]];
      }),
    ]),
  );
  return { facts, notes };
}

function writeFile(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The family's en file with its own maker and maker API in place of the template's (and no other comparison basis). */
function familyFacts(text, maker) {
  const { blocks, body } = splitContentFile(text, path.join(templateDir, 'en.md'));
  const kept = blocks.filter((b) => !['maker', 'makerApi', 'comparisonBasis'].includes(b.key));
  const at = kept.findIndex((b) => b.key === 'name') + 1;
  kept.splice(at, 0, { key: 'maker', text: `maker: ${JSON.stringify(maker.name)}\nmakerApi: ${JSON.stringify(maker.id)}\n` });
  return `---\n${renderWords({ blocks: kept, body })}`;
}

/** N variants in floor(N/10) families of 10, the last family taking the remainder, over a fixed pool of providers. */
function generateCatalog(contentDir, total) {
  const providerCount = writeProviders(contentDir);
  const familyCount = Math.max(1, Math.floor(total / 10));
  const familyWidth = Math.max(3, String(familyCount).length);
  const variantWidth = Math.max(4, String(total).length);
  let n = 0;
  for (let f = 1; f <= familyCount; f++) {
    const size = f < familyCount ? 10 : total - 10 * (familyCount - 1);
    const familyNumber = String(f).padStart(familyWidth, '0');
    const familyName = `Family ${familyNumber}`;
    const familyDir = path.join(contentDir, 'models', `family-${familyNumber}`);
    const maker = MAKERS[(f - 1) % MAKERS.length];
    const variants = Array.from({ length: size }, (_, k) => {
      const number = String(++n).padStart(variantWidth, '0');
      return {
        n,
        k,
        number,
        familyNumber,
        slug: `variant-${number}`,
        modelId: `Synth-F${familyNumber}-V${number}`,
        template: variantTemplates[k % variantTemplates.length],
      };
    });
    for (const locale of LOCALES) {
      let text = familyTemplate[locale];
      if (locale === 'en') {
        text = familyFacts(text, maker)
          .replace(/^variantOrder: .*$/m, `variantOrder: ${JSON.stringify(variants.map((v) => v.slug))}`)
          .replace(/^ {2}totalParametersB: .*$/m, `  totalParametersB: ${100 + ((f * 37) % 900)}`)
          .replace(/^ {2}activeParametersB: .*$/m, `  activeParametersB: ${5 + ((f * 7) % 40)}`);
      }
      // One-line replacement, so names, titles and table cells stay on one line.
      writeFile(path.join(familyDir, `${locale}.md`), text.replaceAll('MiniMax', familyName));
    }
    for (const v of variants) {
      const { facts, notes } = variantFacts(v, variants[v.k - 1], maker, variants[v.k + 1]);
      for (const locale of LOCALES) {
        // The template's own conflictNotes explain its conflicts; these variants get notes for theirs.
        const extra = notes[locale].length ? `conflictNotes:\n${notes[locale].map(([id, note]) => `  ${id}: ${JSON.stringify(note)}\n`).join('')}` : '';
        const words = renameId(renderWords(v.template.words[locale], { drop: ['conflictNotes'], extra }), v.template.modelId, v.modelId).replaceAll(
          'MiniMax',
          familyName,
        );
        writeFile(path.join(familyDir, v.slug, `${locale}.md`), `---\n${locale === 'en' ? toYaml(facts) : ''}${words}`);
      }
    }
  }
  return { familyCount, providerCount };
}

// ---------- build ----------

/** Runs scripts/bench-build.mjs; its own log is kept (not shown) unless the build fails. */
function runBuild(cwd, env) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'scripts/bench-build.mjs')], { cwd, env: { ...process.env, ...env } });
    // Astro logs a line per page. Keep only tails, as chunks: re-copying one growing string
    // per line cost the parent ~50 s of CPU at 1000 variants, taken from the build it measures.
    let stdoutTail = '';
    const log = [];
    let logSize = 0;
    const remember = (chunk) => {
      log.push(chunk);
      for (logSize += chunk.length; logSize > 200_000 && log.length > 1;) logSize -= log.shift().length;
    };
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdoutTail = (stdoutTail + chunk).slice(-4096);
      remember(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', remember);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      const line = stdoutTail.split('\n').findLast((l) => l.startsWith('BENCH_BUILD_RESULT '));
      const result = line ? JSON.parse(line.slice('BENCH_BUILD_RESULT '.length)) : undefined;
      resolve({ code, signal, wallMs, result, log: log.join('') });
    });
  });
}

// ---------- output weight ----------

const attribute = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

function measureOutput(outDir) {
  const files = readdirSync(outDir, { recursive: true }).map(String);
  const pages = files.filter((f) => f.endsWith('.html'));
  const mirrors = files.filter((f) => f.endsWith('.md'));
  const gzipCache = new Map();
  const gzipSize = (data) => gzipSync(data, { level: 9 }).length;
  const gzipFile = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSize(readFileSync(file)));
    return gzipCache.get(file);
  };
  const missing = new Set();
  const resolveAsset = (page, ref) => {
    const clean = decodeURI(ref.split(/[?#]/)[0]);
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(clean)) return undefined; // another origin: not ours to weigh
    const file = clean.startsWith('/') ? path.join(outDir, clean) : path.resolve(outDir, path.dirname(page), clean);
    if (existsSync(file)) return file;
    missing.add(`${page} → ${ref}`);
    return undefined;
  };
  const heaviest = { css: { bytes: -1, page: '' }, js: { bytes: -1, page: '' } };
  for (const page of pages) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    const stylesheets = new Set();
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attribute(tag, 'href');
      const file = rel.includes('stylesheet') && href ? resolveAsset(page, href) : undefined;
      if (file) stylesheets.add(file);
    }
    let css = gzipSize(html);
    for (const file of stylesheets) css += gzipFile(file);

    const scripts = new Set();
    let js = 0; // inline scripts count one by one; a file shared by two tags counts once
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      const src = attribute(attrs, 'src');
      // JSON data blocks (ld+json and the like) are not code the browser runs.
      if (src === undefined && /json/i.test(attribute(attrs, 'type') ?? '')) continue;
      if (src !== undefined) {
        const file = resolveAsset(page, src);
        if (file) scripts.add(file);
      } else if (body.trim()) js += gzipSize(body);
    }
    for (const file of scripts) js += gzipFile(file);

    if (css > heaviest.css.bytes) heaviest.css = { bytes: css, page };
    if (js > heaviest.js.bytes) heaviest.js = { bytes: js, page };
  }
  // Pair pages (/…/compare/a-vs-b) are most of a large build: every pair of a family of ten, in three locales.
  const pairPages = pages.filter((f) => /[\\/]compare[\\/][^\\/]+-vs-[^\\/]+\.html$/.test(f)).length;
  return { pages: pages.length, pagePaths: pages, pairPages, mirrors: mirrors.length, heaviest, missing };
}

// ---------- baseline (--baseline) ----------
// The floor under any build of this many pages: the same pages, in the same folders, each a
// one-line template with no content, built in the same temp folder right after the catalog (so on
// the same file system in the same state). Astro's floor is what the framework costs before any of
// ours; Hugo's, when `hugo` is installed (Debian: apt-get install hugo), is the target's yardstick.

const oneLinePage = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>One line.</p></body></html>\n`;

/** A one-line Astro site with one page per path in `pagePaths` (e.g. `en/models.html`), built by bench-build.mjs. */
async function astroBaseline(dir, pagePaths) {
  writeFile(
    path.join(dir, 'pages.json'),
    JSON.stringify(
      pagePaths.map((p) =>
        p
          .split(path.sep)
          .join('/')
          .replace(/\.html$/, ''),
      ),
    ),
  );
  writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './out', build: { format: 'file' } });\n`,
  );
  writeFile(
    path.join(dir, 'src/pages/[...page].astro'),
    [
      '---',
      "import { readFileSync } from 'node:fs';",
      'export function getStaticPaths() {',
      // The site's /index.html is the rest parameter left out.
      "  return JSON.parse(readFileSync(process.env.BASELINE_PAGES, 'utf8')).map((page) => ({ params: { page: page === 'index' ? undefined : page } }));",
      '}',
      "const title = `Page ${Astro.params.page ?? 'index'}`;",
      '---',
      oneLinePage('{title}').trim(),
      '',
    ].join('\n'),
  );
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const run = await runBuild(dir, {
    BENCH_ROOT: dir,
    BENCH_CACHE_DIR: path.join(dir, 'cache'),
    BASELINE_PAGES: path.join(dir, 'pages.json'),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (run.code !== 0 || !run.result?.ok) return { error: /^.*Error.*$/m.exec(run.log)?.[0] ?? `exit code ${run.code}` };
  return { seconds: run.wallMs / 1000, pages: readdirSync(path.join(dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length };
}

/** The same pages in Hugo, each with a `.md` output beside it as our mirrors; undefined when Hugo is not installed. */
function hugoBaseline(dir, pagePaths) {
  const version = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return undefined;
  writeFile(
    path.join(dir, 'config.toml'),
    [
      'baseURL = "https://example.org/"',
      'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
      'uglyURLs = true',
      '[outputFormats.MD]',
      'mediaType = "text/markdown"',
      'isPlainText = true',
      '[outputs]',
      'page = ["HTML", "MD"]',
      '',
    ].join('\n'),
  );
  writeFile(path.join(dir, 'layouts/_default/single.html'), oneLinePage('{{ .Title }}'));
  writeFile(path.join(dir, 'layouts/_default/single.md'), '# {{ .Title }}\n\nOne line.\n');
  for (const page of pagePaths) {
    // `index.md` would make a page bundle of its folder in Hugo, a different kind of page.
    const file = page.replace(/\.html$/, '').replace(/(^|[\\/])index$/, '$1index-page');
    writeFile(path.join(dir, 'content', `${file}.md`), `---\ntitle: "Page ${file}"\n---\n`);
  }
  const started = performance.now();
  const run = spawnSync('hugo', ['--quiet', '--source', dir, '--destination', path.join(dir, 'out')], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const name = /v[\d.]+/.exec(version.stdout)?.[0] ?? 'hugo';
  if (run.status !== 0) return { name, error: (run.stderr || run.stdout).trim().split('\n').slice(-3).join(' / ') };
  const files = readdirSync(path.join(dir, 'out'), { recursive: true }).map(String);
  return { name, seconds, pages: files.filter((f) => f.endsWith('.html')).length, mirrors: files.filter((f) => f.endsWith('.md')).length };
}

// ---------- run ----------

// --dir chooses the file system the catalog is generated on and built into (default: the system's temp
// folder). On this machine the disk's speed drifts with how many files were deleted in the last minutes;
// a tmpfs such as /dev/shm takes the disk out of the figure.
if (!existsSync(args.dir)) fail(`--dir ${args.dir} does not exist`);
const tempRoot = mkdtempSync(path.join(path.resolve(args.dir), 'catalog-bench-'));
const contentDir = path.join(tempRoot, 'content');
const outDir = path.join(tempRoot, 'out');
const cleanUp = () => {
  if (args.keep) console.log(`kept: content in ${contentDir}, site in ${outDir}`);
  else rmSync(tempRoot, { recursive: true, force: true });
};
process.once('SIGINT', () => (cleanUp(), process.exit(130)));

const generateStarted = performance.now();
const { familyCount, providerCount } = generateCatalog(contentDir, variantCount);
const generateSeconds = (performance.now() - generateStarted) / 1000;
console.error(`bench: generated ${variantCount} variants in ${familyCount} families under ${contentDir}; building (this takes a while)…`);

// Astro's prerender chunks land in <cwd>/.astro/ when outDir is outside cwd, and import packages
// from where they lie. Building from the temp folder, with node_modules linked in, keeps them out
// of the project's .astro/, which other builds (tests/build) running meanwhile also use.
symlinkSync(path.join(root, 'node_modules'), path.join(tempRoot, 'node_modules'), 'dir');
const build = await runBuild(tempRoot, {
  CATALOG_CONTENT_DIR: contentDir,
  CATALOG_OUT_DIR: outDir,
  BENCH_CACHE_DIR: path.join(tempRoot, 'cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
});
if (build.code !== 0 || !build.result?.ok) {
  console.error(build.log.trimEnd());
  cleanUp();
  fail(`the build failed (${build.signal ? `signal ${build.signal}` : `exit code ${build.code}`}); its output is above`);
}

const output = measureOutput(outDir);
let baseline;
if (args.baseline) {
  console.error('bench: building the one-line baselines…');
  baseline = {
    astro: await astroBaseline(path.join(tempRoot, 'baseline-astro'), output.pagePaths),
    hugo: hugoBaseline(path.join(tempRoot, 'baseline-hugo'), output.pagePaths),
  };
}
cleanUp();

const wallSeconds = build.wallMs / 1000;
const msPerPage = build.wallMs / (output.pages + output.mirrors);
const peakRssMb = Math.round(build.result.maxRssKiB / 1024);
const childrenMb = Math.round(build.result.childrenPeakKiB / 1024);
const bytes = (n) => n.toLocaleString('en-US');
console.log(
  `catalog: ${variantCount} variants in ${familyCount} families, ${LOCALES.length} locales (${(variantCount + familyCount + providerCount) * LOCALES.length} files, generated in ${generateSeconds.toFixed(2)} s)`,
);
console.log(
  `build:   ${wallSeconds.toFixed(2)} s wall (${(build.result.buildMs / 1000).toFixed(2)} s inside build()), peak RSS ${peakRssMb} MB${childrenMb ? `; child processes (esbuild, Pagefind) up to ${childrenMb} MB more, not included` : ''}`,
);
console.log(`output:  ${output.pages} pages (${output.pairPages} of them pair pages) + ${output.mirrors} mirrors, ${msPerPage.toFixed(2)} ms per file`);
console.log(
  `weight:  HTML+CSS gzip max ${bytes(output.heaviest.css.bytes)} B (${output.heaviest.css.page}); JS gzip max ${bytes(output.heaviest.js.bytes)} B (${output.heaviest.js.page})`,
);
if (baseline) {
  const { astro, hugo } = baseline;
  const times = (s) => `${(wallSeconds / s).toFixed(1)}×`;
  console.log(`baseline: the same ${output.pages} pages in the same folders, one line each, built here after the catalog:`);
  console.log(
    `          Astro ${astro.error ? `failed: ${astro.error}` : `${astro.seconds.toFixed(2)} s for ${astro.pages} pages (no mirrors); this build is ${times(astro.seconds)} that`}`,
  );
  if (!hugo) console.log('          Hugo not installed (Debian: apt-get install hugo), so no Hugo figure');
  else
    console.log(
      `          Hugo ${hugo.name} ${hugo.error ? `failed: ${hugo.error}` : `${hugo.seconds.toFixed(2)} s for ${hugo.pages} pages + ${hugo.mirrors} .md; this build is ${times(hugo.seconds)} that${astro.error ? '' : `, Astro's one-line build ${(astro.seconds / hugo.seconds).toFixed(1)}×`}`}`,
    );
}
if (output.missing.size) console.log(`warning: ${output.missing.size} linked assets not found in the output, e.g. ${[...output.missing][0]}`);
// Built by hand so wall_s and ms_per_page keep exactly two decimals (JSON.stringify drops "6.20" to 6.2).
const summary = {
  variants: variantCount,
  pages: output.pages,
  mirrors: output.mirrors,
  wall_s: wallSeconds.toFixed(2),
  ms_per_page: msPerPage.toFixed(2),
  peak_rss_mb: peakRssMb,
  html_css_gzip_max_bytes: output.heaviest.css.bytes,
  js_gzip_max_bytes: output.heaviest.js.bytes,
};
console.log(
  `{${Object.entries(summary)
    .map(([key, value]) => `"${key}":${value}`)
    .join(',')}}`,
);
