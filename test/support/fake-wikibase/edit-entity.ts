// action=wbeditentity: create an item or edit one, as Wikibase's EditEntity module, in one atomic step.
import { ApiError, badValue, wikibaseError, wikibaseMessage } from './api-error.js';
import { rightsOf, type ApiModule, type ApiState } from './api-module.js';
import { applyEntityData } from './change-ops.js';
import type { ValueContext } from './datavalues.js';
import { ITEM_NAMESPACE, type EntityStore, type StoredItem } from './entity-store.js';
import { cloneItem, emptyItem, itemJson, sameContent, type ItemState } from './item-state.js';
import { has, isJsonObject, type JsonObject } from './json.js';
import { patchOntoLatest } from './patch.js';
import { THROTTLED_TEXT } from './rate-limits.js';
import { flag, multiValue } from './request.js';
import type { Identity } from './sessions.js';
import { toJson } from './statements.js';
import { validateTerms } from './term-validation.js';

/**
 * The order of Wikibase's EditEntity: parameters, loading the entity at its base revision (or the latest),
 * permissions and tags, a fresh id for a new item (rate-limited: no-automatic-entity-id), the `data` JSON and
 * its fixed fields, the change ops and their validators (values against the property store, terms), then the
 * save: the edit rate limit (failed-save), a stale base revision patched onto the latest one (patch.ts), and
 * the new revision. Everything happens on copies and is stored in one assignment, so a client that goes away
 * mid-request leaves either the old item or the new one. Only items can be created (`new=item`).
 */
export const editEntityModule: ApiModule = {
  mustBePosted: true,
  needsCsrfToken: true,
  execute({ params, identity, state, warn }): JsonObject {
    const { store } = state;
    const selectors = [params['id'] !== undefined, params['new'] !== undefined, params['site'] !== undefined && params['title'] !== undefined];
    if (selectors.filter(Boolean).length !== 1) {
      throw wikibaseError('param-missing', 'Either provide the item "id" or pairs of "site" and "title" or a "new" type for an entity', 'wikibase-api-illegal-id-or-site-page-selector');
    }
    if (params['new'] !== undefined && params['new'] !== 'item') throw badValue('new', params['new']);
    const baseRevId = readBaseRevId(params['baserevid']);
    const stored = loadEntity(params, store, baseRevId);
    checkPermissions(identity, stored === undefined);
    checkTags(params['tags'], state);

    const user = identity.kind === 'anonymous' ? '' : identity.user.name;
    const rights = rightsOf(identity);
    if (stored === undefined && state.limiter.ping(user, 'wikibase-idgenerator', state.config.createRateLimit, rights)) {
      throw new ApiError('no-automatic-entity-id', `The entity could not be created: ${THROTTLED_TEXT}`, {
        messages: [wikibaseMessage('actionthrottledtext', [], THROTTLED_TEXT)],
      });
    }
    const data = parseData(params['data']);
    const entityId = stored?.id ?? store.newItemId();
    checkFixedFields(data, stored, baseRevId);

    const base: ItemState | undefined = stored === undefined ? undefined : baseRevId > 0 ? (store.revisionOf(stored, baseRevId)?.item ?? stored.item) : stored.item;
    let answer: ItemState | undefined;
    let item = flag(params, 'clear') ? emptyItem() : base ? cloneItem(base) : emptyItem();
    const values: ValueContext = { config: state.config, itemExists: (id) => store.get(id) !== undefined };
    const touched = applyEntityData(item, data, { entityId, newGuid: () => store.newGuid(entityId), values });
    validateTerms(entityId, item, touched, [...store.all()].map((s) => ({ id: s.id, item: s.item })), state.config.limits.term);

    if (state.limiter.ping(user, 'edit', state.config.editRateLimit, rights)) {
      throw new ApiError('failed-save', THROTTLED_TEXT, { messages: [wikibaseMessage('actionthrottledtext', [], THROTTLED_TEXT)] }, { 'mediawiki-api-error': 'failed-save, ratelimited' });
    }
    if (stored && base && baseRevId !== 0 && baseRevId !== stored.lastrevid) {
      const since = stored.revisions.filter((r) => r.id > baseRevId);
      const outcome = patchOntoLatest(base, item, stored.item, since.every((r) => r.user === user));
      if (outcome.kind === 'conflict') {
        throw new ApiError('editconflict', 'Edit conflict. Could not patch the current revision.', {
          messages: [
            wikibaseMessage('wikibase-api-editconflict', [], 'Edit conflict. Could not patch the current revision.'),
            wikibaseMessage('edit-conflict', [], 'Edit conflict.'),
          ],
        });
      }
      // Wikibase answers with the entity its change ops made (the base revision changed), not with what it saved.
      answer = item;
      item = outcome.item;
      const text = outcome.warning === 'wikibase-conflict-patched' ? 'Your edit was patched into the latest version.' : 'Your edit was patched into the latest version, overriding some of your own intermediate changes.';
      warn('wbeditentity', outcome.warning, text, true);
    }
    const unchanged = stored !== undefined && sameContent(stored.item, item);
    const lastrevid = unchanged ? stored.lastrevid : store.save(entityId, item, user);
    store.successfulEdits++;
    const entity: JsonObject = { ...itemJson(entityId, answer ?? item), lastrevid };
    if (unchanged) entity['nochange'] = true;
    return { entity, success: 1 };
  },
};

function readBaseRevId(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  if (!/^[-+]?\d+$/.test(raw.trim())) throw new ApiError('badinteger', `Invalid value "${raw}" for integer parameter "baserevid".`);
  return Number.parseInt(raw, 10);
}

