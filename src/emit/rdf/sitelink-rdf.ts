// An item's sitelinks as Wikibase writes them: an article node per link and the group of each site it links to.
import type { IdentifiedItem } from '../../model/index.js';
import type { EntityTerms } from './entity-terms.js';
import type { RdfTerms } from './rdf-terms.js';
import type { Site } from './settings.js';
import { siteOf } from './sites.js';
import { LANGUAGE_TAG } from './syntax/escape.js';
import { wfUrlencode } from './values/iri.js';

/** The article's IRI: the site's page path with the title (spaces as `_`) in it; no scheme means http. */
export function articleUrl(site: Site, title: string): string {
  const url = site.pagePath.replace('$1', wfUrlencode(title.replace(/ /gu, '_')));
  return /^[a-z][a-z0-9+.-]*:/iu.test(url) ? url : `http:${url}`;
}

/** `scheme://host/`: the site node the article is part of. */
function siteRoot(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/iu.exec(url);
  return m === null ? url : `${m[1]}://${m[2]}/`;
}

/**
 * Each sitelink's article node, then (once per site in the entity) the site's group. A sitelink to a site that no
 * table knows is reported and not written.
 */
export function sitelinkTriples<T>(
  out: T[],
  entity: T,
  item: IdentifiedItem,
  sites: Readonly<Record<string, Site>> | undefined,
  t: RdfTerms<T>,
  e: EntityTerms<T>,
  report: (detail: string) => void,
): void {
  const s = t.syntax;
  const groups = new Set<string>();
  for (const link of Object.values(item.sitelinks ?? {})) {
    const site = siteOf(link.site, sites);
    if (site === undefined) {
      report(`the sitelink to ${JSON.stringify(link.site)}: no site table knows that site (give one with --sites), so its article is not written`);
      continue;
    }
    const url = articleUrl(site, link.title);
    const article = s.iri(url);
    const root = siteRoot(url);
    out.push(article, t.type, e.article, article, t.about, entity, article, e.inLanguage, s.plain(site.language));
    out.push(article, e.isPartOf, s.iri(root));
    if (LANGUAGE_TAG.test(site.language)) out.push(article, t.name, s.lang(link.title, site.language));
    else report(`the sitelink to ${link.site}: its site's language ${JSON.stringify(site.language)} is no language tag, so its name is not written`);
    for (const badge of link.badges) out.push(article, e.badge, s.name(t.vocabulary.entity, badge));
    if (!groups.has(root)) {
      groups.add(root);
      out.push(s.iri(root), e.wikiGroup, s.plain(site.group));
    }
  }
}
