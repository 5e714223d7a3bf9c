// Whatever the value model accepts can be hashed and written as RDF without a throw: values near the edges of what
// Wikibase takes (bounds, dates, timezones, angles, ids) either fail the schema or go through every later stage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ntriplesSerializer } from '../../src/emit/rdf/rdf-emitter.js';
import { snakHash } from '../../src/hash/snak-hash.js';
import { valueHash } from '../../src/hash/value-hash.js';
import { DataValueSchema, ItemSchema } from '../../src/model/index.js';

const decimal = fc.oneof(fc.constantFrom('+0', '-0', '+1', '-1.5', '+1e5', '1', '+007', ''), fc.integer().map((n) => (n < 0 ? `${n}` : `+${n}`)));
const iri = fc.constantFrom('1', 'http://www.wikidata.org/entity/Q2', 'http://x.test/\uD800', 'Q2', '', 'urn:x');
const stamp = fc
  .tuple(fc.constantFrom('+', '-', ''), fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 25 }))
  .map(([sign, y, m, d, h]) => `${sign}${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`);
const int = fc.oneof(fc.integer({ min: -60000, max: 60000 }), fc.constantFrom(100000, -100000, 1.5, Number.MAX_SAFE_INTEGER + 2));

const datavalue = fc.oneof(
  fc.record({ type: fc.constant('quantity'), value: fc.record({ amount: decimal, unit: iri, upperBound: fc.option(decimal, { nil: undefined }), lowerBound: fc.option(decimal, { nil: undefined }) }) }),
  fc.record({ type: fc.constant('time'), value: fc.record({ time: stamp, timezone: int, before: int, after: int, precision: fc.integer({ min: -1, max: 15 }), calendarmodel: iri }) }),
  fc.record({
    type: fc.constant('globecoordinate'),
    value: fc.record({ latitude: fc.double({ noNaN: true, min: -400, max: 400 }), longitude: fc.double({ noNaN: true, min: -400, max: 400 }), altitude: fc.constant(null), precision: fc.option(fc.double({ noNaN: true }), { nil: null }), globe: iri }),
  }),
  fc.record({ type: fc.constant('monolingualtext'), value: fc.record({ text: fc.string(), language: fc.constantFrom('en', 'zh-classical', 'simple', 'deprecated', 'EN', '') }) }),
  fc.record({
    type: fc.constant('wikibase-entityid'),
    value: fc.record({ 'entity-type': fc.constantFrom('item', 'property', 'lexeme', 'form', 'thing'), 'numeric-id': fc.option(fc.integer({ min: -1, max: 1e11 }), { nil: undefined }), id: fc.option(fc.constantFrom('Q1', 'P2', 'L3', 'L3-F1', 'Q0', 'x'), { nil: undefined }) }),
  }),
);

describe('values the model accepts', () => {
  it('hash and write as RDF without a throw', () => {
    const serializer = ntriplesSerializer({ rdf: { conceptUriBase: 'http://x.test/entity/', dataUriBase: 'http://x.test/data/', datatypes: {} }, onDiagnostic: () => {} });
    let accepted = 0;
    fc.assert(
      fc.property(datavalue, (json) => {
        const parsed = DataValueSchema.safeParse(json);
        if (!parsed.success) return;
        accepted += 1;
        valueHash(parsed.data);
        snakHash({ snaktype: 'value', property: 'P1', datavalue: parsed.data });
        const item = ItemSchema.parse({ type: 'item', id: 'Q1', claims: { P1: [{ mainsnak: { snaktype: 'value', property: 'P1', datavalue: parsed.data }, type: 'statement', rank: 'normal' }] } });
        expect(serializer.entity(item, 'dump')).toContain('<http://x.test/entity/Q1>');
      }),
      { numRuns: 3000, seed: 13 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});
