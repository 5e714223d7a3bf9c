// The sitelinks section of a labelled page copied as text or Markdown: its heading, each group's heading with its
// counter (`Wikipedia (2 entries)`), and rows of a site id and a page title; what is no row is reported.
import type { Diagnostic } from '../diagnostics/index.js';
import type { LabelledSitelink, MarkedLine } from './labelled-types.js';
import type { UiPhrases } from './ui-phrases.js';

/**
 * Wikibase's sitelinks heading and its Wikipedia group's name, per EU UI language, as REL1_39 shows them (checked
 * against the real pages in test/locale/sitelink-phrases.test.ts).
 */
export const SITELINK_PHRASES: Readonly<Record<string, { readonly heading: string; readonly wikipedia: string }>> = {
  bg: { heading: 'Уики връзки', wikipedia: 'Уикипедия' },
  cs: { heading: 'Odkazy na stránky', wikipedia: 'Wikipedie' },
  da: { heading: 'Liste over sider, der er knyttet til dette emne', wikipedia: 'Wikipedia' },
  de: { heading: 'Websitelinks', wikipedia: 'Wikipedia' },
  el: { heading: 'Σύνδεσμοι ιστοτόπων', wikipedia: 'Βικιπαίδεια' },
  en: { heading: 'Sitelinks', wikipedia: 'Wikipedia' },
  es: { heading: 'Enlaces a sitios', wikipedia: 'Wikipedia' },
  et: { heading: 'Võrgukohalingid', wikipedia: 'Vikipeedia' },
  fi: { heading: 'Sivustolinkit', wikipedia: 'Wikipedia' },
  fr: { heading: 'Liens de site', wikipedia: 'Wikipédia' },
  ga: { heading: 'Sitelinks', wikipedia: 'Vicipéid' },
  hr: { heading: 'Poveznice na mrežna mjesta', wikipedia: 'Wikipedija' },
  hu: { heading: 'Oldalhivatkozások', wikipedia: 'Wikipédia' },
  it: { heading: 'Collegamenti al sito', wikipedia: 'Wikipedia' },
  lt: { heading: 'Svetainių nuorodos', wikipedia: 'Vikipedija' },
  lv: { heading: 'Sitelinks', wikipedia: 'Vikipēdija' },
  mt: { heading: 'Sitelinks', wikipedia: 'Wikipedija' },
  nl: { heading: 'Sitekoppelingen', wikipedia: 'Wikipedia' },
  pl: { heading: 'Witryny', wikipedia: 'Wikipedia' },
  pt: { heading: 'Hiperligações intersites', wikipedia: 'Wikipédia' },
  ro: { heading: 'Sitelinkuri', wikipedia: 'Wikipedia' },
  sk: { heading: 'Odkazy na stránky', wikipedia: 'Wikipédia' },
  sl: { heading: 'Povezave mest', wikipedia: 'Wikipedija' },
  sv: { heading: 'Webbplatslänkar', wikipedia: 'Wikipedia' },
};

/**
 * The groups' names in English (Wikibase's `wikibase-sitelinks-<group>` messages; Wikidata names its special group
 * "Multilingual sites"): the key of each group, the part of a site id after the language for a project's group.
 */
const ENGLISH_GROUPS: Readonly<Record<string, string>> = {
  Wikipedia: 'wikipedia',
  Wikibooks: 'wikibooks',
  Wikinews: 'wikinews',
  Wikiquote: 'wikiquote',
  Wikisource: 'wikisource',
  Wikiversity: 'wikiversity',
  Wikivoyage: 'wikivoyage',
  Wiktionary: 'wiktionary',
  'Other sites': 'special',
  'Multilingual sites': 'special',
};

/** The sitelinks section's own toggles a copy keeps (English, as the skin's other links): never a row. */
const SITELINK_FURNITURE = ['edit', 'Show more', 'Show less'];

/** A group's heading: its name and a counter in parentheses, glued or spaced (`Wikipedia(0 entries)`). */
const GROUP_HEADING = /^(\S.*?)\s*\(\s*\d[\d\s.,\u00a0\u202f]*[^()\d]*\)$/u;

