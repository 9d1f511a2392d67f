/**
 * The JSON catalog and its schema come from one zod schema: the built JSON of the real content and
 * of the lifecycle fixture (history, deprecations) must pass both the zod schema and the generated
 * JSON Schema (ajv, strict), and the schema's allowed values must be the content schema's own lists.
 */
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadCatalog } from '../../src/lib/content/load';
import { buildJsonCatalog, buildJsonSchema } from '../../src/lib/json-catalog';
import { jsonCatalogSchema } from '../../src/lib/json-catalog-schema';
import { architectureTypes, attentionKinds, modalities, protocols, providerKinds, variantStatuses } from '../../src/lib/content/schema';
import { benchmarkIds } from '../../src/config/benchmarks';
import { localeCodes } from '../../src/config/locales';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(buildJsonSchema());
}

type Schema = { [key: string]: unknown; properties?: Record<string, Schema>; items?: Schema; oneOf?: Schema[]; anyOf?: Schema[] };
/** The subschema at a path of property names; `[]` steps into an array's items. */
function at(schema: Schema, ...path: string[]): Schema {
  return path.reduce<Schema>((node, key) => {
    const next = key === '[]' ? node.items : node.properties?.[key];
    if (!next) throw new Error(`no ${key} in the schema`);
    return next;
  }, schema);
}

describe('the JSON catalog', () => {
  for (const dir of ['content', 'tests/fixtures/lifecycle', 'tests/fixtures/hostile']) {
    test(`of ${dir} passes its zod schema and the generated JSON Schema`, () => {
      const json = JSON.parse(JSON.stringify(buildJsonCatalog(loadCatalog(dir))));
      expect(jsonCatalogSchema.safeParse(json).error?.issues ?? []).toEqual([]);
      const validate = validator();
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  test('the generated schema refuses what the zod schema refuses: an unknown key, a status outside the list, a missing locale', () => {
    const json = JSON.parse(JSON.stringify(buildJsonCatalog(loadCatalog('tests/fixtures/lifecycle'))));
    const validate = validator();
    const tamper = (edit: (copy: typeof json) => void) => {
      const copy = structuredClone(json);
      edit(copy);
      return { ajv: validate(copy), zod: jsonCatalogSchema.safeParse(copy).success };
    };
    const refused = { ajv: false, zod: false };
    expect(tamper((c) => (c.data[0].offers[0].percent = -20))).toEqual(refused);
    expect(tamper((c) => (c.data[0].status = 'sunset'))).toEqual(refused);
    expect(tamper((c) => delete c.data[0].pages['zh-HK'])).toEqual(refused);
    expect(
      tamper((c) => (c.data[0].offers[0].pricing = { type: 'listed', display: '$1', rounding: 'cents', source: 's', checked: '2026-01-01', prompt: '0.1' })),
    ).toEqual(refused);
    expect(tamper((c) => (c.data[0].benchmarks['made-up'] = { score: 1, source: 's' }))).toEqual(refused);
  });

  test("the schema's allowed values are the content schema's lists, written once", () => {
    const schema = buildJsonSchema() as Schema;
    const variant = at(schema, 'data', '[]');
    expect(at(variant, 'status')['enum']).toEqual([...variantStatuses]);
    expect(at(variant, 'architecture', 'input_modalities', '[]')['enum']).toEqual([...modalities]);
    expect(at(variant, 'architecture', 'type')['enum']).toEqual([...architectureTypes]);
    expect(at(variant, 'architecture', 'attention')['enum']).toEqual([...attentionKinds]);
    expect(at(variant, 'offers', '[]', 'endpoints', '[]', 'protocol')['enum']).toEqual([...protocols]);
    expect((at(variant, 'benchmarks')['propertyNames'] as Schema)['enum']).toEqual([...benchmarkIds]);
    expect(at(variant, 'pages')['required']).toEqual([...localeCodes]);
    expect(at(schema, 'providers', '[]', 'kind')['enum']).toEqual([...providerKinds]);
    expect(schema['$id']).toMatch(/\/api\/models\.schema\.json$/);
  });
});
