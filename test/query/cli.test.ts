// `wbimport query` run in-process as a user runs it: the Kohesio-style acceptance question over the seed pages in
// every format, truthy and full paths, RDF files, named graphs, errors with positions, exit codes, --save.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQueryCli } from './run-query-cli.js';

const SEEDS = 'fixtures/seeds/input.ndjson';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const Q4295133 = 'https://linkedopendata.eu/entity/Q4295133';

/** "EU contribution, budget, rate and start date of every project, in euro", as on Kohesio: truthy values, the unit through the full path. */
const TRUTHY = `SELECT ?project ?contribution ?budget ?rate ?start WHERE {
  ?project wdt:P835 ?contribution ;
           wdt:P474 ?budget ;
           wdt:P837 ?rate ;
           wdt:P20 ?start ;
           p:P835/psv:P835/wikibase:quantityUnit <https://linkedopendata.eu/entity/Q226> .
}`;

/** The same question through statement nodes and value nodes only. */
const FULL = `SELECT ?project ?contribution ?budget ?rate ?start WHERE {
  ?project p:P835 ?statement .
  ?statement ps:P835 ?contribution ;
             psv:P835 [ wikibase:quantityAmount ?amount ; wikibase:quantityUnit wd:Q226 ] .
  ?project p:P474/ps:P474 ?budget ;
           p:P837/psv:P837/wikibase:quantityAmount ?rate ;
           p:P20/psv:P20/wikibase:timeValue ?start .
}`;

// oxigraph keeps xsd:decimal values in canonical form: the seed's +488705.11, +574947.19 and +85.0 come back as
// 488705.11, 574947.19 and 85.
const EXPECTED = {
  table: ['project      contribution     budget  rate  start', '-----------  ------------  ---------  ----  --------------------', 'wd:Q4295133     488705.11  574947.19    85  2018-09-01T00:00:00Z', ''].join('\n'),
  json: {
    head: { vars: ['project', 'contribution', 'budget', 'rate', 'start'] },
    results: {
      bindings: [
        {
          project: { type: 'uri', value: Q4295133 },
          contribution: { type: 'literal', value: '488705.11', datatype: `${XSD}decimal` },
          budget: { type: 'literal', value: '574947.19', datatype: `${XSD}decimal` },
          rate: { type: 'literal', value: '85', datatype: `${XSD}decimal` },
          start: { type: 'literal', value: '2018-09-01T00:00:00Z', datatype: `${XSD}dateTime` },
        },
      ],
    },
  },
  csv: `project,contribution,budget,rate,start\r\n${Q4295133},488705.11,574947.19,85,2018-09-01T00:00:00Z\r\n`,
  tsv: `?project\t?contribution\t?budget\t?rate\t?start\n<${Q4295133}>\t488705.11\t574947.19\t"85"^^<${XSD}decimal>\t"2018-09-01T00:00:00Z"^^<${XSD}dateTime>\n`,
};

