// The fixed phrases of Wikibase's item view in one UI language, which give a flattened page its structure.

export interface UiPhrases {
  /** The UI language's code. */
  readonly language: string;
  readonly labelEmpty: string;
  readonly descriptionEmpty: string;
  /** The terms table's header cells: language, label, description, aliases. */
  readonly termsHeader: readonly [string, string, string, string];
  readonly statements: string;
  readonly identifiers: string;
  /** MediaWiki's own navigation links that a scraper keeps as lines. */
  readonly chrome: readonly string[];
  /** Matches the "N references" line that closes each statement; group 1 is the count. */
  readonly referencesLine: RegExp;
}

/** Builds the "N references" matcher from MediaWiki's message, e.g. `$1 {{PLURAL:$1|reference|references}}`. */
export function referencesMatcher(message: string): RegExp {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = message.split(/(\{\{PLURAL:\$1\|[^}]*\}\}|\$1)/u).map((part) => {
    if (part === '$1') return '(\\d+)';
    const plural = /^\{\{PLURAL:\$1\|([^}]*)\}\}$/u.exec(part);
    if (plural?.[1] !== undefined) {
      const forms = plural[1].split('|').map((f) => escape(f.replace(/^\d+=/, '')));
      return `(?:${[...new Set(forms)].join('|')})`;
    }
    return escape(part).replace(/ /g, '\\s+');
  });
  return new RegExp(`^${parts.join('')}$`, 'u');
}

export const ENGLISH: UiPhrases = {
  language: 'en',
  labelEmpty: 'No label defined',
  descriptionEmpty: 'No description defined',
  termsHeader: ['Language', 'Label', 'Description', 'Also known as'],
  statements: 'Statements',
  identifiers: 'Identifiers',
  chrome: ['Jump to navigation', 'Jump to search'],
  referencesLine: referencesMatcher('$1 {{PLURAL:$1|reference|references}}'),
};
