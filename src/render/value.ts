// One snak's value line as a flattened page shows it, or why the page shows none (links are dropped by the scraper).
import type { Snak } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import { formatGlobeCoordinate } from './coordinates.js';
import { formatLocalisedTime, needsCalendarNote } from './date.js';
import { formatMonolingualText } from './monolingual.js';
import { formatQuantity } from './quantity.js';

/**
 * Why a value has no line: `link` (Wikibase shows it as a hyperlink, whose text the scraper drops), `message` (its
 * text needs a Wikibase message we do not ship: "unknown value", "no value", a calendar note, "12 CE"),
 * `unsupported` (a formatter not reproduced here: math, musical notation).
 */
export type OmissionReason = 'link' | 'message' | 'unsupported';

export type ValueLine = { readonly text: string } | { readonly omitted: OmissionReason };

// Datatypes whose values Wikibase renders as links (to an entity, a file, a URL, a data page).
const LINKED: ReadonlySet<string> = new Set([
  'wikibase-item',
  'wikibase-property',
  'wikibase-lexeme',
  'wikibase-form',
  'wikibase-sense',
  'commonsMedia',
  'url',
  'geo-shape',
  'tabular-data',
]);

/** The datatype that decides how a value is shown: the property's, from the profile, else the snak's own. */
export function datatypeOf(snak: Snak, profile: Profile): string | undefined {
  return profile.properties[snak.property]?.datatype ?? snak.datatype;
}

export function formatSnak(snak: Snak, lang: string, profile: Profile): ValueLine {
  if (snak.snaktype !== 'value') return { omitted: 'message' };
  const datatype = datatypeOf(snak, profile);
  if (datatype !== undefined && LINKED.has(datatype)) return { omitted: 'link' };
  if (datatype === 'math' || datatype === 'musical-notation') return { omitted: 'unsupported' };
  const v = snak.datavalue;
  switch (v.type) {
    case 'string':
      return { text: v.value };
    case 'monolingualtext':
      return { text: formatMonolingualText(v.value, lang) };
    case 'quantity':
      return { text: formatQuantity(v.value, lang, profile) };
    case 'time': {
      if (needsCalendarNote(v.value)) return { omitted: 'message' };
      const text = formatLocalisedTime(v.value, lang);
      return text === null ? { omitted: 'message' } : { text };
    }
    case 'wikibase-entityid':
      return { omitted: 'link' };
    case 'globecoordinate': {
      const text = formatGlobeCoordinate(v.value);
      return text === null ? { omitted: 'message' } : { text };
    }
  }
}
