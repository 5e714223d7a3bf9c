// ApiMain: picks the module for `action`, makes the checks core makes before it runs, and formats what comes out.
import { ApiError, badToken, badValue, missingParam, mustBePosted, mustPostParams } from './api-error.js';
import type { ActionContext, ApiModule, ApiState } from './api-module.js';
import { editEntityModule } from './edit-entity.js';
import type { FaultTarget } from './faults.js';
import { getEntitiesModule } from './get-entities.js';
import type { JsonObject } from './json.js';
import { loginModule, logoutModule } from './login.js';
import { queryModule } from './query.js';
import type { ApiRequest } from './request.js';
import { errorReply, htmlReply, outputFormat, resultReply, type ApiWarning, type HttpReply } from './response.js';
import { parseValueModule } from './parse-value.js';
import { createRedirectModule } from './redirect.js';
import { searchEntitiesModule } from './search-entities.js';
import type { Identity } from './sessions.js';

const MODULES: Readonly<Record<string, ApiModule>> = {
  query: queryModule,
  login: loginModule,
  logout: logoutModule,
  wbgetentities: getEntitiesModule,
  wbsearchentities: searchEntitiesModule,
  wbeditentity: editEntityModule,
  wbparsevalue: parseValueModule,
  wbcreateredirect: createRedirectModule,
};

/** The faults that are answered as API errors rather than at the HTTP level. */
export type ApiFault = 'maxlag' | 'badtoken' | 'editconflict';

export function faultTarget(params: Readonly<Record<string, string>>): FaultTarget {
  const action = params['action'] ?? '';
  const maxlag = params['maxlag'];
  return {
    action,
    maxlag: maxlag !== undefined && /^-?\d+$/.test(maxlag.trim()) ? Number.parseInt(maxlag, 10) : undefined,
    write: MODULES[action]?.needsCsrfToken ?? false,
  };
}

/**
 * Runs one API request to completion, synchronously: the caller has already read the whole request, so every
 * change to the fake's state happens within this call or not at all.
 */
export function handleApiRequest(request: ApiRequest, state: ApiState, fault: ApiFault | undefined): HttpReply {
  const { params } = request;
  const format = outputFormat(params);
  const warnings: ApiWarning[] = [];
  const cookies: string[] = [];
  const headers = (): Record<string, readonly string[]> => (cookies.length > 0 ? { 'set-cookie': cookies } : {});
  try {
    const identity = state.sessions.identify(request);
    const maxlag = readMaxlag(params['maxlag']);
    if (fault === 'maxlag') throw maxlagError(state, state.lag, 'db');
    if (maxlag !== undefined && state.replicaLag > maxlag) throw maxlagError(state, state.replicaLag, 'replica-sim');
    if (fault === 'badtoken') {
      state.sessions.rotateCsrf(identity);
      throw badToken();
    }
    if (fault === 'editconflict') throw new ApiError('editconflict', 'Edit conflict.');

    const action = params['action'];
    if (action === undefined) return htmlReply(200, 'MediaWiki API help', 'This is an auto-generated MediaWiki API documentation page.');
    const module = MODULES[action];
    if (!module) throw badValue('action', action);
    // ApiMain checks the token (present, posted, right) before it checks that the module was POSTed.
    if (module.needsCsrfToken) checkCsrfToken(request, state, identity);
    if (module.mustBePosted && !request.wasPosted) throw mustBePosted(action);
    checkAsserts(params, identity);

    const context: ActionContext = {
      request,
      params,
      identity,
      state,
      warn: (module_, code, text, wikibase) => warnings.push({ module: module_, code, text, ...(wikibase === true ? { wikibase } : {}) }),
      setCookies: (more) => cookies.push(...more),
    };
    const result: JsonObject = module.execute(context);
    return resultReply(result, warnings, format, headers());
  } catch (error) {
    if (error instanceof ApiError) return errorReply(error, warnings, format, state.apiUrl, headers());
    // A bug in the fake shows up as MediaWiki shows an uncaught exception: an internal_api_error, HTTP 200.
    const name = error instanceof Error ? error.constructor.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    return errorReply(new ApiError(`internal_api_error_${name}`, `[fake] Exception caught: ${message}`), warnings, format, state.apiUrl);
  }
}

/** ApiMain's token check: present, in the POST body, and the caller's own (`+\` for an anonymous caller). */
function checkCsrfToken(request: ApiRequest, state: ApiState, identity: Identity): void {
  const token = request.params['token'];
  if (token === undefined) throw missingParam('token');
  if (!request.postedKeys.has('token')) throw mustPostParams(['token']);
  if (token !== state.sessions.csrfToken(identity)) throw badToken();
}

/** ApiMain::checkAsserts (assert=anon|user|bot, assertuser=Name). */
function checkAsserts(params: Readonly<Record<string, string>>, identity: Identity): void {
  const assert = params['assert'];
  if (assert === 'user' && identity.kind === 'anonymous') {
    throw new ApiError('assertuserfailed', 'You are no longer logged in, so the action could not be completed.');
  }
  if (assert === 'bot' && (identity.kind === 'anonymous' || !identity.user.rights.includes('bot'))) {
    throw new ApiError('assertbotfailed', 'You do not have the "bot" right, so the action could not be completed.');
  }
  if (assert === 'anon' && identity.kind !== 'anonymous') {
    throw new ApiError('assertanonfailed', 'You are logged in, so the action could not be completed.');
  }
  if (assert !== undefined && !['user', 'bot', 'anon'].includes(assert)) throw badValue('assert', assert);
  const named = params['assertuser'];
  if (named !== undefined && (identity.kind === 'anonymous' || identity.user.name !== named)) {
    throw new ApiError('assertnameduserfailed', `You are no longer logged in as "${named}", so the action could not be completed.`);
  }
}

/** The maxlag parameter: an integer, else badinteger before anything else. */
function readMaxlag(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\s*[-+]?\d+\s*$/.test(raw)) throw new ApiError('badinteger', `Invalid value "${raw}" for integer parameter "maxlag".`);
  return Number.parseInt(raw, 10);
}

/** ApiMain::checkMaxLag with $wgShowHostnames: the error names the lagged host, the lag and its type. */
function maxlagError(state: ApiState, lag: number, host: string): ApiError {
  return new ApiError(
    'maxlag',
    `Waiting for a database server: ${lag} seconds lagged.`,
    { host, lag, type: 'db' },
    { 'retry-after': String(state.retryAfterSeconds), 'x-database-lag': String(lag) },
  );
}
