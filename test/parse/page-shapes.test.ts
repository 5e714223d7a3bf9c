// Every page shape through the reader: the right classification (site, page kind, flattening), and no page that
// shows structure read whole as one summary; only a summary-only portal page is a summary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import type { Item } from '../../src/model/index.js';
import { Processor } from '../../src/pipeline/processor.js';
import { renderKohesioHtml } from '../support/kohesio-html.js';
import { readMessages, renderKohesioPage } from '../support/kohesio-page.js';
import { oraclePath } from '../support/oracle.js';
import { REPO } from '../support/run-cli.js';
import { PROFILE } from '../support/builders.js';

const REAL = oraclePath('examples/real-pages');
const MESSAGES = oraclePath('kohesio/project-page-messages.json');
const fixture = (name: string): string => readFileSync(join(REPO, 'fixtures', name, 'input.txt'), 'utf8');

async function read(text: string, url?: string): Promise<{ diagnostics: Diagnostic[]; item: Item | undefined }> {
  const processor = new Processor({ profile: PROFILE, output: null, wantItems: true, classify: true });
  const result = await processor.run({ kind: 'pages', pages: [{ text, file: 'page.txt', line: 1, inRecord: false, ...(url === undefined ? {} : { url }) }] });
  const entity = result.entities[0]?.item;
  return { diagnostics: result.events.flatMap((e) => ('diagnostic' in e ? [e.diagnostic] : [])), item: entity?.type === 'item' ? entity : undefined };
}

const classification = (diagnostics: Diagnostic[]): unknown[] =>
  diagnostics.filter((d) => d.code === 'page-classified').map((d) => ('flattening' in d ? [d.site, d.kind, d.flattening] : null));

/** Whether the page was read as one summary: a single P836 whose text is the whole page. */
function readAsOneSummary(item: Item | undefined, text: string): boolean {
  const summaries = item?.claims?.['P836'] ?? [];
  const snak = summaries[0]?.mainsnak;
  return summaries.length === 1 && snak?.snaktype === 'value' && snak.datavalue.type === 'monolingualtext' && snak.datavalue.value.text === text.trimEnd();
}

