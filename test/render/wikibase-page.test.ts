// The renderer against real pages: for the five items of ../shared/real-wikibase-pages, in all 24 UI languages, the
// flattened page renderWikibasePage writes from the item's JSON equals the real one, line for line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Item, Snak } from '../../src/model/index.js';
import { UI_LANGUAGES } from '../../src/parse/index.js';
import { renderWikibasePage, type WikibasePageOptions } from '../../src/render/index.js';
import { oraclePath } from '../support/oracle.js';
import { PROFILE } from '../support/builders.js';

const root = oraclePath('real-wikibase-pages');

/**
 * The link texts the real page shows for linked items (their labels in the UI language), read from the page's
 * HTML (with the language a fallback label is in): the renderer cannot know other items' labels, and the flattening weighs their length.
 */
function linkedItemLabels(html: string, ui: string): Map<string, { text: string; language: string }> {
  const labels = new Map<string, { text: string; language: string }>();
  let open: { id: string; text: string; language: string } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const id = /^Item:(Q\d+)$/u.exec(attributes['title'] ?? '')?.[1];
      if (name === 'a' && id !== undefined) open = { id, text: '', language: attributes['lang'] ?? ui };
    },
    ontext(text) {
      if (open !== undefined) open.text += text;
    },
    onclosetag(name) {
      if (name === 'a' && open !== undefined) labels.set(open.id, { text: open.text, language: open.language });
      if (name === 'a') open = undefined;
    },
  });
  parser.write(html);
  parser.end();
  return labels;
}

function linkText(labels: Map<string, { text: string; language: string }>) {
  return (snak: Snak): { text: string; language: string } | undefined => {
    const id = snak.snaktype === 'value' && snak.datavalue.type === 'wikibase-entityid' ? snak.datavalue.value.id : undefined;
    return id === undefined ? undefined : labels.get(id);
  };
}

/** Pages rendered line for line as the real ones, per flattening, at least (all of them). */
const FLATTENINGS: readonly [string, WikibasePageOptions, number][] = [
  ['flat', { propertyLabels: 'english' }, 120],
  ['flat-labelled', { propertyLabels: 'every' }, 120],
];

describe.skipIf(root === undefined)('renderWikibasePage against real Wikibase pages', () => {
  it.each(FLATTENINGS)('%s (%o): pages equal to the real ones, at least %i', (flattening, options, least) => {
    const dir = join(root ?? '', flattening);
    let equal = 0;
    let total = 0;
    const different: string[] = [];
    for (const q of readdirSync(dir).sort()) {
      const truth = (JSON.parse(readFileSync(join(root ?? '', 'truth', `${q}.json`), 'utf8')) as { entities: Record<string, Item> }).entities[q];
      if (truth === undefined) throw new Error(`truth/${q}.json has no ${q}`);
      for (const lang of UI_LANGUAGES) {
        const real = readFileSync(join(dir, q, `${lang}.txt`), 'utf8');
        const labels = linkedItemLabels(readFileSync(join(root ?? '', 'html', q, `${lang}.html`), 'utf8'), lang);
        const rendered = renderWikibasePage(truth, lang, PROFILE, { ...options, linkText: linkText(labels) });
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
