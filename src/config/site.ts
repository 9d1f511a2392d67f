/**
 * The one site configuration. Everything that names the site, its origin or the
 * gateway a reader calls reads it from here; templates never hard-code any of it.
 *
 * `SITE_URL` may override the origin at build time (e.g. for a preview deploy),
 * so canonical URLs, mirrors and the sitemap always agree with where the site lives.
 */
export interface SiteConfig {
  /** Brand shown in the header, titles and llms.txt. */
  brandName: string;
  /** Absolute origin of the deployed site, no trailing slash. */
  siteUrl: string;
  /** Base URL of the OpenAI-compatible gateway, including the version path. */
  apiBaseUrl: string;
  /** HTTP header that carries the API key, and its value prefix. */
  authHeader: { name: string; scheme: string };
  /** Environment variable the quick-start samples read the key from. */
  apiKeyEnvVar: string;
  /** ISO 4217 code of every price in the content. */
  currency: 'USD';
  /** Where readers report content errors. */
  issuesUrl: string;
}

function originFromEnv(fallback: string): string {
  const fromEnv = typeof process !== 'undefined' ? process.env['SITE_URL'] : undefined;
  return (fromEnv && fromEnv.trim() !== '' ? fromEnv : fallback).replace(/\/+$/, '');
}

export const site: SiteConfig = {
  brandName: 'Model Catalog',
  siteUrl: originFromEnv('https://models.example.com'),
  apiBaseUrl: 'https://api.example.com/v1',
  authHeader: { name: 'Authorization', scheme: 'Bearer' },
  apiKeyEnvVar: 'CATALOG_API_KEY',
  currency: 'USD',
  issuesUrl: 'https://github.com/example/model-catalog/issues',
};
