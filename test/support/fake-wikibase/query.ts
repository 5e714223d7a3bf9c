// action=query with meta=tokens (login and csrf) and meta=userinfo; other query modules are warned about.
import type { ApiModule } from './api-module.js';
import type { JsonObject } from './json.js';
import { multiValue } from './request.js';

/**
 * ApiQueryTokens: `type` defaults to csrf. A login token persists a session (sets the cookie it is bound to);
 * a CSRF token belongs to the logged-in session or the bearer token, and an anonymous caller gets `+\`,
 * which wbeditentity then refuses with `permissiondenied` (anonymous editing is off on this wiki).
 */
export const queryModule: ApiModule = {
  mustBePosted: false,
  needsCsrfToken: false,
  execute({ params, identity, state, warn, setCookies }): JsonObject {
    const query: JsonObject = {};
    for (const unknown of ['list', 'prop', 'generator', 'titles', 'pageids']) {
      if (params[unknown] !== undefined) warn('main', 'unrecognizedparams', `Unrecognized parameter: ${unknown}.`);
    }
    for (const meta of multiValue(params['meta'] ?? '')) {
      if (meta === 'tokens') {
        const tokens: JsonObject = {};
        for (const type of multiValue(params['type'] ?? 'csrf')) {
          if (type === 'csrf') tokens['csrftoken'] = state.sessions.csrfToken(identity);
          else if (type === 'login') {
            const persisted = state.sessions.persist(identity);
            setCookies(persisted.cookies);
            tokens['logintoken'] = state.sessions.loginToken(persisted.session);
          } else warn('tokens', 'unrecognizedvalues', `Unrecognized value for parameter "type": ${type}.`);
        }
        query['tokens'] = tokens;
      } else if (meta === 'userinfo') {
        const info: JsonObject =
          identity.kind === 'anonymous' ? { id: 0, name: '127.0.0.1', anon: true } : { id: identity.user.id, name: identity.user.name };
        const uiprop = multiValue(params['uiprop'] ?? '');
        // A login's rights are its groups' narrowed by its bot password's grants.
        if (uiprop.includes('rights')) info['rights'] = identity.kind === 'anonymous' ? ['read'] : [...identity.user.rights];
        if (uiprop.includes('groups')) info['groups'] = identity.kind === 'anonymous' ? ['*'] : ['*', 'user', 'autoconfirmed', 'bot', 'sysop'];
        query['userinfo'] = info;
      } else {
        warn('query', 'unrecognizedvalues', `Unrecognized value for parameter "meta": ${meta}.`);
      }
    }
    return Object.keys(query).length > 0 ? { batchcomplete: true, query } : { batchcomplete: true };
  },
};
