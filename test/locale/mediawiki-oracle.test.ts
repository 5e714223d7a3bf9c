// The locale layer against MediaWiki 1.39's own files (Debian's mediawiki package, scripts/mediawiki-oracle.sh):
// separators and minus sign (Messages*.php), month names (i18n/*.json), numeric date formats; and language names
// against the real pages (../shared/real-wikibase-pages), which show Extension:CLDR's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageCodeForName, languageName, parseLocalisedDate, parseLocalisedDecimal } from '../../src/locale/index.js';
import { NUMERIC_DAY_FORMATS } from '../../src/locale/mediawiki-date-formats.js';
import { MONTH_WORDS } from '../../src/locale/mediawiki-months.js';
import { NUMBER_MARKS } from '../../src/locale/mediawiki-numbers.js';
import { UI_LANGUAGES } from '../../src/parse/index.js';
import { mediawikiPath, oraclePath } from '../support/oracle.js';

const messagesFile = (lang: string): string | undefined =>
  mediawikiPath(`languages/messages/Messages${lang.charAt(0).toUpperCase()}${lang.slice(1).replace('-', '_')}.php`);

const php = (lang: string): string => {
  const path = messagesFile(lang);
  return path === undefined ? '' : readFileSync(path, 'utf8');
};

/** The language's fallback chain as MessagesXx.php gives it, ending in English. */
function chain(lang: string): string[] {
  const out = [lang];
  for (let at = lang; ; ) {
    const next = /\$fallback\s*=\s*'([^',]+)/u.exec(php(at))?.[1];
    if (next === undefined || out.includes(next)) break;
    out.push(next);
    at = next;
  }
  return out.includes('en') ? out : [...out, 'en'];
}

/** The first value a PHP assignment (`$name = …;`) has along the fallback chain. */
function inherited(lang: string, pattern: RegExp): RegExpExecArray | null {
  for (const l of chain(lang)) {
    const match = pattern.exec(php(l));
    if (match !== null) return match;
  }
  return null;
}

/** `$separatorTransformTable`: the group and decimal marks formatNum writes (English's when null). */
function separators(lang: string): { group: string; decimal: string } {
  const table = inherited(lang, /\$separatorTransformTable\s*=\s*(null|\[[^\]]*\])/u)?.[1] ?? 'null';
  if (table === 'null') return { group: ',', decimal: '.' };
  const mark = (key: string): string => {
    const value = new RegExp(`'${key === '.' ? '\\.' : key}'\\s*=>\\s*("[^"]*"|'[^']*')`, 'u').exec(table)?.[1] ?? `'${key}'`;
    return JSON.parse(`"${value.slice(1, -1)}"`.replace(/\\u\{([0-9A-Fa-f]+)\}/gu, '\\u$1')) as string;
  };
  return { group: mark(','), decimal: mark('.') };
}

/** The day-precision format of the language's default date preference (`dmy` where the default is a choice). */
function dayFormat(lang: string): string | undefined {
  const preference = inherited(lang, /\$defaultDateFormat\s*=\s*'([^']+)'/u)?.[1] ?? 'dmy';
  const name = preference === 'dmy or mdy' ? 'dmy' : preference;
  for (const l of chain(lang)) {
    const format = new RegExp(`'${name} date'\\s*=>\\s*'([^']+)'`, 'u').exec(php(l))?.[1];
    if (format !== undefined) return format;
  }
  return undefined;
}

const english = mediawikiPath('languages/messages/MessagesEn.php');

/**
 * The date format MwTimeIsoFormatter takes its day and month tokens from: the language's own `dmy date`, else the
 * `date` format of its default date preference (`dmy or mdy` meaning `dmy`), along the fallback chain.
 */
function wikibaseDayFormat(lang: string): string | undefined {
  const own = /'dmy date'\s*=>\s*'([^']+)'/u.exec(php(lang))?.[1];
  if (own !== undefined) return own;
  const preference = inherited(lang, /\$defaultDateFormat\s*=\s*'([^']+)'/u)?.[1] ?? 'dmy';
  const name = preference === 'dmy or mdy' ? 'dmy' : preference;
  return inherited(lang, new RegExp(`'${name} date'\\s*=>\\s*'([^']+)'`, 'u'))?.[1];
}

describe.skipIf(english === undefined)("the project's number and month tables against MediaWiki 1.39", () => {
  it.each(UI_LANGUAGES)('%s: separators and minimum grouping digits are MessagesXx.php\'s', (lang) => {
    const minimum = Number(inherited(lang, /\$minimumGroupingDigits\s*=\s*(\d+)/u)?.[1] ?? 1);
    expect(NUMBER_MARKS[lang]).toEqual({ ...separators(lang), minimumGroupingDigits: minimum });
  });

  it.each(UI_LANGUAGES)("%s: the day shape and month names are MediaWiki's", (lang) => {
    const read = (l: string): Record<string, string> => {
      const path = mediawikiPath(`languages/i18n/${l}.json`);
      return path === undefined ? {} : (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>);
    };
    const files = chain(lang).map(read);
    const message = (key: string): string | undefined => files.find((f) => f[key] !== undefined)?.[key];
    const format = (wikibaseDayFormat(lang) ?? '').replace(/\\./gu, '').replace(/"[^"]*"/gu, '');
    const day = /[jd]\.?/u.exec(format)?.[0];
    const month = /(xg|[FMmn])\.?/u.exec(format)?.[0] ?? '';
    const entry = MONTH_WORDS[lang];
    expect(entry?.day).toBe(`${day} ${month}`);
    expect(entry?.months).toEqual(MONTHS.map((k) => message(k)));
    const token = month.replace('.', '');
    const withDay = token === 'M' ? ABBREVIATIONS : token === 'xg' ? MONTHS.map((k) => `${k.replace('_long', '')}-gen`) : null;
    expect(entry?.withDay).toEqual(withDay?.map((k) => message(k)));
  });
});

