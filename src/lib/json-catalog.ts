/**
 * `/api/models.json`: every variant with its facts and its pages, in a versioned
 * shape that borrows OpenRouter's models-API names where they fit (`id`, `name`,
 * `context_length`, `pricing`, `supported_parameters`), and the JSON Schema it
 * validates against. Per-token prices are decimal strings, as OpenRouter's are,
 * so no float rounding can creep in; per-1M figures are the content's numbers.
 */
import { allLocales } from '../config/locales';
import { site } from '../config/site';
import { benchmarkIds } from '../config/benchmarks';
import type { Catalog } from './content/types';
import { protocols, variantStatuses } from './content/schema';
import { quotePrice } from './pricing';
import { catalogUpdated } from './catalog';
import { absoluteUrl, jsonSchemaPath, mirrorPathOf, variantPath } from './routes';

/** Version of the JSON shape; bump the major on a breaking change. */
export const jsonCatalogVersion = '1.0.0';

/** USD per single token as an exact decimal string: 0.15 per 1M → "0.00000015". */
export function perTokenString(perMillion: number): string {
  const text = String(perMillion).includes('e') ? perMillion.toFixed(20).replace(/0+$/, '') : String(perMillion);
  const [whole = '0', fraction = ''] = text.split('.');
  // Moving the decimal point six places left is exact on the digits, unlike dividing the float.
  const padded = whole.padStart(7, '0');
  const integer = padded.slice(0, -6).replace(/^0+(?=\d)/, '');
  const decimals = `${padded.slice(-6)}${fraction}`.replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

/** The JSON catalog. */
export function buildJsonCatalog(catalog: Catalog) {
  return {
    $schema: absoluteUrl(jsonSchemaPath),
    version: jsonCatalogVersion,
    currency: site.currency,
    updated: catalogUpdated(catalog),
    data: catalog.families.flatMap((family) =>
      family.variants.map((v) => {
        const quote = quotePrice(v.pricing);
        return {
          id: v.sdkModelId,
          canonical_slug: `${family.slug}/${v.slug}`,
          name: v.name,
          family: family.slug,
          family_name: family.name,
          provider: family.provider,
          status: v.status,
          description: v.words.en.summary,
          context_length: v.contextWindow,
          architecture: {
            input_modalities: v.modalities.input,
            output_modalities: v.modalities.output,
            ...(v.architecture.type ? { type: v.architecture.type } : {}),
            ...(v.architecture.totalParametersB ? { total_parameters_b: v.architecture.totalParametersB } : {}),
            ...(v.architecture.activeParametersB ? { active_parameters_b: v.architecture.activeParametersB } : {}),
            ...(v.architecture.experts ? { experts: v.architecture.experts } : {}),
            ...(v.architecture.attention ? { attention: v.architecture.attention } : {}),
          },
          pricing: {
            prompt: perTokenString(quote.inputPerMillion),
            completion: perTokenString(quote.outputPerMillion),
            input_per_million: quote.inputPerMillion,
            output_per_million: quote.outputPerMillion,
            billing_unit: quote.billingUnit,
            ...(quote.kind === 'flat' ? { flat_per_thousand: quote.inputPerThousand } : {}),
          },
          ...(v.outputSpeed ? { output_speed_tokens_per_second: v.outputSpeed.tokensPerSecond } : {}),
          benchmarks: v.benchmarks,
          supported_parameters: v.api.requestParameters.map((p) => p.name),
          endpoints: v.endpoints.map((e) => ({ method: e.method, path: e.path, protocol: e.protocol })),
          commercial_use: v.license.commercialUse,
          updated: v.updated,
          pages: Object.fromEntries(
            allLocales.map((l) => {
              const path = variantPath(l.code, family.slug, v.slug);
              return [l.code, { html: absoluteUrl(path), markdown: absoluteUrl(mirrorPathOf(path)), summary: v.words[l.code].summary }];
            }),
          ),
        };
      }),
    ),
  };
}

const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const usd = { type: 'number', minimum: 0 } as const;
const decimalString = { type: 'string', pattern: '^\\d+(\\.\\d+)?$' } as const;

/** JSON Schema (draft 2020-12) of `/api/models.json`. */
export function buildJsonSchema() {
  const localePage = {
    type: 'object',
    additionalProperties: false,
    required: ['html', 'markdown', 'summary'],
    properties: { html: url, markdown: url, summary: { type: 'string', minLength: 1 } },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(jsonSchemaPath),
    title: `${site.brandName} models`,
    description: `Every model variant in the catalog. Shape version ${jsonCatalogVersion}; prices in ${site.currency}.`,
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'version', 'currency', 'updated', 'data'],
    properties: {
      $schema: url,
      version: { const: jsonCatalogVersion },
      currency: { const: site.currency },
      updated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      data: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'canonical_slug', 'name', 'family', 'family_name', 'provider', 'status', 'description', 'context_length', 'architecture', 'pricing', 'benchmarks', 'supported_parameters', 'endpoints', 'commercial_use', 'updated', 'pages'],
          properties: {
            id: { type: 'string', description: 'The model value to send to the API.' },
            canonical_slug: { type: 'string', description: 'family/variant, as in the page URLs.' },
            name: { type: 'string' },
            family: { type: 'string' },
            family_name: { type: 'string' },
            provider: { type: 'string' },
            status: { enum: [...variantStatuses] },
            description: { type: 'string', description: 'English summary; pages[locale].summary has each language.' },
            context_length: { type: 'integer', minimum: 1, description: 'Context window in tokens.' },
            architecture: {
              type: 'object',
              additionalProperties: false,
              required: ['input_modalities', 'output_modalities'],
              properties: {
                input_modalities: { type: 'array', items: { type: 'string' }, minItems: 1 },
                output_modalities: { type: 'array', items: { type: 'string' }, minItems: 1 },
                type: { enum: ['mixture-of-experts', 'dense'] },
                total_parameters_b: usd,
                active_parameters_b: usd,
                experts: { type: 'integer', minimum: 1 },
                attention: { enum: ['full', 'sparse', 'linear', 'hybrid'] },
              },
            },
            pricing: {
              type: 'object',
              additionalProperties: false,
              required: ['prompt', 'completion', 'input_per_million', 'output_per_million', 'billing_unit'],
              properties: {
                prompt: { ...decimalString, description: 'USD per input token, as an exact decimal string.' },
                completion: { ...decimalString, description: 'USD per output token, as an exact decimal string.' },
                input_per_million: usd,
                output_per_million: usd,
                billing_unit: { enum: ['1M tokens', '1K tokens'] },
                flat_per_thousand: { ...usd, description: 'Present when one rate per 1K tokens applies to input and output alike.' },
              },
            },
            output_speed_tokens_per_second: { type: 'number', exclusiveMinimum: 0 },
            benchmarks: {
              type: 'object',
              additionalProperties: false,
              properties: Object.fromEntries(benchmarkIds.map((id) => [id, { type: 'number', minimum: 0, maximum: 100 }])),
            },
            supported_parameters: { type: 'array', items: { type: 'string' } },
            endpoints: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['method', 'path', 'protocol'],
                properties: { method: { enum: ['GET', 'POST'] }, path: { type: 'string', pattern: '^/' }, protocol: { enum: [...protocols] } },
              },
            },
            commercial_use: { type: 'boolean' },
            updated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            pages: {
              type: 'object',
              additionalProperties: false,
              required: allLocales.map((l) => l.code),
              properties: Object.fromEntries(allLocales.map((l) => [l.code, localePage])),
            },
          },
        },
      },
    },
  };
}
