// wbimport profile as a user runs it: from a properties file or a SPARQL CSV on stdin, then the profile used by convert.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt, runInProcess } from '../support/run-cli.js';

const PROPERTIES = 'test/fixtures-labelled/wikidata-properties.json';

describe('wbimport profile', () => {
  it('shows examples in --help', async () => {
    const result = await runBuilt(['profile', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('wbimport profile props.json');
  });

  it('writes a profile that convert reads labelled pages with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wbimport-profile-'));
    const profile = join(dir, 'wikidata.json');
    const made = await runBuilt(['profile', PROPERTIES, '--name', 'wikidata', '-o', profile]);
    expect(made.code, made.stderr).toBe(0);
    const json = JSON.parse(readFileSync(profile, 'utf8')) as { propertyLabels: Record<string, Record<string, string>>; units: unknown[] };
    expect(json.propertyLabels['en']?.['coordinate location']).toBe('P625');
    expect(json.units).toEqual([{ item: 'Q11573', labels: { en: ['metre'] } }]);
    const page = ['Zaranj (Q475802)', 'Statements', 'elevation above sea level', '476 metre', '1 reference', 'GeoNames ID', '1120985', '1 reference', ''].join('\n');
    const converted = await runBuilt(['convert', '-', '--profile', profile, '--ui-language', 'en', '--to', 'quickstatements'], page);
    expect(converted.stdout).toContain('Q475802\tP2044\t476U11573');
    expect(converted.stdout).toContain('Q475802\tP1566\t"1120985"');
  });

  it('reads a SPARQL CSV result from standard input, and --extends writes only what it adds', async () => {
    const csv = 'property,propertyLabel,datatype\nhttps://linkedopendata.eu/entity/P9999,local id,http://wikiba.se/ontology#ExternalId\n';
    const result = await runInProcess(['profile', '--extends', 'eu-knowledge-graph'], csv);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      extends: 'eu-knowledge-graph',
      properties: { P9999: { label: 'local id', datatype: 'external-id', multiple: true } },
      propertyLabels: { en: { 'local id': 'P9999' } },
    });
  });

  it('is a usage error when nothing read is a property', async () => {
    const result = await runInProcess(['profile', '-'], '{"entities": {"Q1": {"id": "Q1", "type": "item", "labels": {}}}}');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no property read');
  });
});
