/**
 * The one site configuration. Everything that names the site or its origin reads
 * it from here; templates never hard-code any of it. Where a reader calls a model
 * is a provider's fact (content/providers/), not the site's: the catalog sells nothing.
 *
 * `SITE_URL` may override the origin at build time (e.g. for a preview deploy),
 * so canonical URLs, mirrors and the sitemap always agree with where the site lives.
 */
export interface SiteConfig {
  /** Brand shown in the header, titles and llms.txt. */
  brandName: string;
  /** Absolute origin of the deployed site, no trailing slash. */
  siteUrl: string;
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
  currency: 'USD',
  issuesUrl: 'https://github.com/example/model-catalog/issues',
};
