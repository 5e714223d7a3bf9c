import { it } from "vitest";
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { quickStatementsEmitter, quickStatementsCsvEmitter } from '../../../src/emit/quickstatements/index.js';
import type { Item } from '../../../src/model/index.js';
const E = 'https://linkedopendata.eu/entity/';
const item: Item = { type: 'item', id: 'Q4295133', labels: { en: { language: 'en', value: 'L' } }, claims: {
  P835: [{ type: 'statement', id: 'a', rank: 'normal', mainsnak: { snaktype: 'value', property: 'P835', datavalue: { type: 'quantity', value: { amount: '+488705.11', unit: `${E}Q226` } } } }],
  P20: [{ type: 'statement', id: 'b', rank: 'normal', mainsnak: { snaktype: 'value', property: 'P20', datavalue: { type: 'time', value: { time: '+2018-09-01T00:00:00Z', timezone: 0, before: 0, after: 0, precision: 11, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' } } } }],
  P841: [{ type: 'statement', id: 'c', rank: 'normal', mainsnak: { snaktype: 'value', property: 'P841', datavalue: { type: 'string', value: 'Scienific Reserch Centre Bistra Ptuj' } } }],
  P836: [{ type: 'statement', id: 'd', rank: 'normal', mainsnak: { snaktype: 'value', property: 'P836', datavalue: { type: 'monolingualtext', value: { language: 'it', text: 'testo' } } } }],
} };
async function run(f: typeof quickStatementsEmitter, items: Item[]) {
  const out = new PassThrough(); let s = ''; out.on('data', (c) => (s += c));
  const e = f({ out, rdf: { conceptUriBase: E, dataUriBase: '', datatypes: {} }, onDiagnostic: (d) => console.error(JSON.stringify(d)) });
  for (const i of items) await e.write(i); await e.end(); return s;
}
const nonEuro = JSON.parse(readFileSync('/work/main/fixtures/wikibase-json-non-euro/input.json','utf8')) as Item[];
it("smoke", async () => {
console.log(JSON.stringify(await run(quickStatementsEmitter, [item])));
console.log(await run(quickStatementsEmitter, nonEuro));
console.log(await run(quickStatementsCsvEmitter, [item, ...nonEuro, { type: 'item', labels: { de: { language: 'de', value: 'Neu' } } }]));
});