describe('page shapes', () => {
  it('a seed item page (flattened Wikibase item page) is an item page, no summary', async () => {
    const text = fixture('seed-item-page');
    const { diagnostics, item } = await read(text);
    expect(classification(diagnostics)).toEqual([['wikibase', 'item-page', 'plain-text']]);
    expect(readAsOneSummary(item, text)).toBe(false);
  });

  it('a summary-only portal page stays one summary', async () => {
    const text = fixture('seed-portal-page');
    const { diagnostics, item } = await read(text, 'https://kohesio.eu/it/progetti/Q4295133');
    expect(classification(diagnostics)).toEqual([['kohesio', 'summary-page', 'plain-text']]);
    expect(readAsOneSummary(item, text)).toBe(true);
  });

  describe.skipIf(REAL === undefined)('real Kohesio pages with the info block', () => {
    it.each([
      ['kohesio-en-Q2713751.txt', 'https://kohesio.eu/en/projects/Q2713751'],
      ['kohesio-pl-Q4295394.txt', 'https://kohesio.ec.europa.eu/pl/projekty/Q4295394'],
    ])('%s is a project page, never one summary (with its address or without)', async (file, url) => {
      const text = readFileSync(join(REAL ?? '', file), 'utf8');
      for (const address of [url, undefined]) {
        const { diagnostics, item } = await read(text, address);
        expect(classification(diagnostics)).toEqual([['kohesio', 'project-page', 'plain-text']]);
        expect(readAsOneSummary(item, text)).toBe(false);
        // Without its address the page has no item: reported, not attached to a guess.
        if (address === undefined) expect(diagnostics.map((d) => d.code)).toContain('portal-unattached');
      }
    });
  });

  describe.skipIf(MESSAGES === undefined)('any sign of structure keeps a text from being one summary', () => {
    const messages = readMessages(MESSAGES ?? '');
    const summary = 'Il progetto mira a migliorare la qualità della vita nelle aree rurali.';

    it.each(Object.keys(messages).sort())('%s: a site header, a field label or a flag line makes it a project page', async (language) => {
      const m = messages[language] ?? {};
      const texts = [
        `${m['comp.header.label.siteHeader'] ?? ''}\n\nTitolo del progetto\n\n${summary}`,
        `${m['page.project-detail.label.startDate'] ?? ''}1 ${'x'}\n\nTitolo\n\n${summary}`,
      ];
      for (const text of texts) {
        const { diagnostics, item } = await read(text, `https://kohesio.eu/${language}/projects/Q5`);
        expect(classification(diagnostics), text).toEqual([['kohesio', 'project-page', 'plain-text']]);
        expect(readAsOneSummary(item, text)).toBe(false);
      }
    });

    it('a flag line alone: the title and summary before it are read as such', async () => {
      const text = `Titolo del progetto\n\n${summary}\n\nFlag of Italy\u00a0Roma, Italy`;
      const { diagnostics, item } = await read(text, 'https://kohesio.eu/it/progetti/Q5');
      expect(classification(diagnostics)).toEqual([['kohesio', 'project-page', 'plain-text']]);
      expect(item?.labels?.['it']?.value).toBe('Titolo del progetto');
      expect(readAsOneSummary(item, summary)).toBe(true);
    });

    it('a project page’s HTML (the portal template’s structure) is a project page read from HTML, as its text', async () => {
      const project = {
        language: 'pl', start: { year: 2019, month: 3, day: 1 }, end: null, fund: 'EFRR', budgetCents: 195413880n,
        contribution: { cents: 146560410n, rateThousandths: 75000 }, programmes: [], title: 'Tytuł projektu', summary,
        country: 'Poland', region: 'Tyski',
      } as const;
      const html = renderKohesioHtml(project, messages['pl'] ?? {});
      const fromHtml = await read(html, 'https://kohesio.ec.europa.eu/pl/projekty/Q5');
      expect(classification(fromHtml.diagnostics)).toEqual([['kohesio', 'project-page', 'html']]);
      const text = renderKohesioPage(project, messages['pl'] ?? {}, { glued: false, siteHeader: true, plainSpaces: false });
      expect(fromHtml.item).toEqual((await read(text, 'https://kohesio.ec.europa.eu/pl/projekty/Q5')).item);
      expect(fromHtml.item?.labels?.['pl']?.value).toBe('Tytuł projektu');
      // Spans point into the HTML: the row of the start date is its own line there.
      const unresolved = fromHtml.diagnostics.find((d) => d.code === 'label-unresolved');
      expect(unresolved?.span?.text).toContain('prjt-box--content');
    });

    it('an HTML page that is neither a Wikibase item view nor a portal page is reported', async () => {
      const { diagnostics, item } = await read('<!DOCTYPE html><html lang="en"><body><p>Fund: nothing here</p></body></html>', 'https://kohesio.eu/en/projects/Q5');
      expect(diagnostics.map((d) => d.code)).toContain('html-unrecognised');
      expect(item).toBeUndefined();
    });

    it('a lone paragraph beside the info block could be the title or the summary: reported, not guessed', async () => {
      const page = renderKohesioPage(
        { language: 'it', start: null, end: null, fund: null, budgetCents: 100n, contribution: null, programmes: [], summary },
        messages['it'] ?? {},
        { glued: false, siteHeader: true, plainSpaces: false },
      );
      const { diagnostics, item } = await read(page, 'https://kohesio.eu/it/progetti/Q5');
      expect(diagnostics.map((d) => d.code)).toContain('page-unmapped');
      expect(item?.claims?.['P836']).toBeUndefined();
      expect(item?.labels).toEqual({});
    });

    it('a heading glued to a name where it could end in two places is reported, not split by a guess', async () => {
      const page = `${messages['et']?.['page.project-detail.label.projectInfo'] ?? ''}\nAlguskuupäev: 1 jaanuar 2020\ntoetusesaajad.o.o. Projekt`;
      const { diagnostics, item } = await read(page, 'https://kohesio.eu/et/projektid/Q5');
      expect(diagnostics.map((d) => d.code)).toContain('page-unmapped');
      expect(item?.claims?.['P841']).toBeUndefined();
    });
  });
});
