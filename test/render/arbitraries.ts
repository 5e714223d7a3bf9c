// fast-check arbitraries for items a flattened page can carry and the EU profile's assignments can place back.
import fc from 'fast-check';
import { languageName } from '../../src/locale/index.js';
import {
  addDecimal,
  formatDecimal,
  GREGORIAN,
  parseDecimal,
  subtractDecimal,
  type DataValue,
  type Item,
  type ItemId,
  type PropertyId,
  type Statement,
} from '../../src/model/index.js';
import { AFTER_EACH_CELL, AFTER_LABEL, ONE_LINE, type RowBreak, type TermsRowLayout } from '../../src/render/index.js';
import { EURO, PERCENT, PROFILE } from '../unit/support.js';

/** The 24 official EU languages: term and summary languages. */
export const EU_LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');

// Words as real project pages have them: diacritics, Greek and Cyrillic, abbreviations, quotes, digits, dashes.
const LETTER_WORDS = [
  'Projekt', 'razvoj', 'čezmejnega', 'območja', 'Socijalna', 'aktivacija', 'Ελλάδα', 'ανάπτυξη', 'ΈΡΓΟ', 'развитие',
  'проект', 'énergie', 'région', 'Zöld', 'łączność', 'Fondazione', 'Università', 'Ūkis', 'Ģimene', 'Ħamrun', 'Baile',
  'Átha', 'Åtgärd', 'd.o.o.', 'S.p.A.', 'GmbH', 'A/S', '&', '–', "l'énergie", 'Sp.', 'z', 'o.o.', 'Tööstus', 'SIA',
  'Interreg', 'Centre', 'Bistra', 'Ptuj', 'Scienific', 'Reserch', 'Ş', 'Ţară', 'Přírodní', 'Kraków', 'Ærø',
];
const OTHER_WORDS = ['2SoKroG', '(2SoKroG)', '2014–2020', 'V-A', 'n°', '„Quote“', '«citation»', '50%', '1.', '3,5', '(EFRR)'];

const letterWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LETTER_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'abcčdđefghijklłmnoöpqrsštuüvzžαβγδεабвгдж'), minLength: 1, maxLength: 9 }) },
);
const anyWord = fc.oneof({ weight: 4, arbitrary: letterWord }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_WORDS) });

/** Every EU language's name in every EU UI language (`Englisch`, `anglais`, `Malti`): terms may be such names. */
export const LANGUAGE_NAMES = [...new Set(EU_LANGUAGES.flatMap((ui) => EU_LANGUAGES.map((code) => languageName(code, ui))))];

/** Single-spaced text, as a scraper's whitespace-collapsing leaves every value. */
const text = (word: fc.Arbitrary<string>, maxWords: number): fc.Arbitrary<string> =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((ws) => ws.join(' '));

/** A label, description or alias: any words (no `|` and no line break by construction). */
export const termText = fc.oneof({ weight: 5, arbitrary: text(anyWord, 6) }, { weight: 1, arbitrary: fc.constantFrom(...LANGUAGE_NAMES) });

const UNIT_LABELS = PROFILE.units.flatMap((u) => Object.values(u.labels).flat());

/**
 * A beneficiary name no classifier can take for anything else: letters only (no digit, so no number, date or
 * quantity), no parentheses (no `text (Language)`), not ending in a unit label.
 */
export const beneficiary = text(letterWord, 5).filter(
  (s) => !/[\d()]/u.test(s) && !UNIT_LABELS.some((u) => s === u || s.endsWith(` ${u}`)),
);

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** An exact decimal up to `maxInteger`, with none or up to `maxFraction` fraction digits, trailing zeros kept. */
export const decimal = (maxInteger: bigint, maxFraction: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: maxInteger }), fc.option(digits(1, maxFraction), { nil: undefined }))
    .map(([whole, fraction]) => `+${whole}${fraction === undefined ? '' : `.${fraction}`}`);

/**
 * A quantity, sometimes with symmetric bounds one to nine units of its last digit away: Wikibase rounds the shown
 * amount to the order of the margin, so only such margins show every digit of the amount.
 */
const quantity = (amount: fc.Arbitrary<string>, unit: string): fc.Arbitrary<DataValue> =>
  fc.tuple(amount, fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined, freq: 4 })).map(([a, m]) => {
    if (m === undefined) return { type: 'quantity', value: { amount: a, unit } };
    const d = parseDecimal(a);
    const margin = { mantissa: BigInt(m), scale: d.scale };
    return {
      type: 'quantity',
      value: { amount: a, unit, upperBound: formatDecimal(addDecimal(d, margin)), lowerBound: formatDecimal(subtractDecimal(d, margin)) },
    };
  });

