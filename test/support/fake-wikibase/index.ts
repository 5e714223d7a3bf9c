// A fault-injecting fake of the MediaWiki/Wikibase Action API for tests: start one with startFakeWikibase().
//
// It honours the recorded contract of a real Wikibase (../shared/wikibase-api/probes, replayed by
// test/fake-wikibase/replay.test.ts) and validates with its own rules, never src/model's:
// - api.php at /w/api.php (or `apiPath`); GET query strings, urlencoded and multipart POST bodies (`$_POST + $_GET`).
//   format=json (no format → jsonfm HTML, as MediaWiki), formatversion 1 or 2, errorformat bc or modern.
//   Errors are HTTP 200 `{error: {code, info, …, "*": docref}}` with a MediaWiki-API-Error header.
// - Logins: bot passwords (several accounts, each with grants narrowing its rights: sessions.ts) via
//   meta=tokens&type=login + POST action=login; OAuth 2 `Authorization: Bearer`. Anonymous editing is off.
// - A property store with datatypes (the eu-knowledge-graph profile's, plus `properties`): a value must match its
//   property's datatype; strings and texts within the wiki's limits (stock 400) and without surrounding
//   whitespace, tabs or line breaks (never trimmed; terms are); times, quantities (units of this wiki), coordinates
//   and item values (the item must exist) checked as Wikibase does (datavalues.ts).
// - A stale baserevid is patched onto the latest revision (patch.ts): conflict-patched, self-conflict-patched when
//   only the same user edited since (the overlap dropped), else editconflict; the answer shows the unpatched edit.
// - Rate limits for users without `noratelimit`: creates past the id generator's limit get no-automatic-entity-id,
//   edits past the edit limit failed-save with actionthrottledtext (MediaWiki-API-Error: failed-save, ratelimited).
// - wbgetentities (50 ids, 500 with apihighlimits; properties; redirects), wbsearchentities (case-sensitive prefix
//   match as the SQL term store), wbparsevalue (validate=1 states the limits), wbcreateredirect.
// - Snak and reference hashes are computed with src/hash (they must be Wikibase's own bytes; the replay checks them).
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
