// fast-check arbitraries for items a flattened page can carry and the EU profile's assignments can place back.
import fc from 'fast-check';
import { languageName } from '../../src/locale/index.js';
import {
  addDecimal,
  formatDecimal,
  EARTH,
  GREGORIAN,
  parseDecimal,
  subtractDecimal,
  type DataValue,
  type Item,
  type ItemId,
  type PropertyId,
  type Snak,
  type Statement,
} from '../../src/model/index.js';
import { AFTER_EACH_CELL, AFTER_LABEL, ONE_LINE, type LinkText, type RowBreak, type TermsRowLayout } from '../../src/render/index.js';
import { ENTITY, EURO, PERCENT, PROFILE } from '../support/builders.js';

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

/** A postal code in each shape the profile's P460 rule knows (1000, 75001, 62-800, 811 01, L-1234, D02 X285). */
export const postalCode: fc.Arbitrary<string> = fc.oneof(
  digits(4, 5),
  fc.tuple(digits(2, 2), digits(3, 3)).map(([a, b]) => `${a}-${b}`),
  fc.tuple(digits(3, 3), digits(2, 2)).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom('L', 'D', 'LV', 'A'), digits(4, 5)).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom('D02 X285', 'T12 Y2XN'),
);

/** A location at the EU Knowledge Graph's precisions, 1e-4° or 1e-5°, with no more decimals than that. */
export const coordinates: fc.Arbitrary<DataValue> = fc
  .record({ places: fc.constantFrom(4, 5), lat: fc.integer({ min: -90, max: 90 }), lon: fc.integer({ min: -180, max: 180 }), a: fc.nat(), b: fc.nat() })
  .map(({ places, lat, lon, a, b }) => {
    const scale = 10 ** places;
    const part = (whole: number, n: number, limit: number): number =>
      Math.abs(whole) === limit ? whole : (whole * scale + Math.sign(whole || 1) * (n % scale)) / scale;
    return {
      type: 'globecoordinate',
      value: { latitude: part(lat, a, 90), longitude: part(lon, b, 180), altitude: null, precision: places === 4 ? 1e-4 : 1e-5, globe: EARTH },
    };
  });

interface Qualifier {
  readonly property: PropertyId;
  readonly datavalue: DataValue;
}

function snak(property: PropertyId, datavalue: DataValue): Snak {
  const datatype = PROFILE.properties[property]?.datatype;
  return { snaktype: 'value', property, datavalue, ...(datatype === undefined ? {} : { datatype }) };
}

/**
 * The programme item references point to, as the wiki labels it (in English only): the link text a real page
 * shows for it, which the flattening weighs.
 */
export const programmeLinkText: LinkText = (snak) =>
  snak.snaktype === 'value' && snak.datavalue.type === 'wikibase-entityid' && snak.datavalue.value.id === 'Q2529763'
    ? { text: 'Operational Programme Infrastructure and Environment 2014-2020', language: 'en' }
    : undefined;

function programmeReference(): NonNullable<Statement['references']>[number] {
  const value = { 'entity-type': 'item', 'numeric-id': 2529763, id: 'Q2529763' } as const;
  return { snaks: { P1368: [snak('P1368', { type: 'wikibase-entityid', value })] }, 'snaks-order': ['P1368'] };
}

function statement(property: PropertyId, datavalue: DataValue, references: number, qualifiers: readonly Qualifier[] = []): Statement {
  const order = [...new Set(qualifiers.map((q) => q.property))];
  return {
    mainsnak: snak(property, datavalue),
    type: 'statement',
    // Ranks are icons a flattened page drops; only the non-euro pattern's rule gives them back.
    rank: qualifiers.length > 0 ? 'preferred' : 'normal',
    ...(order.length === 0
      ? {}
      : {
          qualifiers: Object.fromEntries(order.map((p) => [p, qualifiers.filter((q) => q.property === p).map((q) => snak(p, q.datavalue))])),
          'qualifiers-order': order,
        }),
    // Each reference names a programme (an item: a link, which the flattening prunes), so only the count is shown.
    ...(references === 0 ? {} : { references: Array.from({ length: references }, programmeReference) }),
  };
}

