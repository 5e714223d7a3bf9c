// action=login (bot passwords, as modern ApiLogin) and action=logout.
import { mustPostParams } from './api-error.js';
import type { ApiModule } from './api-module.js';
import type { JsonObject } from './json.js';

/**
 * ApiLogin: lgpassword and lgtoken must come in the POST body; no lgtoken → NeedToken (with a deprecation
 * warning); a login token but no session that issued one → Failed/sessionlost; a token not matching the
 * session's → WrongToken; then the bot password, which logs in as the main account. An OAuth request cannot
 * log in (its session provider cannot set a user) and is Aborted.
 */
export const loginModule: ApiModule = {
  mustBePosted: true,
  needsCsrfToken: false,
  execute({ request, params, identity, state, warn, setCookies }): JsonObject {
    const inQuery = ['lgpassword', 'lgtoken'].filter((p) => request.queryKeys.has(p) && !request.postedKeys.has(p));
    if (inQuery.length > 0) throw mustPostParams(inQuery);
    if (identity.kind === 'oauth') {
      return { login: { result: 'Aborted', reason: 'Cannot log in when using OAuth.' } };
    }
    // A session made by a bot-password login cannot change its user (its provider cannot set one).
    if (identity.kind === 'session') {
      return { login: { result: 'Aborted', reason: 'Cannot log in when using MediaWiki\\Session\\BotPasswordSessionProvider sessions.' } };
    }
    const session = identity.session;
    const token = params['lgtoken'] ?? '';
    if (token === '') {
      const persisted = state.sessions.persist(identity);
      setCookies(persisted.cookies);
      warn('main', 'deprecation-help', 'Subscribe to the mediawiki-api-announce mailing list at <https://lists.wikimedia.org/postorius/lists/mediawiki-api-announce.lists.wikimedia.org/> for notice of API deprecations and breaking changes.');
      warn('login', 'deprecation', 'Fetching a token via "action=login" is deprecated. Use "action=query&meta=tokens&type=login" instead.');
      return { login: { result: 'NeedToken', token: state.sessions.loginToken(persisted.session) } };
    }
    if (session?.loginToken === undefined) {
      return { login: { result: 'Failed', reason: 'Unable to continue login. Your session most likely timed out.' } };
    }
    if (token !== session.loginToken) return { login: { result: 'WrongToken' } };
    const user = state.sessions.checkBotPassword(params['lgname'] ?? '', params['lgpassword'] ?? '');
    if (!user) {
      return { login: { result: 'Failed', reason: 'Incorrect username or password entered. Please try again.' } };
    }
    setCookies(state.sessions.login(session, user));
    return { login: { result: 'Success', lguserid: user.id, lgusername: user.name } };
  },
};

/** ApiLogout: POST with a CSRF token; the session ends and its cookies are cleared. */
export const logoutModule: ApiModule = {
  mustBePosted: true,
  needsCsrfToken: true,
  execute({ identity, state, setCookies }): JsonObject {
    setCookies(state.sessions.logout(identity));
    return {};
  },
};
