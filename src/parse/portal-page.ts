// A Kohesio portal page: nothing but a project summary, kept verbatim.
import type { PageSource } from '../source/index.js';
import type { PortalPage } from './page.js';
import { lineSpan } from './source-lines.js';

export function parsePortalPage(source: PageSource): PortalPage {
  const text = source.text.replace(/(?:\r?\n)+$/u, '');
  const firstLine = text.split(/\r?\n/u, 1)[0] ?? '';
  return { kind: 'portal', source, text, span: lineSpan(source, 1, firstLine) };
}
