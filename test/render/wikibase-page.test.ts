// The renderer against real pages: for the five items of ../shared/real-wikibase-pages, in all 24 UI languages, the
// flattened page renderWikibasePage writes from the item's JSON equals the real one, line for line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/index.js';
import { UI_LANGUAGES } from '../../src/parse/index.js';
import { renderWikibasePage, type WikibasePageOptions } from '../../src/render/index.js';
import { oraclePath } from '../support/oracle.js';
import { PROFILE } from '../unit/support.js';

const root = oraclePath('real-wikibase-pages');

/**
 * Pages rendered line for line as the real ones, per flattening, at least. What is still left: the flattening
 * prunes some blocks by their share of link text (the non-euro pattern's Euro statements, some references lines),
 * which the renderer does not model yet.
 */
const FLATTENINGS: readonly [string, WikibasePageOptions, number][] = [
  ['flat', { propertyLabels: 'english' }, 61],
  ['flat-labelled', { propertyLabels: 'every' }, 92],
];

describe.skipIf(root === undefined)('renderWikibasePage against real Wikibase pages', () => {
  it.each(FLATTENINGS)('%s: pages equal to the real ones (at least %#)', (flattening, options, least) => {
    const dir = join(root ?? '', flattening);
    let equal = 0;
    let total = 0;
    const different: string[] = [];
    for (const q of readdirSync(dir).sort()) {
      const truth = (JSON.parse(readFileSync(join(root ?? '', 'truth', `${q}.json`), 'utf8')) as { entities: Record<string, Item> }).entities[q];
      if (truth === undefined) throw new Error(`truth/${q}.json has no ${q}`);
      for (const lang of UI_LANGUAGES) {
        const real = readFileSync(join(dir, q, `${lang}.txt`), 'utf8');
        const rendered = renderWikibasePage(truth, lang, PROFILE, options);
        total += 1;
        if (rendered === real) equal += 1;
        else different.push(`${q}/${lang}`);
      }
    }
    process.stdout.write(`${flattening}: ${equal} of ${total} rendered pages equal the real ones\n`);
    if (process.env['SHOW_PAGE_DIFFERENCES'] !== undefined) process.stdout.write(`  ${different.join(' ')}\n`);
    expect(equal).toBeGreaterThanOrEqual(least);
  });
});
