/** The validated catalog: what every page, mirror and feed is built from. */
import type { Locale } from '../../config/locales';
import type { BenchmarkId } from '../../config/benchmarks';
import type {
  ApiSurface,
  Architecture,
  FactConflict,
  FamilySource,
  FamilyWords,
  OfferSource,
  Protocol,
  ProviderSource,
  ProviderWords,
  VariantSource,
  VariantStatus,
  VariantWords,
} from './schema';

/** A page's words plus its Markdown body. */
export type WithBody<T> = T & { body: string };

/** Facts a family sets for its variants, and each variant has after overrides are applied. */
export interface SharedFacts {
  modalities: FamilySource['modalities'];
  taskType: FamilySource['taskType'];
  architecture: Architecture;
  api: ApiSurface;
  /** When it entered the catalog (YYYY-MM-DD). */
  added: string;
  /** When its facts were last checked (YYYY-MM-DD). */
  updated: string;
}

/** A provider: someone who sells access to models through an API. */
export interface Provider extends Omit<ProviderSource, keyof ProviderWords> {
  id: string;
  file: string;
  words: Record<Locale, WithBody<ProviderWords>>;
}

/** One provider's offer of a variant, with the provider resolved and the protocols filled in. */
export interface Offer extends Omit<OfferSource, 'protocols' | 'provider'> {
  provider: Provider;
  /** The protocols it is served over, each with the provider's base URL. */
  protocols: Protocol[];
}

export interface Family extends SharedFacts {
  slug: string;
  name: string;
  /** Company that trains the models. */
  maker: string;
  /** The provider whose exact prices every comparison of this family uses. */
  basis: Provider;
  /** Source file of the facts, for error messages. */
  file: string;
  words: Record<Locale, WithBody<FamilyWords>>;
  /** In `variantOrder`. */
  variants: Variant[];
}

/** A benchmark score with where it was published, and the sibling it comes from when inherited. */
export interface Score {
  score: number;
  source: string;
  /** Slug of the sibling whose weights this variant serves, when the score is that sibling's. */
  inheritedFrom?: string;
}

export interface Variant extends SharedFacts {
  slug: string;
  familySlug: string;
  name: string;
  /** The model's own ID, as its maker names it. */
  modelId: string;
  status: VariantStatus;
  /** The day a preview or active status took effect, where the content dates it. */
  statusSince?: string;
  /** Lifecycle dates and the variant to move to, where the maker has announced an end. */
  deprecated?: string;
  retires?: string;
  /** The successor, resolved: the variant itself. */
  successor?: Variant;
  releaseDate: string;
  contextWindow: number;
  maxOutputTokens: number;
  openWeights?: NonNullable<VariantSource['openWeights']>;
  factsSource: string;
  conflicts: FactConflict[];
  /** Own scores, plus those inherited from `sharesWeightsWith`. */
  benchmarks: Partial<Record<BenchmarkId, Score>>;
  sharesWeightsWith?: string;
  /** In file order; pages put the comparison basis first. */
  offers: Offer[];
  /** The offer of the family's comparison basis, when that provider serves the variant: what every comparison uses. */
  basis?: Offer;
  file: string;
  words: Record<Locale, WithBody<VariantWords>>;
}

export interface Catalog {
  families: Family[];
  providers: Provider[];
}
