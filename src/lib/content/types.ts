/**
 * The validated catalog: what every page, mirror and feed is built from. Every type here is the
 * schemas' output (`z.output`, through the `…Source`/`…Words` types of schema.ts) with the fields the
 * loader resolves put in place of the ones the content writes: a provider id becomes the provider,
 * `variantOrder` the variants, `successor` the variant itself. A field added to a schema reaches
 * these types without being typed twice.
 */
import type { Locale } from '../../config/locales';
import type { BenchmarkId } from '../../config/benchmarks';
import type { FamilySource, FamilyWords, OfferSource, Protocol, ProviderSource, ProviderWords, VariantSource, VariantWords } from './schema';

/** A page's words plus its Markdown body. */
export type WithBody<T> = T & { body: string };

/** A family's facts as its en file states them. */
type FamilyFacts = Omit<FamilySource, keyof FamilyWords>;
/** A variant's facts as its en file states them (overrides of the family's facts optional). */
type VariantFacts = Omit<VariantSource, keyof VariantWords>;
/** A provider's facts as its en file states them. */
type ProviderFacts = Omit<ProviderSource, keyof ProviderWords>;

/** Facts a family sets for its variants, and each variant has after overrides are applied. */
export type SharedFacts = Pick<FamilyFacts, 'modalities' | 'taskType' | 'architecture' | 'api' | 'added' | 'updated'>;

/** A provider: someone who sells access to models through an API. */
export interface Provider extends ProviderFacts {
  /** Its folder name under content/providers/. */
  id: string;
  /** Source file of the facts, for error messages. */
  file: string;
  words: Record<Locale, WithBody<ProviderWords>>;
}

/** One provider's offer of a variant, with the provider resolved and the protocols filled in. */
export interface Offer extends Omit<OfferSource, 'protocols' | 'provider'> {
  provider: Provider;
  /** The protocols it is served over, each with the provider's base URL. */
  protocols: Protocol[];
}

/** A family: its facts with the comparison basis resolved to a provider and `variantOrder` to the variants. */
export interface Family extends Omit<FamilyFacts, 'makerApi' | 'comparisonBasis' | 'variantOrder'> {
  /** Its folder name: the URL segment. */
  slug: string;
  /** The provider whose exact prices every comparison of this family uses. */
  basis: Provider;
  /** Source file of the facts, for error messages. */
  file: string;
  words: Record<Locale, WithBody<FamilyWords>>;
  /** In `variantOrder`. */
  variants: Variant[];
}

/** A benchmark score with where it was published, and the sibling it comes from when inherited. */
export type Score = NonNullable<VariantSource['benchmarks'][BenchmarkId]> & {
  /** Slug of the sibling whose weights this variant serves, when the score is that sibling's. */
  inheritedFrom?: string;
};

/** A variant: its facts with the family's filled in where it does not override them, and its references resolved. */
export interface Variant extends Omit<VariantFacts, 'name' | 'successor' | 'benchmarks' | 'offers' | keyof SharedFacts>, SharedFacts {
  /** Its folder name: the URL segment. */
  slug: string;
  familySlug: string;
  /** The display name: the content's `name`, else the model ID. */
  name: string;
  /** The successor, resolved: the variant itself. */
  successor?: Variant;
  /** Own scores, plus those inherited from `sharesWeightsWith`. */
  benchmarks: Partial<Record<BenchmarkId, Score>>;
  /** In file order; pages put the comparison basis first. */
  offers: Offer[];
  /** The offer of the family's comparison basis, when that provider serves the variant: what every comparison uses. */
  basis?: Offer;
  /** Source file of the facts, for error messages. */
  file: string;
  words: Record<Locale, WithBody<VariantWords>>;
}

/** Everything the site is built from. */
export interface Catalog {
  families: Family[];
  providers: Provider[];
}
