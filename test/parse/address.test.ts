// readAddress: which item, which page kind and which language an address names, by the profile's patterns.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/index.js';
import { readAddress, type PageAddress } from '../../src/parse/index.js';
import { PROFILE, rawProfile } from '../support/builders.js';

describe('readAddress with the EU Knowledge Graph profile', () => {
  it.each<[string, PageAddress | null]>([
    ['https://linkedopendata.eu/wiki/Item:Q4295133', { kind: 'item', id: 'Q4295133' }],
    ['http://linkedopendata.eu/wiki/Item:Q4295133', { kind: 'item', id: 'Q4295133' }],
    ['https://linkedopendata.eu/entity/Q4295133', { kind: 'item', id: 'Q4295133' }],
    ['https://linkedopendata.eu/wiki/Special:EntityPage/Q4295133', { kind: 'item', id: 'Q4295133' }],
    ['https://linkedopendata.eu/wiki/Item:Q4295133?uselang=en', { kind: 'item', id: 'Q4295133' }],
    ['https://linkedopendata.eu/wiki/Item:Q4295133#P835', { kind: 'item', id: 'Q4295133' }],
    ['  https://linkedopendata.eu/wiki/Item:Q1  ', { kind: 'item', id: 'Q1' }],
    ['https://kohesio.eu/it/progetti/Q4295133', { kind: 'portal', id: 'Q4295133', language: 'it' }],
    ['https://kohesio.ec.europa.eu/en/projects/Q4295133', { kind: 'portal', id: 'Q4295133', language: 'en' }],
    ['https://kohesio.ec.europa.eu/fi/hankkeet/Q4295133/', { kind: 'portal', id: 'Q4295133', language: 'fi' }],
    ['https://kohesio.ec.europa.eu/pt/projetos/Q4295133?lang=pt', { kind: 'portal', id: 'Q4295133', language: 'pt' }],
    ['https://www.wikidata.org/wiki/Q4295133', null],
    ['https://linkedopendata.eu/wiki/Item:Q0', null],
    ['https://linkedopendata.eu/wiki/Item:Q012', null],
    ['https://linkedopendata.eu/wiki/Property:P835', null],
    ['https://linkedopendata.eu/wiki/Item:Q1/extra', null],
    ['https://kohesio.eu/ita/progetti/Q1', null],
    ['https://kohesio.eu/it/Q1', null],
    ['https://kohesio.eu.example.org/it/progetti/Q1', null],
    ['', null],
  ])('%j → %j', (url, expected) => {
    expect(readAddress(url, PROFILE)).toEqual(expected);
  });
});

describe('readAddress with a profile of its own', () => {
  it('gives no language when the pattern has no lang group', () => {
    const raw = rawProfile();
    raw.addresses = [{ kind: 'portal', pattern: '^https://example\\.org/p/(?<id>Q\\d+)$' }];
    expect(readAddress('https://example.org/p/Q9', parseProfile(raw))).toEqual({ kind: 'portal', id: 'Q9' });
  });

  it('tries the next pattern when a match names no item id', () => {
    const raw = rawProfile();
    raw.addresses = [
      { kind: 'item', pattern: '^https://example\\.org/(?<id>\\w+)$' },
      { kind: 'portal', pattern: '^https://example\\.org/(?<lang>[a-z]{2})?(?<id>Q[1-9]\\d*)$' },
    ];
    const profile = parseProfile(raw);
    expect(readAddress('https://example.org/Q5', profile)).toEqual({ kind: 'item', id: 'Q5' });
    expect(readAddress('https://example.org/deQ5', profile)).toEqual({ kind: 'portal', id: 'Q5', language: 'de' });
    expect(readAddress('https://example.org/Main_Page', profile)).toBeNull();
  });

  it('takes the first pattern that matches, in the profile order', () => {
    const raw = rawProfile();
    raw.addresses = [
      { kind: 'portal', pattern: '^https://example\\.org/(?<id>Q\\d+)$' },
      { kind: 'item', pattern: '^https://example\\.org/(?<id>Q\\d+)$' },
    ];
    expect(readAddress('https://example.org/Q5', parseProfile(raw))?.kind).toBe('portal');
  });
});
