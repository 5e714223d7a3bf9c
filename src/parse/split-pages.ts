// Several flattened item pages in one file or record (a crawler that appended pages): split at each title line.
import type { PageSource } from '../source/index.js';
import { TITLE_LINE } from './item-page.js';
import { UI_LANGUAGES, uiPhrases } from './ui-phrases.js';

let starts: Set<string> | null = null;

/** Lines that open the body of an item page, in any UI language: the skin's links, headings, the terms table. */
function pageOpenings(): Set<string> {
  if (starts !== null) return starts;
  starts = new Set();
  for (const language of UI_LANGUAGES) {
    const p = uiPhrases(language);
    for (const line of [...p.chrome, p.statements, p.identifiers, p.descriptionEmpty, p.termsToggler]) starts.add(line);
    starts.add(p.termsHeader.join(' | '));
  }
  return starts;
}

const closesStatement = (line: string): boolean => UI_LANGUAGES.some((l) => uiPhrases(l).references.read(line) !== null);

/**
 * The pages a text holds. A new page starts at a title line `<label> (Q…)` that follows the references line
 * closing a statement, when one of the next lines opens an item page's body; anything else stays one page, so a
 * value that happens to end in `(Q…)` is never taken for a title.
 */
export function splitPages(source: PageSource): PageSource[] {
  const lines = source.text.split(/\r?\n/u);
  const cuts: number[] = [];
  let previous = '';
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    if (i > 0 && TITLE_LINE.test(line) && closesStatement(previous)) {
      const next = lines.slice(i + 1, i + 8).map((l) => l.trim().replace(/\s*\|\s*$/u, '').replace(/\s*\|\s*/gu, ' | '));
      if (next.some((l) => pageOpenings().has(l))) cuts.push(i);
    }
    previous = line;
  });
  if (cuts.length === 0) return [source];
  const bounds = [0, ...cuts, lines.length];
  return bounds.slice(0, -1).map((start, k) => {
    const text = lines.slice(start, bounds[k + 1]).join('\n');
    return source.inRecord
      ? { ...source, text, pageLine: (source.pageLine ?? 1) + start }
      : { ...source, text, line: source.line + start };
  });
}
