// The profile's property label table as a lookup: a label a page shows (with Wikibase's fallback indicator when the
// property has no label in the UI language: `EU contribution Englisch`) to its property.
import { languageCodeForName } from '../locale/index.js';
import type { PropertyId } from '../model/index.js';
import type { Profile } from '../profile/index.js';
import type { PropertyLabels } from './labelled-types.js';

/** What String.prototype.trim takes away (white space and line terminators). */
const WHITE_SPACE = /^\s$/u;

/** WHITE_SPACE's answer, told from the code for ASCII (tab to carriage return, and the space): every line's characters are asked. */
function isWhiteSpace(ch: string, code: number): boolean {
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE.test(ch);
}

type Table = Readonly<Record<string, PropertyId | readonly PropertyId[]>>;

/** The table's entry for a label: its own keys only (a line `constructor` is not Object's). */
function entry(table: Table | undefined, label: string): PropertyId | readonly PropertyId[] | undefined {
  return table !== undefined && Object.hasOwn(table, label) ? table[label] : undefined;
}

export function propertyLabelTable(profile: Profile): PropertyLabels {
  const tables = profile.propertyLabels;
  const heads = new Set(profile.assignments.flatMap((a) => a.properties));
  const qualifierOnly = new Set(profile.assignments.flatMap((a) => a.qualifiers.flatMap((q) => q.properties)).filter((p) => !heads.has(p)));
  const linkValued = new Set(
    Object.entries(profile.properties)
      .filter(([, p]) => p.datatype === 'wikibase-item' || p.datatype === 'wikibase-property')
      .map(([id]) => id),
  );
  // Every label of any language, and the longest: a line's text before a fallback language's name must be one of
  // them, so most lines (values, sentences) are ruled out by a set look-up before any language name is looked up.
  const anyLabel = new Set(Object.values(tables).flatMap((table) => Object.keys(table)));
  const longest = Math.max(0, ...[...anyLabel].map((l) => l.length));
  return {
    qualifierOnly,
    linkValued,
    isOwnLabel: (label: string, uiLanguage: string): boolean => entry(tables[uiLanguage], label) !== undefined,
    lookup(label: string, uiLanguage: string): PropertyId | readonly PropertyId[] | undefined {
      const own = entry(tables[uiLanguage], label);
      if (own !== undefined) return own;
      // A fallback label is followed by the name of its language, in the UI language (which may hold spaces). The
      // text before a space (trimmed) grows with the space's place, so only the first spaces can follow a label; of
      // a run of spaces (and other white space) the last stands for all: the name after each folds the same.
      const splits: { readonly at: number; readonly before: string }[] = [];
      let end = 0;
      for (let i = 0; i < label.length; i += 1) {
        const ch = label[i] as string;
        if (!isWhiteSpace(ch, label.charCodeAt(i))) {
          end = i + 1;
          continue;
        }
        if (ch !== ' ' || end === 0) continue;
        if (end > longest) break;
        const before = label.slice(0, end);
        const last = splits.at(-1);
        if (last !== undefined && last.before.length === end) splits[splits.length - 1] = { at: i, before };
        else if (anyLabel.has(before)) splits.push({ at: i, before });
      }
      // The shortest language name first (the last space), as a reader of the label would split it.
      for (let i = splits.length - 1; i >= 0; i -= 1) {
        const { at, before } = splits[i] as { readonly at: number; readonly before: string };
        const code = languageCodeForName(label.slice(at + 1), uiLanguage);
        const found = code === null ? undefined : entry(tables[code], before);
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}
