// runChecks: each profile check (order of amounts, order of dates, co-financing ratio) passing, failing, and the tolerances.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import type { Span } from '../../src/diagnostics/index.js';
import type { Item, PropertyId, Rank, Statement } from '../../src/model/index.js';
import { parseProfile, type Profile } from '../../src/profile/index.js';
import { day, ENTITY, EURO, PERCENT, PROFILE, quantity, rawProfile, span, statement } from '../support/builders.js';

const PLN = `${ENTITY}Q218`;

interface Value {
  readonly p: PropertyId;
  readonly amount?: string;
  readonly unit?: string;
  readonly time?: string;
  readonly rank?: Rank;
  /** The line the value was read from, for its span. */
  readonly line?: number;
}

/** An item with the given values, and spans for those that name a line. */
function itemOf(values: Value[]): { item: Item & { claims: Record<PropertyId, Statement[]> }; spans: Map<string, Span> } {
  const claims: Record<PropertyId, Statement[]> = {};
  const spans = new Map<string, Span>();
  values.forEach((v, i) => {
    const datavalue = v.time === undefined ? quantity(v.amount ?? '+0', v.unit ?? EURO) : day(v.time);
    const s = statement(v.p, datavalue, { id: `Q5$${i}`, item: 'Q5', ...(v.rank === undefined ? {} : { rank: v.rank }) });
    (claims[v.p] ??= []).push(s);
    if (v.line !== undefined) spans.set(s.id ?? `Q5$${i}`, span(v.line));
  });
  return { item: { type: 'item', id: 'Q5', labels: {}, descriptions: {}, aliases: {}, claims, sitelinks: {} }, spans };
}

function check(values: Value[], profile: Profile = PROFILE) {
  const { item, spans } = itemOf(values);
  return runChecks(item, spans, profile);
}

const codes = (values: Value[]): string[] => check(values).map((d) => d.code);

/** The profile with one check only, whose message shows the values it fills in. */
function only(code: string): Profile {
  const raw = rawProfile();
  raw.checks = (raw.checks ?? [])
    .filter((c) => c.code === code)
    .map((c) => ({ ...c, message: c.kind === 'ratio' ? '{value}|{expected}' : '{left}|{right}' }));
  return parseProfile(raw);
}

const contribution = (amount: string, unit = EURO, line?: number): Value => ({ p: 'P835', amount, unit, ...(line === undefined ? {} : { line }) });
const budget = (amount: string, unit = EURO): Value => ({ p: 'P474', amount, unit });
const rate = (amount: string, line?: number): Value => ({ p: 'P837', amount, unit: PERCENT, ...(line === undefined ? {} : { line }) });
const start = (time: string, line?: number): Value => ({ p: 'P20', time, ...(line === undefined ? {} : { line }) });
const end = (time: string): Value => ({ p: 'P33', time });

describe('contribution-exceeds-budget (order of amounts)', () => {
  it.each<[string, Value[], string[]]>([
    ['contribution below budget', [contribution('+488705.11'), budget('+574947.19')], []],
    ['contribution equal to budget', [contribution('+574947.19'), budget('+574947.190')], []],
    ['contribution above budget (swapped on the page)', [contribution('+574947.19'), budget('+488705.11')], ['contribution-exceeds-budget']],
    ['a difference in the last decimal only', [contribution('+100.01'), budget('+100.001')], ['contribution-exceeds-budget']],
    ['different units are not compared', [contribution('+2000000', PLN), budget('+500000')], []],
    ['each pair in the same unit is compared', [contribution('+2000000', PLN), contribution('+480000'), budget('+1900000', PLN), budget('+470000')], ['contribution-exceeds-budget', 'contribution-exceeds-budget']],
    ['only a contribution', [contribution('+5')], []],
    ['a deprecated contribution is left out', [{ ...contribution('+9'), rank: 'deprecated' }, budget('+5')], []],
  ])('%s', (_, values, expected) => {
    expect(codes(values)).toEqual(expected);
  });

  it('reports with the profile\'s severity, the item, the left value\'s span and both values', () => {
    expect(check([contribution('+574947.19', EURO, 10), budget('+488705.11')], only('contribution-exceeds-budget'))).toEqual([
      { code: 'contribution-exceeds-budget', check: true, severity: 'warning', item: 'Q5', message: '+574947.19|+488705.11', span: span(10) },
    ]);
  });

  it('reports without a span when the statement has none', () => {
    const [d] = check([contribution('+2'), budget('+1')]);
    expect(d).not.toHaveProperty('span');
  });
});

