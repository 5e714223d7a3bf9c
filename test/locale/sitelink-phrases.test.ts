// The project's table of Wikibase's sitelinks heading and Wikipedia group name per EU UI language, checked against
// the real pages' HTML (../shared/real-wikibase-pages/html), which show both in every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { SITELINK_PHRASES, UI_LANGUAGES } from '../../src/parse/index.js';
import { oraclePath } from '../support/oracle.js';

const html = oraclePath('real-wikibase-pages/html');

describe.skipIf(html === undefined)('the sitelink phrase table against real pages', () => {
  it('covers the 24 EU UI languages', () => {
    expect(Object.keys(SITELINK_PHRASES).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(UI_LANGUAGES)('%s: the heading and the Wikipedia group are what every real page shows', (lang) => {
    for (const item of readdirSync(html ?? '')) {
      const document = parseDocument(readFileSync(join(html ?? '', item, `${lang}.html`), 'utf8'));
      const heading = DomUtils.findOne((el) => el.attribs['id'] === 'sitelinks', document.children);
      const group = DomUtils.findOne((el) => el.attribs['id'] === 'sitelinks-wikipedia', document.children);
      const own = (el: typeof group): string => (el === null ? '' : el.children.filter((c) => c.type === 'text').map((c) => DomUtils.textContent(c)).join('').trim());
      expect(own(heading), `${item}/${lang}`).toBe(SITELINK_PHRASES[lang]?.heading);
      expect(own(group), `${item}/${lang}`).toBe(SITELINK_PHRASES[lang]?.wikipedia);
    }
  });
});
