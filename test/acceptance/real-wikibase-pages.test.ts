// Acceptance: the entity read from every real Wikibase page (all 24 UI languages) satisfies what the page shows.
import { describe, expect, it } from 'vitest';
import { oraclePath } from '../support/oracle.js';
import { scoreFlattening, type Flattening } from '../support/real-pages.js';

const root = oraclePath('real-wikibase-pages');

/**
 * Pages read exactly right, per flattening, at least. flat-links needs the property-label reader (its pages keep
 * property labels and item values as text): it joins this table when that reader exists.
 */
const FLATTENINGS: readonly [Flattening, number][] = [
  ['flat', 120],
  ['flat-labelled', 120],
  ['flat-links', 120],
];

describe.skipIf(root === undefined)('real Wikibase pages', () => {
  it.each(FLATTENINGS)('%s: the entity read from each page satisfies expected/ (at least %i pages exactly right)', (flattening, least) => {
    const scores = scoreFlattening(root ?? '', flattening);
    const right = scores.filter((s) => s.differences.length === 0);
    const wrong = scores.filter((s) => s.differences.length > 0);
    process.stdout.write(`${flattening}: ${right.length} of ${scores.length} pages read exactly right\n`);
    if (process.env['SHOW_PAGE_DIFFERENCES'] !== undefined) {
      for (const s of wrong) process.stdout.write(`  ${s.key}: ${s.differences.join('; ')}\n`);
    }
    expect(right.length).toBeGreaterThanOrEqual(least);
  });
});
