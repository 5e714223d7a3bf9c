// The project's table of Wikibase's and Vector's phrases, checked against Wikibase's i18n (../shared/i18n), MediaWiki
// 1.39's Vector messages (Debian's mediawiki package) and the real pages (../shared/real-wikibase-pages).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_PHRASE_TABLE, type UiPhraseEntry } from '../../src/parse/ui-phrase-table.js';
import { mediawikiPath, oraclePath } from '../support/oracle.js';

const LANGUAGES = Object.keys(UI_PHRASE_TABLE).sort();

/** The table's fields and the Wikibase message each holds. */
const WIKIBASE_KEYS: readonly [keyof UiPhraseEntry, string | readonly string[]][] = [
  ['labelEmpty', 'wikibase-label-empty'],
  ['descriptionEmpty', 'wikibase-description-empty'],
  [
    'termsHeader',
    [
      'wikibase-entitytermsforlanguagelistview-language',
      'wikibase-entitytermsforlanguagelistview-label',
      'wikibase-entitytermsforlanguagelistview-description',
      'wikibase-entitytermsforlanguagelistview-aliases',
    ],
  ],
  ['termsToggler', 'wikibase-entitytermsview-entitytermsforlanguagelistview-toggler'],
  ['statements', 'wikibase-statementsection-statements'],
  ['identifiers', 'wikibase-statementsection-identifiers'],
  ['referencesCounter', 'wikibase-statementview-references-counter'],
];

/**
 * Messages the newer Wikibase in ../shared/i18n has and REL1_39 (what real pages were rendered with) lacks: there
 * the page shows English's (`No label defined` on the Irish page, which the real pages show).
 */
const NOT_IN_REL1_39 = new Set(['ga:wikibase-label-empty']);

const i18nFile = oraclePath('i18n/wikibase-ui-messages.json');

describe.skipIf(i18nFile === undefined)("the phrase table against Wikibase's messages", () => {
  const messages = (JSON.parse(readFileSync(i18nFile ?? '', 'utf8')) as { messages: Record<string, Record<string, string>> }).messages;
  const message = (lang: string, key: string): string => {
    const english = messages['en']?.[key];
    const own = NOT_IN_REL1_39.has(`${lang}:${key}`) ? undefined : messages[lang]?.[key];
    return own ?? english ?? key;
  };

  it('covers the 24 EU UI languages', () => {
    expect(LANGUAGES).toEqual(Object.keys(messages).sort());
  });

  it.each(LANGUAGES)('%s: every phrase is Wikibase\'s message (English where the language lacks it)', (lang) => {
    const entry = UI_PHRASE_TABLE[lang] as UiPhraseEntry;
    for (const [field, key] of WIKIBASE_KEYS) {
      const want = typeof key === 'string' ? message(lang, key) : key.map((k) => message(lang, k));
      expect(entry[field], `${lang} ${field}`).toEqual(want);
    }
  });
});

describe("the phrase table against MediaWiki 1.39's Vector skin", () => {
  const english = mediawikiPath('skins/Vector/i18n/en.json');
  it.skipIf(english === undefined).each(LANGUAGES)('%s: the skip links are Vector\'s (English where the language lacks them)', (lang) => {
    const read = (l: string): Record<string, string> => {
      const path = mediawikiPath(`skins/Vector/i18n/${l}.json`);
      return path === undefined ? {} : (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>);
    };
    const own = read(lang);
    const en = read('en');
    const message = (key: string): string | undefined => own[key] ?? en[key];
    expect(UI_PHRASE_TABLE[lang]?.skipLinks).toEqual([message('vector-jumptonavigation'), message('vector-jumptosearch')]);
  });
});

const pages = oraclePath('real-wikibase-pages/flat');

describe.skipIf(pages === undefined)('the phrase table against real pages', () => {
  it.each(LANGUAGES)('%s: the skip links, terms header and statements heading are lines of every real page', (lang) => {
    const entry = UI_PHRASE_TABLE[lang] as UiPhraseEntry;
    for (const item of readdirSync(pages ?? '')) {
      const lines = readFileSync(join(pages ?? '', item, `${lang}.txt`), 'utf8').split('\n');
      expect(lines.slice(1, 3), `${item}/${lang}`).toEqual(entry.skipLinks);
      expect(lines, `${item}/${lang}`).toContain(`${entry.termsHeader.join(' | ')} |`);
      expect(lines, `${item}/${lang}`).toContain(entry.statements);
    }
  });
});
