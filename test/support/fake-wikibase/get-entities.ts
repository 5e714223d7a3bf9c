// action=wbgetentities: items by id (up to 50), missing ones marked, props and languages honoured.
import { ApiError, escapeHtml, wikibaseError, wikibaseMessage } from './api-error.js';
import { rightsOf, type ApiModule, type ApiState } from './api-module.js';
import { EntityStore, PROPERTY_NAMESPACE, revisionTimestamp, type StoredItem } from './entity-store.js';
import { isJsonObject, type JsonObject } from './json.js';
import { itemJson } from './item-state.js';
import { multiValue } from './request.js';

/** ApiBase's limit for multi-value parameters; a user with `apihighlimits` (a bot with highvolume) gets 500. */
export const MAX_IDS = 50;
export const MAX_IDS_HIGH = 500;

const PROPS = ['info', 'sitelinks', 'sitelinks/urls', 'aliases', 'labels', 'descriptions', 'claims', 'datatype'] as const;
const DEFAULT_PROPS = 'info|sitelinks|aliases|labels|descriptions|claims|datatype';

/** Wikibase's entity id parser is case-insensitive and upper-cases; anything else is no-such-entity. */
const ENTITY_ID = /^[QP][1-9]\d{0,9}$/i;

export const getEntitiesModule: ApiModule = {
  mustBePosted: false,
  needsCsrfToken: false,
  execute({ params, state, warn, identity }): JsonObject {
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
    const limit = rightsOf(identity).includes('apihighlimits') ? MAX_IDS_HIGH : MAX_IDS;
    if (rawIds.length > limit) {
      throw new ApiError('toomanyvalues', `Too many values supplied for parameter "ids". The limit is ${limit}.`, {
        parameter: 'ids',
        limit,
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
      if (id.startsWith('P')) {
        entities[id] = propertyJson(id, props, languages, state) ?? { id, missing: '' };
        continue;
      }
      const stored = state.store.get(id);
      const target = stored?.redirect === undefined ? stored : state.store.get(stored.redirect);
      if (stored === undefined || target === undefined) {
        entities[id] = { id, missing: '' };
      } else if (stored.redirect !== undefined) {
        // A redirect is answered with its target, under the id asked for, with `redirects` saying so.
        const json = entityJson(target, props, languages, state.origin);
        const { type, id: targetId, ...rest } = json;
        const info = Object.fromEntries(Object.entries(rest).filter(([k]) => ['pageid', 'ns', 'title', 'lastrevid', 'modified'].includes(k)));
        const content = Object.fromEntries(Object.entries(rest).filter(([k]) => !(k in info)));
        entities[id] = { ...info, redirects: { from: id, to: target.id }, type: type ?? 'item', id: targetId ?? target.id, ...content };
      } else {
        entities[id] = entityJson(stored, props, languages, state.origin);
      }
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

/** A property of the wiki's property store, as wbgetentities shows it (with its datatype). */
function propertyJson(id: string, props: ReadonlySet<string>, languages: ReadonlySet<string> | undefined, state: ApiState): JsonObject | undefined {
  const datatype = state.config.properties.get(id);
  if (datatype === undefined) return undefined;
  const number = Number(id.slice(1));
  const out: JsonObject = props.has('info')
    ? { pageid: number, ns: PROPERTY_NAMESPACE, title: `Property:${id}`, lastrevid: number, modified: revisionTimestamp(0) }
    : {};
  out['type'] = 'property';
  if (props.has('datatype')) out['datatype'] = datatype;
  out['id'] = id;
  const label = state.config.propertyLabels.get(id);
  const labels: JsonObject = label === undefined || (languages !== undefined && !languages.has('en')) ? {} : { en: { language: 'en', value: label } };
  if (props.has('labels')) out['labels'] = labels;
  if (props.has('descriptions')) out['descriptions'] = {};
  if (props.has('aliases')) out['aliases'] = {};
  if (props.has('claims')) out['claims'] = {};
  return out;
}
