// Dumps with one entity Wikibase would refuse, through the built CLI: the entity is reported with its id and JSON
// path, every other entity is converted, and the exit code is 1, whatever the output format; validate says the same.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wbimport-bad-dump-'));

const label = (language: string, value: string) => ({ [language]: { language, value } });
const item = (id: string, extra: object = {}) => ({ type: 'item', id, labels: label('en', `item ${id}`), ...extra });
const statement = (property: string, datavalue: object, filedUnder = property) => ({
  [filedUnder]: [{ mainsnak: { snaktype: 'value', property, datavalue }, type: 'statement', id: `Q2$${property}-1`, rank: 'normal' }],
});
const quantity = (value: object) => ({ type: 'quantity', value: { amount: '+5', unit: '1', ...value } });
const time = (value: object) => ({
  type: 'time',
  value: { time: '+2020-01-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727', ...value },
});

interface Case {
  readonly name: string;
  readonly bad: object;
  readonly code: string;
  /** The JSON path of the problem; none for a duplicate, which is named by its line. */
  readonly path?: string;
}

const CASES: Case[] = [
  { name: 'a quantity with only an upper bound', bad: item('Q2', { claims: statement('P1', quantity({ upperBound: '+6' })) }), code: 'entity-invalid', path: 'claims.P1[0].mainsnak.datavalue.value.lowerBound' },
  { name: 'month 13', bad: item('Q2', { claims: statement('P1', time({ time: '+2020-13-01T00:00:00Z' })) }), code: 'entity-invalid', path: 'claims.P1[0].mainsnak.datavalue.value.time' },
  { name: 'timezone 100000', bad: item('Q2', { claims: statement('P1', time({ timezone: 100000 })) }), code: 'entity-invalid', path: 'claims.P1[0].mainsnak.datavalue.value.timezone' },
  { name: 'a statement under another property', bad: item('Q2', { claims: statement('P2', { type: 'string', value: 'x' }, 'P1') }), code: 'entity-invalid', path: 'claims.P1[0].mainsnak.property' },
  { name: "a term whose language is not its key", bad: item('Q2', { labels: { en: { language: 'de', value: 'x' } } }), code: 'entity-invalid', path: 'labels.en.language' },
  { name: 'a term in no language', bad: item('Q2', { labels: label('deprecated', 'x') }), code: 'entity-invalid', path: 'labels.deprecated.language' },
  { name: 'the same id twice', bad: item('Q1', { labels: label('en', 'again') }), code: 'entity-duplicate' },
];

describe.each(CASES)('a dump with $name', ({ name, bad, code, path }) => {
  const file = join(dir, `${name.replace(/\W+/gu, '-')}.json`);
  writeFileSync(file, `[\n${[item('Q1'), bad, item('Q3')].map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);

  it.each(['ntriples', 'json', 'turtle'])('--to %s: the entity reported where it stands, the others converted, exit 1', async (format) => {
    const result = await runBuilt(['convert', file, '--to', format, '--diagnostics', 'json', '--jobs', '1']);
    expect(result.code, result.stderr).toBe(1);
    const diagnostics = result.stderr.split('\n').filter((l) => l.startsWith('{"code"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(diagnostics[0]).toMatchObject({ code, span: { file, line: 3 }, ...(path === undefined ? { entity: 'Q1' } : { entity: 'Q2', path }) });
    expect(result.stdout).toContain('item Q1');
    expect(result.stdout).toContain('item Q3');
    expect(result.stdout).not.toMatch(/"again"|entity\/Q2>|"Q2"/u);
  });

  it('validate reports it too', async () => {
    const result = await runBuilt(['validate', file, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`"${code}"`);
  });
});
