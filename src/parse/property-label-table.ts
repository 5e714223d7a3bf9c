// The profile's property label table as a lookup: a label a page shows (with Wikibase's fallback indicator when the
// property has no label in the UI language: `EU contribution Englisch`) to its property.
import { languageCodeForName } from '../locale/index.js';
import type { PropertyId } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import type { PropertyLabels } from './labelled-types.js';

export function propertyLabelTable(profile: Profile): PropertyLabels {
  const tables = profile.propertyLabels;
  const heads = new Set(profile.assignments.flatMap((a) => a.properties));
  const qualifierOnly = new Set(profile.assignments.flatMap((a) => a.qualifiers.flatMap((q) => q.properties)).filter((p) => !heads.has(p)));
  const linkValued = new Set(
    Object.entries(profile.properties)
      .filter(([, p]) => p.datatype === 'wikibase-item' || p.datatype === 'wikibase-property')
      .map(([id]) => id),
  );
  return {
    qualifierOnly,
    linkValued,
    isOwnLabel: (label: string, uiLanguage: string): boolean => tables[uiLanguage]?.[label] !== undefined,
    lookup(label: string, uiLanguage: string): PropertyId | readonly PropertyId[] | undefined {
      const own = tables[uiLanguage]?.[label];
      if (own !== undefined) return own;
      // A fallback label is followed by the name of its language, in the UI language (which may hold spaces).
      for (let at = label.lastIndexOf(' '); at > 0; at = label.lastIndexOf(' ', at - 1)) {
        const code = languageCodeForName(label.slice(at + 1), uiLanguage);
        const found = code === null ? undefined : tables[code]?.[label.slice(0, at).trimEnd()];
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}
