// A Kohesio portal page: nothing but a project summary, kept verbatim.
import type { PageSource } from '../input/index.js';
import type { PortalPage } from './page.js';
import { lineSpan } from './source-lines.js';

/** The text without its final line breaks (`\n` or `\r\n`, any number), as `replace(/(?:\r?\n)+$/u, '')`. */
function withoutFinalBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) {
    end -= 1;
    if (end > 0 && text.charCodeAt(end - 1) === 13) end -= 1;
  }
  return end === text.length ? text : text.slice(0, end);
}

export function parsePortalPage(source: PageSource): PortalPage {
  const text = withoutFinalBreaks(source.text);
  const nl = text.indexOf('\n');
  const firstLine = nl === -1 ? text : text.slice(0, nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
  return { kind: 'portal', source, text, span: lineSpan(source, 1, firstLine) };
}