export const euroAmount = quantity(decimal(10n ** 10n, 2), EURO);
export const percentAmount = quantity(
  fc.oneof(decimal(100n, 2), decimal(99n, 15)),
  PERCENT,
);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day- or month-precision Gregorian date in a plausible year (no calendar note from 1930 on). */
export const date: fc.Arbitrary<DataValue> = fc
  .record({ year: fc.integer({ min: 1988, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), byMonth: fc.boolean() })
  .map(({ year, month, day, byMonth }) => {
    const d = byMonth ? 0 : Math.min(day, daysIn(year, month));
    return {
      type: 'time',
      value: { time: `+${year}-${pad(month, 2)}-${pad(d, 2)}T00:00:00Z`, timezone: 0, before: 0, after: 0, precision: byMonth ? 10 : 11, calendarmodel: GREGORIAN },
    };
  });

/** A summary: any words, some shaped like amounts and dates, since the ` (Language)` suffix decides first. */
export const summary: fc.Arbitrary<DataValue> = fc
  .record({
    text: text(fc.oneof(anyWord, fc.constantFrom('488,705.11', 'Euro', '1 September 2018', '85.0', 'percent')), 12),
    language: fc.constantFrom(...EU_LANGUAGES),
  })
  .map((value) => ({ type: 'monolingualtext', value }));

function statement(property: PropertyId, datavalue: DataValue, references: number): Statement {
  const datatype = PROFILE.properties[property]?.datatype;
  return {
    mainsnak: { snaktype: 'value', property, datavalue, ...(datatype === undefined ? {} : { datatype }) },
    type: 'statement',
    rank: 'normal',
    // Only the count is shown; the snaks are whatever.
    ...(references === 0 ? {} : { references: Array.from({ length: references }, () => ({ snaks: {}, 'snaks-order': [] })) }),
  };
}

const refs = fc.nat({ max: 2 });
const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

/**
 * Statements in the order the import bots add them, which is the order the profile's assignments read them back:
 * the second Euro amount only with a first, the end date only with a start date.
 */
const claims: fc.Arbitrary<Record<string, Statement[]>> = fc
  .record({
    amounts: fc.array(fc.tuple(euroAmount, refs), { maxLength: 2 }),
    rate: optional(fc.tuple(percentAmount, refs)),
    dates: fc.array(fc.tuple(date, refs), { maxLength: 2 }),
    name: optional(fc.tuple(beneficiary, refs)),
    summaries: fc.uniqueArray(fc.tuple(summary, refs), { maxLength: 3, selector: ([v]) => JSON.stringify(v.value) }),
  })
  .map(({ amounts, rate, dates, name, summaries }) => {
    const out: Record<string, Statement[]> = {};
    const put = (p: PropertyId, v: DataValue, n: number): void => void (out[p] ??= []).push(statement(p, v, n));
    amounts.forEach(([v, n], i) => put(i === 0 ? 'P835' : 'P474', v, n));
    if (rate !== undefined) put('P837', rate[0], rate[1]);
    dates.forEach(([v, n], i) => put(i === 0 ? 'P20' : 'P33', v, n));
    if (name !== undefined) put('P841', { type: 'string', value: name[0] }, name[1]);
    for (const [v, n] of summaries) put('P836', v, n);
    return out;
  });

const termsOfLanguage = fc
  .record({
    language: fc.constantFrom(...EU_LANGUAGES),
    label: optional(termText),
    description: optional(termText),
    aliases: fc.uniqueArray(termText, { maxLength: 3 }),
  })
  .filter((t) => t.label === undefined || t.label !== t.description);

export const item: fc.Arbitrary<Item> = fc
  .record({
    id: fc.integer({ min: 1, max: 99_999_999 }),
    terms: fc.uniqueArray(termsOfLanguage, { maxLength: 5, selector: (t) => t.language }),
    claims,
  })
  .map(({ id, terms, claims }) => ({
    type: 'item',
    id: `Q${id}` as ItemId,
    labels: Object.fromEntries(terms.flatMap((t) => (t.label === undefined ? [] : [[t.language, { language: t.language, value: t.label }]]))),
    descriptions: Object.fromEntries(
      terms.flatMap((t) => (t.description === undefined ? [] : [[t.language, { language: t.language, value: t.description }]])),
    ),
    aliases: Object.fromEntries(
      terms.filter((t) => t.aliases.length > 0).map((t) => [t.language, t.aliases.map((value) => ({ language: t.language, value }))]),
    ),
    claims,
    sitelinks: {},
  }));

/** One line per row, one cell per line, the seed's layout, or breaks anywhere between cells and words. */
export const rowLayout: fc.Arbitrary<TermsRowLayout> = fc.oneof(
  fc.constant(ONE_LINE),
  fc.constant(AFTER_LABEL),
  fc.constant(AFTER_EACH_CELL),
  fc
    .array(
      fc.oneof(
        fc.record({ afterCell: fc.nat({ max: 5 }) }),
        fc.record({ inCell: fc.integer({ min: 1, max: 5 }), afterWord: fc.integer({ min: 1, max: 5 }) }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((breaks: RowBreak[]): TermsRowLayout => () => breaks),
);