describe('start-after-end (order of dates)', () => {
  it.each<[string, Value[], string[]]>([
    ['start before end', [start('+2018-09-01T00:00:00Z'), end('+2020-09-30T00:00:00Z')], []],
    ['start on the end day', [start('+2018-09-01T00:00:00Z'), end('+2018-09-01T00:00:00Z')], []],
    ['start after end (swapped on the page)', [start('+2020-09-30T00:00:00Z'), end('+2018-09-01T00:00:00Z')], ['start-after-end']],
    ['a day later within a month', [start('+2018-09-02T00:00:00Z'), end('+2018-09-01T00:00:00Z')], ['start-after-end']],
    ['a month later within a year', [start('+2018-10-01T00:00:00Z'), end('+2018-09-30T00:00:00Z')], ['start-after-end']],
    ['years before the common era', [start('-0044-03-15T00:00:00Z'), end('+0014-08-19T00:00:00Z')], []],
    ['a later year of five digits', [start('+10000-01-01T00:00:00Z'), end('+9999-12-31T00:00:00Z')], ['start-after-end']],
    ['a start alone', [start('+2018-09-01T00:00:00Z')], []],
  ])('%s', (_, values, expected) => {
    expect(codes(values)).toEqual(expected);
  });

  it('reports at the start\'s span with both times', () => {
    expect(check([start('+2020-09-30T00:00:00Z', 16), end('+2018-09-01T00:00:00Z')], only('start-after-end'))).toEqual([
      { code: 'start-after-end', check: true, severity: 'warning', item: 'Q5', message: '+2020-09-30T00:00:00Z|+2018-09-01T00:00:00Z', span: span(16) },
    ]);
  });
});

describe('rate-mismatch (co-financing rate = contribution / budget × 100)', () => {
  it.each<[string, Value[], string[]]>([
    ['85.0 against 488705.11 / 574947.19 × 100 = 84.99999980…', [rate('+85.0'), contribution('+488705.11'), budget('+574947.19')], []],
    ['84.99999999999999 (a float written out) against the same', [rate('+84.99999999999999'), contribution('+488705.11'), budget('+574947.19')], []],
    ['85 against 84.6: within half a unit of a whole-number rate', [rate('+85'), contribution('+846'), budget('+1000')], []],
    ['85.0 against 84.6: a rate written to tenths is not', [rate('+85.0'), contribution('+846'), budget('+1000')], ['rate-mismatch']],
    ['84.6 against 84.6 exactly', [rate('+84.6'), contribution('+846'), budget('+1000')], []],
    ['85.00 against 84.995: within the tolerance of 0.01', [rate('+85.00'), contribution('+84995'), budget('+100000')], []],
    ['85.00 against 84.98: beyond both tolerances', [rate('+85.00'), contribution('+84980'), budget('+100000')], ['rate-mismatch']],
    ['75.5 against 85', [rate('+75.5'), contribution('+488705.11'), budget('+574947.19')], ['rate-mismatch']],
    ['amounts in different units are not compared', [rate('+1'), contribution('+488705.11', PLN), budget('+574947.19')], []],
    ['a budget of zero is not divided by', [rate('+50'), contribution('+0'), budget('+0')], []],
    ['no budget', [rate('+85.0'), contribution('+488705.11')], []],
    ['no rate', [contribution('+488705.11'), budget('+574947.19')], []],
  ])('%s', (_, values, expected) => {
    expect(codes(values)).toEqual(expected);
  });

  it('compares a negative budget exactly (10 / -20 × 100 = -50)', () => {
    expect(check([rate('-50'), contribution('+10'), budget('-20')], only('rate-mismatch'))).toEqual([]);
    expect(check([rate('+50'), contribution('+10'), budget('-20')], only('rate-mismatch')).map((d) => d.code)).toEqual(['rate-mismatch']);
  });

  it('reports at the rate\'s span, with the rate and the expected ratio to six places', () => {
    expect(check([rate('+30', 14), contribution('+1'), budget('+4')], only('rate-mismatch'))).toEqual([
      { code: 'rate-mismatch', check: true, severity: 'warning', item: 'Q5', message: '+30|+25.000000', span: span(14) },
    ]);
  });

  it('uses the larger of the profile\'s tolerance and the rate\'s rounding', () => {
    const raw = rawProfile();
    raw.checks = (raw.checks ?? []).map((c) => (c.kind === 'ratio' ? { ...c, tolerance: '+1' } : c));
    const loose = parseProfile(raw);
    expect(check([rate('+85.0'), contribution('+846'), budget('+1000')], loose).map((d) => d.code)).toEqual([]);
    expect(check([rate('+86.0'), contribution('+846'), budget('+1000')], loose).map((d) => d.code)).toEqual(['rate-mismatch']);
  });
});

describe('runChecks', () => {
  it('runs no check for a profile without checks', () => {
    const raw = rawProfile();
    delete raw.checks;
    expect(check([contribution('+2'), budget('+1'), start('+2020-01-01T00:00:00Z'), end('+2019-01-01T00:00:00Z')], parseProfile(raw))).toEqual([]);
  });

  it('reports in the profile\'s check order', () => {
    expect(codes([start('+2020-01-01T00:00:00Z'), end('+2019-01-01T00:00:00Z'), rate('+10'), contribution('+2'), budget('+1')])).toEqual([
      'contribution-exceeds-budget',
      'rate-mismatch',
      'start-after-end',
    ]);
  });

  it('leaves somevalue and novalue statements out', () => {
    const { item, spans } = itemOf([budget('+1')]);
    item.claims['P835'] = [
      { mainsnak: { snaktype: 'somevalue', property: 'P835' }, type: 'statement', id: 'Q5$s', rank: 'normal' },
      { mainsnak: { snaktype: 'novalue', property: 'P835' }, type: 'statement', id: 'Q5$n', rank: 'normal' },
    ];
    expect(runChecks(item, spans, PROFILE)).toEqual([]);
  });
});
