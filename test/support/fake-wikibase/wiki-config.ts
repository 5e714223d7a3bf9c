// What the fake wiki is set up with, as a real one is by LocalSettings.php and its imported properties.
import { readFileSync } from 'node:fs';

/** Wikibase's `string-limits` and the term length limit (stock: 400 for values, 250 for terms). */
export interface StringLimits {
  readonly string: number;
  readonly monolingualtext: number;
  readonly url: number;
  readonly term: number;
}

export const STOCK_LIMITS: StringLimits = { string: 400, monolingualtext: 400, url: 500, term: 250 };

/** $wgRateLimits['edit']['user'] (and Wikibase's id generator limit on creates): N actions per S seconds. */
export interface RateLimit {
  readonly actions: number;
  readonly seconds: number;
}

export const DEFAULT_EDIT_RATE_LIMIT: RateLimit = { actions: 90, seconds: 60 };
/** Wikibase's `wikibase-idgenerator` limit for users: new entity ids. */
export const DEFAULT_CREATE_RATE_LIMIT: RateLimit = { actions: 30, seconds: 60 };

export interface WikiConfig {
  /** Property id → datatype, as the wiki's property store holds them. */
  readonly properties: ReadonlyMap<string, string>;
  readonly propertyLabels: ReadonlyMap<string, string>;
  readonly limits: StringLimits;
  /** The concept URI base: a quantity's unit must be an entity of this wiki (or "1"). */
  readonly conceptBase: string;
  /** Change tags that may be applied by hand. */
  readonly tags: ReadonlySet<string>;
  readonly editRateLimit: RateLimit;
  readonly createRateLimit: RateLimit;
  /** Milliseconds now: the rate limiter's clock (tests pass a virtual one). */
  readonly now: () => number;
}

/**
 * The properties the real test wiki had imported: the eu-knowledge-graph profile's, with its datatypes. Read
 * from the profile file as data (the profile is what the wiki was set up from), never through src/profile.
 */
export function euKnowledgeGraphProperties(): { datatypes: Map<string, string>; labels: Map<string, string> } {
  const path = new URL('../../../schemas/profiles/eu-knowledge-graph.json', import.meta.url);
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { properties: Record<string, { datatype: string; label?: string }> };
  const datatypes = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const [id, property] of Object.entries(profile.properties)) {
    datatypes.set(id, property.datatype);
    if (property.label !== undefined) labels.set(id, property.label);
  }
  return { datatypes, labels };
}

/** The value type a datatype stores (Wikibase's DataTypeDefinitions). */
export function valueTypeOf(datatype: string): string | undefined {
  switch (datatype) {
    case 'string':
    case 'external-id':
    case 'url':
    case 'commonsMedia':
    case 'math':
    case 'musical-notation':
    case 'tabular-data':
    case 'geo-shape':
      return 'string';
    case 'monolingualtext':
      return 'monolingualtext';
    case 'quantity':
      return 'quantity';
    case 'time':
      return 'time';
    case 'globe-coordinate':
      return 'globecoordinate';
    case 'wikibase-item':
    case 'wikibase-property':
      return 'wikibase-entityid';
    default:
      return undefined;
  }
}
