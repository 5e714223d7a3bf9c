// The site table: Wikimedia's wikis by rule, a given table first, the three file formats; checked against the
// wikibase-dump pack's own table (the oracle) where it is present.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteTable, siteOf, wikimediaSite } from '../../src/emit/index.js';
import { ntriplesSerializer } from '../../src/emit/rdf/rdf-emitter.js';
import { articleUrl } from '../../src/emit/rdf/sitelink-rdf.js';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { oraclePath } from '../support/oracle.js';

describe('the built-in Wikimedia table', () => {
  it.each([
    ['enwiki', 'wikipedia', 'en', 'https://en.wikipedia.org/wiki/$1'],
    ['zh_min_nanwiki', 'wikipedia', 'zh-min-nan', 'https://zh-min-nan.wikipedia.org/wiki/$1'],
    ['dewikivoyage', 'wikivoyage', 'de', 'https://de.wikivoyage.org/wiki/$1'],
    ['frwiktionary', 'wiktionary', 'fr', 'https://fr.wiktionary.org/wiki/$1'],
    ['commonswiki', 'commons', 'en', 'https://commons.wikimedia.org/wiki/$1'],
    ['wikidatawiki', 'wikidata', 'en', 'https://www.wikidata.org/wiki/$1'],
  ])('%s', (id, group, language, pagePath) => expect(wikimediaSite(id)).toEqual({ group, language, pagePath }));

  it('knows no other ids', () => {
    expect(wikimediaSite('mywiki-local')).toBeUndefined();
    expect(wikimediaSite('EXAMPLE')).toBeUndefined();
  });

  it('is overridden by a given table', () => {
    const mine = { group: 'local', language: 'fr', pagePath: 'https://w.test/$1' };
    expect(siteOf('enwiki', { enwiki: mine })).toBe(mine);
    expect(siteOf('dewiki', { enwiki: mine })?.group).toBe('wikipedia');
  });

  it('makes article IRIs as Wikibase does (spaces as _, wfUrlencode, http for a protocol-relative path)', () => {
    const site = { group: 'wikipedia', language: 'en', pagePath: '//en.wikipedia.org/wiki/$1' };
    expect(articleUrl(site, 'Why? probe (2)')).toBe('http://en.wikipedia.org/wiki/Why%3F_probe_(2)');
  });

  const pack = oraclePath('conformance/wikibase-dump');
  it.skipIf(pack === undefined)("agrees with the sites of the wikibase-dump pack's Wikibase", () => {
    const { sites } = JSON.parse(readFileSync(join(pack ?? '', 'settings.json'), 'utf8')) as { sites: { globalId: string; group: string; language: string; pagePath: string }[] };
    expect(sites.length).toBeGreaterThan(5);
    for (const s of sites) expect(wikimediaSite(s.globalId), s.globalId).toEqual({ group: s.group, language: s.language, pagePath: s.pagePath });
  });
});

describe('site table files', () => {
  const site = { globalId: 'xwiki', group: 'x', language: 'de', pagePath: 'https://x.test/wiki/$1' };
  const expected = { sites: { xwiki: { group: 'x', language: 'de', pagePath: 'https://x.test/wiki/$1' } } };
  it('a plain list', () => expect(readSiteTable([site])).toEqual(expected));
  it('an object with a list of sites', () => expect(readSiteTable({ sites: [{ ...site, filePath: 'https://x.test/w/$1' }] })).toEqual(expected));
  it("MediaWiki's sitematrix answer", () => {
    const answer = {
      sitematrix: {
        count: 2,
        '0': { code: 'de', name: 'Deutsch', site: [{ url: 'https://de.wikipedia.org', dbname: 'dewiki', code: 'wiki', sitename: 'Wikipedia' }] },
        specials: [{ url: 'https://commons.wikimedia.org', dbname: 'commonswiki', code: 'commons', sitename: 'Wikimedia Commons' }],
      },
    };
    expect(readSiteTable(answer)).toEqual({
      sites: {
        dewiki: { group: 'wikipedia', language: 'de', pagePath: 'https://de.wikipedia.org/wiki/$1' },
        commonswiki: { group: 'commons', language: 'en', pagePath: 'https://commons.wikimedia.org/wiki/$1' },
      },
    });
  });
  it('anything else: the problems', () => expect(readSiteTable([{ globalId: 'x' }])).toHaveProperty('problems'));
});

describe('sitelinks in RDF', () => {
  it('writes known sites and reports an unknown one, never dropping it silently', () => {
    const diagnostics: Diagnostic[] = [];
    const serializer = ntriplesSerializer({ rdf: { conceptUriBase: 'http://w.test/entity/', dataUriBase: 'http://w.test/data/', datatypes: {} }, onDiagnostic: (d) => diagnostics.push(d) });
    const text = serializer.entity({
      type: 'item',
      id: 'Q5',
      sitelinks: { enwiki: { site: 'enwiki', title: 'A page', badges: ['Q1'] }, examplewiki: { site: 'examplewiki', title: 'B', badges: [] } },
    });
    expect(text).toContain('<https://en.wikipedia.org/wiki/A_page> <http://schema.org/name> "A page"@en .');
    expect(text).toContain('<https://en.wikipedia.org/wiki/A_page> <http://wikiba.se/ontology#badge> <http://w.test/entity/Q1> .');
    expect(text).toContain('<https://en.wikipedia.org/> <http://wikiba.se/ontology#wikiGroup> "wikipedia" .');
    expect(diagnostics).toMatchObject([{ code: 'format-limit', item: 'Q5' }]);
    expect(JSON.stringify(diagnostics)).toContain('examplewiki');
  });
});
