// wbeditentity's `data` applied as Wikibase's ChangeOp deserializers read it: labels, descriptions, aliases, sitelinks, claims.
import { wikibaseError, type ApiError } from './api-error.js';
import { has, isJsonObject, type Json, type JsonObject } from './json.js';
import type { ItemState } from './item-state.js';
import type { ValueContext } from './datavalues.js';
import { isKnownLanguage } from './languages.js';
import { modificationFailed, normalizeStatement, invalidClaim, statementProperty } from './statements.js';

export interface EditTarget {
  readonly entityId: string;
  readonly newGuid: () => string;
  readonly values: ValueContext;
}

/** The languages whose label or description the edit set; only these are validated, as ChangeOpLabel does. */
export interface TouchedTerms {
  readonly labels: Set<string>;
  readonly descriptions: Set<string>;
  readonly aliases: Set<string>;
}


/**
 * Applies every part of `data` to `item` in Wikibase's order. The caller passes a copy: on an error the copy
 * is dropped and the stored item stays as it was, which is what Wikibase's all-or-nothing save gives.
 */
export function applyEntityData(item: ItemState, data: JsonObject, target: EditTarget): TouchedTerms {
  const touched: TouchedTerms = { labels: new Set(), descriptions: new Set(), aliases: new Set() };
  if (has(data, 'labels')) applyTerms(item.labels, data['labels'] ?? null, 'labels', touched.labels);
  if (has(data, 'descriptions')) applyTerms(item.descriptions, data['descriptions'] ?? null, 'descriptions', touched.descriptions);
  if (has(data, 'aliases')) applyAliases(item, data['aliases'] ?? null, touched.aliases);
  if (has(data, 'sitelinks')) applySitelinks(item, data['sitelinks'] ?? null);
  if (has(data, 'claims')) applyClaims(item, data['claims'] ?? null, target);
  return touched;
}

/** LabelsChangeOpDeserializer (and its twin for descriptions): `remove` or an empty value removes. */
function applyTerms(terms: Map<string, string>, serialization: Json, what: string, touched: Set<string>): void {
  for (const [key, raw] of entriesOf(serialization, what)) {
    const { language, term } = validateTerm(raw, key);
    const value = has(term, 'remove') ? '' : normalizeText(String(term['value']));
    touched.add(language);
    if (value === '') terms.delete(language);
    else terms.set(language, value);
  }
}

/**
 * AliasesChangeOpDeserializer: per language group, `remove` and `add` entries are applied in order, and the
 * other entries together *replace* the group's aliases, after them. An empty group empties the language. In
 * the list form every entry is its own group, so of several plain entries only the last one stays.
 */
function applyAliases(item: ItemState, serialization: Json, touched: Set<string>): void {
  for (const [key, group] of entriesOf(serialization, 'aliases')) {
    const entries: Json[] = Array.isArray(group) ? group : [group];
    if (entries.length === 0) {
      setAliases(item, key, []);
      touched.add(key);
      continue;
    }
    const toSet: string[] = [];
    let language = '';
    for (const entry of entries) {
      language = validateTerm(entry, key).language;
      if (!isJsonObject(entry)) continue;
      const value = normalizeText(String(entry['value']));
      const current = item.aliases.get(language) ?? [];
      if (has(entry, 'remove')) setAliases(item, language, current.filter((alias) => alias !== value));
      else if (has(entry, 'add')) setAliases(item, language, [...current, value]);
      else toSet.push(value);
      touched.add(language);
    }
    if (toSet.length > 0) setAliases(item, language, toSet);
  }
}

/** AliasGroup keeps each alias once, drops empty ones, and an empty group disappears. */
function setAliases(item: ItemState, language: string, aliases: readonly string[]): void {
  const kept = [...new Set(aliases.map(normalizeText).filter((alias) => alias !== ''))];
  if (kept.length === 0) item.aliases.delete(language);
  else item.aliases.set(language, kept);
}

/** SiteLinksChangeOpDeserializer, without a sites table: any site id is taken; `remove` or an empty title removes. */
function applySitelinks(item: ItemState, serialization: Json): void {
  for (const [key, link] of entriesOf(serialization, 'sitelinks')) {
    if (!isJsonObject(link)) throw notArray(`An array was expected, but not found in the sitelink serialization for ${key}`);
    const site = link['site'];
    if (typeof site !== 'string') throw wikibaseError('no-site', 'No site given for the sitelink');
    if (!/^\d+$/.test(key) && key !== site) {
      throw wikibaseError('inconsistent-site', `inconsistent site: ${key} is not equal to ${site}`);
    }
    const title = typeof link['title'] === 'string' ? normalizeText(link['title']) : '';
    if (has(link, 'remove') || title === '') {
      item.sitelinks.delete(site);
      continue;
    }
    const badges = Array.isArray(link['badges']) ? link['badges'].map(String) : [];
    item.sitelinks.set(site, { site, title, badges });
  }
}

