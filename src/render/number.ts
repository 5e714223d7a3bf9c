// Writes an exact decimal (Wikibase's DecimalValue) with a UI language's separators, never through a float:
// MediaWiki's marks (locale/mediawiki-numbers.ts) in the EU languages, else Intl's.
import { MEDIAWIKI_MINUS, NUMBER_MARKS } from '../locale/mediawiki-numbers.js';
import { memo } from '../util/memo.js';

interface NumberSymbols {
  /** Groups a whole number exactly (a BigInt), as the language groups it. */
  readonly integer: Intl.NumberFormat;
  readonly decimal: string;
  readonly minus: string;
}

const DECIMAL = /^([-+])(\d+)(?:\.(\d+))?$/u;

const symbols = memo('render.number-symbols', (lang: string): NumberSymbols => {
  const parts = new Intl.NumberFormat(lang, { minimumFractionDigits: 1 }).formatToParts(-1.5);
  return {
    integer: new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }),
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    minus: parts.find((p) => p.type === 'minusSign')?.value ?? '-',
  };
});

/**
 * `+488705.11` → `488,705.11` (en), `488.705,11` (de), `488 705,11` (fr): the integer part grouped by Intl from a
 * BigInt, the fraction digits kept exactly as written (trailing zeros included), the plus sign dropped.
 */
export function formatLocalisedDecimal(amount: string, lang: string): string {
  const match = DECIMAL.exec(amount);
  if (match === null) throw new RangeError(`not a decimal: ${amount}`);
  const [, sign, whole = '0', fraction] = match;
  const marks = NUMBER_MARKS[lang];
  if (marks !== undefined) {
    // Wikibase shows the plain decimal where formatNum, which goes through a float, would change its digits.
    const plain = `${sign === '-' ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`;
    if (Number(plain).toFixed(fraction?.length ?? 0) !== plain.replace(/^-(?=0(\.0*)?$)/u, '')) return plain;
    const grouped = whole.length < 4 + marks.minimumGroupingDigits - 1 ? whole : whole.replace(/\B(?=(\d{3})+$)/gu, marks.group);
    return `${sign === '-' ? MEDIAWIKI_MINUS : ''}${grouped}${fraction === undefined ? '' : `${marks.decimal}${fraction}`}`;
  }
  const s = symbols(lang);
  const integer = s.integer.format(BigInt(whole));
  return `${sign === '-' ? s.minus : ''}${integer}${fraction === undefined ? '' : `${s.decimal}${fraction}`}`;
}
