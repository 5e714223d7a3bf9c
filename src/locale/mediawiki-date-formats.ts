// MediaWiki's numeric day-precision date formats, per UI language whose default date format is numeric: the
// project's own table, checked against MediaWiki 1.39's Messages*.php by test/locale/dates.test.ts.
import { memo } from '../util/memo.js';

/**
 * The format (PHP date letters, as in MessagesXx.php's `$dateFormats`) that Wikibase shows a day-precision date in,
 * where it names the month by its number: Czech's default `ČSN basic dt` is `j. n. Y` (`1. 9. 2018`). Languages
 * whose format names the month in words are read with their month names (dates.ts) and are not listed.
 */
export const NUMERIC_DAY_FORMATS: Readonly<Record<string, string>> = { cs: 'j. n. Y' };

const FIELDS: Readonly<Record<string, string>> = {
  j: '(?<d>\\d{1,2})',
  d: '(?<d>\\d{2})',
  n: '(?<n>\\d{1,2})',
  m: '(?<n>\\d{2})',
  Y: '(?<y>\\d{1,4})',
};

/** The format as a pattern with groups d, n and y: spaces match any whitespace, other characters themselves. */
export const numericDayPattern = memo('locale.numeric-day-pattern', (lang: string): RegExp | null => {
  const format = NUMERIC_DAY_FORMATS[lang];
  if (format === undefined) return null;
  return new RegExp(
    `^\\s*${[...format].map((c) => FIELDS[c] ?? (/\s/u.test(c) ? '\\s*' : c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))).join('')}\\s*$`,
    'u',
  );
});
