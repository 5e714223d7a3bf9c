// A fault-injecting fake of the MediaWiki/Wikibase Action API for tests: start one with startFakeWikibase().
//
// What it does, and where it departs from a real Wikibase on purpose (each module says more):
// - api.php at /w/api.php; GET query strings, urlencoded and multipart POST bodies (`$_POST + $_GET`).
//   format=json (no format → jsonfm HTML, as MediaWiki), formatversion 1 or 2, errorformat bc or modern.
//   Errors are HTTP 200 `{error: {code, info, …, docref}, servedby}` with a MediaWiki-API-Error header.
// - Logins: bot password via meta=tokens&type=login + POST action=login (session cookie `fakewiki_session`,
//   renewed on login); OAuth 2 `Authorization: Bearer`, a wrong token failing every request with
//   mwoauth-invalid-authorization. Anonymous editing is off: the anonymous token `+\` passes the token
//   check and wbeditentity then answers permissiondenied, as Wikibase does on a wiki without anonymous edits.
// - wbeditentity follows Wikibase's ChangeOp deserializers; snak and reference hashes are recomputed with
//   src/hash (a client's hashes are ignored), `datatype` is kept as sent (there are no properties to look up),
//   any property id is accepted. A `baserevid` older than the latest revision is always an editconflict.
//   The label+description conflict names the other item as `[[Item:Q1|Q1]]` (items in the Item namespace).
// - wbgetentities allows 50 ids to everyone (no apihighlimits); wbsearchentities matches labels and aliases.
// - Faults: see types.ts for each kind and faults.ts for when one applies. Drops are logged with status 0.
export { startFakeWikibase, DEFAULT_BOT_PASSWORD, DEFAULT_OAUTH_TOKEN, API_PATH } from './server.js';
export { FAULT_KINDS } from './types.js';
export { GRANT_RIGHTS } from './sessions.js';

/** Properties for tests that are not about the EU Knowledge Graph: P1…P9 strings, P31 items. */
export const TEST_PROPERTIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`P${i + 1}`, 'string'])),
  P31: 'wikibase-item',
};
export type { FakeWikibase, FakeWikibaseOptions, FaultKind, FaultPlan, RequestRecord } from './types.js';
export { ANONYMOUS_TOKEN, COOKIE as SESSION_COOKIE } from './sessions.js';
export { MAX_IDS } from './get-entities.js';
