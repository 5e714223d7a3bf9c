// A labelled page's sitelinks placed on their sites: a row's global site id (`enwiki`) as Wikimedia names its wikis,
// or a language code under its group's heading (`en` under Wikivoyage → `enwikivoyage`); the rest is reported.
import type { Diagnostic } from '../diagnostics/index.js';
import { WIKIMEDIA_PROJECTS, wikimediaSite, wikimediaSiteId } from '../model/index.js';
import type { LabelledSitelink } from '../parse/index.js';
import type { DraftSitelink } from './draft.js';

const PROJECT_GROUPS = new Set(Object.values(WIKIMEDIA_PROJECTS));

/** The site id a row names, or why it names none. */
function siteOf(link: LabelledSitelink): { site: string } | { why: string } {
  const known = wikimediaSite(link.site);
  const group = link.group;
  if (known !== undefined) {
    // Wikibase's "special" group holds the wikis that are no language edition of a project (Commons, Wikispecies…).
    const fits = group === undefined || group === known.group || (group === 'special' && !PROJECT_GROUPS.has(known.group));
    return fits ? { site: link.site } : { why: `it is shown under ${group}, and ${link.site} is a ${known.group} site` };
  }
  if (group !== undefined && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/u.test(link.site)) {
    const id = wikimediaSiteId(link.site, group);
    if (id !== undefined) return { site: id };
  }
  if (group === undefined) return { why: `no Wikimedia site id, and ${link.groupName === undefined ? 'no group heading' : `the group "${link.groupName}"`} tells no site` };
  return { why: `no Wikimedia site id, nor a language of the ${group} group` };
}

/** The page's sitelinks on their sites; a row no site can be told for is reported, not written. */
export function placeSitelinks(links: readonly LabelledSitelink[], diagnostics: Diagnostic[]): DraftSitelink[] {
  const placed: DraftSitelink[] = [];
  for (const link of links) {
    const found = link.title === '' ? { why: 'the row shows no page title' } : siteOf(link);
    if ('why' in found) {
      diagnostics.push({ code: 'sitelink-unplaced', severity: 'warning', span: link.span, site: link.site, title: link.title, why: found.why });
      continue;
    }
    placed.push({ site: found.site, title: link.title, badges: [...link.badges], span: link.span });
  }
  return placed;
}