/** EntitySavingHelper::loadEntity: the item to edit (undefined when creating), or the error Wikibase gives. */
function loadEntity(params: Readonly<Record<string, string>>, store: EntityStore, baseRevId: number): StoredItem | undefined {
  if (params['new'] !== undefined) {
    if (baseRevId > 0) throw wikibaseError('param-illegal', 'An illegal set of parameters have been used.');
    return undefined;
  }
  let stored: StoredItem | undefined;
  if (params['id'] !== undefined) {
    const id = params['id'].trim();
    if (!/^[QPL][1-9]\d*$/i.test(id)) throw wikibaseError('invalid-entity-id', 'Invalid entity ID.');
    stored = store.get(id.toUpperCase());
    // Wikibase's message for a missing entity has no English text on a stock install: it shows as ⧼no-such-entity⧽.
    if (!stored || stored.redirect !== undefined) {
      throw new ApiError('no-such-entity', '\u29fcno-such-entity\u29fd', { messages: [wikibaseMessage('no-such-entity', [id.toUpperCase()], '\u29fcno-such-entity\u29fd')] });
    }
  } else {
    const site = params['site'] ?? '';
    const title = params['title'] ?? '';
    stored = [...store.all()].find((s) => s.item.sitelinks.get(site)?.['title'] === title);
    if (!stored) throw wikibaseError('no-such-entity-link', `No entity found matching site link ${site}:${title}`);
  }
  if (baseRevId > 0 && store.revisionOf(stored, baseRevId) === undefined) throw wikibaseError('nosuchrevid', 'Revision with ID not found.');
  return stored;
}

/** Anonymous editing is off; a login needs `edit` (its bot password's editpage grant), and `createpage` to create. */
function checkPermissions(identity: Identity, creating: boolean): void {
  const rights = rightsOf(identity);
  if (rights.includes('edit') && (!creating || rights.includes('createpage'))) return;
  const messages = [
    wikibaseMessage('wikibase-api-permissiondenied', [], 'You do not have the permissions needed to carry out this action.'),
    wikibaseMessage('badaccess-groups', ['[[Project:Users|Users]]', 1], 'The action you have requested is limited to users in the group: Users.'),
  ];
  const anonymous = identity.kind === 'anonymous';
  if (creating) messages.push(wikibaseMessage('nocreatetext', [], 'This wiki has restricted the ability to create new pages.'));
  throw new ApiError(
    'permissiondenied',
    'You do not have the permissions needed to carry out this action.',
    { messages },
    { 'mediawiki-api-error': `permissiondenied${creating ? (anonymous ? ', cantcreate-anon' : ', cantcreate') : ''}` },
  );
}

/** ChangeTags::canAddTagsAccompanyingChange: only tags defined on the wiki for manual use. */
function checkTags(raw: string | undefined, state: ApiState): void {
  if (raw === undefined) return;
  const disallowed = multiValue(raw).filter((tag) => !state.config.tags.has(tag));
  if (disallowed.length === 0) return;
  const info =
    disallowed.length === 1
      ? `The tag "${disallowed[0]}" is not allowed to be manually applied.`
      : `The following tags are not allowed to be manually applied: ${disallowed.join(', ')}`;
  throw new ApiError('badtags', info, { disallowedtags: disallowed });
}

/** EditEntity::checkValidJson: an object (PHP decodes `[]` to an empty one), without a top-level `remove`. */
function parseData(raw: string | undefined): JsonObject {
  if (raw === undefined) throw new ApiError('missingparam', 'The "data" parameter must be set.');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = null;
  }
  if (value === null || typeof value !== 'object') throw wikibaseError('invalid-json', 'Invalid json in request.');
  if (Array.isArray(value) && value.length === 0) return {};
  if (Array.isArray(value)) throw wikibaseError('not-recognized-string', 'Top level structure must be a JSON object (no keys found)');
  const data = toJson(value);
  if (!isJsonObject(data)) throw wikibaseError('not-recognized-array', 'Top level structure must be a JSON object');
  if (has(data, 'remove')) throw wikibaseError('not-recognized', 'Illegal field used in call: "remove"', 'wikibase-api-illegal-entity-remove');
  return data;
}

/** `id`, `type`, `pageid`, `ns`, `title` and `lastrevid` in `data` must be right or absent. */
function checkFixedFields(data: JsonObject, stored: StoredItem | undefined, baseRevId: number): void {
  const invalid = (field: string, rule: string): ApiError => {
    const info = `Invalid field used in call: "${field}", ${rule}`;
    return wikibaseError('param-invalid', info, 'wikibase-api-param-invalid', [info]);
  };
  const illegal = (field: string): ApiError => {
    const info = `Illegal field used in call: "${field}", must either be correct or not given`;
    return wikibaseError('param-illegal', info, 'wikibase-api-param-illegal', [info]);
  };
  if (has(data, 'id') && String(data['id']).toUpperCase() !== stored?.id) throw invalid('id', 'must match id parameter');
  if (has(data, 'type') && data['type'] !== 'item') throw invalid('type', 'must match type associated with id');
  if (has(data, 'pageid') && data['pageid'] !== stored?.pageid) throw illegal('pageid');
  if (has(data, 'ns') && (stored === undefined || data['ns'] !== ITEM_NAMESPACE)) throw illegal('namespace');
  if (has(data, 'title') && (stored === undefined || data['title'] !== `Item:${stored.id}`)) throw illegal('title');
  const revision = baseRevId !== 0 ? baseRevId : (stored?.lastrevid ?? 0);
  if (has(data, 'lastrevid') && data['lastrevid'] !== revision) throw illegal('lastrevid');
}
