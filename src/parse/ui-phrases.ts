// The fixed phrases of Wikibase's item view in each UI language, which give a flattened page its structure.
import { pluralMessage, type PluralMessage } from './plural-message.js';
import { UI_PHRASE_TABLE, type UiPhraseEntry } from './ui-phrase-table.js';
import { memo } from '../util/memo.js';

/** A UI language's phrases as the reader uses them: the table's entry, its counter parsed, its skip links as chrome. */
export interface UiPhrases extends Omit<UiPhraseEntry, 'referencesCounter' | 'skipLinks'> {
  /** The UI language's code. */
  readonly language: string;
  /** MediaWiki's skip links (Vector's "Jump to navigation", "Jump to search") that the flattening keeps as lines. */
  readonly chrome: readonly string[];
  /** The "N references" line that closes each statement. */
  readonly references: PluralMessage;
}

/** The UI languages whose phrases are known: the 24 official EU languages. */
export const UI_LANGUAGES: readonly string[] = Object.keys(UI_PHRASE_TABLE).sort();

/** The phrases of a UI language, from the project's table (which holds English's where MediaWiki falls back to it). */
export const uiPhrases = memo('parse.ui-phrases', (language: string): UiPhrases => {
  const own = UI_PHRASE_TABLE[language];
  if (own === undefined) throw new RangeError(`no Wikibase UI phrases for language "${language}"`);
  const { referencesCounter, skipLinks, ...shared } = own;
  return { ...shared, language, chrome: skipLinks, references: pluralMessage(referencesCounter, language) };
});

export const ENGLISH: UiPhrases = uiPhrases('en');
