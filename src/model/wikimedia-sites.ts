// The rule by which Wikimedia names its wikis (`enwiki`, `dewikivoyage`, `commonswiki`): a sitelink's site id, its
// group and its pages' address, shared by the readers (which place a page's sitelinks) and the RDF writers.

/** A wiki a sitelink points into: its group, its content language, its page URL with `$1` for the title. */
export interface WikiSite {
  /** The site's group (`wikipedia`, `wikivoyage`, …), as Wikibase groups sitelinks and RDF names `wikibase:wikiGroup`. */
  readonly group: string;
  /** The content language, the article's `schema:inLanguage` and its name's tag. */
  readonly language: string;
  /** The page URL with `$1` for the title, e.g. `https://en.wikipedia.org/wiki/$1`. */
  readonly pagePath: string;
}

/** Wikimedia's project suffixes: `frwiktionary` is French Wiktionary (`wiki` alone is Wikipedia). */
export const WIKIMEDIA_PROJECTS: Readonly<Record<string, string>> = {
  wiki: 'wikipedia',
  wiktionary: 'wiktionary',
  wikibooks: 'wikibooks',
  wikinews: 'wikinews',
  wikiquote: 'wikiquote',
  wikisource: 'wikisource',
  wikiversity: 'wikiversity',
  wikivoyage: 'wikivoyage',
};

/** The wikis that are not one language of one project: host and group. */
const SPECIAL: Readonly<Record<string, readonly [string, string]>> = {
  commonswiki: ['commons.wikimedia.org', 'commons'],
  metawiki: ['meta.wikimedia.org', 'meta'],
  specieswiki: ['species.wikimedia.org', 'species'],
  wikidatawiki: ['www.wikidata.org', 'wikidata'],
  mediawikiwiki: ['www.mediawiki.org', 'mediawiki'],
  sourceswiki: ['wikisource.org', 'sources'],
};

/** Database names whose subdomain is not the language code with `-` for `_`. */
const HOST_OF: Readonly<Record<string, string>> = { be_x_old: 'be-tarask' };

/** A language edition: an ISO 639 code with `_` subtags (`zh_min_nan`, `be_x_old`), or Simple English. */
const GLOBAL_ID = new RegExp(
  `^([a-z]{2,3}(?:_[a-z0-9]{1,8})*|simple)(${Object.keys(WIKIMEDIA_PROJECTS).sort((a, b) => b.length - a.length).join('|')})$`,
  'u',
);

/** A Wikimedia wiki by its global id (`enwiki`, `dewikivoyage`, `commonswiki`), or undefined for any other id. */
export function wikimediaSite(globalId: string): WikiSite | undefined {
  const special = SPECIAL[globalId];
  if (special !== undefined) return { group: special[1], language: 'en', pagePath: `https://${special[0]}/wiki/$1` };
  const m = GLOBAL_ID.exec(globalId);
  if (m === null) return undefined;
  const [, code = '', suffix = ''] = m;
  const host = HOST_OF[code] ?? code.replace(/_/gu, '-');
  const group = WIKIMEDIA_PROJECTS[suffix] ?? 'wikipedia';
  return { group, language: host, pagePath: `https://${host}.${group}.org/wiki/$1` };
}

/** The global id of a language's edition of a Wikimedia project group (`en` + `wikivoyage` → `enwikivoyage`). */
export function wikimediaSiteId(language: string, group: string): string | undefined {
  const suffix = Object.entries(WIKIMEDIA_PROJECTS).find(([, g]) => g === group)?.[0];
  if (suffix === undefined) return undefined;
  const id = `${language.toLowerCase().replace(/-/gu, '_')}${suffix}`;
  return wikimediaSite(id)?.group === group ? id : undefined;
}