describe.skipIf(english === undefined)("numbers and dates against MediaWiki 1.39's Messages*.php", () => {
  it.each(UI_LANGUAGES)('%s: an amount as formatNum writes it (its separators, U+2212 minus) is read', (lang) => {
    const { group, decimal } = separators(lang);
    const shown = `1${group}234${group}567${decimal}89`;
    expect(parseLocalisedDecimal(shown, lang), shown).toBe('+1234567.89');
    expect(parseLocalisedDecimal(`\u2212${shown}`, lang), shown).toBe('-1234567.89');
    // The flattening writes every whitespace character as a space.
    expect(parseLocalisedDecimal(shown.replace(/\s/gu, ' '), lang), shown).toBe('+1234567.89');
  });

  it.each(UI_LANGUAGES)('%s: the numeric day format, where the default date format names the month by number, is the table\'s', (lang) => {
    const format = dayFormat(lang);
    const numeric = format !== undefined && /[nm]/u.test(format.replace(/\\./gu, '')) && !/[FM]|xg/u.test(format);
    expect(NUMERIC_DAY_FORMATS[lang]).toBe(numeric ? format : undefined);
  });
});

const i18n = mediawikiPath('languages/i18n/en.json');
const MONTHS = ['january', 'february', 'march', 'april', 'may_long', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** MediaWiki's sprintfDate for the letters a date format uses: j d n m F M xg Y, quoted and escaped literals. */
function sprintfDate(format: string, day: number, month: number, year: number, messages: (key: string) => string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format.charAt(i);
    if (c === '\\') out += format.charAt(++i);
    else if (c === '"') {
      const end = format.indexOf('"', i + 1);
      out += format.slice(i + 1, end);
      i = end;
    } else if (c === 'x' && format.charAt(i + 1) === 'g') {
      out += messages(`${MONTHS[month - 1]?.replace('_long', '')}-gen`);
      i += 1;
    } else if (c === 'j') out += String(day);
    else if (c === 'd') out += String(day).padStart(2, '0');
    else if (c === 'n') out += String(month);
    else if (c === 'm') out += String(month).padStart(2, '0');
    else if (c === 'F') out += messages(MONTHS[month - 1] ?? '');
    else if (c === 'M') out += messages(ABBREVIATIONS[month - 1] ?? '');
    else if (c === 'Y') out += String(year);
    else out += c;
  }
  return out;
}

describe.skipIf(i18n === undefined)("dates against MediaWiki 1.39's i18n and date formats", () => {
  it.each(UI_LANGUAGES)('%s: each month, written as MediaWiki writes a day and a month (F Y), is read', (lang) => {
    const own = mediawikiPath(`languages/i18n/${lang}.json`);
    const read = (path: string | undefined): Record<string, string> => (path === undefined ? {} : (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
    const messages = { ...read(i18n), ...read(own) };
    const message = (key: string): string => messages[key] ?? key;
    const format = dayFormat(lang) ?? 'j F Y';
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const shown = sprintfDate(format, 15, month, 2018, message);
      expect(parseLocalisedDate(shown, lang), shown).toEqual({ time: `+2018-${mm}-15T00:00:00Z`, precision: 11 });
      const monthOnly = sprintfDate('F Y', 1, month, 2018, message);
      expect(parseLocalisedDate(monthOnly, lang), monthOnly).toEqual({ time: `+2018-${mm}-00T00:00:00Z`, precision: 10 });
    }
  });
});

const pages = oraclePath('real-wikibase-pages');

describe.skipIf(pages === undefined)('language names against the real pages (Extension:CLDR)', () => {
  it.each(UI_LANGUAGES)('%s: each summary\'s language is shown by its name as MediaWiki gives it', (lang) => {
    for (const item of readdirSync(join(pages ?? '', 'flat'))) {
      const truth = JSON.parse(readFileSync(join(pages ?? '', 'truth', `${item}.json`), 'utf8')) as {
        entities: Record<string, { claims: Record<string, { mainsnak: { datavalue?: { value: { text: string; language: string } } } }[]> }>;
      };
      const text = readFileSync(join(pages ?? '', 'flat', item, `${lang}.txt`), 'utf8').split('\n');
      for (const statement of truth.entities[item]?.claims['P836'] ?? []) {
        const value = statement.mainsnak.datavalue?.value;
        if (value === undefined) continue;
        const line = text.find((l) => l.startsWith(`${value.text} (`));
        if (line === undefined) continue;
        const name = line.slice(value.text.length + 2, -1);
        expect(languageName(value.language, lang), `${item}/${lang}`).toBe(name);
        expect(languageCodeForName(name, lang), `${item}/${lang}`).toBe(value.language);
      }
    }
  });
});
