// Amounts as Intl writes them in one locale (`95 393,38 €` in fr), read and written as exact decimal strings.
import { memo } from '../util/memo.js';

interface Layout {
  readonly group: string;
  readonly decimal: string;
  /** The currency sign, and whether it comes before the number. */
  readonly currency?: { readonly sign: string; readonly before: boolean; readonly space: string };
}

function layout(locale: string, currency?: string): Layout {
  return layoutOf(`${locale}\u0000${currency ?? ''}`);
}

const layoutOf = memo('locale.amount-layout', (key: string): Layout => {
  const [locale = '', currency = ''] = key.split('\u0000');
  const options: Intl.NumberFormatOptions = currency === '' ? {} : { style: 'currency', currency };
  const parts = new Intl.NumberFormat(locale, options).formatToParts(1234567.5);
  const value = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const at = parts.findIndex((p) => p.type === 'currency');
  const before = at >= 0 && at < parts.findIndex((p) => p.type === 'integer');
  const space = at < 0 ? '' : (parts[before ? at + 1 : at - 1]?.type === 'literal' ? (parts[before ? at + 1 : at - 1]?.value ?? '') : '');
  return {
    group: value('group'),
    decimal: value('decimal'),
    ...(at < 0 ? {} : { currency: { sign: value('currency'), before, space } }),
  };
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A separator that is a space of some kind matches any space: scrapers turn no-break spaces into spaces. */
const sep = (s: string): string => (/^\s$/u.test(s) ? '\\s' : escape(s));

/**
 * Reads `text` written in `locale` (with the currency's sign when `currency` is given) as a decimal string such
 * as `+95393.38`, keeping every digit shown; null when it is not such a number. Grouping is optional but regular.
 */
export function parseLocaleAmount(text: string, locale: string, currency?: string): string | null {
  const { group, decimal, currency: sign } = layout(locale, currency);
  const number = `(?<sign>[-\u2212])?(?<int>\\d{1,3}(?:${sep(group)}\\d{3})*|\\d+)(?:${sep(decimal)}(?<frac>\\d+))?`;
  const signPart = sign === undefined ? '' : escape(sign.sign);
  const source = sign === undefined ? number : sign.before ? `${signPart}\\s*${number}` : `${number}\\s*${signPart}`;
  const groups = new RegExp(`^\\s*${source}\\s*$`, 'u').exec(text)?.groups;
  if (groups === undefined) return null;
  const digits = (groups['int'] ?? '').replace(/\D/gu, '');
  if (digits.length > 1 && digits.startsWith('0')) return null;
  const frac = groups['frac'];
  const negative = groups['sign'] !== undefined && /[1-9]/u.test(digits + (frac ?? ''));
  return `${negative ? '-' : '+'}${digits}${frac === undefined ? '' : `.${frac}`}`;
}

/** Writes a decimal string (`+95393.38`) as `locale` does, grouped, with the currency's sign when given. */
export function formatLocaleAmount(amount: string, locale: string, currency?: string): string {
  const { group, decimal, currency: sign } = layout(locale, currency);
  const m = /^([-+]?)(\d+)(?:\.(\d+))?$/u.exec(amount);
  if (m === null) throw new Error(`not a decimal: ${amount}`);
  const [, s = '', int = '', frac] = m;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, group);
  const number = `${s === '-' ? '-' : ''}${grouped}${frac === undefined ? '' : `${decimal}${frac}`}`;
  if (sign === undefined) return number;
  return sign.before ? `${sign.sign}${sign.space}${number}` : `${number}${sign.space}${sign.sign}`;
}