/**
 * ClaimsChangeOpDeserializer and ChangeOpStatement / ChangeOpRemoveStatement: a statement with `remove`
 * (which needs an id) is removed; one with an id replaces the statement with that GUID in its place (same
 * property only) or is added with that GUID; one without an id is added with a new GUID. Statements not
 * mentioned stay.
 */
function applyClaims(item: ItemState, serialization: Json, target: EditTarget): void {
  if (!isJsonObject(serialization) && !Array.isArray(serialization)) throw notArray('List of claims must be an array');
  const statements: Json[] = Array.isArray(serialization)
    ? serialization
    : Object.values(serialization).flatMap((group) => {
        if (!isJsonObject(group) && !Array.isArray(group)) throw notArray('List of claims must be an array');
        return Array.isArray(group) ? group : Object.values(group);
      });
  for (const raw of statements) {
    if (isJsonObject(raw) && has(raw, 'remove')) {
      if (typeof raw['id'] !== 'string') throw invalidClaim('Cannot remove a claim with no GUID');
      removeStatement(item, raw['id']);
    } else {
      setStatement(item, normalizeStatement(raw, target));
    }
  }
}

function removeStatement(item: ItemState, guid: string): void {
  for (const [property, statements] of item.claims) {
    const kept = statements.filter((s) => s['id'] !== guid);
    if (kept.length === statements.length) continue;
    if (kept.length === 0) item.claims.delete(property);
    else item.claims.set(property, kept);
    return;
  }
  throw modificationFailed(`Entity does not have statement with GUID ${guid}`);
}

function setStatement(item: ItemState, statement: JsonObject): void {
  const property = statementProperty(statement);
  for (const [oldProperty, statements] of item.claims) {
    const index = statements.findIndex((s) => s['id'] === statement['id']);
    if (index < 0) continue;
    if (oldProperty !== property) {
      throw modificationFailed(`Claim with GUID ${String(statement['id'])} uses property ${oldProperty}, can't change to ${property}`);
    }
    statements[index] = statement;
    return;
  }
  item.claims.set(property, [...(item.claims.get(property) ?? []), statement]);
}

/** A map keyed by language (or site) or a list; list entries have numeric keys, which skip the key check. */
function entriesOf(serialization: Json, what: string): Array<[string, JsonObject | Json]> {
  if (Array.isArray(serialization)) return serialization.map((entry, i) => [String(i), entry]);
  if (isJsonObject(serialization)) return Object.entries(serialization);
  throw notArray(`List of ${what} must be an array`);
}

/** TermChangeOpSerializationValidator; returns the term and its language. */
function validateTerm(term: Json, key: string): { language: string; term: JsonObject } {
  if (!isJsonObject(term)) throw notArray(`An array was expected, but not found in term serialization for the language code ${key}`);
  if (!has(term, 'language')) {
    throw wikibaseError('missing-language', `'language' was not found in term serialization for ${key}`);
  }
  const language = term['language'];
  if (typeof language !== 'string') {
    throw notString(`A string was expected, but not found in term serialization for the language code ${key} and key 'language'`);
  }
  if (!/^\d+$/.test(key) && key !== language) {
    throw wikibaseError('inconsistent-language', `inconsistent language in term serialization: ${key} is not equal to ${language}`);
  }
  if (!isKnownLanguage(language)) {
    throw wikibaseError('not-recognized-language', 'The supplied language code was not recognized.', 'wikibase-api-not-recognized-language');
  }
  if (!has(term, 'remove') && typeof term['value'] !== 'string') {
    throw notString(`A string was expected, but not found in the term serialization for the language code ${key} and key 'value'`);
  }
  return { language, term };
}

/** StringNormalizer::trimToNFC. */
export function normalizeText(text: string): string {
  return text.trim().normalize('NFC');
}

const notArray = (info: string): ApiError => wikibaseError('not-recognized-array', info);
const notString = (info: string): ApiError => wikibaseError('not-recognized-string', info);
