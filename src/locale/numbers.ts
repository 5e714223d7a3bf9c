// Reads numbers as MediaWiki's Language::formatNum shows them in a UI language back into DecimalValue strings.
import { addDecimal, formatDecimal, parseDecimal, subtractDecimal } from '../model/decimal.js';
import { memo } from '../util/memo.js';

/** An amount with the bounds a `±` margin implies, all in DecimalValue form (`+1234`, `-0.5`). */
export interface LocalisedQuantityAmount {
  readonly amount: string;
  /** Present only when the text carried a `±` margin. */
  readonly upperBound?: string;
  readonly lowerBound?: string;
}

interface NumberSyntax {
  /** Groups: sign, integer part (separators included), fraction digits. */
  readonly pattern: RegExp;
}

// Space-like characters MediaWiki and CLDR use as digit-group separators (space, no-break, narrow no-break,
// thin, figure). A scraper may have normalised any of them into any other, so they count as one separator.
const SPACES = ' \u00a0\u202f\u2009\u2007';
const SPACE_CLASS = `[${SPACES}]`;
const MINUS_SIGNS = '-\u2212';
const PLUS_MINUS = '±';


function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&');
}

function isSpace(ch: string): boolean {
  return SPACES.includes(ch) || /^\s$/u.test(ch);
}

// Kept both by the tag as callers spell it and by its canonical form, so a call costs one Map lookup.
const numberSyntax = memo('locale.number-syntax-by-tag', (lang: string) => syntaxOf(Intl.getCanonicalLocales(lang)[0] ?? lang));

/** The separators, minus sign and group sizes of `lang`, asked of Intl once and compiled into one pattern. */
const syntaxOf = memo('locale.number-syntax', (canonical: string): NumberSyntax => {
  const format = new Intl.NumberFormat(canonical, { useGrouping: true, minimumFractionDigits: 1 });
  const parts = format.formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = integers.at(-1) ?? 3;
  const secondary = integers.length > 2 ? (integers.at(-2) ?? primary) : primary;
  const minus = new Intl.NumberFormat(canonical).formatToParts(-1).find((p) => p.type === 'minusSign')?.value ?? '-';

  // MediaWiki's separatorTransformTable does not always agree with CLDR: several comma-decimal languages
  // group with a no-break space on the wiki where CLDR has a dot. A space cannot be mistaken for a decimal
  // comma, so comma-decimal languages also accept space grouping; dot-decimal ones (en, ga, mt) stay strict.
  const groupAlternatives = [escapeRegExp(group)];
  if (isSpace(group) || decimal === ',') groupAlternatives.push(SPACE_CLASS);
  const g = `(?:${groupAlternatives.join('|')})`;
  const grouped = `[1-9]\\d{0,${secondary - 1}}(?:${g}\\d{${secondary}})*${g}\\d{${primary}}`;
  const plain = '0|[1-9]\\d*';
  const signs = `[+${escapeClass(MINUS_SIGNS + (minus.length === 1 ? minus : ''))}]`;
  const pattern = new RegExp(`^(${signs})?(${grouped}|${plain})(?:${escapeRegExp(decimal)}(\\d+))?$`, 'u');

  return { pattern };
});

/** True when every separator in a grouped integer is the same kind: `1.234 567` is no number anywhere. */
function consistentGrouping(integer: string): boolean {
  let kind: string | null = null;
  for (const ch of integer) {
    if (ch >= '0' && ch <= '9') continue;
    const k = isSpace(ch) ? 'space' : ch;
    if (kind === null) kind = k;
    else if (kind !== k) return false;
  }
  return true;
}

/** A plain decimal, ASCII digits and a `.`: what Wikibase shows where formatting it would lose digits. */
const PLAIN_DECIMAL = /^([+\-\u2212])?(0|[1-9]\d*)(?:\.(\d+))?$/u;
/** A double holds any decimal of this many significant digits; only longer ones can lose digits when formatted. */
const DOUBLE_DIGITS = 15;

/**
 * An amount Wikibase shows unformatted (`987654321098765.43` on a German page): its DecimalFormatter falls back to
 * the plain decimal when MediaWiki's formatNum, which goes through a float, would lose digits. Only a number with
 * more significant digits than a double holds can be shown so; a shorter one is always formatted.
 */
function unformatted(text: string): RegExpExecArray | null {
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) return null;
  const significant = `${match[2] ?? ''}${match[3] ?? ''}`.replace(/^0+/u, '');
  return significant.length > DOUBLE_DIGITS ? match : null;
}

/**
 * Reads `488,705.11` (English), `488.705,11` (German), `488 705,11` (French) and the like as the DecimalValue
 * `+488705.11`. The separators come from Intl for `lang`; grouping is optional (MediaWiki and CLDR disagree on
 * when four-digit numbers get grouped), but when present it must be regular. Trailing zeros are kept because
 * they carry precision (`85.0` → `+85.0`). Leading zeros, exponents and a bare decimal mark are refused:
 * formatNum never writes them, so such text is a code or an identifier rather than an amount.
 * An amount shown unformatted because a float cannot hold it (`987654321098765.43`) is read in any language.
 * Returns null when the text is not a number in that language.
 */
export function parseLocalisedDecimal(text: string, lang: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 200) return null;
  const match = numberSyntax(lang).pattern.exec(trimmed) ?? unformatted(trimmed);
  if (match === null) return null;
  const [, sign = '+', integer = '', fraction] = match;
  if (!consistentGrouping(integer)) return null;
  const digits = integer.replace(/\D/g, '');
  const negative = sign !== '+' && !/^0+$/.test(digits + (fraction ?? ''));
  return `${negative ? '-' : '+'}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Reads a quantity's number part, `1,234±5` or `1,234 ± 0.5`, as Wikibase stores it: the amount and, when a
 * margin is shown, the bounds amount ± margin, computed exactly in decimal at the finer of the two scales
 * (`+1234±0.5` → upper `+1234.5`, lower `+1233.5`). Wikibase shows one symmetric margin even when the stored
 * bounds were asymmetric, so bounds read back are the widest symmetric reading of what was shown.
 * Returns null when either part is not a number, or the margin is negative.
 */
export function parseLocalisedAmountWithUncertainty(text: string, lang: string): LocalisedQuantityAmount | null {
  const at = text.indexOf(PLUS_MINUS);
  if (at < 0) {
    const amount = parseLocalisedDecimal(text, lang);
    return amount === null ? null : { amount };
  }
  if (text.indexOf(PLUS_MINUS, at + 1) >= 0) return null;
  const amount = parseLocalisedDecimal(text.slice(0, at), lang);
  const margin = parseLocalisedDecimal(text.slice(at + 1), lang);
  if (amount === null || margin === null || margin.startsWith('-')) return null;
  const a = parseDecimal(amount);
  const m = parseDecimal(margin);
  return {
    amount,
    upperBound: formatDecimal(addDecimal(a, m)),
    lowerBound: formatDecimal(subtractDecimal(a, m)),
  };
}