const refs = fc.nat({ max: 5 });
const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

type Put = (property: PropertyId, value: DataValue, references: number, qualifiers?: readonly Qualifier[]) => void;

/** A euro project: the EU contribution, then the budget (the second only with a first). */
const euroAmounts = fc.array(fc.tuple(euroAmount, refs), { maxLength: 2 }).map((amounts) => (put: Put): void => {
  amounts.forEach(([v, n], i) => put(i === 0 ? 'P835' : 'P474', v, n));
});

/**
 * A non-euro project as the bots write it: each amount in the local currency (normal rank), then in Euro (preferred)
 * with the exchange rate (P834, in Euro) and its date (P10) as qualifiers.
 */
const nonEuroAmounts = fc
  .record({
    currency: fc.constantFrom('Q217', 'Q218', 'Q220'),
    amounts: fc.array(fc.tuple(decimal(10n ** 10n, 2), euroAmount, decimal(9n, 4), date, refs), { minLength: 1, maxLength: 2 }),
  })
  .map(({ currency, amounts }) => (put: Put): void => {
    const local = `${ENTITY}${currency}`;
    const properties: PropertyId[] = ['P835', 'P474'];
    amounts.forEach(([amount, euro, rate, on, n], i) => {
      const property = properties[i] ?? 'P474';
      put(property, { type: 'quantity', value: { amount, unit: local } }, n);
      put(property, euro, 0, [
        { property: 'P834', datavalue: { type: 'quantity', value: { amount: rate, unit: EURO } } },
        { property: 'P10', datavalue: on },
      ]);
    });
  });

/**
 * Statements in the order the import bots add them, which is the order the profile's assignments read them back:
 * the end date only with a start date.
 */
const claims: fc.Arbitrary<Record<string, Statement[]>> = fc
  .record({
    amounts: fc.oneof({ weight: 3, arbitrary: euroAmounts }, { weight: 1, arbitrary: nonEuroAmounts }),
    rate: optional(fc.tuple(percentAmount, refs)),
    dates: fc.array(fc.tuple(date, refs), { maxLength: 2 }),
    name: optional(fc.tuple(beneficiary, refs)),
    postal: optional(fc.tuple(postalCode, refs)),
    summaries: fc.uniqueArray(fc.tuple(summary, refs), { maxLength: 3, selector: ([v]) => JSON.stringify(v.value) }),
    location: optional(fc.tuple(coordinates, refs)),
  })
  .map(({ amounts, rate, dates, name, postal, summaries, location }) => {
    const out: Record<string, Statement[]> = {};
    const put: Put = (p, v, n, q) => void (out[p] ??= []).push(statement(p, v, n, q));
    amounts(put);
    if (rate !== undefined) put('P837', rate[0], rate[1]);
    dates.forEach(([v, n], i) => put(i === 0 ? 'P20' : 'P33', v, n));
    if (name !== undefined) put('P841', { type: 'string', value: name[0] }, name[1]);
    if (postal !== undefined) put('P460', { type: 'string', value: postal[0] }, postal[1]);
    for (const [v, n] of summaries) put('P836', v, n);
    if (location !== undefined) put('P127', location[0], location[1]);
    return withReadableReferences(out);
  });

/**
 * After a references line, a real page may show reference values, then the next statement's value and its
 * qualifiers: a reader can tell them apart only when the next statement shows one line. Statements keep references
 * only where it does (or where they come last), as the non-euro pattern's Euro statements (with qualifiers) never
 * follow one with references here.
 */
function withReadableReferences(claims: Record<string, Statement[]>): Record<string, Statement[]> {
  const ordered = Object.values(claims).flat();
  const out: Record<string, Statement[]> = {};
  ordered.forEach((statement, i) => {
    const next = ordered[i + 1];
    const keep = next === undefined || next.qualifiers === undefined;
    const { references, ...rest } = statement;
    const kept: Statement = keep && references !== undefined ? { ...rest, references } : rest;
    (out[statement.mainsnak.property] ??= []).push(kept);
  });
  return out;
}

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
