// The Kohesio info-block reader on the shapes scrapers leave: values on the next line, labels without values,
// n/a, the language told from the labels (the address's winning a tie), and what it refuses to guess.
import { describe, expect, it } from 'vitest';
import { infoPageLanguage, parseInfoPage, parsePage } from '../../src/parse/index.js';
import { PROFILE, pageSource } from '../support/builders.js';

const INFO = PROFILE.infoPage;
if (INFO === undefined) throw new Error('the built-in profile has an infoPage');

const parse = (text: string, language: string) => parseInfoPage(pageSource(text), INFO, language);

describe('infoPageLanguage', () => {
  it('tells the language from the labels, glued or not', () => {
    expect(infoPageLanguage('informacje o projekcieData początkowa: 1 marca 2019\nData końcowa: 31 grudnia 2021', INFO)).toEqual({ language: 'pl' });
    expect(infoPageLanguage('project info\nStart date: 1 April 2021', INFO)).toEqual({ language: 'en' });
  });

  it('finds no structure in a summary, even one with a word the portal uses as furniture on a line of its own', () => {
    expect(infoPageLanguage('Il progetto mira a migliorare.\nlink\nProjects', INFO)).toBeNull();
  });

  it('lets the address say the language when labels tie, and reports a tie it cannot break', () => {
    const flagOnly = 'Title\n\nSummary text.\n\nFlag of Italy\u00a0Roma, Italy';
    expect(infoPageLanguage(flagOnly, INFO, 'it')).toEqual({ language: 'it' });
    expect(infoPageLanguage(flagOnly, INFO)).toHaveProperty('candidates');
    const page = parsePage(pageSource(flagOnly), null, null, { info: INFO });
    expect(page.page).toBeNull();
    expect(page.diagnostics.map((d) => d.code)).toEqual(['page-unmapped']);
  });
});

describe('parseInfoPage', () => {
  it('takes a value from the next line when the label stands alone, and reports a label with none', () => {
    const { page, diagnostics } = parse('funding\nFund:\nEuropean Social Fund (ESF)\nTotal budget:', 'en');
    expect(page?.fields.map((f) => [f.key, f.value?.text ?? null])).toEqual([['fund', 'European Social Fund (ESF)']]);
    expect(diagnostics.map((d) => d.code)).toEqual(['line-skipped', 'line-unexpected']);
  });

  it('reads n/a as no value, in the page’s language', () => {
    const { page } = parse('informazioni sul progetto\nData di inizio: non disponibile', 'it');
    expect(page?.fields).toEqual([expect.objectContaining({ key: 'startDate', value: null })]);
  });

  it('reads a beneficiaries list up to the blank line, title and summary after it, and the location', () => {
    const text = 'beneficiaries\nACME Sp. z o.o.\nGmina Pszczyna\n\nTitle of the project\n\nFirst paragraph.\n\nSecond paragraph.\n\nFlag of Czech Republic  Praha, Czech Republic';
    const { page, diagnostics } = parse(text, 'en');
    expect(page?.lists.map((l) => [l.key, l.value.text])).toEqual([
      ['beneficiary', 'ACME Sp. z o.o.'],
      ['beneficiary', 'Gmina Pszczyna'],
    ]);
    expect(page?.title?.text).toBe('Title of the project');
    expect(page?.summary?.text).toBe('First paragraph.\n\nSecond paragraph.');
    expect(page?.locations).toEqual([expect.objectContaining({ country: 'Czech Republic', region: 'Praha' })]);
    expect(diagnostics.map((d) => d.code)).toEqual(['line-skipped']);
  });

  it('reads the title when the summary is the portal’s "no translation" placeholder', () => {
    const { page } = parse('project info\nStart date: 1 April 2021\n\nTitle\n\nThere is no translation available', 'en');
    expect(page?.title?.text).toBe('Title');
    expect(page?.summary).toBeUndefined();
  });

  it('reports a title over several lines instead of guessing where it ends', () => {
    const { page, diagnostics } = parse('project info\nStart date: 1 April 2021\n\nTitle\ncontinued\n\nSummary.', 'en');
    expect(page?.title).toBeUndefined();
    expect(diagnostics.filter((d) => d.code === 'page-unmapped')).toHaveLength(3);
  });

  it('reads a title right under the site header, and a summary right above the flag line', () => {
    const text = 'Kohesio: discover EU projects in your region\nTitle\n\nThe summary.\nFlag of Italy\u00a0Roma, Italy';
    const { page, diagnostics } = parse(text, 'en');
    expect([page?.title?.text, page?.summary?.text, page?.locations[0]?.region]).toEqual(['Title', 'The summary.', 'Roma']);
    expect(diagnostics.map((d) => d.code)).toEqual(['line-skipped']);
  });

  it('ends the summary at the location line: text after it is reported, not appended', () => {
    const text = 'Title\n\nThe summary.\n\nIts second paragraph.\n\nFlag of Italy\u00a0Roma, Italy\n\nA footer line';
    const { page, diagnostics } = parse(text, 'en');
    expect(page?.summary?.text).toBe('The summary.\n\nIts second paragraph.');
    expect(diagnostics.map((d) => [d.code, d.span?.line])).toEqual([['line-unexpected', 9]]);
  });
});
