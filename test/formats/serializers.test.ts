// Every streaming format's serializer, on every fixture's entities: the emitter writes exactly its chunks; the RDF is
// what n3's writer wrote before (byte for byte, and as quads), and N-Triples is the golden file's triples line for line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RdfSettings } from '../../src/emit/index.js';
import { serializeItem } from '../../src/emit/index.js';
import type { IdentifiedItem } from '../../src/model/index.js';
import { loadProfile } from '../../src/files/index.js';
import { REPO } from '../support/run-cli.js';
import { emitted, n3Written, parsedQuads, RDF_SYNTAX, serialized, STREAMING_FORMATS, type RdfFormat } from './n3-oracle.js';

const FIXTURES = join(REPO, 'fixtures');
const fixtures = readdirSync(FIXTURES)
  .filter((d) => existsSync(join(FIXTURES, d, 'expected.json')) && existsSync(join(FIXTURES, d, 'expected.nt')))
  .sort();
const RDF_FORMATS = Object.keys(RDF_SYNTAX) as RdfFormat[];

let rdf: RdfSettings;
beforeAll(async () => {
  const profile = await loadProfile();
  rdf = {
    conceptUriBase: profile.wikibase.conceptUriBase,
    dataUriBase: profile.wikibase.dataUriBase,
    datatypes: Object.fromEntries(Object.entries(profile.properties).map(([p, d]) => [p, d.datatype])),
    ...(profile.wikibase.license === undefined ? {} : { license: profile.wikibase.license }),
  };
});

function entitiesOf(fixture: string): IdentifiedItem[] {
  const { entities } = JSON.parse(readFileSync(join(FIXTURES, fixture, 'expected.json'), 'utf8')) as { entities?: Record<string, IdentifiedItem> };
  return Object.values(entities ?? {});
}

it('has fixtures with entities to check', () => {
  expect(fixtures.filter((f) => entitiesOf(f).length > 0).length).toBeGreaterThan(10);
});

describe.each(fixtures)('fixture %s', (fixture) => {
  const items = entitiesOf(fixture);

  it.each(STREAMING_FORMATS)('%s: the emitter writes exactly the joined chunks', async (format) => {
    expect(await emitted(format, items, rdf)).toBe(serialized(format, items, rdf).text);
  });

  it('json and ndjson: the entities as Wikibase JSON', () => {
    const json = JSON.parse(serialized('json', items, rdf).text) as { entities: Record<string, unknown> };
    expect(json).toEqual({ entities: Object.fromEntries(items.map((i) => [i.id, serializeItem(i)])) });
    const lines = serialized('ndjson', items, rdf).text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(items.map(serializeItem));
  });

  it('ntriples: the golden N-Triples, line for line', () => {
    const lines = serialized('ntriples', items, rdf).text.split('\n').filter(Boolean).sort();
    const golden = readFileSync(join(FIXTURES, fixture, 'expected.nt'), 'utf8').split('\n').filter(Boolean);
    expect(lines).toEqual(golden);
  });

  it.each(RDF_FORMATS)('%s: byte for byte what n3 wrote, and the same quads when parsed', (format) => {
    const { text, diagnostics } = serialized(format, items, rdf);
    expect(diagnostics).toEqual([]);
    const before = n3Written(format, items, rdf);
    expect(text).toBe(before);
    expect(parsedQuads(format, text)).toEqual(parsedQuads(format, before));
  });

  it.each(RDF_FORMATS)('%s: the golden triples when parsed (graphs aside), each entity in its own graph', (format) => {
    const golden = parsedQuads('ntriples', readFileSync(join(FIXTURES, fixture, 'expected.nt'), 'utf8'));
    const text = serialized(format, items, rdf).text;
    // The golden file lists each distinct triple once; an entity's graph may repeat a shared value node's.
    expect(new Set(parsedQuads(format, text, { dropGraphs: true }))).toEqual(new Set(golden));
    if (format === 'nquads' || format === 'trig') {
      const graphs = new Set(new Parser({ format: RDF_SYNTAX[format] }).parse(text).map((q) => q.graph.value));
      expect(graphs).toEqual(new Set(items.map((i) => `${rdf.dataUriBase}${i.id}`)));
    }
  });
});