describe('the acceptance question over the seed pages', () => {
  describe.each([
    ['truthy wdt: paths', TRUTHY],
    ['full p:/ps:/psv: paths', FULL],
  ])('with %s', (_, query) => {
    it.each(['table', 'csv', 'tsv'] as const)('answers with the seed’s values as %s', async (format) => {
      const result = await runQueryCli([query, SEEDS, '--format', format]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(EXPECTED[format]);
    });

    it('answers with the seed’s values as SPARQL results JSON', async () => {
      const result = await runQueryCli([query, SEEDS, '--format', 'json']);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(EXPECTED.json);
    });
  });

  it('writes a table by default, and reports the pipeline and the store on stderr', async () => {
    const result = await runQueryCli([TRUTHY, SEEDS]);
    expect(result.stdout).toBe(EXPECTED.table);
    expect(result.stderr).toBe('wbimport: 2 pages, 1 entity, 8 statements, 0 errors, 0 warnings\nwbimport: 80 quads loaded, 1 row\n');
  });

  it('finds nothing in another currency', async () => {
    const result = await runQueryCli([TRUTHY.replace('Q226', 'Q218'), SEEDS, '--format', 'csv']);
    expect(result.stdout).toBe('project,contribution,budget,rate,start\r\n');
  });

  it('gives byte-identical answers run after run', async () => {
    const a = await runQueryCli(['DESCRIBE wd:Q4295133', SEEDS]);
    const b = await runQueryCli(['DESCRIBE wd:Q4295133', SEEDS]);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('ASK, CONSTRUCT and DESCRIBE', () => {
  it.each([
    ['table', 'true\n'],
    ['json', '{"head":{},"boolean":true}\n'],
    ['csv', 'true\r\n'],
    ['tsv', 'true\n'],
  ])('answers ASK as %s', async (format, text) => {
    const result = await runQueryCli(['ASK { wd:Q4295133 wdt:P20 ?start FILTER(?start = "2018-09-01T00:00:00Z"^^xsd:dateTime) }', SEEDS, '--format', format]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(text);
  });

  it('writes CONSTRUCT as sorted N-Triples', async () => {
    const result = await runQueryCli(['CONSTRUCT { ?p wdt:P474 ?b ; wdt:P835 ?c } WHERE { ?p wdt:P474 ?b ; wdt:P835 ?c }', SEEDS, '--format', 'ntriples']);
    expect(result.stdout).toBe(
      `<${Q4295133}> <https://linkedopendata.eu/prop/direct/P474> "574947.19"^^<${XSD}decimal> .\n` +
        `<${Q4295133}> <https://linkedopendata.eu/prop/direct/P835> "488705.11"^^<${XSD}decimal> .\n`,
    );
  });

  it('writes CONSTRUCT as Turtle with the prefixes by default', async () => {
    const result = await runQueryCli(['CONSTRUCT WHERE { ?p wdt:P841 ?name }', SEEDS]);
    expect(result.stdout).toBe(
      '@prefix wd: <https://linkedopendata.eu/entity/>.\n@prefix wdt: <https://linkedopendata.eu/prop/direct/>.\n\nwd:Q4295133 wdt:P841 "Scienific Reserch Centre Bistra Ptuj".\n',
    );
  });

  it('refuses a results format that does not fit the query form', async () => {
    const select = await runQueryCli([TRUTHY, SEEDS, '--format', 'turtle']);
    expect(select.code).toBe(2);
    expect(select.stderr).toContain('use --format table, json, csv, tsv');
    const construct = await runQueryCli(['CONSTRUCT WHERE { ?s ?p ?o }', SEEDS, '--format', 'csv']);
    expect(construct.code).toBe(2);
  });
});

describe('RDF files and named graphs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-query-'));

  it('saves the store as N-Quads and queries it again with the same answer', async () => {
    const store = join(dir, 'seeds.nq');
    const saved = await runQueryCli(['--save', store, TRUTHY, SEEDS, '--format', 'csv']);
    expect(saved.code, saved.stderr).toBe(0);
    expect(readFileSync(store, 'utf8').trim().split('\n')).toHaveLength(80);
    const again = await runQueryCli([TRUTHY, store, '--format', 'csv']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(saved.stdout);
    expect(again.stderr).toBe('wbimport: 80 quads loaded, 1 row\n');
  });

  it('queries the named graphs of N-Quads, one per entity', async () => {
    const store = join(dir, 'graphs.nq');
    await runQueryCli(['--save', store, 'ASK {}', SEEDS]);
    const result = await runQueryCli(['SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g', store, '--format', 'csv']);
    expect(result.stdout).toBe('g,n\r\nhttps://linkedopendata.eu/wiki/Special:EntityData/Q4295133,80\r\n');
  });

  it('counts a triple held by two entity graphs once in the default graph', async () => {
    const store = join(dir, 'two.nq');
    writeFileSync(
      store,
      [
        '<http://e/v> <http://wikiba.se/ontology#quantityAmount> "85"^^<http://www.w3.org/2001/XMLSchema#decimal> <http://e/Q1> .',
        '<http://e/v> <http://wikiba.se/ontology#quantityAmount> "85"^^<http://www.w3.org/2001/XMLSchema#decimal> <http://e/Q2> .',
        '',
      ].join('\n'),
    );
    const result = await runQueryCli(['SELECT (COUNT(*) AS ?n) (SUM(?a) AS ?sum) WHERE { ?v wikibase:quantityAmount ?a }', store, '--format', 'csv']);
    expect(result.stdout).toBe('n,sum\r\n1,85\r\n');
  });

  it('reads N-Triples and Turtle into the default graph, beside converted pages', async () => {
    const extra = join(dir, 'extra.ttl');
    writeFileSync(extra, '@prefix wd: <https://linkedopendata.eu/entity/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\nwd:Q226 rdfs:label "Euro"@en .\n');
    const result = await runQueryCli(['SELECT ?unit WHERE { wd:Q4295133 p:P835/psv:P835/wikibase:quantityUnit/rdfs:label ?unit }', SEEDS, extra, '--format', 'tsv']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('?unit\n"Euro"@en\n');
  });
});

describe('where the query comes from', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wbimport-query-text-'));

  it('reads it from standard input with -', async () => {
    const result = await runQueryCli(['-', SEEDS, '--format', 'csv'], TRUTHY);
    expect(result.stdout).toBe(EXPECTED.csv);
  });

  it('reads it from --query-file, every argument then being an input', async () => {
    const file = join(dir, 'euro.rq');
    writeFileSync(file, FULL);
    const result = await runQueryCli(['-f', file, SEEDS, '--format', 'csv']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(EXPECTED.csv);
  });

  it('lets a query’s own PREFIX line win over a predeclared one', async () => {
    const result = await runQueryCli(['PREFIX wdt: <http://example.org/> ASK { ?p wdt:P835 ?c }', SEEDS]);
    expect(result.stdout).toBe('false\n');
  });

  it('prints the predeclared prefixes', async () => {
    const result = await runQueryCli(['--prefixes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PREFIX wdt: <https://linkedopendata.eu/prop/direct/>\n');
    expect(result.stdout).toContain('PREFIX psv: <https://linkedopendata.eu/prop/statement/value/>\n');
  });

  it('writes the answer to --output', async () => {
    const out = join(dir, 'answer.csv');
    const result = await runQueryCli([TRUTHY, SEEDS, '--format', 'csv', '--output', out]);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(EXPECTED.csv);
  });
});

describe('errors and exit codes', () => {
  it('shows a syntax error at its line and column with the query line, exit 2, before loading anything', async () => {
    const result = await runQueryCli(['SELECT ?x\nWHERE { ?x wdt:P835 ?y }\nGROUP BY ?q', 'no-such-file.ndjson']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'query:3:12: error query-invalid: The SELECT contains a variable that is unbound\n  | GROUP BY ?q\n  |            ^\n',
    );
  });

  it('names an unknown prefix where it is written', async () => {
    const result = await runQueryCli(['SELECT * WHERE {\n  ?s kohesio:P835 ?o }', SEEDS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^query:2:6: error query-invalid: unknown prefix "kohesio:"/u);
    expect(result.stderr).toContain('\n  |   ?s kohesio:P835 ?o }\n  |      ^^^^^^^^\n');
  });

  it('names the query file in the position', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wbimport-query-bad-')), 'bad.rq');
    writeFileSync(file, 'SELECT * WHERE { ?s ?p }');
    const result = await runQueryCli(['--query-file', file, SEEDS]);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(`${file}:1:`)).toBe(true);
  });

  it('reports invalid pages as convert does, runs the query over the rest, exit 1', async () => {
    const truncated = 'fixtures/malformed-truncated/input.txt';
    const result = await runQueryCli(['SELECT ?rate WHERE { ?item wdt:P837 ?rate }', truncated, '--format', 'csv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('rate\r\n85\r\n');
    expect(result.stderr).toContain('fixtures/malformed-truncated/input.txt:22:1: error statement-unclosed:');
  });

  it('reports an RDF file with a syntax error, loads nothing of it, exit 1', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'wbimport-query-rdf-')), 'bad.nt');
    writeFileSync(bad, '<http://e/a> <http://e/b> "x" .\n<http://e/a> <http://e/b> .\n');
    const result = await runQueryCli(['SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', bad, SEEDS, '--format', 'csv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('n\r\n80\r\n');
    expect(result.stderr).toContain(`${bad}:2:27: error rdf-invalid: not valid N-Triples:`);
    expect(result.stderr).toContain('wbimport: 80 quads loaded (1 RDF file not loaded), 1 row\n');
  });

  it('writes diagnostics and the summary as NDJSON with --diagnostics json', async () => {
    const result = await runQueryCli(['ASK {}', 'fixtures/malformed-truncated/input.txt', '--diagnostics', 'json']);
    const lines = result.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ code: 'statement-unclosed', severity: 'error' });
    expect(lines.at(-1)).toMatchObject({ summary: { pages: 1, entities: 1, quads: 68, boolean: true } });
  });

  it.each([
    [[], 'give a query'],
    [['ASK {}'], 'name what to query'],
    [['   ', SEEDS], 'the query is empty'],
    [['-', '-'], 'standard input cannot hold both'],
    [['ASK {}', SEEDS, '--max-width', 'wide'], '--max-width'],
    [['ASK {}', 'a.ndjson', 'b.ndjson', '--url', 'https://kohesio.eu/it/progetti/Q4295133'], '--url'],
  ])('is a usage error for %j (exit 2)', async (args, message) => {
    const result = await runQueryCli(args, 'ASK {}');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('exits 2 for an input that cannot be read, as convert does', async () => {
    const result = await runQueryCli(['ASK {}', 'no-such-file.nq', SEEDS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-file.nq:1:1: error input-unreadable');
  });
});

describe('--help', () => {
  it('shows the query shape, the formats and examples', async () => {
    const result = await runQueryCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--query-file');
    expect(result.stdout.replace(/\s+/gu, ' ')).toContain('(choices: "table", "json", "csv", "tsv", "turtle", "ntriples")');
  });
});
