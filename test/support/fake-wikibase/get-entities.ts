// action=wbgetentities: items by id (up to 50), missing ones marked, props and languages honoured.
import { ApiError, escapeHtml, wikibaseError, wikibaseMessage } from './api-error.js';
import type { ApiModule } from './api-module.js';
import { EntityStore, type StoredItem } from './entity-store.js';
import { isJsonObject, type JsonObject } from './json.js';
import { itemJson } from './item-state.js';
import { multiValue } from './request.js';

/** ApiBase's limit for multi-value parameters; a user with `apihighlimits` gets 500, which the fake never grants. */
export const MAX_IDS = 50;

const PROPS = ['info', 'sitelinks', 'sitelinks/urls', 'aliases', 'labels', 'descriptions', 'claims', 'datatype'] as const;
const DEFAULT_PROPS = 'info|sitelinks|aliases|labels|descriptions|claims|datatype';

/** Wikibase's entity id parser is case-insensitive and upper-cases; anything else is no-such-entity. */
const ENTITY_ID = /^[QP][1-9]\d{0,9}$/i;

export const getEntitiesModule: ApiModule = {
  mustBePosted: false,
  needsCsrfToken: false,
  execute({ params, state, warn }): JsonObject {
    if (params['ids'] === undefined) {
      if (params['sites'] === undefined || params['titles'] === undefined) {
        throw wikibaseError(
          'param-missing',
          'Either provide the item "ids" or pairs of "sites" and "titles" for corresponding pages',
          'wikibase-api-illegal-ids-or-sites-titles-selector',
        );
      }
    }
    const rawIds = multiValue(params['ids'] ?? '');
    if (rawIds.length > MAX_IDS) {
      throw new ApiError('toomanyvalues', `Too many values supplied for parameter "ids". The limit is ${MAX_IDS}.`, {
        parameter: 'ids',
        limit: MAX_IDS,
        lowlimit: MAX_IDS,
        highlimit: 500,
      });
    }
    const ids: string[] = [];
    for (const raw of rawIds) {
      if (!ENTITY_ID.test(raw)) {
        const info = `Could not find an entity with the ID "${raw}".`;
        throw new ApiError('no-such-entity', info, {
          id: raw,
          messages: [wikibaseMessage('wikibase-api-no-such-entity', [raw], escapeHtml(info))],
        });
      }
      ids.push(raw.toUpperCase());
    }
    ids.push(...bySitelinks(params, state.store.all()));

    const props = new Set<string>();
    for (const prop of multiValue(params['props'] ?? DEFAULT_PROPS)) {
      if ((PROPS as readonly string[]).includes(prop)) props.add(prop);
      else warn('wbgetentities', 'unrecognizedvalues', `Unrecognized value for parameter "props": ${prop}.`);
    }
    const languages = params['languages'] === undefined ? undefined : new Set(multiValue(params['languages']));

    const entities: JsonObject = {};
    for (const id of new Set(ids)) {
      const stored = state.store.get(id);
      entities[id] = stored ? entityJson(stored, props, languages, state.origin) : { id, missing: '' };
    }
    return { entities, success: 1 };
  },
};

function entityJson(
  stored: StoredItem,
  props: ReadonlySet<string>,
  languages: ReadonlySet<string> | undefined,
  origin: string,
): JsonObject {
  const full = itemJson(stored.id, stored.item);
  const out: JsonObject = props.has('info') ? EntityStore.info(stored) : {};
  out['type'] = full['type'] ?? 'item';
  out['id'] = stored.id;
  for (const key of ['labels', 'descriptions', 'aliases'] as const) {
    const terms = full[key];
    if (!props.has(key) || !isJsonObject(terms)) continue;
    out[key] = languages ? Object.fromEntries(Object.entries(terms).filter(([language]) => languages.has(language))) : terms;
  }
  if (props.has('claims')) out['claims'] = full['claims'] ?? {};
  if (props.has('sitelinks') || props.has('sitelinks/urls')) {
    const sitelinks = isJsonObject(full['sitelinks']) ? full['sitelinks'] : {};
    out['sitelinks'] = props.has('sitelinks/urls')
      ? Object.fromEntries(
          Object.entries(sitelinks).map(([site, link]) => [
            site,
            isJsonObject(link) ? { ...link, url: `${origin}/site/${site}/${encodeURIComponent(String(link['title']))}` } : link,
          ]),
        )
      : sitelinks;
  }
  return out;
}

/** `sites` and `titles`: the items with such a sitelink (each pair not found is left out). */
function bySitelinks(params: Readonly<Record<string, string>>, items: Iterable<StoredItem>): string[] {
  if (params['sites'] === undefined || params['titles'] === undefined) return [];
  const sites = multiValue(params['sites']);
  const titles = multiValue(params['titles']);
  const found: string[] = [];
  for (const stored of items) {
    for (const [site, link] of stored.item.sitelinks) {
      if (sites.includes(site) && titles.includes(String(link['title']))) found.push(stored.id);
    }
  }
  return found;
}
