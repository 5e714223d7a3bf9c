// Property: an item rendered as a flattened page in each of the 24 EU UI languages parses back to the same item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUiLanguage, UI_LANGUAGES } from '../../src/parse/index.js';
import type { Item } from '../../src/model/index.js';
import { ONE_LINE, renderItemPage, renderWikibasePage, wikibasePageStatements } from '../../src/render/index.js';
import { PROFILE } from '../support/builders.js';
import { item, programmeLinkText, rowLayout } from './arbitraries.js';
import { losesStatementPlaces, namesItsGroups, needsOneLineRows, runsStatementsTogether } from './known-parser-problems.js';
import { carried, errors, itemUrl, neverSilentlyWrong, readBack, type Carried } from './round-trip.js';

/** Cases per UI language: 24 × this is the whole run. */
const RUNS = Number(process.env['RUNS'] ?? 15);
/** Fixed, so every run checks the same cases; RUNS and SEED may be raised by hand to search further. */
const SEED = Number(process.env['SEED'] ?? 42);

describe('parse(render(item)) == item, in every UI language', () => {
  it.each(UI_LANGUAGES)('%s', (lang) => {
    fc.assert(
      fc.property(item, rowLayout, (entity, layout) => {
        // Rows on one line keep a language-name term off the start of a line (see known-parser-problems.ts).
        const termsRowLayout = needsOneLineRows(entity, lang) ? ONE_LINE : layout;
        const text = renderItemPage(entity, lang, PROFILE, { termsRowLayout });
        expect(detectUiLanguage(text), text).toEqual({ language: lang });
        // With its address, as an NDJSON record gives it, and without, as a plain file in a directory gives it.
        const reads = [readBack(text, itemUrl(entity.id ?? ''))];
        reads.push(readBack(text));
        for (const back of reads) {
          expect(back.uiLanguage).toBe(lang);
          expect(errors(back.diagnostics), text).toEqual([]);
          expect(back.item === null ? null : carried(back.item), text).toEqual(carried(entity));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/**
 * What a real page of the item shows in UI language `ui`: the statements and qualifiers the flattening keeps;
 * labels and descriptions in it and English, its aliases.
 */
function shownOnRealPage(entity: Item, ui: string, claims: NonNullable<Item['claims']>): Carried {
  const pick = <T>(terms: Record<string, T> | undefined, languages: readonly string[]): Record<string, T> =>
    Object.fromEntries(Object.entries(terms ?? {}).filter(([language]) => languages.includes(language)));
  const both = [ui, 'en'];
  return carried({
    ...entity,
    claims,
    labels: pick(entity.labels, both),
    descriptions: pick(entity.descriptions, both),
    aliases: pick(entity.aliases, [ui]),
  });
}

describe('parse(renderWikibasePage(item)) == what the page shows, in every UI language', () => {
  it.each(UI_LANGUAGES)('%s', (lang) => {
    fc.assert(
      fc.property(item, fc.constantFrom<'english' | 'every'>('english', 'every'), (entity, propertyLabels) => {
        const options = { propertyLabels, linkText: programmeLinkText };
        const shows = wikibasePageStatements(entity, lang, PROFILE, options);
        fc.pre(!runsStatementsTogether(shows) && !losesStatementPlaces(shows));
        const text = renderWikibasePage(entity, lang, PROFILE, options);
        const back = readBack(text, itemUrl(entity.id ?? ''));
        expect(back.uiLanguage, text).toBe(lang);
        expect(errors(back.diagnostics), text).toEqual([]);
        const read = back.item === null ? null : carried(back.item);
        expect(read, text).toEqual(shownOnRealPage(entity, lang, shows.claims));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/**
 * The pages the property above leaves out (the flattening pruned a statement or a references line): the reader may
 * not read them whole, but it is never silently wrong: every statement it writes is one the page shows, the terms
 * are the page's, and a statement it leaves out is reported (a warning or an error names a line of the page). But
 * for one true ambiguity: on a page that lost a whole statement and shows no property labels, nothing is left of it,
 * so a later value of its kind may take its place (an end date read as the start): the value is still the page's.
 */
describe('parse(renderWikibasePage(item)) on pages that lost statements or references lines: never silently wrong', () => {
  it.each(UI_LANGUAGES)('%s', (lang) => {
    fc.assert(
      fc.property(item, fc.constantFrom<'english' | 'every'>('english', 'every'), (entity, propertyLabels) => {
        const options = { propertyLabels, linkText: programmeLinkText };
        const shows = wikibasePageStatements(entity, lang, PROFILE, options);
        fc.pre(runsStatementsTogether(shows) || losesStatementPlaces(shows));
        // A statement pruned whole leaves no trace on a page that shows no property labels: a true ambiguity.
        const placesLost = losesStatementPlaces(shows) && !namesItsGroups(lang, propertyLabels);
        const text = renderWikibasePage(entity, lang, PROFILE, options);
        const back = readBack(text, itemUrl(entity.id ?? ''));
        expect(back.uiLanguage, text).toBe(lang);
        expect(neverSilentlyWrong(back, shownOnRealPage(entity, lang, shows.claims), placesLost), text).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
