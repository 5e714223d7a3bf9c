// action=wbeditentity: create an item or edit one, as Wikibase's EditEntity module, in one atomic step.
import { ApiError, badValue, wikibaseError, wikibaseMessage } from './api-error.js';
import type { ApiModule } from './api-module.js';
import { applyEntityData } from './change-ops.js';
import { ITEM_NAMESPACE, type EntityStore, type StoredItem } from './entity-store.js';
import { cloneItem, emptyItem, itemJson, sameContent } from './item-state.js';
import { has, isJsonObject, type JsonObject } from './json.js';
import { flag } from './request.js';
import { toJson } from './statements.js';
import { validateTerms } from './term-validation.js';

/**
 * The order of Wikibase's ModifyEntity/EditEntity: parameters, loading the entity (and its base revision),
 * permissions, the `data` JSON and its fixed fields, the change ops, the validators, then the save, where an
 * edit conflict is found. Everything happens synchronously on a copy and is stored in one assignment, so a
 * client that goes away mid-request leaves either the old item or the new one, never half of an edit.
 *
 * Simplifications, on purpose: a `baserevid` older than the item's latest revision is always an `editconflict`
 * (Wikibase would first try to merge the two edits, and lets a user edit over their own later edits); only
 * items can be created (`new=item`); `tags`, `summary` and `bot` are accepted and not checked.
 */
export const editEntityModule: ApiModule = {
  mustBePosted: true,
  needsCsrfToken: true,
  execute({ params, identity, state }): JsonObject {
    const { store } = state;
    const selectors = [
      params['id'] !== undefined,
      params['new'] !== undefined,
      params['site'] !== undefined && params['title'] !== undefined,
    ];
    if (selectors.filter(Boolean).length !== 1) {
      throw wikibaseError(
        'param-missing',
        'Either provide the item "id" or pairs of "site" and "title" or a "new" type for an entity',
        'wikibase-api-illegal-id-or-site-page-selector',
      );
    }
    if (params['new'] !== undefined && params['new'] !== 'item') throw badValue('new', params['new']);
    const baseRevId = readBaseRevId(params['baserevid']);
    const stored = loadEntity(params, store, baseRevId);

    if (identity.kind === 'anonymous') {
      throw new ApiError('permissiondenied', 'You do not have the permissions needed to carry out this action.', {
        messages: [
          wikibaseMessage('wikibase-api-permissiondenied', [], 'You do not have the permissions needed to carry out this action.'),
          wikibaseMessage(
            'badaccess-groups',
            ['[[Project:Users|Users]]', '1'],
            'The action you have requested is limited to users in the group: Users.',
          ),
        ],
      });
    }

    const data = parseData(params['data']);
    const entityId = stored?.id ?? store.newItemId();
    checkFixedFields(data, stored, baseRevId);

    const item = flag(params, 'clear') ? emptyItem() : stored ? cloneItem(stored.item) : emptyItem();
    const touched = applyEntityData(item, data, { entityId, newGuid: () => store.newGuid(entityId) });
    validateTerms(entityId, item, touched, [...store.all()].map((s) => ({ id: s.id, item: s.item })));

    if (stored && baseRevId !== 0 && baseRevId !== stored.lastrevid) {
      throw new ApiError('editconflict', 'Edit conflict.', {
        messages: [
          wikibaseMessage('wikibase-api-editconflict', [], 'Edit conflict.'),
          wikibaseMessage('edit-conflict', [], 'Edit conflict.'),
        ],
      });
    }
    const unchanged = stored !== undefined && sameContent(stored.item, item);
    const lastrevid = unchanged ? stored.lastrevid : store.save(entityId, item);
    store.successfulEdits++;
    const entity: JsonObject = { ...itemJson(entityId, item), lastrevid };
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
    if (baseRevId > 0) {
      throw wikibaseError('param-illegal', `Cannot load specific revision ${baseRevId} if no entity is defined.`);
    }
    return undefined;
  }
  let stored: StoredItem | undefined;
  if (params['id'] !== undefined) {
    const id = params['id'].trim();
    if (!/^[QPL][1-9]\d*$/i.test(id)) throw wikibaseError('invalid-entity-id', 'Invalid entity ID.');
    stored = store.get(id.toUpperCase());
    if (!stored) throw noSuchEntity(id.toUpperCase());
  } else {
    const site = params['site'] ?? '';
    const title = params['title'] ?? '';
    stored = [...store.all()].find((s) => s.item.sitelinks.get(site)?.['title'] === title);
    if (!stored) throw wikibaseError('no-such-entity-link', `No entity found matching site link ${site}:${title}`);
  }
  if (baseRevId > 0 && !stored.revisions.includes(baseRevId)) {
    throw new ApiError('nosuchrevid', `There is no revision with ID ${baseRevId}.`);
  }
  return stored;
}

function noSuchEntity(id: string): ApiError {
  return wikibaseError('no-such-entity', `Could not find an entity with the ID "${id}".`, 'wikibase-api-no-such-entity', [id]);
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
  if (value === null) {
    throw wikibaseError('invalid-json', 'Invalid json: The supplied JSON structure could not be parsed or recreated as a valid structure');
  }
  if (Array.isArray(value) && value.length === 0) return {};
  if (Array.isArray(value)) throw wikibaseError('not-recognized-string', 'Top level structure must be a JSON object (no keys found)');
  const data = toJson(value);
  if (!isJsonObject(data)) throw wikibaseError('not-recognized-array', 'Top level structure must be a JSON object');
  if (has(data, 'remove')) {
    throw wikibaseError('not-recognized', 'Illegal field used in call: "remove"', 'wikibase-api-illegal-entity-remove');
  }
  return data;
}

/** `id`, `type`, `pageid`, `ns`, `title` and `lastrevid` in `data` must be right or absent. */
function checkFixedFields(data: JsonObject, stored: StoredItem | undefined, baseRevId: number): void {
  const illegal = (field: string): ApiError =>
    wikibaseError('param-illegal', `Illegal field used in call: "${field}", must either be correct or not given`);
  if (has(data, 'id')) {
    if (!stored) throw wikibaseError('param-illegal', 'Illegal field used in call: "id", must not be given when creating a new entity');
    if (String(data['id']).toUpperCase() !== stored.id) {
      throw wikibaseError('param-invalid', 'Invalid field used in call: "id", must match id parameter');
    }
  }
  if (has(data, 'type') && data['type'] !== 'item') {
    throw wikibaseError('param-invalid', 'Invalid field used in call: "type", must match type associated with id');
  }
  if (has(data, 'pageid') && data['pageid'] !== stored?.pageid) throw illegal('pageid');
  if (has(data, 'ns') && (stored === undefined || data['ns'] !== ITEM_NAMESPACE)) throw illegal('namespace');
  if (has(data, 'title') && (stored === undefined || data['title'] !== `Item:${stored.id}`)) throw illegal('title');
  const revision = baseRevId !== 0 ? baseRevId : (stored?.lastrevid ?? 0);
  if (has(data, 'lastrevid') && data['lastrevid'] !== revision) throw illegal('lastrevid');
}
