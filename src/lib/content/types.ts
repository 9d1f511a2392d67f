/** The validated catalog: what every page, mirror and feed is built from. */
import type { Locale } from '../../config/locales';
import type { BenchmarkId } from '../../config/benchmarks';
import type {
  ApiSurface,
  Architecture,
  Endpoint,
  FamilySource,
  FamilyWords,
  PriceChange,
  Pricing,
  VariantStatus,
  VariantWords,
} from './schema';

/** A page's words plus its Markdown body. */
export type WithBody<T> = T & { body: string };

/** Facts a family sets for its variants, and each variant has after overrides are applied. */
export interface SharedFacts {
  modalities: FamilySource['modalities'];
  taskType: FamilySource['taskType'];
  endpoints: Endpoint[];
  license: FamilySource['license'];
  architecture: Architecture;
  api: ApiSurface;
  /** When it entered the catalog (YYYY-MM-DD). */
  added: string;
  /** When its facts were last checked (YYYY-MM-DD). */
  updated: string;
}

export interface Family extends SharedFacts {
  slug: string;
  name: string;
  provider: string;
  /** Source file of the facts, for error messages. */
  file: string;
  words: Record<Locale, WithBody<FamilyWords>>;
  /** In `variantOrder`. */
  variants: Variant[];
}

export interface Variant extends SharedFacts {
  slug: string;
  familySlug: string;
  name: string;
  sdkModelId: string;
  status: VariantStatus;
  contextWindow: number;
  outputSpeed?: { tokensPerSecond: number; approximate: boolean; source: string };
  pricing: Pricing;
  /** Earlier prices, oldest first, each with the day it was replaced. */
  priceChanges: PriceChange[];
  /** Own scores, plus those inherited from `sharesWeightsWith`. */
  benchmarks: Partial<Record<BenchmarkId, number>>;
  sharesWeightsWith?: string;
  file: string;
  words: Record<Locale, WithBody<VariantWords>>;
}

export interface Catalog {
  families: Family[];
}
