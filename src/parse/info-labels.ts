// The profile's info-page labels compiled into matchers, per language (once per profile, not per page).
import type { InfoPageLabels, InfoPageProfile } from '../profile/index.js';
import { weakMemo } from '../util/memo.js';

/** What one line (or the start of one) is, by the labels of one language. */
export type LineMatch =
  | { readonly role: 'site-header' | 'furniture' | 'na' | 'no-summary' }
  /** A section heading; `list` when it opens a list (beneficiaries). */
  | { readonly role: 'heading'; readonly list?: string }
  /** `Label: value`; `valueAt` is the value's offset in the line. */
  | { readonly role: 'field'; readonly key: string; readonly valueAt: number };

export interface LabelMatcher {
  readonly language: string;
  /** What the whole line is (trimmed), or null for text. */
  whole(line: string): LineMatch | null;
  /**
   * The headings a line may start with, more text glued after (`programOkres programowania: 2014-2021`): several
   * when one form is the start of another (`toetusesaaja`, `toetusesaajad`), and the reader must tell which.
   */
  headingPrefixes(line: string): readonly { readonly list?: string; readonly length: number }[];
  /** Whether the value shown is this language's `n/a`. */
  isNa(value: string): boolean;
  /** Whether the location line shows a placeholder instead of a region (`Multiple locations`, `n/a`). */
  isNoRegion(value: string): boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A label as a pattern: any run of spaces (a scraper turns no-break spaces into spaces and back) matches any. */
const pattern = (s: string): string => escape(s.trim()).replace(/\s+/gu, '\\s+');
/** Longest first, so `Programme website:` is not read as `Programme:` and a longer heading wins. */
const alternation = (texts: readonly string[]): string =>
  [...new Set(texts)].sort((a, b) => b.length - a.length).map(pattern).join('|');

const fold = (s: string): string => s.trim().replace(/\s+/gu, ' ').toLocaleLowerCase();

function compile(language: string, labels: InfoPageLabels): LabelMatcher {
  const exact = new Map<string, LineMatch>();
  const put = (texts: readonly string[], match: LineMatch): void => {
    for (const t of texts) if (!exact.has(fold(t))) exact.set(fold(t), match);
  };
  put(labels.siteHeader, { role: 'site-header' });
  for (const [list, forms] of Object.entries(labels.lists)) for (const f of forms) put([f], { role: 'heading', list });
  put(labels.headings, { role: 'heading' });
  put(labels.na, { role: 'na' });
  put(labels.noSummary, { role: 'no-summary' });
  put(labels.furniture, { role: 'furniture' });

  const fieldKeys = new Map<string, string>();
  for (const [key, texts] of Object.entries(labels.fields)) for (const t of texts) fieldKeys.set(fold(t), key);
  const fieldPattern = new RegExp(`^\\s*(${alternation(Object.values(labels.fields).flat())})[\\s]*`, 'iu');

  const headingTexts = [...labels.headings, ...labels.siteHeader, ...Object.values(labels.lists).flat()];
  // Case-sensitive: glued, `beneficiarioSocijalna` is `beneficiario` + a name, not `beneficiarios` + `ocijalna`.
  const listOf = new Map<string, string | undefined>(headingTexts.map((t) => [t.trim(), undefined]));
  for (const [list, forms] of Object.entries(labels.lists)) for (const f of forms) listOf.set(f.trim(), list);
  const headingForms = [...listOf].map(([form, list]) => [new RegExp(`^\\s*${pattern(form)}`, 'u'), list] as const);
  const na = new Set(labels.na.map(fold));
  const noRegion = new Set([...labels.noRegion, ...labels.na].map(fold));

  return {
    language,
    whole(line) {
      const known = exact.get(fold(line));
      if (known !== undefined) return known;
      const m = fieldPattern.exec(line);
      if (m?.[1] === undefined) return null;
      const key = fieldKeys.get(fold(m[1]));
      return key === undefined ? null : { role: 'field', key, valueAt: m[0].length };
    },
    headingPrefixes(line) {
      const out: { list?: string; length: number }[] = [];
      for (const [form, list] of headingForms) {
        const length = form.exec(line)?.[0].length;
        if (length !== undefined && length < line.trimEnd().length) out.push(list === undefined ? { length } : { list, length });
      }
      return out;
    },
    isNa: (value) => na.has(fold(value)),
    isNoRegion: (value) => noRegion.has(fold(value)),
  };
}

/** The matchers of every language the profile's info page has labels for. */
export const labelMatchers = weakMemo(
  'parse.info-label-matchers',
  (info: InfoPageProfile): ReadonlyMap<string, LabelMatcher> =>
    new Map(Object.entries(info.labels).map(([language, labels]) => [language, compile(language, labels)])),
);

/** The location line's patterns, compiled once. */
export const locationPatterns = weakMemo('parse.info-location-patterns', (info: InfoPageProfile): readonly RegExp[] =>
  (info.location?.patterns ?? []).map((p) => new RegExp(p, 'u')),
);

/** One pattern for the start of any language's structure. */
const anyLabels = weakMemo('parse.info-any-label', (info: InfoPageProfile): RegExp => {
  const texts = Object.values(info.labels).flatMap((l) => [
    ...l.siteHeader,
    ...l.headings,
    ...Object.values(l.fields).flat(),
    ...Object.values(l.lists).flat(),
  ]);
  return new RegExp(`^\\s*(?:${alternation(texts)})`, 'iu');
});

/**
 * Whether a line may begin with any language's structure (a header, heading, field label or list heading): one
 * pattern for all languages, so a summary-only page is ruled out at the cost of one anchored match a line.
 */
export function mayBeStructure(line: string, info: InfoPageProfile): boolean {
  return anyLabels(info).test(line);
}
