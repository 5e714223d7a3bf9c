// The fixed phrases of Wikibase's item view in each UI language, which give a flattened page its structure.
import { readFileSync } from 'node:fs';
import { pluralMessage, type PluralMessage } from './plural-message.js';

export interface UiPhrases {
  /** The UI language's code. */
  readonly language: string;
  readonly labelEmpty: string;
  readonly descriptionEmpty: string;
  /** The terms table's header cells: language, label, description, aliases. */
  readonly termsHeader: readonly [string, string, string, string];
  /** The "In more languages" toggle above the terms table. */
  readonly termsToggler: string;
  readonly statements: string;
  readonly identifiers: string;
  /** MediaWiki's own navigation links that a scraper keeps as lines (known in English only). */
  readonly chrome: readonly string[];
  /** The "N references" line that closes each statement. */
  readonly references: PluralMessage;
}

interface MessageFile {
  readonly messages: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const file = JSON.parse(readFileSync(new URL('../../data/wikibase-ui-messages.json', import.meta.url), 'utf8')) as MessageFile;

/** The UI languages whose phrases are known: the 24 official EU languages. */
export const UI_LANGUAGES: readonly string[] = Object.keys(file.messages).sort();

/** MediaWiki's own skin messages; the scraped pages we have show them in English only. */
const ENGLISH_CHROME = ['Jump to navigation', 'Jump to search'];

const cache = new Map<string, UiPhrases>();

/** The phrases of a UI language; a message the language lacks falls back to English, as MediaWiki does. */
export function uiPhrases(language: string): UiPhrases {
  let phrases = cache.get(language);
  if (phrases !== undefined) return phrases;
  const own = file.messages[language];
  if (own === undefined) throw new RangeError(`no Wikibase UI phrases for language "${language}"`);
  const english = file.messages['en'] ?? {};
  const m = (key: string): string => own[key] ?? english[key] ?? key;
  phrases = {
    language,
    labelEmpty: m('wikibase-label-empty'),
    descriptionEmpty: m('wikibase-description-empty'),
    termsHeader: [
      m('wikibase-entitytermsforlanguagelistview-language'),
      m('wikibase-entitytermsforlanguagelistview-label'),
      m('wikibase-entitytermsforlanguagelistview-description'),
      m('wikibase-entitytermsforlanguagelistview-aliases'),
    ],
    termsToggler: m('wikibase-entitytermsview-entitytermsforlanguagelistview-toggler'),
    statements: m('wikibase-statementsection-statements'),
    identifiers: m('wikibase-statementsection-identifiers'),
    chrome: ENGLISH_CHROME,
    references: pluralMessage(m('wikibase-statementview-references-counter'), language),
  };
  cache.set(language, phrases);
  return phrases;
}

export const ENGLISH: UiPhrases = uiPhrases('en');
