// The round trip through `convert` itself: rendered pages in all 24 UI languages as NDJSON records and as one text file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { OUTPUT_FORMATS } from '../../src/emit/index.js';
import type { Item, ItemId } from '../../src/model/index.js';
import { UI_LANGUAGES } from '../../src/parse/index.js';
import { convert } from '../../src/pipeline/index.js';
import { AFTER_LABEL, ONE_LINE, renderItemPage } from '../../src/render/index.js';
import { PROFILE } from '../support/builders.js';
import { item } from './arbitraries.js';
import { needsOneLineRows } from './known-parser-problems.js';
import { carried, itemUrl } from './round-trip.js';

const dir = mkdtempSync(join(tmpdir(), 'wbimport-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One generated item per UI language, each with an id of its own so none merge. */
const items: [string, Item][] = fc
  .sample(item, { seed: 42, numRuns: UI_LANGUAGES.length })
  .map((entity, i) => [UI_LANGUAGES[i] ?? 'en', { ...entity, id: `Q${1000 + i}` as ItemId }]);

const page = (lang: string, entity: Item): string =>
  renderItemPage(entity, lang, PROFILE, { termsRowLayout: needsOneLineRows(entity, lang) ? ONE_LINE : AFTER_LABEL });

async function run(file: string): Promise<{ entities: Item[]; diagnostics: Diagnostic[] }> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  const diagnostics: Diagnostic[] = [];
  const rdf = { conceptUriBase: PROFILE.wikibase.conceptUriBase, dataUriBase: PROFILE.wikibase.dataUriBase, datatypes: {} };
  await convert([file], { format: OUTPUT_FORMATS.ndjson, out, rdf }, { profile: PROFILE, onDiagnostic: (d) => diagnostics.push(d) });
  const entities = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Item);
  return { entities, diagnostics };
}

const byId = (entities: readonly Item[]): Map<string | undefined, unknown> => new Map(entities.map((e) => [e.id, carried(e)]));
const errorCodes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('convert reads rendered pages back', () => {
  it('from NDJSON records with their addresses, one page per UI language', async () => {
    const file = join(dir, 'pages.ndjson');
    writeFileSync(file, items.map(([lang, e]) => JSON.stringify({ url: itemUrl(e.id ?? ''), text: page(lang, e) })).join('\n'));
    const { entities, diagnostics } = await run(file);
    expect(errorCodes(diagnostics)).toEqual([]);
    expect(byId(entities)).toEqual(byId(items.map(([, e]) => e)));
  });

  it('from one text file holding the pages one after another, each UI language told from its page', async () => {
    const readable = items;
    const file = join(dir, 'pages.txt');
    writeFileSync(file, `${readable.map(([lang, e]) => page(lang, e)).join('\n')}\n`);
    const { entities, diagnostics } = await run(file);
    expect(errorCodes(diagnostics)).toEqual([]);
    expect(byId(entities)).toEqual(byId(readable.map(([, e]) => e)));
  });
});
