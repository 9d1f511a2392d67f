/** The types of @adobe/structured-data-validator (plain JavaScript, no declarations of its own), as far as the tests use it. */
declare module '@adobe/structured-data-validator' {
  interface PathElement {
    type?: string | string[];
    property?: string;
    index?: number;
    length?: number;
  }
  interface Issue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    path: PathElement[];
    fieldNames: string[];
    rootType: string;
    dataFormat: string;
  }
  /** Google's rich-result rules per type; with a schema.org vocabulary, schema.org's too. */
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    /** Data as @marbec/web-auto-extractor gives it: items by root type, per format. */
    validate(data: { jsonld?: Record<string, unknown[]>; microdata?: Record<string, unknown[]>; rdfa?: Record<string, unknown[]> }): Promise<Issue[]>;
  }
}