/** A site as a row names it: a global site id (`enwiki`, `zh_min_nanwiki`) or a language code (`pt-br`). */
const SITE = /^[a-z][a-z0-9_]*(?:-[a-z0-9]+)*$/u;

/** The group a heading's name stands for, in the UI language or English; undefined for a name no table knows. */
export function sitelinkGroupOf(name: string, language: string): string | undefined {
  return SITELINK_PHRASES[language]?.wikipedia === name ? 'wikipedia' : ENGLISH_GROUPS[name];
}

/** The sitelinks section's heading in the UI language (and English's, which untranslated wikis show). */
export function isSitelinksHeading(text: string, language: string): boolean {
  return text === SITELINK_PHRASES[language]?.heading || text === SITELINK_PHRASES['en']?.heading;
}

/** A line that heads a group: its name, and the group it stands for when a table knows the name. */
function groupHeading(line: MarkedLine, language: string): { name: string; group?: string } | null {
  const m = GROUP_HEADING.exec(line.text);
  if (m === null) return null;
  const name = (m[1] as string).trim();
  const group = sitelinkGroupOf(name, language);
  return group === undefined ? { name } : { name, group };
}

/**
 * Where the sitelinks section starts among a page's statement lines: its heading, or a known group's heading, where
 * a statement group could start (first, or after a references line or a section's heading); -1 when there is none.
 */
export function sitelinksStart(lines: readonly MarkedLine[], phrases: UiPhrases): number {
  let open = true;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as MarkedLine;
    if (line.text === '') continue;
    if (open && (isSitelinksHeading(line.text, phrases.language) || groupHeading(line, phrases.language)?.group !== undefined)) return k;
    open = phrases.references.read(line.text) !== null || line.text === phrases.statements || line.text === phrases.identifiers || SITELINK_FURNITURE.includes(line.text);
  }
  return -1;
}

/** The rows of a sitelinks section, each under the group heading above it. */
export function readLabelledSitelinks(lines: readonly MarkedLine[], phrases: UiPhrases): { sitelinks: LabelledSitelink[]; diagnostics: Diagnostic[] } {
  const sitelinks: LabelledSitelink[] = [];
  const diagnostics: Diagnostic[] = [];
  const skip = (line: MarkedLine, as: string): void => void diagnostics.push({ code: 'line-skipped', severity: 'info', span: line.span, as });
  let group: { name: string; group?: string } | null = null;
  let pending: MarkedLine | null = null; // a site id alone on its line: its title is the next line
  const row = (site: string, title: string, span: MarkedLine['span']): void => {
    const where = group === null ? {} : group.group === undefined ? { groupName: group.name } : { group: group.group };
    sitelinks.push({ ...where, site, title, badges: [], span });
  };
  for (const line of lines) {
    if (line.text === '') {
      if (line.links.length > 0 || line.marked) skip(line, 'an empty item of the sitelinks section (an icon)');
      continue;
    }
    if (pending !== null) {
      row(pending.text, line.text, pending.span);
      pending = null;
      continue;
    }
    if (isSitelinksHeading(line.text, phrases.language)) {
      skip(line, 'the sitelinks heading');
      continue;
    }
    if (SITELINK_FURNITURE.includes(line.text)) {
      skip(line, 'a toggle of the sitelinks section');
      continue;
    }
    const heading = groupHeading(line, phrases.language);
    if (heading !== null) {
      group = heading;
      skip(line, 'a sitelink group’s heading');
      continue;
    }
    const space = line.text.search(/\s/u);
    const first = space === -1 ? line.text : line.text.slice(0, space);
    if (!SITE.test(first)) {
      diagnostics.push({ code: 'line-unexpected', severity: 'warning', span: line.span, expected: 'a sitelink: a site id, then the page title' });
      continue;
    }
    if (space === -1) pending = line;
    else row(first, line.text.slice(space).trim(), line.span);
  }
  if (pending !== null) diagnostics.push({ code: 'line-unexpected', severity: 'warning', span: pending.span, expected: 'a sitelink’s page title after its site id' });
  return { sitelinks, diagnostics };
}
