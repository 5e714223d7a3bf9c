// action=wbcreateredirect: turns an empty item into a redirect to another item, as Wikibase's RedirectCreationInteractor.
import { wikibaseError } from './api-error.js';
import { rightsOf, type ApiModule } from './api-module.js';
import { emptyItem, sameContent } from './item-state.js';
import type { JsonObject } from './json.js';

export const createRedirectModule: ApiModule = {
  mustBePosted: true,
  needsCsrfToken: true,
  execute({ params, identity, state }): JsonObject {
    const from = (params['from'] ?? '').toUpperCase();
    const to = (params['to'] ?? '').toUpperCase();
    if (!rightsOf(identity).includes('edit')) throw wikibaseError('permissiondenied', 'You do not have the permissions needed to carry out this action.');
    const source = state.store.get(from);
    const target = state.store.get(to);
    if (source === undefined || source.redirect !== undefined) throw wikibaseError('no-such-entity', `Could not find an entity with the ID "${from}".`, 'wikibase-api-no-such-entity', [from]);
    if (target === undefined || target.redirect !== undefined) throw wikibaseError('no-such-entity', `Could not find an entity with the ID "${to}".`, 'wikibase-api-no-such-entity', [to]);
    if (!sameContent(source.item, emptyItem())) throw wikibaseError('target-not-empty', `The entity ${from} is not empty.`, 'wikibase-redirect-target-not-empty', [from]);
    state.store.redirect(source, to, identity.kind === 'anonymous' ? '' : identity.user.name);
    return { success: 1, redirect: to };
  },
};
