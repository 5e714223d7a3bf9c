// action=wbsearchentities: items whose label or alias starts with the search text (case counts), exact ones first.
import { badValue, missingParam } from './api-error.js';
import { rightsOf, type ApiModule } from './api-module.js';
import type { StoredItem } from './entity-store.js';
import type { JsonObject } from './json.js';
import { flag, multiValue } from './request.js';

/** ApiBase::LIMIT_SML1: larger limits are cut to it with a warning. */
export const MAX_SEARCH_LIMIT = 50;
/** ApiBase::LIMIT_SML2, for users with apihighlimits. */
export const MAX_SEARCH_LIMIT_HIGH = 500;
const DEFAULT_LIMIT = 7;

interface Match {
  readonly stored: StoredItem;
  readonly type: 'label' | 'alias' | 'entityId';
  readonly language: string;
  readonly text: string;
  /** 0 = the id itself, then exact label, exact alias, prefix label, prefix alias. */
  readonly rank: number;
}

/**
 * Matching follows Wikibase's term search: each item at most once with its best match; exact matches (ignoring
 * case) before prefix matches, labels before aliases, then by item number; a search text that is an item id
 * finds that item first. Without `strictlanguage` the language falls back to its base language (`de-ch` →
 * `de`), then `mul` and `en` — a shortened version of MediaWiki's fallback chains.
 */
export const searchEntitiesModule: ApiModule = {
  mustBePosted: false,
  needsCsrfToken: false,
  execute({ params, state, warn, identity }): JsonObject {
    const search = params['search'];
    if (search === undefined) throw missingParam('search');
    const language = params['language'];
    if (language === undefined) throw missingParam('language');
    if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(language)) throw badValue('language', language);
    const type = params['type'] ?? 'item';
    if (type !== 'item' && type !== 'property') throw badValue('type', type);
    const max = rightsOf(identity).includes('apihighlimits') ? MAX_SEARCH_LIMIT_HIGH : MAX_SEARCH_LIMIT;
    const limit = readLimit(params['limit'], max, warn);
    const offset = Math.max(0, Number.parseInt(params['continue'] ?? '0', 10) || 0);
    const languages = flag(params, 'strictlanguage') ? [language] : fallbackChain(language);
    // Terms are shown in the language's fallback chain even when matching is strict.
    const display = fallbackChain(language);

    const items = type === 'item' ? [...state.store.all()] : [];
    const matches = findMatches(search, languages, items);
    const page = matches.slice(offset, offset + limit);
    const wantUrl = multiValue(params['props'] ?? 'url').includes('url');
    const result: JsonObject = {
      searchinfo: { search },
      search: page.map((m) => entry(m, display, state.origin, state.config.conceptBase, wantUrl)),
    };
    // Wikibase offers a continuation only up to ApiBase::LIMIT_SML1, whatever the user's limits.
    if (matches.length > offset + limit && offset + limit <= MAX_SEARCH_LIMIT) result['search-continue'] = offset + limit;
    result['success'] = 1;
    return result;
  },
};

function readLimit(raw: string | undefined, max: number, warn: (module: string, code: string, text: string) => void): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  if (raw === 'max') return max;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < 0) return 0;
  if (n > max) {
    warn('wbsearchentities', 'integeroutofrange', `"limit" may not be over ${max} (set to ${n}) for users.`);
    return max;
  }
  return n;
}

export function fallbackChain(language: string): string[] {
  const base = language.split('-')[0] ?? language;
  return [...new Set([language, base, 'mul', 'en'])];
}

function findMatches(search: string, languages: readonly string[], items: readonly StoredItem[]): Match[] {
  const needle = search.trim();
  const matches: Match[] = [];
  for (const stored of items) {
    let best: Match | undefined;
    const consider = (candidate: Match): void => {
      if (best === undefined || candidate.rank < best.rank) best = candidate;
    };
    if (needle !== '' && stored.id === needle.toUpperCase()) consider({ stored, type: 'entityId', language: '', text: stored.id, rank: 0 });
    for (const language of languages) {
      const label = stored.item.labels.get(language);
      if (label !== undefined) rankText(label, needle, 1, (rank) => consider({ stored, type: 'label', language, text: label, rank }));
      for (const alias of stored.item.aliases.get(language) ?? []) {
        rankText(alias, needle, 2, (rank) => consider({ stored, type: 'alias', language, text: alias, rank }));
      }
    }
    if (best !== undefined) matches.push(best);
  }
  return matches.sort((a, b) => a.rank - b.rank || Number(a.stored.id.slice(1)) - Number(b.stored.id.slice(1)));
}

/** Exact ranks `exactRank`, a prefix two places lower; an empty search matches nothing. */
function rankText(text: string, needle: string, exactRank: number, found: (rank: number) => void): void {
  if (needle === '') return;
  // The SQL term store matches case-sensitively (the recorded server finds nothing for a lower-cased label).
  const haystack = text;
  if (haystack === needle) found(exactRank);
  else if (haystack.startsWith(needle)) found(exactRank + 2);
}

function entry(match: Match, languages: readonly string[], origin: string, conceptBase: string, wantUrl: boolean): JsonObject {
  const { stored } = match;
  const term = (map: ReadonlyMap<string, string>): { value: string; language: string } | undefined => {
    for (const language of languages) {
      const value = map.get(language);
      if (value !== undefined) return { value, language };
    }
    return undefined;
  };
  const label = term(stored.item.labels);
  const description = term(stored.item.descriptions);
  const out: JsonObject = {
    id: stored.id,
    title: `Item:${stored.id}`,
    pageid: stored.pageid,
    display: {
      ...(label ? { label: { value: label.value, language: label.language } } : {}),
      ...(description ? { description: { value: description.value, language: description.language } } : {}),
    },
    repository: 'local',
  };
  if (wantUrl) out['url'] = `${origin}/wiki/Item:${stored.id}`;
  out['concepturi'] = `${conceptBase}${stored.id}`;
  if (label) out['label'] = label.value;
  if (description) out['description'] = description.value;
  if (match.type === 'entityId') {
    out['match'] = { type: 'entityId', text: stored.id };
    out['aliases'] = [stored.id];
  } else {
    out['match'] = { type: match.type, language: match.language, text: match.text };
    if (label?.value !== match.text) out['aliases'] = [match.text];
  }
  return out;
}
